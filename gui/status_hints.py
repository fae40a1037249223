"""Status-bar hints: a control's tooltip also shows in the status bar while the mouse is on it.

Qt shows a widget's ``statusTip`` in the main window's status bar on hover; tools write
tooltips, so this copies each tooltip's first line (as plain text) into ``statusTip`` where a
control has none. It runs over the window when it is built and over a tab whenever it is shown, for
controls made later (e.g. the builder's layer rows).
"""
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QWidget


def plain_first_line(tip):
    text = QTextDocumentFragment.fromHtml(tip).toPlainText() if "<" in tip else tip
    return text.strip().splitlines()[0] if text.strip() else ""


def fill_status_tips(root):
    """Give every widget under ``root`` that has a tooltip but no status tip one; returns how many."""
    count = 0
    for widget in root.findChildren(QWidget):
        tip = widget.toolTip()
        if tip and not widget.statusTip():
            widget.setStatusTip(plain_first_line(tip))
            count += 1
    return count


def install(window):
    fill_status_tips(window)
    # only the tab just shown: walking the whole window took 30–90 ms on every tab change
    window.tabs.currentChanged.connect(lambda _index: fill_status_tips(window.tabs.currentWidget()))
