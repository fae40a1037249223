"""A run as the dashboard keeps it: its records, name, colour and whether it is shown."""
import numpy as np

from engine import BatchRecord, EpochRecord, History, TrainingEnded

from .stream import Confusion, Snapshot

# one colour per run, distinct on white (Okabe–Ito, colour-blind safe)
RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]


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

    def __init__(self, number, name, settings, kind, class_names=()):
        self.number = number
        self.name = name
        self.colour = RUN_COLOURS[(number - 1) % len(RUN_COLOURS)]
        self.visible = True
        self.settings = dict(settings)
        self.kind = kind                  # "classification" or "regression"
        self.class_names = list(class_names)
        self.history = History([], [])
        self.confusion = None             # the latest Confusion
        self.snapshot = None              # the latest Snapshot
        # per-batch arrays for the plots: x in steps, x in epochs, loss, accuracy
        self.batch_step, self.batch_epoch_x = Series(), Series()
        self.batch_loss, self.batch_accuracy = Series(), Series()
        self.param_steps, self.param_values = [], []   # for the quadratic model: (a, b, c) per step
        self.batches_per_epoch = 1

    @property
    def ended(self):
        return self.history.ended

    def add(self, records):
        """Take a list of records from the worker; return (new batch count, new epoch, new snapshot)."""
        batches = [r for r in records if isinstance(r, BatchRecord)]
        new_epoch = new_snapshot = False
        for r in records:
            if isinstance(r, (BatchRecord, EpochRecord, TrainingEnded)):
                self.history.add(r)
                new_epoch |= isinstance(r, EpochRecord)
            elif isinstance(r, Snapshot):
                self.snapshot = r
                new_snapshot = True
                for step, a, b, c in r.trace:     # the quadratic model's a, b, c of every step
                    self.param_steps.append(step)
                    self.param_values.append([a, b, c])
            elif isinstance(r, Confusion):
                self.confusion = r
        if batches:
            self.batches_per_epoch = batches[-1].batches_per_epoch
            self.batch_step.extend([b.step for b in batches])
            self.batch_epoch_x.extend([b.epoch - 1 + b.batch / b.batches_per_epoch for b in batches])
            self.batch_loss.extend([b.loss for b in batches])
            if self.kind == "classification":
                self.batch_accuracy.extend([b.accuracy for b in batches])
        return len(batches), new_epoch, new_snapshot

    def epoch_arrays(self, field):
        """(epochs, values) of an EpochRecord field, skipping epochs where it is None."""
        pairs = [(e.epoch, getattr(e, field)) for e in self.history.epochs if getattr(e, field) is not None]
        if not pairs:
            return np.zeros(0), np.zeros(0)
        x, v = np.array(pairs, dtype=np.float64).T
        return x, v
