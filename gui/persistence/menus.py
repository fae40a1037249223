"""The File menu's session actions: open, save, recent sessions, reset settings; and autosave.

``SessionMenus(window)`` makes the actions (``open_action``, ``save_action``, ``save_as_action``,
``recent_menu``, ``reset_action``), which the main window places in its File menu (the Help
menu's are in gui/help_actions.py); its public methods are what they call, so tests and the
lesson can use them without dialogs:

    open_session(path) -> bool      save_session(path) -> bool      current_path
    start(path=None)   start_autosave() -> bool   offer_restore() -> bool   restore_autosave() -> bool
    offer_continue() -> QMessageBox or None   (the last session, after a clean exit)
    stop_autosave()    reset_settings(confirm=False)
"""
import logging
import os
import time

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QMenu, QStyle

from lab import session_file

from . import settings, state
from .autosave import Autosaver

log = logging.getLogger("gradlab.session")


def tr(text):
    return QCoreApplication.translate("SessionMenus", text)


def filter_text():
    return tr("Gradient Lab sessions (*.gradlab)")


def refusal_text(error):
    """The sentence shown when a session file is refused (SessionFileError)."""
    return {
        "newer": tr("This session was saved by a newer version of Gradient Lab. "
                    "Update Gradient Lab to open it. Nothing was changed."),
        "damaged": tr("This session file is damaged and cannot be opened. Nothing was changed."),
        "not-session": tr("This file is not a Gradient Lab session. Nothing was changed."),
        "io": tr("The file could not be read. Nothing was changed."),
    }.get(error.kind, tr("The session could not be opened. Nothing was changed."))


