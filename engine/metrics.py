"""Measuring a run: predicted classes, the confusion matrix, smoothed loss curves, whether a
run is learning at all, a grid for decision regions, and a History written to / read from CSV.

All functions take and return NumPy arrays or engine records; nothing here draws.
"""
import csv
import math

import numpy as np

from .training import BatchRecord, EpochRecord, History, TrainingEnded


# -- classification --------------------------------------------------------------------
def predicted_classes(output):
    """The class each row of a network output says: (N, K) -> (N,) int.

    One output (a sigmoid "yes/no"): class 1 when above 0.5, as ``training.accuracy`` decides.
    """
    output = np.asarray(output)
    if output.shape[1] == 1:
        return (output[:, 0] > 0.5).astype(np.int64)
    return np.argmax(output, axis=1)


def confusion_matrix(y_true, y_pred, n_classes):
    """C: (K, K) int counts; C[i, j] = examples of true class i predicted as class j.

    The diagonal holds the correct answers; accuracy = trace(C) / sum(C).
    """
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    k = int(n_classes)
    keep = (y_true >= 0) & (y_true < k) & (y_pred >= 0) & (y_pred < k)
    return np.bincount(y_true[keep] * k + y_pred[keep], minlength=k * k).reshape(k, k)


def cell_members(y_true, y_pred, true_class, predicted_class):
    """Indices of the examples in one cell of the confusion matrix: (M,) int."""
    return np.flatnonzero((np.asarray(y_true) == true_class) & (np.asarray(y_pred) == predicted_class))


# -- smoothing -------------------------------------------------------------------------
class Smoother:
    """TensorBoard's smoothing of a scalar curve: a debiased exponential moving average.

    With weight w in [0, 1) and values y_1, y_2, ...:
        m_t = w m_{t−1} + (1 − w) y_t,   m_0 = 0
        s_t = m_t / (1 − w^t)            (the division removes the pull towards m_0 = 0)
    so s_t = Σ_{i≤t} w^{t−i} (1 − w) y_i / (1 − w^t), a weighted mean of the values so far.
    Non-finite values are passed through and do not count (as TensorBoard does).
    ``extend`` smooths values as they arrive, so a live curve is smoothed once per point.
    """

    def __init__(self, weight):
        if not 0 <= weight <= 1:
            raise ValueError("the smoothing weight must be between 0 and 1")
        self.weight = float(weight)
        self.last = 0.0
        self.count = 0

    def extend(self, values):
        values = np.asarray(values, dtype=np.float64)
        out = values.copy()                      # non-finite values stay as they are
        finite = np.flatnonzero(np.isfinite(values))
        if len(finite):
            m = self._moving_average(values[finite])
            counts = self.count + 1 + np.arange(len(m))
            w = self.weight
            out[finite] = m / (1.0 - w ** counts) if w != 1 else m
            self.last, self.count = float(m[-1]), int(counts[-1])
        return out

    def _moving_average(self, y):
        """m_t = w m_(t−1) + (1 − w) y_t for every y, from m = self.last.

        Written as a loop, one Python step per value: too slow for a curve of 100,000 batches.
        Unrolled over a block of k values, m_j = w^(j+1) m_(−1) + (1 − w) w^j Σ_(i≤j) w^(−i) y_i:
        all blocks at once with NumPy, then one step per block to carry m from block to block.
        Blocks are short enough that w^(−k) cannot overflow.
        """
        w, n = self.weight, len(y)
        if w == 0:
            return y.copy()
        k = 64 if w >= 0.01 else max(1, int(200 / -math.log10(w)))
        blocks = -(-n // k)
        Y = np.zeros(blocks * k)
        Y[:n] = y
        Y = Y.reshape(blocks, k)
        j = np.arange(k)
        scale = np.abs(Y).max(axis=1, keepdims=True)   # each block scaled to at most 1 first:
        scale[scale == 0] = 1.0                         # a diverging loss must not overflow here
        with np.errstate(over="ignore", invalid="ignore"):   # (values near the largest float may)
            within = (1 - w) * w ** j * np.cumsum(w ** -j * (Y / scale), axis=1) * scale  # from m = 0
            carried = np.empty(blocks)                                     # m before each block
            m = self.last
            for b in range(blocks):
                carried[b] = m
                m = w ** k * m + within[b, -1]
            return (within + w ** (j + 1) * carried[:, None]).ravel()[:n]


def smooth(values, weight):
    """The whole curve smoothed as TensorBoard does it (see ``Smoother``): (T,) -> (T,).

    A constant curve is returned unchanged (TensorBoard's guard against rounding).
    """
    values = np.asarray(values, dtype=np.float64)
    if values.size and np.all(values == values[0]):
        return values.copy()
    return Smoother(weight).extend(values)


# -- is the run learning? ----------------------------------------------------------------
LEARNING_WINDOW = 5   # epochs looked at


def learning_trouble(epoch_losses, start_loss, window=LEARNING_WINDOW, min_gain=0.01, high=0.8, above=1.2):
    """Why a run is not learning, judged on its last ``window`` epochs; None if it is.

    epoch_losses: the mean training loss of each epoch so far; start_loss: the loss of the
    weights before training (the first batch's). A run whose loss does not go down is not
    learning, whatever the number of epochs it finishes:

    - 'overshooting': the mean loss of the window is above ``above`` (1.2) × ``start_loss``
      (one batch's loss: the margin allows for its noise): the steps throw the weights about
      instead of down the slope (α too large: the loss of the mini-batches jumps, e.g.
      between 0 and 9, and the accuracy stays at chance);
    - 'stalled': no epoch of the window lowered the best loss of the epochs before it by
      ``min_gain`` (1%), and the best loss is still above ``high`` (80%) × ``start_loss``
      (a run that has learnt and levels off low is not stalled).
    """
    losses = np.asarray(epoch_losses, dtype=np.float64)
    if len(losses) < window or not (math.isfinite(start_loss) and start_loss > 0):
        return None
    recent = losses[-window:]
    if np.mean(recent) > above * start_loss:
        return "overshooting"
    before = losses[:-window]
    if len(before) and np.min(recent) > (1 - min_gain) * np.min(before) \
            and np.min(losses) > high * start_loss:
        return "stalled"
    return None


# -- decision regions ------------------------------------------------------------------
def data_bounds(X, margin=0.15):
    """((x_min, x_max), (y_min, y_max)) around 2-D points X: (N, 2), widened by ``margin``."""
    X = np.asarray(X, dtype=np.float64)
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = (hi - lo) * margin + 1e-6
    return (lo[0] - pad[0], hi[0] + pad[0]), (lo[1] - pad[1], hi[1] + pad[1])


def grid_points(bounds, resolution=80):
    """The centres of a resolution × resolution grid over bounds: (R·R, 2), row-major in y.

    Row r of the grid has y = y_r, column c has x = x_c: reshape an output of the points to
    (R, R, ...) to get an image whose [r, c] is the point (x_c, y_r).
    """
    (x0, x1), (y0, y1) = bounds
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float32)


