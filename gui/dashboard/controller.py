"""Drives one run at a time through ``gui.worker.Job``: start, pause, resume, stop, and
stepping one batch or one epoch, all on the same ``Trainer.run`` generator."""
from PySide6.QtCore import QObject, Signal, Slot

from engine import BatchRecord, TrainingEnded

from ..worker import Job


class TrainingController(QObject):
    """UI-thread owner of the current run's RunStream and of the Job running it.

    Signals: ``records(run, list)`` for every delivery from the worker; ``run_ended(run)``
    once the run's history has its TrainingEnded; ``state_changed()`` whenever running,
    paused or idle changes; ``failed(str)`` with a traceback if the engine raised.
    """

    records = Signal(object, object)   # (run, list of records: passed on, not copied)
    run_ended = Signal(object)
    state_changed = Signal()
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.run = None       # the Run being trained (its stream not ended)
        self.stream = None
        self.job = None
        self._stopping = False

    # -- state ---------------------------------------------------------------------------
    def is_active(self):
        """A run has begun and not ended (it may be running, paused or between steps)."""
        return self.stream is not None and not self.stream.ended

    def is_running(self):
        return self.job is not None and self.job.is_running()

    def is_paused(self):
        return self.is_running() and self.job.paused

    # -- control -------------------------------------------------------------------------
    def begin(self, run, stream):
        """Make ``run`` (trained by ``stream``) the current run; nothing runs yet."""
        self.finish_now()
        self.run, self.stream = run, stream
        self.state_changed.emit()

    def start(self, until=None):
        """Run the current stream to its end (or to the end of the next batch/epoch)."""
        if not self.is_active() or self.is_running():
            return False
        stream = self.stream
        self._stopping = False
        self.job = Job(lambda: stream.segment(until), self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.errored.connect(self._on_errored)
        self.job.ended.connect(self._on_ended)
        self.job.start()
        self.state_changed.emit()
        return True

    def pause(self):
        if self.is_running():
            self.job.pause()
            self.state_changed.emit()

    def resume(self):
        if self.is_running():
            self.job.resume()
            self.state_changed.emit()

    def stop(self):
        """End the current run (after the batch in progress); its history is kept."""
        if self.is_running():
            self._stopping = True
            self.job.stop()
        elif self.is_active():
            self._end_stopped()

    def finish_now(self, msecs=10_000):
        """Stop and wait for the thread (closing, or a new run replacing this one)."""
        if self.is_running():
            self._stopping = True
            self.job.wait(msecs)
        if self.is_active():
            self._end_stopped()

    # -- from the worker -------------------------------------------------------------------
    @Slot(object)
    def _on_progress(self, records):
        if self.run is not None:
            self.run.add(records)
            self.records.emit(self.run, records)
            if self.run.ended is not None:
                self.run_ended.emit(self.run)

    @Slot(object)
    def _on_finished(self, last):
        # stopped by us, or from outside (Job.stop_all when the window closes)
        if self.is_active() and (self._stopping or not self.stream.segment_complete):
            self._end_stopped()

    @Slot(str)
    def _on_errored(self, details):
        if self.is_active():
            self.stream.close()
            last = self.run.history.batches[-1] if self.run.history.batches else None
            self.run.history.add(TrainingEnded("failed", details.strip().splitlines()[-1],
                                               last.epoch if last else 0, last.batch if last else 0))
            self.run_ended.emit(self.run)
        self.failed.emit(details)

    @Slot()
    def _on_ended(self):
        self.job = None
        self._stopping = False
        self.state_changed.emit()

    def _end_stopped(self):
        """The run stops here: close the trainer's generator, record why, send final weights."""
        stream, run = self.stream, self.run
        stream.close()
        last = run.history.batches[-1] if run.history.batches else BatchRecord(0, 0, 1, 0, 0.0, None, 0.0)
        records = []
        if run.history.batches:
            records.append(stream.snapshot())   # safe: no thread uses the model any more
        records.append(TrainingEnded("stopped", "training was stopped", last.epoch, last.batch))
        run.add(records)
        self.records.emit(run, records)
        self.run_ended.emit(run)
        self.state_changed.emit()
