"""Painting the run in progress: one timer draws the latest state, at a bounded rate.

The worker never waits for the views. Records arrive (``gui.worker.Job`` delivers them about
30 times a second); ``note`` only remembers what changed, and a single timer paints the newest
state every ``FRAME_MS``, the pyqtgraph way: the plot items exist already and get ``setData``
of the newest arrays (the loss panel decimates what it paints to the plot's width). When
nothing changed the timer stops, so an idle tool costs nothing.
"""
import collections
import time

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from engine import BatchRecord, EpochRecord, TrainingEnded

from .stream import Confusion, Snapshot

FRAME_MS = 55      # the loss plot: at most ~18 frames a second, at least 15 when busy (each frame's
                   # UI time is time the worker cannot train: the GIL is shared)
DETAIL_SECONDS = 0.15  # the map, the confusion matrix, the progress line and the run list:
                       # at most ~7 times a second (the worker sends a map at most 10 times),
                       # half a frame after the curves (one long hold of the window is two short)


class RunPainter(QObject):
    """Draws the current run's newest records on the dashboard's panels.

    ``show_progress(rate, seconds_left)`` and ``show_snapshot(run, snapshot)`` are the tool's
    (they reach the session); the plots, the confusion matrix and the run list are drawn here.
    """

    def __init__(self, loss_panel, confusion, runs_panel, show_progress, show_snapshot, parent=None):
        super().__init__(parent)
        self.loss_panel, self.confusion, self.runs_panel = loss_panel, confusion, runs_panel
        self._show_progress, self._show_snapshot = show_progress, show_snapshot
        self._pending = {}
        self._rates = collections.deque(maxlen=30)   # (time, samples done): samples per second
        self._samples_done = 0
        self.frames = 0              # how many times the plots were drawn (the benchmark reads it)
        self._last_details = -DETAIL_SECONDS
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)   # a coarse one may run 5 % late
        self._timer.timeout.connect(self._frame)
        # the details half a frame after the curves: the window is never held for both at once
        self._details = QTimer(self)
        self._details.setSingleShot(True)
        self._details.setInterval(FRAME_MS // 2)
        self._details.timeout.connect(self._details_frame)
        self._details_pending = None      # (run, what changed) waiting for that timer

    def begin(self):
        """A new run: its speed is measured afresh."""
        self._pending.clear()
        self._details.stop()
        self._details_pending = None
        self._rates.clear()
        self._samples_done = 0

    def note(self, run, records, current):
        """Remember what ``records`` change; the next frame draws it (``current``: the run in progress)."""
        batches, kinds, last = 0, set(), {}
        for r in records:                    # one pass: hundreds of records per delivery
            kind = type(r)
            kinds.add(kind)
            last[kind] = r
            batches += kind is BatchRecord
        if batches:
            self._samples_done += batches * run.settings["batch_size"]
            now = time.perf_counter()
            self._rates.append((now, self._samples_done))
            t0, s0 = self._rates[0]
            self._pending["batch"] = last[BatchRecord]
            self._pending["rate"] = (self._samples_done - s0) / (now - t0) if now > t0 else 0.0
        if Snapshot in kinds and current:
            self._pending["snapshot"] = last[Snapshot]
        if Confusion in kinds:
            self._pending["confusion"] = True
        if EpochRecord in kinds:
            self._pending["epochs_done"] = True
        if batches or TrainingEnded in kinds:
            self._pending["curves"] = True
        self._pending["run"], self._pending["current"] = run, current
        if not self._timer.isActive():
            self._timer.start()

    def paint_now(self):
        """Draw everything pending at once (the run ended, paused or finished a step)."""
        self._frame(everything=True)

    @Slot()
    def _frame(self, everything=False):
        pending, self._pending = self._pending, {}
        if everything and self._details_pending is not None:   # details not drawn yet: now
            self._details.stop()
            pending = {**self._details_pending[1], **pending}
            self._details_pending = None
        run = pending.get("run")
        if run is None:
            self._timer.stop()       # nothing new: sleep until the next records
            return
        now = time.perf_counter()
        details = everything or now - self._last_details >= DETAIL_SECONDS
        if pending.pop("curves", False) or (details and pending.get("epochs_done")):
            # the per-batch loss every frame; the epoch dots (slower to draw) and the accuracy
            # plot with the details (each frame's UI time is time the worker cannot train)
            self.loss_panel.refresh(run, epochs=details, accuracy=details)
            self.frames += 1
        if not details:
            if len(pending) > 2:               # more than run and current: keep for later
                self._pending = {**pending, **self._pending}
            return
        self._last_details = now
        if everything:
            self._draw_details(run, pending)
        else:
            self._details_pending = (run, pending)
            self._details.start()

    @Slot()
    def _details_frame(self):
        if self._details_pending is not None:
            (run, pending), self._details_pending = self._details_pending, None
            self._draw_details(run, pending)

    def _draw_details(self, run, pending):
        current = pending["current"]
        last = pending.get("batch")
        if last is not None and current:
            rate = pending["rate"]
            total_steps = run.settings["epochs"] * last.batches_per_epoch
            left = (total_steps - last.step) * run.settings["batch_size"] / rate if rate > 0 else None
            self._show_progress(rate if rate > 0 else None, left)   # 0: not measured yet
        if "snapshot" in pending:
            self._show_snapshot(run, pending["snapshot"])
        if pending.get("confusion") and run.confusion is not None:
            self.confusion.show_confusion(run.confusion, run.class_names)
        if pending.get("epochs_done"):
            self.runs_panel.show_results()     # its latest accuracies, each named
