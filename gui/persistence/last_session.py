"""Starting where the last run stopped: the offer to restore after a crash, to continue after a
clean exit, the network used last time; and what is kept at exit.

``LastSession(window, dialogs, autosaver)`` (a SessionDialogs and an Autosaver, which the main
window makes) is called at start-up and at exit (gui/app.py) and by File → Open recent's
"Last session"; its public methods work without dialogs, for tests:

    start(path=None)   start_autosave() -> bool   offer_restore() -> bool   restore_autosave() -> bool
    offer_continue() -> QMessageBox or None (``continue_box`` while shown)   last_session_text()
    has_last_session() -> bool   stop_autosave()
"""
import logging
import time

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox

from . import settings

log = logging.getLogger("gradlab.session")


def tr(text):
    # the context these texts were translated in while they lived in persistence/menus.py
    return QCoreApplication.translate("SessionMenus", text)


def quit_tip():
    """The status tip of the window's Quit: closing autosaves."""
    return tr("Close Gradient Lab (the session is autosaved: the next start offers to continue it)")


class LastSession(QObject):
    def __init__(self, window, dialogs, autosaver):
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.autosaver = autosaver
        self.continue_box = None    # the offer to continue the last session, while shown
        self._autosave_warned = False
        autosaver.failed.connect(self._autosave_failed)
        autosaver.saved.connect(self._autosave_saved)

    def start(self, session_path=None):
        """At start-up (not for screenshots): autosave and, after a crash, the offer to restore;
        else the session file given on the command line; else the network used last time."""
        if self.start_autosave() and self.offer_restore():
            return
        if session_path:
            self.dialogs.open_session(session_path)
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

    def has_last_session(self):
        return self.autosaver.has_last_session()

    def offer_restore(self):
        """After a crash, ask whether to restore the autosave; True if it was restored."""
        saver = self.autosaver
        if not (saver.active and saver.crashed and saver.has_last_session()):
            return False
        when = time.strftime("%H:%M", time.localtime(saver.autosave_time(saver.last_session_path)))
        answer = QMessageBox.question(
            self.window, tr("Restore the last session?"),
            tr("Gradient Lab did not close properly last time. Restore the session "
               "autosaved at {0}?").replace("{0}", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes and self.restore_autosave()

    def last_session_text(self):
        """'&Last session, autosaved on 30/11/2026 14:32' (in the user's date format)."""
        saver = self.autosaver
        when = QDateTime.fromSecsSinceEpoch(int(saver.autosave_time(saver.last_session_path) or 0))
        return tr("&Last session, autosaved {0}").replace(
            "{0}", QLocale().toString(when, QLocale.FormatType.ShortFormat))

    def offer_continue(self):
        """After a clean exit, offer (without blocking) to continue the session it autosaved;
        the box is returned (None when there is nothing to offer)."""
        saver = self.autosaver
        if not (saver.active and not saver.crashed and saver.has_last_session()):
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
        ok = self.dialogs.open_session(self.autosaver.last_session_path, remember=False)
        if ok:
            self.dialogs.forget_path()   # Save asks where: the autosave is not the user's file
            self.dialogs.status(tr("The autosaved session was restored."))
        return ok

    def stop_autosave(self):
        """At a clean exit: save the session once more and give up the lock."""
        settings.save_last_network(self.window.session.spec)
        self.autosaver.stop()

    @Slot(str)
    def _autosave_failed(self, message):
        """An autosave that fails is said, once with a message, then in the status bar."""
        text = tr("The session could not be autosaved. Save it with File → Save session.")
        if self._autosave_warned:
            self.dialogs.status(text)
            return
        self._autosave_warned = True
        self.dialogs.refuse(text, message, title=tr("Autosave"))

    @Slot(str)
    def _autosave_saved(self, _path):
        self._autosave_warned = False
