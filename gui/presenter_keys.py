"""The keys of a presentation remote: Page Down / Page Up, and B or '.' to blank the screen.

With the lesson panel open, Page Down / Page Up belong to the lesson (gui/lesson/keys.py).
With it closed they step the tool in front, as its own Space and Backspace do: the stepper's
next sub-step, the backprop tool's next node. B and '.' black out the window, as in
presentation software; any key or click brings it back. A text field being typed in gets
its letters as usual: Qt gives a field the keys that type, before any shortcut.
"""
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from .lesson.keys import give_key, uses_its_keys


def _tr(text):
    return QCoreApplication.translate("PresenterKeys", text)


def _stepper_keys(tool):
    return tool.step, tool.back


def _backprop_keys(tool):
    return tool.model.step, tool.model.back


# a tool's next and previous (sub-)step, for the remote while the lesson panel is closed
STEPS = {"stepper": _stepper_keys, "backprop": _backprop_keys}


class BlankScreen(QWidget):
    """A black cover over the whole window; any key or click takes it away."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("blankScreen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(palette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.hide()
        window.installEventFilter(self)
        self._back_to = None

    def blank(self):
        self._back_to = QApplication.focusWidget()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def unblank(self):
        self.hide()
        if self._back_to is not None:
            self._back_to.setFocus(Qt.FocusReason.OtherFocusReason)
            self._back_to = None

    def event(self, event):
        # while blank, every key is ours (not a shortcut's): it only brings the screen back
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.unblank()
            return True
        return super().event(event)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False


class PresenterKeys(QObject):
    """Makes the blank action (``blank_action``: B and '.') and the remote's Page keys for the
    tools; ``next()`` and ``back()`` are what the keys do."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.blank_screen = BlankScreen(window)
        self.blank_action = QAction(_tr("&Blank the screen"), window)
        self.blank_action.setShortcuts([QKeySequence("B"), QKeySequence(".")])
        tip = _tr("Black out the window, as in presentation software; any key brings it back")
        self.blank_action.setStatusTip(tip)
        self.blank_action.setToolTip(tip)
        self.blank_action.triggered.connect(lambda _=False: self.blank_screen.blank())
        window.addAction(self.blank_action)
        self.shortcuts = []
        for key, slot, what in ((Qt.Key.Key_PageDown, self.next, _tr("Remote: next step of the tool in front")),
                                (Qt.Key.Key_PageUp, self.back, _tr("Remote: previous step of the tool in front"))):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(lambda k=key, s=slot: self._pressed(k, s))
            self.shortcuts.append(shortcut)
        # the lesson's own Page keys fire while its panel is shown; these only while it is not
        window.lesson.visibilityChanged.connect(self._follow_lesson)
        self._follow_lesson(window.lesson.isVisible())

    def _follow_lesson(self, lesson_shown):
        for shortcut in self.shortcuts:
            shortcut.setEnabled(not lesson_shown)

    def _steps(self):
        tool = self.window.tabs.currentWidget()
        for key, steps in STEPS.items():
            built = self.window.tools.built().get(key)
            if built is not None and built is tool:
                return steps(tool)
        return None

    def _pressed(self, key, slot):
        focus = QApplication.focusWidget()
        if QApplication.activePopupWidget() is not None or uses_its_keys(focus) or self._steps() is None:
            give_key(focus, key, self.shortcuts)
            return
        slot()

    def next(self):
        steps = self._steps()
        if steps is not None:
            steps[0]()

    def back(self):
        steps = self._steps()
        if steps is not None:
            steps[1]()
