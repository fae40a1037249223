"""The one bridge between the engine and Qt threads.

``Job`` runs a generator (for example ``Trainer.run``) in a worker thread and hands its
records to the UI thread: the worker appends each record to a buffer, and a timer on the
UI thread picks up everything new at a bounded rate (about 30 times a second), so a fast
training loop can never flood the UI with signals. Only the records themselves cross the
thread boundary: engine records are small frozen dataclasses; arrays must be copies.

Wiring, as in the Qt for Python and napari examples:
``thread.started -> worker.run``, ``worker.done -> thread.quit``, ``deleteLater`` on both
(the worker moved back to the UI thread first, so that both are destroyed there).
"""
import atexit
import ctypes
import gc
import os
import platform
import sys
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

REFRESH_MS = 33  # at most ~30 deliveries of progress per second
# Let go of Python's GIL for a moment at most this often: a UI thread waiting for it gets it
# then, instead of after Python's 5 ms switch interval (the dashboard drew 2 frames a second
# without this). Not after every record: that cost a system call per record, and a busy
# machine's other processes took the core each time. Half a millisecond: Qt paints the plots
# without the GIL (gui/plot_frames.py) and takes it for each item that paints in Python, so a
# frame waits for it several times; at 2 ms, the 99th percentile of the UI's delay was 19–22 ms
# (benchmarks/landscape.py --ui), at 0.5 ms 17–19 ms. Only while the UI thread waits for it
# (_WaitsForALock). None: never (only the interval).
YIELD_SECONDS = 0.0005
# A worker thread's nice value (Linux): how much lower its priority is than the UI thread's.
# Two workers (the training, the landscape's slice) and the UI thread are three threads for
# two cores: the UI thread woke up and queued for a core for up to 26 ms of a 46 ms delay
# (its /proc schedstat). One step of 5 lets it take a core from a worker at once; the
# workers still share everything the UI thread leaves. Worst delay of benchmarks/landscape.py
# --ui, 10 s runs: 29–64 ms before, 19–42 ms in eleven runs with it.
WORKER_NICE = 5
# The system call a thread blocked on a lock (Python's GIL among them) waits in: futex.
_FUTEX = {"x86_64": b"202 ", "aarch64": b"98 "}   # (Linux's names of the machines)


class _WaitsForALock:
    """Whether a thread (the UI thread) is blocked waiting for a lock right now.

    Letting go of the GIL costs the worker ~60 µs each time (Linux ends a sleep up to 50 µs
    late, and a shorter pause is too short for the other thread to wake up and take the lock):
    a tenth of the training's time at one every 0.5 ms, although the UI thread wants the GIL
    only now and then (it paints without it). Linux says which system call a thread is blocked
    in (/proc/self/task/<id>/syscall, read in ~4 µs): the worker lets go only while the UI
    thread waits in a futex, as a thread waiting for the GIL does. Where that cannot be read
    (other systems), it is assumed to wait: the worker lets go every time, as before.
    """

    def __init__(self, native_id):
        self._fd, self._futex = None, _FUTEX.get(platform.machine().lower())
        if sys.platform.startswith("linux") and self._futex is not None:
            try:
                self._fd = os.open(f"/proc/self/task/{native_id}/syscall", os.O_RDONLY)
                # read holding the GIL (PyDLL): os.pread lets go of it, which wakes a UI
                # thread waiting for it, so that the read found it awake and not waiting
                self._pread = ctypes.PyDLL(None).pread
                self._pread.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_long)
                self._buffer = ctypes.create_string_buffer(16)
            except (OSError, AttributeError):
                self.close()

    def __call__(self):
        if self._fd is None:
            return True
        read = self._pread(self._fd, self._buffer, 16, 0)
        return read <= 0 or self._buffer.raw[:read].startswith(self._futex)

    def close(self):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _lower_priority():
    """Give the UI thread the processor first: this (worker) thread's nice value goes up by
    WORKER_NICE. Linux keeps a nice value per thread; Qt's thread priorities do nothing there
    (its ordinary scheduling has one priority), but are used elsewhere (Job.start)."""
    if sys.platform.startswith("linux") and WORKER_NICE:
        me = threading.get_native_id()
        try:
            os.setpriority(os.PRIO_PROCESS, me, os.getpriority(os.PRIO_PROCESS, me) + WORKER_NICE)
        except OSError:
            pass


