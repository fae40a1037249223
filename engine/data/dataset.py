"""A data set as the tools share it."""
from dataclasses import dataclass, field

import numpy as np


def is_classification(y):
    """Integer labels of shape (N,) mean classification; anything else is regression."""
    y = np.asarray(y)
    return y.ndim == 1 and y.dtype.kind in "iub"


@dataclass(frozen=True)
class Dataset:
    """X: (N, n) float32 inputs; y: (N,) int labels or (N, m) float32 targets.

    class_names: one per class (empty for regression). image_shape: (N, N) or (N, N, 3) when
    each row of X is a picture flattened, else None. name: shown to the user.
    source: where the data came from, as plain values, or None (made elsewhere, read from a file):
      {"kind": "toy", "name": "moons", "n": 200, "noise": 0.1, "seed": 0}
      {"kind": "quadratic", "a": 2.0, "b": -3.0, "c": 1.0, "n": 50, "noise": 0.1, "seed": 0}
      {"kind": "pictures", "folder": "/path/pets", "size": 32, "color": "gray"}
      {"kind": "drawn", "task": "classification"}   (or "regression": your own points, engine/data/points.py)
    """
    X: np.ndarray
    y: np.ndarray
    class_names: list = field(default_factory=list)
    name: str = ""
    image_shape: tuple | None = None
    source: dict | None = None

    @property
    def is_classification(self):
        return is_classification(self.y)

    @property
    def input_size(self):
        return self.X.shape[1]

    @property
    def n_classes(self):
        """Number of classes (0 for regression)."""
        return len(self.class_names) if self.is_classification else 0

    @property
    def n_targets(self):
        """Numbers to predict per example: 1 for classification and y of shape (N,), else m."""
        return 1 if self.y.ndim == 1 else int(self.y.shape[1])

    def class_counts(self):
        return np.bincount(self.y, minlength=self.n_classes) if self.is_classification else np.array([])
