"""One training run as a stream of records for the worker thread.

``Trainer.run`` yields batch, epoch and end records. A ``RunStream`` passes them on and adds
what the views need but the trainer does not compute: a copy of the parameters (with the
decision map or fitted curve computed from them) at most every ``snapshot_seconds``, and
the confusion matrix at the end of an epoch (at most every ``confusion_seconds``: on 200
points an epoch may take 2 ms, and a matrix per epoch cost the run a sixth of its speed). The
quadratic model's three parameters are recorded after every step (``Snapshot.trace``), and
``step_pause`` seconds (set from the UI thread at any time) slow a run down so that the
student can watch the curve reshape. All of that is computed here, in the worker thread, on the run's own private model; only copies
leave it.

The same ``Trainer.run`` generator is shared by every ``segment``: Start runs one segment
to the end, *step one batch* runs a segment that ends after the next batch, *step one
epoch* after the next epoch.
"""
import math
import time
from dataclasses import dataclass

import numpy as np

from engine import BatchRecord, EpochRecord, TrainingEnded
from engine.metrics import confusion_matrix, decision_grid, predicted_classes


@dataclass(frozen=True)
class Snapshot:
    """A copy of the model's parameters after ``step`` batches, and what they draw."""
    step: int
    epoch: int
    params: dict            # key -> array copy
    grid: np.ndarray | None   # (R, R, K) class probabilities over the 2-D data's bounds
    curve: np.ndarray | None  # (M,) the model's output along ``curve_x`` (1-D regression)
    trace: tuple = ()         # quadratic model: (step, a, b, c) of every step since the last one


@dataclass(frozen=True)
class Confusion:
    """The confusion matrix over the whole data set at the end of ``epoch``."""
    epoch: int
    matrix: np.ndarray      # (K, K) counts: row = true class, column = predicted
    predicted: np.ndarray   # (N,) the predicted class of each example of the data set


class RunStream:
    """Wrap ``trainer.run`` on ``model`` for the dashboard (see the module docstring)."""

    def __init__(self, trainer, model, X, y, n_classes, grid_bounds=None, grid_resolution=80,
                 curve_x=None, snapshot_seconds=0.1, confusion_seconds=0.5):
        self.trainer, self.model = trainer, model
        self.X, self.y, self.n_classes = X, y, n_classes
        self.grid_bounds, self.grid_resolution = grid_bounds, grid_resolution
        self.curve_x = curve_x
        self.snapshot_seconds, self.confusion_seconds = snapshot_seconds, confusion_seconds
        self.classify = n_classes > 0
        self.step_pause = 0.0     # seconds to wait after each step (a plain float, set by the UI)
        # a, b and c are three numbers: keep them after every step, from the start (step 0)
        self._traced = set(model.params) == {"a", "b", "c"}
        self._trace = [self._coefficients(0)] if self._traced else []
        self._records = trainer.run(X, y)
        self._last_snapshot = self._last_confusion = -math.inf
        self._confusion_cost = 0.0   # seconds the last confusion matrix took
        self._step = self._epoch = 0
        self.ended = False
        self.segment_complete = True

    def segment(self, until=None):
        """Records up to the end of the run, or of the next batch ('batch') or epoch ('epoch').

        ``segment_complete`` tells afterwards whether it got there (False: it was stopped).
        """
        self.segment_complete = False
        for record in self._records:  # a plain for: closing a segment leaves the run open
            if isinstance(record, TrainingEnded):
                self.ended = True
                if record.reason != "diverged":
                    yield self.snapshot()
                    if self.classify:
                        yield self.confusion()
                yield record
                self.segment_complete = True
                return
            yield record
            now = time.perf_counter()
            if isinstance(record, BatchRecord):
                self._step, self._epoch = record.step, record.epoch
                if self._traced:
                    self._trace.append(self._coefficients(record.step))
                if self.step_pause > 0:
                    time.sleep(min(self.step_pause, 1.0))
                    now = time.perf_counter()
                if until == "batch" or now - self._last_snapshot >= self.snapshot_seconds:
                    yield self.snapshot()
                if until == "batch":
                    self.segment_complete = True
                    return
            elif isinstance(record, EpochRecord):
                # never more than ~5% of the time (and at most every confusion_seconds)
                wait = min(max(self.confusion_seconds, 20 * self._confusion_cost), 2.0)
                if self.classify and (until or now - self._last_confusion >= wait):
                    yield self.confusion()
                if until == "epoch":
                    yield self.snapshot()
                    self.segment_complete = True
                    return

    def close(self):
        """End the run (from the UI thread, when no segment is running)."""
        self._records.close()
        self.ended = True

    def snapshot(self):
        model = self.model
        params = {k: v.copy() for k, v in model.params.items()}
        grid = curve = None
        with np.errstate(over="ignore", invalid="ignore"):
            if self.grid_bounds is not None:
                grid = decision_grid(model.predict, self.grid_bounds, self.grid_resolution).astype(np.float32)
            if self.curve_x is not None:
                curve = np.asarray(model.predict(self.curve_x.reshape(-1, 1)), dtype=np.float64)[:, 0]
        self._last_snapshot = time.perf_counter()
        trace, self._trace = tuple(self._trace), []
        return Snapshot(self._step, self._epoch, params, grid, curve, trace)

    def _coefficients(self, step):
        return (step,) + tuple(float(self.model.params[k][0]) for k in "abc")

    def confusion(self):
        started = time.thread_time()   # this thread's CPU time: waiting for the GIL is not cost
        chunks = [predicted_classes(self.model.predict(self.X[i:i + 4096]))
                  for i in range(0, len(self.X), 4096)]
        predicted = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int64)
        self._last_confusion = time.perf_counter()
        self._confusion_cost = time.thread_time() - started
        return Confusion(self._epoch, confusion_matrix(self.y, predicted, self.n_classes), predicted)
