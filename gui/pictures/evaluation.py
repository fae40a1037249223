"""How the trained network does on the validation pictures it never trained on.

The validation split is the one the trainer makes: ``train_validation_split`` of the same
data with the same share and seed (stratified), so the pictures judged here are exactly
those the training dashboard held out.
"""
from dataclasses import dataclass

import numpy as np

from engine.data import train_validation_split
from engine.metrics import confusion_matrix

VALIDATION_FRACTION = 0.2   # the dashboard's default share
SEED = 0                    # the dashboard's default seed


@dataclass(frozen=True)
class Evaluation:
    indices: np.ndarray        # (M,) rows of the data set that were held out
    y_true: np.ndarray         # (M,)
    probabilities: np.ndarray  # (M, K)
    predicted: np.ndarray      # (M,)
    matrix: np.ndarray         # (K, K): row = true class, column = predicted

    @property
    def accuracy(self):
        return float(np.mean(self.predicted == self.y_true)) if len(self.y_true) else float("nan")

    def per_class(self):
        """[(pictures, correct)] per class."""
        return [(int(self.matrix[k].sum()), int(self.matrix[k, k])) for k in range(len(self.matrix))]

    @property
    def wrong(self):
        """Indices into this evaluation of the misclassified pictures, most confident mistakes first."""
        wrong = np.flatnonzero(self.predicted != self.y_true)
        confidence = self.probabilities[wrong, self.predicted[wrong]] if len(wrong) else np.zeros(0)
        return wrong[np.argsort(-confidence, kind="stable")]


def class_probabilities(net, X):
    """(M, K) class probabilities from the network's output (softmax, or one sigmoid unit)."""
    out = np.asarray(net.predict(X), dtype=np.float64)
    if out.shape[1] == 1:
        return np.column_stack([1 - out[:, 0], out[:, 0]])
    return out


def evaluate_validation(net, dataset, fraction=VALIDATION_FRACTION, seed=SEED):
    """The network's answers on the held-out pictures of ``dataset``."""
    n = len(dataset.y)
    rows = np.arange(n).reshape(-1, 1)
    _, _, held_out, y_val = train_validation_split(rows, dataset.y, fraction, seed)
    if fraction == 0 or len(held_out) == 0:
        held_out, y_val = rows, dataset.y   # nothing held out: judge on all the data
    indices = held_out[:, 0]
    p = class_probabilities(net, dataset.X[indices])
    predicted = np.argmax(p, axis=1)
    return Evaluation(indices, y_val, p, predicted, confusion_matrix(y_val, predicted, dataset.n_classes))
