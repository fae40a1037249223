"""Autosave every few minutes and on exit; the next start offers to continue that session.

Every few minutes the window's state is taken on the UI thread (``state.snapshot``: copies,
cheap) and encoded and written by a worker thread (``gui.worker.Job``), so the window never
waits for a large data set to be written (about a second for 2,000 pictures of 32×32). At a
clean exit it is written once more (then the window is already closed).

At the next start the autosave is moved aside to ``last-session.gradlab`` (so that this run's
autosaves cannot overwrite it): Gradient Lab offers to continue it, and File → Open recent
lists it until the next start.

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

from ..worker import Job
from lab import session_file

from . import state

log = logging.getLogger("gradlab.autosave")

INTERVAL_MS = 3 * 60 * 1000
AUTOSAVE_NAME = "autosave" + session_file.SUFFIX
LAST_SESSION_NAME = "last-session" + session_file.SUFFIX
LOCK_NAME = "running.lock"


def _write_in_worker(path, taken, app_version):
    """The worker thread's part of an autosave: encode the snapshot and write the file."""
    started = time.perf_counter()
    session_file.write(path, state.encode(taken), app_version)
    yield time.perf_counter() - started


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
        self.last_session_path = os.path.join(self.folder, LAST_SESSION_NAME)
        self.job = None          # the autosave being written in the background, if any
        self.app_version = app_version
        self.crashed = False
        self.active = False
        self._lock = QLockFile(os.path.join(self.folder, LOCK_NAME))
        self._lock.setStaleLockTime(0)      # stale only when its process is gone, never by age
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.save_in_background)

    def start(self):
        """Take the lock (noting a crash of the last run) and start the timer. False if another
        Gradient Lab holds the lock (then nothing is autosaved by this one)."""
        os.makedirs(self.folder, exist_ok=True)
        left_behind = os.path.exists(self._lock.fileName())
        # a little patience: after the language switch the old process is still writing its
        # autosave while the new one starts
        if not self._lock.tryLock(2000):
            log.info("another Gradient Lab is running: autosave is off in this one")
            return False
        self.crashed = left_behind
        if left_behind:
            log.warning("the last run did not end cleanly (its lock file was left behind)")
        if os.path.isfile(self.path):
            try:     # the last run's session, kept aside from this run's autosaves
                os.replace(self.path, self.last_session_path)
            except OSError as exc:
                log.error("could not keep the last session: %s", exc)
        self.active = True
        self._timer.start()
        return True

    def has_autosave(self):
        return os.path.isfile(self.path)

    def has_last_session(self):
        """True if the last run's session was kept (see the module docstring)."""
        return os.path.isfile(self.last_session_path)

    def autosave_time(self, path=None):
        """When the autosave (or ``path``) was written (seconds since the epoch), or None."""
        try:
            return os.path.getmtime(path or self.path)
        except OSError:
            return None

    def save_now(self):
        """Write the window's session to the autosave file, waiting for it; True on success."""
        if not self.active:
            return False
        self._wait_for_job()
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

    def save_in_background(self):
        """Take a snapshot now and write it in a worker thread; returns the Job (None if not
        autosaving, or if the previous autosave is still being written)."""
        if not self.active or self.job is not None:
            return None
        started = time.perf_counter()
        try:
            taken = state.snapshot(self._window)
        except (ValueError, TypeError) as exc:
            log.error("autosave failed: %s", exc)
            self.failed.emit(str(exc))
            return None
        log.info("autosave snapshot taken in %.3f s on the UI thread", time.perf_counter() - started)
        job = Job(lambda: _write_in_worker(self.path, taken, self.app_version), self)
        job.finished.connect(self._on_written)
        job.errored.connect(self._on_failed)
        job.ended.connect(self._on_job_ended)
        self.job = job
        job.start()
        return job

    def _on_written(self, seconds):
        if seconds is None:
            return
        log.info("autosaved to %s in %.2f s (in a worker thread)", self.path, seconds)
        self.saved.emit(self.path)

    def _on_failed(self, details):
        message = details.strip().splitlines()[-1] if details.strip() else "unknown error"
        log.error("autosave failed: %s", message)
        self.failed.emit(message)

    def _on_job_ended(self):
        self.job = None

    def _wait_for_job(self):
        if self.job is not None:
            self.job.wait()
            self.job = None

    def stop(self):
        """A clean exit: save once more (the window is closed: nobody waits), give up the lock."""
        if not self.active:
            return
        self._timer.stop()
        self.save_now()
        self.active = False
        self._lock.unlock()
