"""Help → Lesson, Keyboard shortcuts, Report a problem: the actions the main window places.

``HelpActions(window)``: ``lesson_action``, ``shortcuts_action``, ``report_action``; what they
call is public (``show_lesson()``, ``shortcuts() -> [(text, keys)]``, ``show_shortcuts()``,
``report_problem()``), so tests and the lesson can use them directly.
"""
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMessageBox, QStyle, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from . import logging_setup


def tr(text):
    # the context these texts were translated in while they lived in persistence/menus.py
    return QCoreApplication.translate("SessionMenus", text)


def shortcut_actions(window):
    """Every QAction of the window that has a keyboard shortcut: in a menu, or added to a widget."""
    found = []
    for widget in [window] + window.findChildren(QWidget):
        for action in widget.actions():
            if action.shortcuts() and action not in found:
                found.append(action)
    for action in window.findChildren(QAction):
        if action.shortcuts() and action not in found:
            found.append(action)
    return found


class HelpActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        icon = window.style().standardIcon
        SP = QStyle.StandardPixmap
        self.lesson_action = self._action(tr("&Lesson"), self.show_lesson, QKeySequence("F1"),
                                          icon(SP.SP_FileDialogInfoView),
                                          tr("Show the lesson that walks through the lecture"))
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             QKeySequence("Ctrl+/"), icon(SP.SP_FileDialogListView),
                                             tr("List every keyboard shortcut"))
        self.report_action = self._action(tr("&Report a problem…"), self.report_problem, None,
                                          icon(SP.SP_MessageBoxWarning),
                                          tr("Copy the version, platform and last log lines to the clipboard"))

    def _action(self, text, slot, shortcut, icon, tip):
        action = QAction(icon, text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def show_lesson(self):
        self.window.lesson.show()
        self.window.lesson.raise_()
        return True

    def shortcuts(self):
        """Every keyboard shortcut in the window: [(what it does, keys)], collected from the
        actions and shortcuts themselves: the menus first ('File ▸ Open session', 'Ctrl+O'),
        then actions outside the menus and the tabs' own shortcuts ('Gradient stepper: …', 'Space')."""
        rows, seen, listed = [], set(), set()
        list(self.window.tools.values())     # every tool built, so that its own shortcuts exist

        def add(text, sequence):
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            text = text.replace("&", "").rstrip("…")
            if keys and (text, keys) not in seen:
                seen.add((text, keys))
                rows.append((text, keys))

        def walk(actions, path):
            for action in actions:
                if action.menu() is not None:
                    walk(action.menu().actions(), path + [action.text().replace("&", "")])
                elif not action.isSeparator():
                    listed.add(action)
                    for sequence in action.shortcuts():
                        add(" ▸ ".join(path + [action.text()]), sequence)
        walk(self.window.menuBar().actions(), [])
        for action in shortcut_actions(self.window):
            if action not in listed:
                listed.add(action)
                text = action.text().replace("&", "")
                for sequence in action.shortcuts():
                    add(": ".join(part for part in (self._tab_of(action.parent()), text) if part), sequence)
        for shortcut in self.window.findChildren(QShortcut):
            add(self._describe(shortcut), shortcut.key())
        return rows

    def _tab_of(self, widget):
        """The title of the tool ``widget`` belongs to, or ''."""
        while widget is not None:
            for tool in self.window.tools.built().values():
                if tool is widget:
                    return tool.title()
            widget = widget.parent()
        return ""

    def _describe(self, shortcut):
        """'<tab>: <what it does>' for a QShortcut, from its whatsThis or the standard key."""
        what = shortcut.whatsThis()
        if not what:
            standard = {"Copy": tr("Copy"), "Paste": tr("Paste"), "Cut": tr("Cut"), "Undo": tr("Undo"),
                        "Redo": tr("Redo"), "SelectAll": tr("Select all"), "Find": tr("Find"),
                        "Delete": tr("Delete")}
            for name, text in standard.items():
                if shortcut.key() in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name)):
                    what = text
                    break
        tab = self._tab_of(shortcut.parent())
        return ": ".join(part for part in (tab, what) if part) or tr("(no description)")

    def show_shortcuts(self):
        rows = self.shortcuts()
        dialog = QDialog(self.window)
        dialog.setWindowTitle(tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        for r, (text, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(text))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(520, 480)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def report_problem(self):
        text = logging_setup.copy_report_to_clipboard()
        self.window.statusBar().showMessage(tr("The problem report was copied to the clipboard."), 8000)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Report a problem"),
                          tr("A report with the version, your platform and the last lines of the log "
                             "was copied to the clipboard. Paste it into an e-mail or an issue, with "
                             "what you did just before the problem."),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return text
