"""Everyone can find out what a control does: every control of every tool has a tooltip,
a button that shows only an icon has an accessible name, and every control can be reached with
the keyboard (Tab). Controls Qt makes inside other controls (a spin box's text field, a combo
box's list, scroll bars, a table's headers) belong to those and are not counted."""
import pytest
from PySide6.QtCore import Qt

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QHeaderView, QLineEdit, QPlainTextEdit, QScrollBar, QTextEdit, QLabel, QFormLayout)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit, QAbstractItemView,
            QPlainTextEdit, QTextEdit)


def qt_internal(widget):
    """A part Qt makes inside another control (a spin box's line edit, a combo box's popup list,
    a tab bar's scroll arrows, a table's corner button and headers, scroll bars)."""
    if widget.objectName().startswith("qt_") or widget.objectName() in ("ScrollLeftButton", "ScrollRightButton"):
        return True
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parent()
    return False


def read_only_text(widget):
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly()


def unexplained(root):
    """[(widget, why)] of the controls under ``root`` a user could not find out about."""
    found = []
    for cls in CONTROLS:
        for widget in root.findChildren(cls):
            if qt_internal(widget) or read_only_text(widget) or widget in [w for w, _ in found]:
                continue
            if not widget.toolTip().strip():
                found.append((widget, "no tooltip"))
            elif isinstance(widget, QAbstractButton) and not widget.text().strip() and not widget.accessibleName():
                found.append((widget, "icon only, no accessible name"))
    return found


def describe(widget):
    """A line that finds the control in the code."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    chain, p = [], widget.parent()
    while p is not None and len(chain) < 4:
        chain.append(type(p).__name__)
        p = p.parent()
    return f"{type(widget).__name__}({text!r}, name={widget.objectName()!r}) in {'/'.join(chain)}"




@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_control_of_every_tool_has_a_tooltip_and_is_reachable_by_keyboard(app, qtbot, language):
    from gui import i18n
    from gui.main_window import MainWindow
    i18n.install(app, language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for key in list(window.tools):
            window.show_tool(key)
        missing = [f"{why}: {describe(widget)}" for widget, why in unexplained(window)]
        assert not missing, "\n".join(missing)
        unreachable = [describe(w) for cls in CONTROLS for w in window.findChildren(cls)
                       if not qt_internal(w) and not read_only_text(w)
                       and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)]
        assert not unreachable, "\n".join(unreachable)
        window.close()
    finally:
        i18n.install(app, "en")