GC_SECONDS = 1.0   # how often the UI thread collects Python's garbage once a job has run


class _MainThreadCollector(QObject):
    """Python's garbage collected on the UI thread only (as pyqtgraph's GarbageCollector does).

    Python collects when allocations pass a threshold, in whichever thread allocates: a worker
    training a network allocates a lot, so the collection ran there and destroyed the wrappers
    of Qt widgets in that thread, which locks Qt while it waits for the GIL the UI thread holds
    while it waits for that lock: the program froze. So automatic collection is off and a timer
    on the UI thread collects instead, the generation that Python would have collected.
    """

    _installed = None

    @classmethod
    def install(cls):
        """Once, from the UI thread (the first job's start)."""
        if cls._installed is None:
            cls._installed = cls(QCoreApplication.instance())
        return cls._installed

    def __init__(self, parent):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        # What exists by now (modules, classes, the windows) lives as long as the program:
        # full collections need not walk it again (gc.freeze, as large Python servers do).
        gc.freeze()
        self._set_aside = False          # objects set aside while a job ran, not collected since
        self._timer = QTimer(self)
        self._timer.setInterval(int(GC_SECONDS * 1000))
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    @Slot()
    def collect(self):
        """The oldest generation due, with two exceptions. While a job runs, only the young
        objects, and what survives them is set aside (``gc.freeze``): a training run keeps
        thousands of records a second, and collecting the older generations walked them all
        again on this thread (15 ms every ~10 s of a run), let alone a full collection (tenths
        of a second in a large program: the window must keep answering while a network trains).
        When a full collection comes due with no job running, it takes in what was set aside
        too (cyclic garbage among it is freed then), and sets aside what survives."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                if Job.running_jobs():
                    gc.collect(0)
                    gc.freeze()
                    self._set_aside = True
                elif generation == 2 and self._set_aside:
                    gc.unfreeze()
                    gc.collect(2)
                    gc.freeze()
                    self._set_aside = False
                else:
                    gc.collect(generation)
                return


class _Worker(QObject):
    """Lives in the worker thread; iterates the generator between stop and pause checks."""

    done = Signal(object)    # the last record (or None)
    failed = Signal(str)     # a formatted traceback

    def __init__(self, make_records, buffer, lock, stop, running, ui_thread):
        super().__init__()
        self._ui_thread = ui_thread      # its native id
        self._make_records = make_records
        self._buffer, self._lock = buffer, lock
        self._stop, self._running = stop, running
        self._home = QThread.currentThread()   # the UI thread, where the job was made

    @Slot()
    def run(self):
        try:
            self._run()
        finally:
            # Back to the UI thread before this thread ends, so that this object is destroyed
            # there (deleteLater once the thread has finished). Destroyed here, it took Qt's
            # locks for its connections and then waited for the GIL, while the UI thread held
            # the GIL and waited for one of those locks (connecting a new menu's signals):
            # the window froze for good, once in a full test run.
            self.moveToThread(self._home)

    def _run(self):
        _lower_priority()
        last = None
        yielded = time.perf_counter()
        ui_waits = _WaitsForALock(self._ui_thread)
        try:
            records = self._make_records()
            for record in records:
                with self._lock:
                    self._buffer.append(record)
                last = record
                if YIELD_SECONDS is not None and time.perf_counter() - yielded >= YIELD_SECONDS:
                    for _ in range(3):
                        if not ui_waits():
                            break
                        time.sleep(0)            # the UI thread may take the GIL now (or
                    yielded = time.perf_counter()  # another worker: then again)
                if not self._running.is_set():   # (is_set alone costs far less than wait)
                    self._running.wait()          # paused: sleep here, between two records
                if self._stop.is_set():
                    if hasattr(records, "close"):
                        records.close()
                    break
        except Exception:  # noqa: BLE001 - any failure of the job is reported, not raised
            self.failed.emit(traceback.format_exc())
            return
        finally:
            ui_waits.close()
        self.done.emit(last)


class Job(QObject):
    """A generator run in a QThread. UI-thread side.

    Signals (all delivered on the UI thread):
      progress(list) - the records produced since the last delivery, oldest first
      finished(object) - the job ended normally or was stopped; its last record
      errored(str) - the job raised; a readable traceback
    ``ended`` follows either of the last two, so cleanup has one place to go.
    """

    progress = Signal(object)   # a list of records (object: Qt would copy a list, ~0.7 µs a record)
    finished = Signal(object)
    errored = Signal(str)
    ended = Signal()

    _running_jobs = set()
    _unfinished = []     # (QThread, worker) still running when wait() gave up: never destroyed

    def __init__(self, make_records, parent=None, refresh_ms=REFRESH_MS):
        """make_records: () -> iterator of records, called in the worker thread.

        This is the one place where work is paused or stopped: between two records. A
        generator needs no stop flag of its own; it is closed when the job stops.
        """
        super().__init__(parent)
        self._buffer, self._lock = [], threading.Lock()
        self._stop, self._running = threading.Event(), threading.Event()
        self._running.set()
        self._thread = QThread()
        # (a job is made on the UI thread: the one its worker lets go of the GIL for)
        self._worker = _Worker(make_records, self._buffer, self._lock, self._stop, self._running,
                               threading.get_native_id())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # quit() directly from the worker thread: queued, it would wait for a UI thread
        # that may itself be blocked in wait() while the window closes.
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.done.connect(self._on_worker_done)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.finished.connect(self._on_thread_finished)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.finished.connect(self._thread.deleteLater)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self._deliver)
        self._alive = False
        self._outcome = ("done", None)

    # -- control (UI thread) -----------------------------------------------------------
    def start(self):
        _MainThreadCollector.install()       # from now on, garbage is collected on this thread only
        self._alive = True
        Job._running_jobs.add(self)
        self._timer.start()
        self._thread.start(QThread.Priority.LowPriority)   # below the UI thread (_lower_priority)

    def stop(self):
        """Ask the job to stop after the current record; returns at once."""
        self._stop.set()
        self._running.set()

    def pause(self):
        self._running.clear()

    def resume(self):
        self._running.set()

    @property
    def paused(self):
        return not self._running.is_set()

    def is_running(self):
        return self._alive

    def wait(self, msecs=10_000):
        """Stop the job and block until its thread has ended (used when closing)."""
        if not self._alive:
            return True
        self.stop()
        ok = self._thread.wait(msecs)
        if not ok:
            # Still inside one record (a read that cannot be interrupted): the QThread object
            # must outlive it, for Qt aborts the process when a running QThread is destroyed.
            # Kept until the process ends; the thread ends on its own once the record is done.
            if not Job._unfinished:
                atexit.register(Job._wait_unfinished)
            Job._unfinished.append((self._thread, self._worker))
        # the done/failed signals are queued to this thread: handle them now
        QCoreApplication.sendPostedEvents(self)
        QCoreApplication.processEvents()
        return ok

    @classmethod
    def _wait_unfinished(cls):
        """At exit: let threads that were still in a record finish it (Python is about to
        destroy their QThread objects, and destroying a running one aborts the process)."""
        for thread, _ in cls._unfinished:
            thread.wait()
        cls._unfinished.clear()

    @classmethod
    def running_jobs(cls):
        return set(cls._running_jobs)

    @classmethod
    def stop_all(cls, msecs=10_000):
        """Stop every running job and wait for their threads (on application exit)."""
        for job in list(cls._running_jobs):
            job.stop()
        return all([job.wait(msecs) for job in list(cls._running_jobs)])

    # -- delivery (UI thread) ----------------------------------------------------------
    def _take(self):
        with self._lock:
            records = self._buffer[:]
            self._buffer.clear()
        return records

    @Slot()
    def _deliver(self):
        records = self._take()
        if records:
            self.progress.emit(records)

    @Slot(object)
    def _on_worker_done(self, last):
        self._outcome = ("done", last)

    @Slot(str)
    def _on_worker_failed(self, details):
        self._outcome = ("failed", details)

    @Slot()
    def _on_thread_finished(self):
        # Only now is the thread really over; report, and forget it (it deletes itself).
        if not self._alive:
            return
        self._thread.wait()
        self._timer.stop()
        self._deliver()
        self._alive = False
        Job._running_jobs.discard(self)
        kind, value = self._outcome
        if kind == "done":
            self.finished.emit(value)
        else:
            self.errored.emit(value)
        self.ended.emit()
