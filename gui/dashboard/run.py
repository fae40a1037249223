"""A run as the dashboard keeps it: its records, name, colour, line style, whether it is
shown, and whether it is learning."""
import numpy as np
from PySide6.QtCore import Qt

from engine import BatchRecord, EpochRecord, History, TrainingEnded
from engine.metrics import learning_trouble

from .. import accuracy_names as names
from .stream import Confusion, Snapshot

# one colour per run, distinct on white (Okabe–Ito, colour-blind safe)
RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
# after seven runs the colours come again with another line (dashes mean validation: not here)
RUN_LINES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine]


EPOCH_FIELDS = ("loss", "accuracy", "val_loss", "val_accuracy")


def run_style(number):
    """(colour, line style) of run ``number`` (1-based): 28 distinct pairs before any repeats."""
    k = number - 1
    return RUN_COLOURS[k % len(RUN_COLOURS)], RUN_LINES[(k // len(RUN_COLOURS)) % len(RUN_LINES)]


class Series:
    """A growing float array (amortised appends, no copy to read it)."""

    def __init__(self):
        self._data = np.empty(256)
        self.size = 0

    def extend(self, values):
        values = np.asarray(values, dtype=np.float64)
        need = self.size + values.size
        if need > self._data.size:
            grown = np.empty(max(need, 2 * self._data.size))
            grown[:self.size] = self._data[:self.size]
            self._data = grown
        self._data[self.size:need] = values
        self.size = need

    @property
    def values(self):
        return self._data[:self.size]


class Run:
    """One training run: settings, history, the latest confusion matrix and parameter trace."""

    def __init__(self, number, name, settings, kind, class_names=(), quadratic=False):
        self.number = number
        self.name = name
        self.colour, self.line = run_style(number)
        self.visible = True
        self.settings = dict(settings)
        self.kind = kind                  # "classification" or "regression"
        self.class_names = list(class_names)
        self.uses_quadratic_model = quadratic   # a x² + b x + c learns, not the network
        self.history = History([], [])
        self.confusion = None             # the latest Confusion
        self.snapshot = None              # the latest Snapshot
        # per-batch arrays for the plots: x in steps, x in epochs, loss, accuracy
        self.batch_step, self.batch_epoch_x = Series(), Series()
        self.batch_loss, self.batch_accuracy = Series(), Series()
        self.param_steps, self.param_values = [], []   # for the quadratic model: (a, b, c) per step
        self.batches_per_epoch = 1
        self.trouble = None               # why it is not learning (engine.metrics.learning_trouble)
        self.trouble_said = None          # the trouble the status line said last
        self._epoch_series = {}           # EpochRecord field -> (epochs, values) as Series

    @property
    def ended(self):
        return self.history.ended

    def add(self, records):
        """Take a list of records from the worker, oldest first (one pass: hundreds of
        records arrive 30 times a second while a small network trains)."""
        batches, new_epoch = [], False
        for r in records:
            kind = type(r)
            if kind is BatchRecord:
                batches.append(r)
            elif kind is EpochRecord:
                new_epoch = True
                self.history.epochs.append(r)
                for field in EPOCH_FIELDS:
                    if getattr(r, field) is not None:
                        x, values = self._epoch_series.setdefault(field, (Series(), Series()))
                        x.extend([r.epoch])
                        values.extend([getattr(r, field)])
            elif kind is Snapshot:
                self.snapshot = r
                for step, a, b, c in r.trace:     # the quadratic model's a, b, c of every step
                    self.param_steps.append(step)
                    self.param_values.append([a, b, c])
            elif kind is Confusion:
                self.confusion = r
            elif kind is TrainingEnded:
                self.history.add(r)
        if batches:
            self.history.batches.extend(batches)
            self.batches_per_epoch = batches[-1].batches_per_epoch
            self.batch_step.extend([b.step for b in batches])
            self.batch_epoch_x.extend([b.epoch - 1 + b.batch / b.batches_per_epoch for b in batches])
            self.batch_loss.extend([b.loss for b in batches])
            if self.kind == "classification":
                self.batch_accuracy.extend([b.accuracy for b in batches])
        if new_epoch and self.history.batches:
            # judged on the epoch losses against the loss of the starting weights (first batch)
            self.trouble = learning_trouble(self.epoch_arrays("loss")[1], self.history.batches[0].loss)

    def final_accuracies(self):
        """[(name, value)] of the accuracies of the run's last epoch, each named (classification)."""
        last = self.history.epochs[-1] if self.history.epochs else None
        found = []
        if last is not None and last.accuracy is not None:
            found.append((names.epoch_average(), last.accuracy))
        if self.confusion is not None and self.confusion.matrix.sum():
            m = self.confusion.matrix
            found.append((names.all_data(), float(np.trace(m) / m.sum())))
        if last is not None and last.val_accuracy is not None:
            found.append((names.validation(), last.val_accuracy))
        return found

    def epoch_arrays(self, field):
        """(epochs, values) of an EpochRecord field, skipping epochs where it is None."""
        x, values = self._epoch_series.get(field, (Series(), Series()))
        return x.values, values.values
