"""Hold out part of the data to see how the network does on examples it never trained on."""
import numpy as np


def train_validation_split(X, y, fraction, seed=0):
    """(X_train, y_train, X_val, y_val), seeded; stratified (each class split alike) for labels.

    fraction: share of the examples held out, 0 <= fraction < 1.
    """
    if not 0 <= fraction < 1:
        raise ValueError("the validation fraction must be at least 0 and below 1")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    n = len(y)
    if y.ndim == 1 and y.dtype.kind in "iub":
        val = []
        for label in np.unique(y):
            members = rng.permutation(np.flatnonzero(y == label))
            val.extend(members[:int(round(len(members) * fraction))])
        val = np.sort(np.asarray(val, dtype=np.int64))
    else:
        val = np.sort(rng.permutation(n)[:int(round(n * fraction))])
    train = np.setdiff1d(np.arange(n), val)
    return X[train], y[train], X[val], y[val]
