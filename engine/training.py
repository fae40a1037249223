"""Training: stochastic gradient descent over mini-batches (lecture items 8 and 15).

``Trainer.run`` is a generator: after every mini-batch it yields a ``BatchRecord``, after
every epoch an ``EpochRecord``, and at the very end one ``TrainingEnded`` saying why it
ended. A caller that wants one batch at a time simply asks for the next record; one that
wants to stop simply stops asking (or calls ``close()`` on the generator); pausing is not
asking for a while. So the trainer needs no threads, locks or flags of its own.
"""
import contextvars
import math
import time
from dataclasses import dataclass

import numpy as np

from . import optimizers
from .data.dataset import is_classification
from .data.split import train_validation_split


@dataclass(slots=True)      # (not frozen: that makes one in 2.4 µs, not 0.5 µs: 2 % of a small batch)
class BatchRecord:
    epoch: int               # 1-based
    batch: int               # 1-based, within the epoch
    batches_per_epoch: int
    step: int                # batches done since the start, 1-based
    loss: float
    accuracy: float | None   # None for regression
    samples_per_second: float


@dataclass(frozen=True)
class EpochRecord:
    epoch: int
    loss: float              # mean training loss over the epoch's batches
    accuracy: float | None
    val_loss: float | None
    val_accuracy: float | None
    seconds: float


@dataclass(frozen=True)
class TrainingEnded:
    reason: str              # "completed", "stopped" or "diverged"
    message: str
    epoch: int
    batch: int


@dataclass
class History:
    """Everything a run produced, in order."""
    batches: list
    epochs: list
    ended: TrainingEnded | None = None

    def add(self, record):
        if isinstance(record, BatchRecord):
            self.batches.append(record)
        elif isinstance(record, EpochRecord):
            self.epochs.append(record)
        else:
            self.ended = record


def accuracy(output, y):
    """Fraction of rows whose predicted class equals the label y: (N,) int."""
    return correct_count(output, y) / len(y)


def correct_count(output, y):
    """How many rows of ``output`` predict their label y (argmax, or > 0.5 for one output)."""
    if output.shape[1] == 1:  # one yes/no output: class 1 when above the middle
        return int(np.count_nonzero((output[:, 0] > 0.5) == (y == 1)))
    return int(np.count_nonzero(output.argmax(axis=1) == y))