def class_probabilities(output):
    """Network output (N, K) -> probabilities (N, max(K, 2)); one sigmoid output becomes [1−p, p]."""
    output = np.asarray(output, dtype=np.float64)
    if output.shape[1] == 1:
        p = np.clip(output[:, 0], 0, 1)
        return np.column_stack([1 - p, p])
    return output


def decision_grid(predict, bounds, resolution=80):
    """The model's class probabilities over a grid: (R, R, K), [r, c] at (x_c, y_r).

    predict: (M, 2) -> (M, K) outputs (e.g. ``net.predict``).
    """
    points = grid_points(bounds, resolution)
    with np.errstate(over="ignore", invalid="ignore"):
        probs = class_probabilities(predict(points))
    return probs.reshape(resolution, resolution, -1)


# -- CSV export of a History -----------------------------------------------------------
CSV_COLUMNS = ["kind", "epoch", "batch", "batches_per_epoch", "step", "loss", "accuracy",
               "val_loss", "val_accuracy", "samples_per_second", "seconds", "reason", "message"]


def _cell(value):
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def _float(text):
    return None if text == "" else float(text)


def write_history_csv(history, path):
    """Write every record of ``history`` to a CSV file: one row per batch, epoch and the end."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for r in history.batches:
            writer.writerow(["batch", r.epoch, r.batch, r.batches_per_epoch, r.step, _cell(r.loss),
                             _cell(r.accuracy), "", "", _cell(r.samples_per_second), "", "", ""])
        for r in history.epochs:
            writer.writerow(["epoch", r.epoch, "", "", "", _cell(r.loss), _cell(r.accuracy),
                             _cell(r.val_loss), _cell(r.val_accuracy), "", _cell(r.seconds), "", ""])
        if history.ended is not None:
            e = history.ended
            writer.writerow(["ended", e.epoch, e.batch, "", "", "", "", "", "", "", "", e.reason, e.message])


def read_history_csv(path):
    """The History written by ``write_history_csv``; ValueError for a file that is not one."""
    history = History([], [])
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != CSV_COLUMNS:
            raise ValueError(f"{path} is not a training history (its columns are not {', '.join(CSV_COLUMNS)})")
        for line, row in enumerate(reader, start=2):
            try:
                kind = row["kind"]
                if kind == "batch":
                    history.add(BatchRecord(int(row["epoch"]), int(row["batch"]),
                                            int(row["batches_per_epoch"]), int(row["step"]),
                                            float(row["loss"]), _float(row["accuracy"]),
                                            float(row["samples_per_second"])))
                elif kind == "epoch":
                    history.add(EpochRecord(int(row["epoch"]), float(row["loss"]), _float(row["accuracy"]),
                                            _float(row["val_loss"]), _float(row["val_accuracy"]),
                                            float(row["seconds"])))
                elif kind == "ended":
                    history.add(TrainingEnded(row["reason"], row["message"], int(row["epoch"]),
                                              int(row["batch"])))
                else:
                    raise ValueError(f"unknown kind {kind!r}")
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{path}, line {line}: {exc}") from exc
    return history