class SessionMenus(QObject):
    def __init__(self, window, app_version="0.1.0"):
        super().__init__(window)
        self.window = window
        self.app_version = app_version
        self.current_path = None
        self.last_error = ""        # the last refusal or failure shown, for tests and the lesson
        self.continue_box = None    # the offer to continue the last session, while shown
        self.autosaver = Autosaver(window, app_version=app_version)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.saved.connect(self._autosave_saved)
        self._autosave_warned = False
        self._base_title = window.windowTitle()
        style = window.style()
        icon = style.standardIcon
        SP = QStyle.StandardPixmap

        self.open_action = self._action(tr("&Open session…"), self.ask_open, QKeySequence.StandardKey.Open,
                                        icon(SP.SP_DialogOpenButton),
                                        tr("Open a saved session (.gradlab): function, network, weights, history"))
        self.save_action = self._action(tr("&Save session"), self.save, QKeySequence.StandardKey.Save,
                                        icon(SP.SP_DialogSaveButton),
                                        tr("Save everything in this window to the session file"))
        self.save_as_action = self._action(tr("Save session &as…"), self.ask_save_as,
                                           QKeySequence.StandardKey.SaveAs, icon(SP.SP_DriveHDIcon),
                                           tr("Save everything in this window to a new session file"))
        self.reset_action = self._action(tr("&Reset settings…"), lambda: self.reset_settings(confirm=True),
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

    # -- menus --------------------------------------------------------------------------------
    @staticmethod
    def quit_tip():
        """The status tip of the window's Quit: closing autosaves."""
        return tr("Close Gradient Lab (the session is autosaved: the next start offers to continue it)")

    def _fill_recent(self):
        menu = self.recent_menu
        menu.clear()
        files = settings.recent_files()
        if self.autosaver.has_last_session():
            action = menu.addAction(self.last_session_text())
            action.setStatusTip(tr("The session Gradient Lab autosaved when it was last closed"))
            action.triggered.connect(lambda _=False: self.restore_autosave())
            menu.addSeparator()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {os.path.basename(path)}")
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_session(p))
        if not files:
            empty = menu.addAction(tr("(no recent sessions)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(tr("Clear the list"), settings.clear_recent_files)
        menu.setEnabled(True)

    # -- opening and saving -------------------------------------------------------------------
    def open_session(self, path, remember=True):
        """Open a session file; on refusal show why (nothing changes) and return False.
        remember=False (the autosave): not made the file in use, nor added to Open recent."""
        try:
            decoded = session_file.read(path)
            state.apply(self.window, decoded)
        except session_file.SessionFileError as error:
            log.warning("refused %s: %s", path, error.message)
            self._refuse(refusal_text(error), error.message)
            return False
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            log.warning("could not apply %s: %r", path, error)
            self._refuse(tr("This session file is damaged and cannot be opened. Nothing was changed."),
                         repr(error))
            return False
        log.info("opened %s", path)
        if not remember:
            return True
        self.current_path = os.path.abspath(path)
        settings.add_recent_file(path)
        settings.set_last_folder(path, "session")
        self._update_title()
        self._status(tr("Opened {0}").replace("{0}", os.path.basename(path)))
        return True

    def save_session(self, path):
        """Save the whole window to ``path`` (atomically); False and a message on failure."""
        if not path.endswith(session_file.SUFFIX):
            path += session_file.SUFFIX
        try:
            session_file.write(path, state.collect(self.window), self.app_version)
        except (OSError, ValueError, TypeError) as error:
            log.error("could not save %s: %r", path, error)
            self._refuse(tr("The session could not be saved. The previous file, if any, is unchanged."),
                         str(error), title=tr("Save session"))
            return False
        self.current_path = os.path.abspath(path)
        settings.add_recent_file(path)
        settings.set_last_folder(path, "session")
        self._update_title()
        self._status(tr("Saved {0}").replace("{0}", os.path.basename(path)))
        log.info("saved %s", path)
        return True

    @Slot()
    def save(self):
        return self.save_session(self.current_path) if self.current_path else self.ask_save_as()

    @Slot()
    def ask_open(self):
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open session"),
                                              settings.last_folder("session"), filter_text())
        return self.open_session(path) if path else False

    @Slot()
    def ask_save_as(self):
        start = self.current_path or os.path.join(settings.last_folder("session"),
                                                  tr("my session") + session_file.SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save session"), start, filter_text())
        return self.save_session(path) if path else False

    @Slot(str)
    def _autosave_failed(self, message):
        """An autosave that fails is said, once with a message, then in the status bar."""
        text = tr("The session could not be autosaved. Save it with File → Save session.")
        if self._autosave_warned:
            self._status(text)
            return
        self._autosave_warned = True
        self._refuse(text, message, title=tr("Autosave"))

    @Slot(str)
    def _autosave_saved(self, _path):
        self._autosave_warned = False

    def _refuse(self, text, details, title=None):
        self.last_error = text
        self._status(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Open session"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()           # window-modal, does not block the caller

    def _status(self, text):
        self.window.statusBar().showMessage(text, 8000)

    def _update_title(self):
        """'name.gradlab — Gradient Lab — …' while a session file is open."""
        if self.current_path:
            self.window.setWindowFilePath(self.current_path)
            self.window.setWindowTitle(os.path.basename(self.current_path) + " — " + self._base_title)
        else:
            self.window.setWindowFilePath("")
            self.window.setWindowTitle(self._base_title)

    # -- autosave and crash restore -------------------------------------------------------------
    def start(self, session_path=None):
        """At start-up (not for screenshots): autosave and, after a crash, the offer to restore;
        else the session file given on the command line; else the network used last time."""
        if self.start_autosave() and self.offer_restore():
            return
        if session_path:
            self.open_session(session_path)
        else:
            self.restore_last_network()
            self.offer_continue()

    def restore_last_network(self):
        """Rebuild the network used last time (fitted to the data); False if none or invalid."""
        spec = settings.last_network_spec()
        if spec is None:
            return False
        session = self.window.session
        try:
            session.set_spec(session.fit_spec_to_data(spec))
        except Exception as error:   # an old or damaged spec: keep the default network
            log.info("the last network could not be rebuilt: %r", error)
            return False
        return True

    def start_autosave(self):
        """Take the lock and autosave from now on; False if another Gradient Lab holds it."""
        return self.autosaver.start()

    def offer_restore(self):
        """After a crash, ask whether to restore the autosave; True if it was restored."""
        if not (self.autosaver.active and self.autosaver.crashed and self.autosaver.has_last_session()):
            return False
        when = time.strftime("%H:%M", time.localtime(self.autosaver.autosave_time(self.autosaver.last_session_path)))
        answer = QMessageBox.question(
            self.window, tr("Restore the last session?"),
            tr("Gradient Lab did not close properly last time. Restore the session "
               "autosaved at {0}?").replace("{0}", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes and self.restore_autosave()

    def last_session_text(self):
        """'&Last session, autosaved on 30/11/2026 14:32' (in the user's date format)."""
        when = QDateTime.fromSecsSinceEpoch(int(self.autosaver.autosave_time(self.autosaver.last_session_path) or 0))
        return tr("&Last session, autosaved {0}").replace(
            "{0}", QLocale().toString(when, QLocale.FormatType.ShortFormat))

    def offer_continue(self):
        """After a clean exit, offer (without blocking) to continue the session it autosaved;
        the box is returned (None when there is nothing to offer)."""
        if not (self.autosaver.active and not self.autosaver.crashed and self.autosaver.has_last_session()):
            return None
        box = QMessageBox(QMessageBox.Icon.Question, tr("Continue the last session?"),
                          tr("Continue where you stopped last time? Gradient Lab autosaved the session "
                             "when it was closed ({0}). It stays in File → Open recent until the next "
                             "start.").replace("{0}", self.last_session_text().replace("&", "")),
                          QMessageBox.StandardButton.NoButton, self.window)
        continue_button = box.addButton(tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Start &fresh"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(continue_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.restore_autosave()
                                  if button is continue_button else None)
        box.open()           # window-modal, does not block the start
        self.continue_box = box
        return box

    def restore_autosave(self):
        """Open the session autosaved by the last run (after a crash or a clean exit)."""
        path = self.autosaver.last_session_path
        ok = self.open_session(path, remember=False)
        if ok:
            self.current_path = None   # Save asks where: the autosave is not the user's file
            self._update_title()
            self._status(tr("The autosaved session was restored."))
        return ok

    def stop_autosave(self):
        """At a clean exit: save the session once more and give up the lock."""
        settings.save_last_network(self.window.session.spec)
        self.autosaver.stop()

    # -- settings -----------------------------------------------------------------------------
    def reset_settings(self, confirm=False):
        if confirm:
            answer = QMessageBox.question(
                self.window, tr("Reset settings"),
                tr("Forget the window layout, language, last folders, recent files and lesson "
                   "progress? Your session files are not touched."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ok = settings.reset_settings()
        if not self.window.isMaximized() and not self.window.isFullScreen():
            self.window.resize(1280, 820)   # the default size, which closing will remember
        self._status(tr("Settings were reset. Gradient Lab starts with its defaults next time."))
        log.info("settings reset")
        return ok