class Trainer:
    """Train ``net`` with mini-batch gradient descent.

    optimizer: a name from ``engine.optimizers`` ('sgd', 'momentum', 'adam', ...) or an
    Optimizer; extra keyword arguments (momentum=0.9, ...) go to it.
    validation_fraction: when ``fit``/``run`` get no X_val, hold out this share of the data
    (stratified for classification, seeded).
    """

    def __init__(self, net, optimizer="sgd", lr=0.1, batch_size=32, epochs=5, seed=0,
                 weight_decay=0.0, validation_fraction=0.0, **optimizer_settings):
        if batch_size < 1:
            raise ValueError("batch size must be at least 1")
        if epochs < 0:
            raise ValueError("the number of epochs cannot be negative")
        if not (lr > 0 and math.isfinite(lr)):
            raise ValueError("the learning rate must be a positive number")
        self.net = net
        self.optimizer = optimizers.make(optimizer, lr=lr, **optimizer_settings)
        self.batch_size, self.epochs, self.seed = int(batch_size), int(epochs), seed
        self.weight_decay = weight_decay
        self.validation_fraction = validation_fraction

    # -- training ----------------------------------------------------------------------
    def fit(self, X, y, X_val=None, y_val=None):
        """Train to the end; return the History."""
        history = History([], [])
        for record in self.run(X, y, X_val, y_val):
            history.add(record)
        return history

    def batches_per_epoch(self, y):
        """How many batches an epoch of ``run(X, y)`` has: the examples left once the
        validation share is held out, ``batch_size`` at a time (known before training starts)."""
        rows = np.arange(len(y))
        if self.validation_fraction > 0:
            rows, _, _, _ = train_validation_split(rows, np.asarray(y), self.validation_fraction, self.seed)
        return math.ceil(len(rows) / self.batch_size)

    def run(self, X, y, X_val=None, y_val=None):
        """Yield BatchRecord after each batch, EpochRecord after each epoch, TrainingEnded last."""
        net = self.net
        X = np.asarray(X, dtype=net.dtype)
        y = np.asarray(y)
        if X.ndim != 2 or X.shape[1] != net.input_size:
            raise ValueError(f"the data has {X.shape[-1] if X.ndim else 0} inputs per example "
                             f"but the network expects {net.input_size}")
        if len(X) != len(y):
            raise ValueError(f"{len(X)} examples but {len(y)} labels")
        rows = np.arange(len(X))  # the training examples, as row numbers of X
        if X_val is None and self.validation_fraction > 0:
            # Split row numbers, not the data: training reads its rows of X batch by batch, so
            # a large data set is not held twice in memory (only the held-out share is copied).
            rows, _, val, _ = train_validation_split(rows, y, self.validation_fraction, self.seed)
            X_val, y_val = X[val], y[val]
        if X_val is not None:
            X_val = np.asarray(X_val, dtype=net.dtype)
            y_val = np.asarray(y_val)
        classify = is_classification(y)
        if classify and y.size and (y.min() < 0 or y.max() >= max(net.output_size, 2)):
            raise ValueError(f"labels go up to {y.max()} but the network has only "
                             f"{net.output_size} outputs")
        n = len(rows)
        if n == 0:
            raise ValueError("there is no training data")
        rng = np.random.default_rng(self.seed)
        quiet = quiet_numpy()
        batches = math.ceil(n / self.batch_size)
        step = 0
        epoch = batch = 0
        for epoch in range(1, self.epochs + 1):
            started = time.perf_counter()
            order = rows[rng.permutation(n)]
            loss_sum = correct = 0.0
            for batch in range(1, batches + 1):
                t0 = time.perf_counter()
                idx = order[(batch - 1) * self.batch_size: batch * self.batch_size]
                xb, yb = X[idx], y[idx]
                loss = quiet.run(self._step, xb, yb)
                if not math.isfinite(loss):
                    yield TrainingEnded(
                        "diverged",
                        f"the loss diverged at epoch {epoch}, batch {batch}: "
                        f"try a smaller learning rate (now {self.optimizer.lr:g})", epoch, batch)
                    return
                step += 1
                acc = None
                if classify:
                    hits = correct_count(net.last_output, yb)
                    acc = hits / len(idx)
                    correct += hits
                loss_sum += loss * len(idx)
                elapsed = time.perf_counter() - t0
                yield BatchRecord(epoch, batch, batches, step, loss, acc,
                                  len(idx) / elapsed if elapsed > 0 else float("inf"))
            val_loss = val_acc = None
            if X_val is not None and len(X_val):
                val_loss, val_acc = quiet.run(evaluate, net, X_val, y_val)
                if not math.isfinite(val_loss):
                    yield TrainingEnded("diverged", f"the validation loss diverged at epoch {epoch}: "
                                        f"try a smaller learning rate (now {self.optimizer.lr:g})",
                                        epoch, batches)
                    return
            yield EpochRecord(epoch, loss_sum / n, correct / n if classify else None,
                              val_loss, val_acc, time.perf_counter() - started)
        yield TrainingEnded("completed", f"finished {self.epochs} epochs", epoch, batch)

    def _step(self, xb, yb):
        """One step of gradient descent on the mini-batch (xb, yb); returns its loss
        (not finite: the step is not taken, and ``run`` says that training diverged)."""
        loss, grads = self.net.loss_and_gradients(xb, yb, self.weight_decay)
        if math.isfinite(loss):
            self.optimizer.update(self.net.params, grads)
        return loss


def quiet_numpy():
    """A context in which NumPy does not warn about overflow: ``quiet.run(f, *args)`` calls f in it.

    A too-large learning rate makes the numbers overflow; the loss is then not finite and
    ``run`` says that training diverged, so NumPy's warnings would only repeat it. NumPy keeps
    these settings in a context variable (``contextvars``): the context is made once per run,
    as entering ``np.errstate`` for every batch took 3% of the time of a small network.
    """
    quiet = contextvars.copy_context()
    quiet.run(np.seterr, over="ignore", invalid="ignore", divide="ignore")
    return quiet


def evaluate(net, X, y):
    """(loss, accuracy or None) of ``net`` on a whole data set, in chunks to bound memory."""
    X = np.asarray(X, dtype=net.dtype)
    y = np.asarray(y)
    total, correct, chunk = 0.0, 0.0, 4096
    classify = is_classification(y)
    for start in range(0, len(X), chunk):
        xb, yb = X[start:start + chunk], y[start:start + chunk]
        total += net.loss(xb, yb) * len(xb)
        if classify:
            correct += accuracy(net.predict(xb), yb) * len(xb)
    n = max(len(X), 1)
    return total / n, (correct / n if classify else None)
