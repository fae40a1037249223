"""2-D toy data sets (as in TensorFlow Playground) and the lecture's quadratic.

Every generator takes ``n`` (number of points), ``noise`` and ``seed`` and returns
``(X, y, class_names)`` with X: (n, 2) float32 and y: (n,) int64.
"""
import numpy as np


def _result(X, y, names):
    return X.astype(np.float32), y.astype(np.int64), list(names)


def blobs(n=200, noise=0.5, seed=0):
    """Two Gaussian clouds around (−1, −1) and (1, 1)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    centres = np.array([[-1.0, -1.0], [1.0, 1.0]])
    X = centres[y] + rng.normal(scale=max(noise, 1e-6), size=(n, 2))
    return _result(X, y, ["A", "B"])


def xor(n=200, noise=0.0, seed=0):
    """Points in the four quadrants; the label is 1 where x1 and x2 have different signs."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1, 1, size=(n, 2))
    X += np.sign(X) * 0.1  # keep a small margin around the axes
    y = (X[:, 0] * X[:, 1] < 0).astype(int)
    X += rng.normal(scale=noise, size=X.shape) if noise else 0
    return _result(X, y, ["same sign", "different sign"])


def circles(n=200, noise=0.05, seed=0):
    """A disc (class 0) inside a ring (class 1)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    radius = np.where(y == 0, rng.uniform(0, 0.5, n), rng.uniform(0.7, 1.0, n))
    angle = rng.uniform(0, 2 * np.pi, n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    X += rng.normal(scale=noise, size=X.shape) if noise else 0
    return _result(X, y, ["inside", "outside"])


def moons(n=200, noise=0.1, seed=0):
    """Two interleaving half circles."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    t = rng.uniform(0, np.pi, n)
    X = np.where(y[:, None] == 0,
                 np.column_stack([np.cos(t), np.sin(t)]),
                 np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)]))
    X = (X - [0.5, 0.25]) * 1.2
    X += rng.normal(scale=noise, size=X.shape) if noise else 0
    return _result(X, y, ["upper", "lower"])


def spiral(n=300, noise=0.05, seed=0, classes=2):
    """Interleaved spiral arms, one per class (2 or 3 classes)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % classes
    r = rng.uniform(0.05, 1.0, n)
    angle = 1.75 * 2 * np.pi * r + 2 * np.pi * y / classes
    X = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    X += rng.normal(scale=noise, size=X.shape) if noise else 0
    return _result(X, y, [f"arm {k + 1}" for k in range(classes)])


def spiral3(n=300, noise=0.05, seed=0):
    return spiral(n, noise, seed, classes=3)


TOY_SETS = {
    "blobs": blobs,
    "xor": xor,
    "circles": circles,
    "moons": moons,
    "spiral": spiral,
    "spiral3": spiral3,
}


def make_toy(name, n=200, noise=0.1, seed=0):
    """One of TOY_SETS by name."""
    try:
        return TOY_SETS[name](n=n, noise=noise, seed=seed)
    except KeyError:
        raise ValueError(f"unknown toy data set {name!r}; choose one of {', '.join(TOY_SETS)}") from None


def quadratic(a=2.0, b=-3.0, c=1.0, n=50, noise=0.1, seed=0, x_range=(-1.0, 2.5)):
    """Points from the lecture's model y = a x² + b x + c plus Gaussian noise.

    Returns (X, y, []) with X: (n, 1) and y: (n, 1), float32.
    """
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(*x_range, n))
    y = a * x**2 + b * x + c + (rng.normal(scale=noise, size=n) if noise else 0)
    return x.reshape(-1, 1).astype(np.float32), y.reshape(-1, 1).astype(np.float32), []
