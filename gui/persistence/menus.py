"""The File menu's session actions: open, save, save as, recent sessions, reset settings.

``SessionMenus(window, dialogs, last_session)`` only makes the actions (``open_action``,
``save_action``, ``save_as_action``, ``recent_menu``, ``reset_action``); the main window places
them in its File menu. What they do is in ``dialogs`` (a SessionDialogs: opening and saving
files) and ``last_session`` (a LastSession: the session autosaved when Gradient Lab last closed).
The Help menu's actions are in gui/help_actions.py.
"""
import os

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from . import settings


def tr(text):
    return QCoreApplication.translate("SessionMenus", text)


class SessionMenus(QObject):
    def __init__(self, window, dialogs, last_session):
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.last_session = last_session
        icon = window.style().standardIcon
        SP = QStyle.StandardPixmap

        self.open_action = self._action(tr("&Open session…"), dialogs.ask_open, QKeySequence.StandardKey.Open,
                                        icon(SP.SP_DialogOpenButton),
                                        tr("Open a saved session (.gradlab): function, network, weights, history"))
        self.save_action = self._action(tr("&Save session"), dialogs.save, QKeySequence.StandardKey.Save,
                                        icon(SP.SP_DialogSaveButton),
                                        tr("Save everything in this window to the session file"))
        self.save_as_action = self._action(tr("Save session &as…"), dialogs.ask_save_as,
                                           QKeySequence.StandardKey.SaveAs, icon(SP.SP_DriveHDIcon),
                                           tr("Save everything in this window to a new session file"))
        self.reset_action = self._action(tr("&Reset settings…"), lambda: dialogs.reset_settings(confirm=True),
                                         None, icon(SP.SP_BrowserReload),
                                         tr("Forget the window layout, language, folders, recent files "
                                            "and lesson progress"))
        self.recent_menu = QMenu(tr("Open &recent"), window)
        self.recent_menu.setIcon(icon(SP.SP_DirIcon))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def _action(self, text, slot, shortcut, icon, tip):
        action = QAction(icon, text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _fill_recent(self):
        menu = self.recent_menu
        menu.clear()
        files = settings.recent_files()
        last = self.last_session
        if last.has_last_session():
            action = menu.addAction(last.last_session_text())
            action.setStatusTip(tr("The session Gradient Lab autosaved when it was last closed"))
            action.triggered.connect(lambda _=False: last.restore_autosave())
            menu.addSeparator()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {os.path.basename(path)}")
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.dialogs.open_session(p))
        if not files:
            empty = menu.addAction(tr("(no recent sessions)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(tr("Clear the list"), settings.clear_recent_files)
        menu.setEnabled(True)
