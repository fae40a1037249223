"""Opening and saving session files, with the file dialogs and the messages a user sees.

``SessionDialogs(window)`` is what File → Open, Save, Save as, Open recent and Reset settings
call (gui/persistence/menus.py makes those actions); its public methods work without dialogs,
for tests and the lesson:

    open_session(path) -> bool      save_session(path) -> bool      save()
    ask_open() / ask_save_as()      reset_settings(confirm=False)
    current_path (the file in use, or None)    last_error (the last refusal or failure shown)
    last_notice (what the last session opened without: its data's source, its lesson step)

A refused file changes nothing (gui/persistence/state.py puts the previous state back).
"""
import logging
import os

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lab import session_file

from . import settings, state

log = logging.getLogger("gradlab.session")


def tr(text):
    # the context these texts were translated in while they lived in persistence/menus.py
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


def note_text(note):
    """The sentence shown for what a session opened without (lab.session_file.Note)."""
    if note.kind == "folder":
        return tr("The picture folder {0} is no longer there: the pictures saved in the session "
                  "are used.").replace("{0}", note.detail)
    if note.kind == "lesson":
        return tr("The lesson step saved in the session cannot be read: the lesson stays where it was.")
    return tr("Where the data came from cannot be used ({0}): the data saved in the session is "
              "used.").replace("{0}", note.detail)


class SessionDialogs(QObject):
    def __init__(self, window, app_version="0.1.0"):
        super().__init__(window)
        self.window = window
        self.app_version = app_version
        self.current_path = None
        self.last_error = ""        # the last refusal or failure shown, for tests and the lesson
        self.last_notice = ""       # what the last session opened without
        self._base_title = window.windowTitle()

    # -- opening and saving -------------------------------------------------------------------
    def open_session(self, path, remember=True):
        """Open a session file; on refusal show why (nothing changes) and return False.
        remember=False (the autosave): not made the file in use, nor added to Open recent."""
        self.last_notice = ""
        try:
            decoded = session_file.read(path)
            state.apply(self.window, decoded)
        except session_file.SessionFileError as error:
            log.warning("refused %s: %s", path, error.message)
            self.refuse(refusal_text(error), error.message)
            return False
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            log.warning("could not apply %s: %r", path, error)
            self.refuse(tr("This session file is damaged and cannot be opened. Nothing was changed."),
                        repr(error))
            return False
        log.info("opened %s", path)
        self.last_notice = " ".join(note_text(note) for note in decoded["notes"])
        if remember:
            self.current_path = os.path.abspath(path)
            settings.add_recent_file(path)
            settings.set_last_folder(path, "session")
            self.update_title()
            self.status(tr("Opened {0}").replace("{0}", os.path.basename(path)))
        if self.last_notice:
            log.warning("opened %s without: %s", path, decoded["notes"])
            self.tell(self.last_notice)
        return True

    def save_session(self, path):
        """Save the whole window to ``path`` (atomically); False and a message on failure."""
        if not path.endswith(session_file.SUFFIX):
            path += session_file.SUFFIX
        try:
            session_file.write(path, state.collect(self.window), self.app_version)
        except (OSError, ValueError, TypeError) as error:
            log.error("could not save %s: %r", path, error)
            self.refuse(tr("The session could not be saved. The previous file, if any, is unchanged."),
                        str(error), title=tr("Save session"))
            return False
        self.current_path = os.path.abspath(path)
        settings.add_recent_file(path)
        settings.set_last_folder(path, "session")
        self.update_title()
        self.status(tr("Saved {0}").replace("{0}", os.path.basename(path)))
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

    def forget_path(self):
        """No file in use (an autosave was opened): Save asks where."""
        self.current_path = None
        self.update_title()

    # -- what the user is told ------------------------------------------------------------------
    def refuse(self, text, details, title=None):
        """Say ``text`` in the status bar and in a window-modal box (``details`` folded in it)."""
        self.last_error = text
        self.status(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Open session"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()           # window-modal, does not block the caller

    def tell(self, text):
        """Say ``text`` in the status bar and in a window-modal box that does not block."""
        self.status(text)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Open session"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def status(self, text):
        self.window.statusBar().showMessage(text, 8000)

    def update_title(self):
        """'name.gradlab — Gradient Lab — …' while a session file is open."""
        if self.current_path:
            self.window.setWindowFilePath(self.current_path)
            self.window.setWindowTitle(os.path.basename(self.current_path) + " — " + self._base_title)
        else:
            self.window.setWindowFilePath("")
            self.window.setWindowTitle(self._base_title)

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
        self.status(tr("Settings were reset. Gradient Lab starts with its defaults next time."))
        log.info("settings reset")
        return ok
