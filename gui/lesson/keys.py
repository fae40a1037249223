"""The lesson's keys: → / Page Down next, ← / Page Up back, Home / End first / last step.

They are application-wide shortcuts, so they move through the lesson wherever the focus went
(the tab bar after a click on Next, a plot, the table of contents). Presenter remotes send
Page Down / Page Up. They yield only to a widget that is being used with its keys: a text
field or spin box being edited, an open combo box list (any popup), a slider; then the key
goes to that widget as if the shortcut did not exist. With the lesson panel hidden the keys
belong to the tools again.
"""
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractSlider, QAbstractSpinBox, QApplication, QLineEdit,
                               QPlainTextEdit, QTextEdit)

KEYS = {Qt.Key.Key_Right: "next", Qt.Key.Key_PageDown: "next", Qt.Key.Key_Left: "back",
        Qt.Key.Key_PageUp: "back", Qt.Key.Key_Home: "first", Qt.Key.Key_End: "last"}


def _tr(text):
    return QCoreApplication.translate("LessonKeys", text)


def uses_its_keys(widget):
    """True for a widget that needs ←, →, Page Up/Down, Home and End itself while focused."""
    while widget is not None:
        if isinstance(widget, (QAbstractSpinBox, QAbstractSlider)):
            return True
        if isinstance(widget, QLineEdit):
            return not widget.isReadOnly()
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            return not widget.isReadOnly()
        if widget.isWindow():
            return False
        widget = widget.parentWidget()
    return False


class LessonKeys(QObject):
    """Creates the shortcuts and calls ``dock.next()`` etc. when they fire. They belong to the
    dock: while it is hidden Qt does not fire them and the keys reach the tools."""

    def __init__(self, dock):
        super().__init__(dock)
        self._dock = dock
        self.shortcuts = []
        what = {"next": _tr("Lesson: next step"), "back": _tr("Lesson: previous step"),
                "first": _tr("Lesson: first step"), "last": _tr("Lesson: last step")}
        for key, action in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), dock)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.setAutoRepeat(False)        # a held key must not race through the lesson
            shortcut.setWhatsThis(what[action])  # listed in Help → Keyboard shortcuts
            shortcut.activated.connect(lambda k=key, a=action: self._pressed(k, a))
            self.shortcuts.append(shortcut)

    def _pressed(self, key, action):
        focus = QApplication.focusWidget()
        if (self._dock.lesson is None or not self._dock.isVisible()
                or QApplication.activePopupWidget() is not None or uses_its_keys(focus)):
            self._give_to(focus, key)
            return
        getattr(self._dock, action)()

    def _give_to(self, widget, key):
        give_key(widget, key, self.shortcuts)


def give_key(widget, key, shortcuts):
    """Deliver the key to ``widget`` as if none of ``shortcuts`` had taken it."""
    if widget is None:
        return
    enabled = [shortcut for shortcut in shortcuts if shortcut.isEnabled()]
    for shortcut in enabled:
        shortcut.setEnabled(False)
    try:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
    finally:
        for shortcut in enabled:
            shortcut.setEnabled(True)
