"""Autosave every few minutes and on exit; after a crash, the next start offers the autosave.

While Gradient Lab runs it holds a lock file (QLockFile: the process id inside) in its data
folder. A clean exit saves once more and removes the lock. If the lock is still there at the
next start and its process is gone, the last run crashed (or was killed): ``crashed`` is True
and the autosave can be offered. A second copy of Gradient Lab running at the same time finds
the lock held and does not autosave, so the two never overwrite each other's file.
"""
import logging
import os
import time

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from . import session_file, state

log = logging.getLogger("gradlab.autosave")

INTERVAL_MS = 3 * 60 * 1000
AUTOSAVE_NAME = "autosave" + session_file.SUFFIX
LOCK_NAME = "running.lock"


def data_folder():
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


class Autosaver(QObject):
    saved = Signal(str)      # the autosave file was written
    failed = Signal(str)     # it could not be (the message)

    def __init__(self, window, folder=None, interval_ms=INTERVAL_MS, app_version="0.1.0"):
        super().__init__(window)
        self._window = window
        self.folder = folder or data_folder()
        self.path = os.path.join(self.folder, AUTOSAVE_NAME)
        self.app_version = app_version
        self.crashed = False
        self.active = False
        self._lock = QLockFile(os.path.join(self.folder, LOCK_NAME))
        self._lock.setStaleLockTime(0)      # stale only when its process is gone, never by age
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.save_now)

    def start(self):
        """Take the lock (noting a crash of the last run) and start the timer. False if another
        Gradient Lab holds the lock (then nothing is autosaved by this one)."""
        os.makedirs(self.folder, exist_ok=True)
        left_behind = os.path.exists(self._lock.fileName())
        if not self._lock.tryLock(200):
            log.info("another Gradient Lab is running: autosave is off in this one")
            return False
        self.crashed = left_behind
        if left_behind:
            log.warning("the last run did not end cleanly (its lock file was left behind)")
        self.active = True
        self._timer.start()
        return True

    def has_autosave(self):
        return os.path.isfile(self.path)

    def autosave_time(self):
        """When the autosave was written (seconds since the epoch), or None."""
        try:
            return os.path.getmtime(self.path)
        except OSError:
            return None

    def save_now(self):
        """Write the window's session to the autosave file; True on success."""
        if not self.active:
            return False
        started = time.perf_counter()
        try:
            session_file.write(self.path, state.collect(self._window), self.app_version)
        except (OSError, ValueError, TypeError) as exc:
            log.error("autosave failed: %s", exc)
            self.failed.emit(str(exc))
            return False
        log.info("autosaved to %s in %.2f s", self.path, time.perf_counter() - started)
        self.saved.emit(self.path)
        return True

    def stop(self):
        """A clean exit: save once more, then give up the lock."""
        if not self.active:
            return
        self._timer.stop()
        self.save_now()
        self.active = False
        self._lock.unlock()
