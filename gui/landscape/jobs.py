"""The work done in a worker thread: one slice (with the path projected on it), one range test.

Plain functions of copies (a Network copy, the data arrays, snapshots): nothing here touches
Qt or the session, so a job may run while the training thread changes the real weights. The
map's drawing (finer bands, contour lines) is made here too, so the UI thread only shows it.
"""
from dataclasses import dataclass

import numpy as np

from engine import landscape

from . import smooth_map

MAX_POINTS = 500        # data points a slice is computed on (a fixed, evenly spread subset)


@dataclass(frozen=True)
class Plane:
    """θ + s d1 + t d2: where the map is, and what the path is projected with."""
    origin: dict
    d1: dict
    d2: dict
    kind: str

    def __post_init__(self):
        # engine.landscape.project_path's least squares, with the pseudo-inverse of [d1 d2]
        # computed once: projecting one more recorded point is then one (2, D) product.
        keys = list(self.origin)
        flat = lambda params: np.concatenate([np.asarray(params[k], np.float64).ravel() for k in keys])
        object.__setattr__(self, "_flat", flat)
        object.__setattr__(self, "_origin", flat(self.origin))
        object.__setattr__(self, "_pinv", np.linalg.pinv(np.stack([flat(self.d1), flat(self.d2)], axis=1)))

    def project(self, snapshots):
        """(P, 2): the (s, t) of each snapshot (a parameter dict) in the plane."""
        if not len(snapshots):
            return np.zeros((0, 2))
        return np.stack([self._pinv @ (self._flat(s) - self._origin) for s in snapshots])


@dataclass(frozen=True)
class Slice:
    plane: Plane
    S: np.ndarray          # (n, n) s along axis 1
    T: np.ndarray          # (n, n) t along axis 0
    L: np.ndarray          # (n, n) loss, inf where it is not finite
    span: float
    path: np.ndarray       # (P, 2) the recorded path in the plane
    used: int              # data points the loss was computed on
    explained: tuple | None = None   # PCA: the share of the path's variance of each direction
    drawing: smooth_map.SliceMap | None = None   # the map's bands and lines, made in the worker


@dataclass(frozen=True)
class RangeResult:
    test: landscape.RangeTest
    lam_max: float
    bound: float           # 2 / λ_max


def subset(X, y, limit=MAX_POINTS):
    """At most ``limit`` rows, spread evenly over the data (the same rows every time)."""
    if len(X) <= limit:
        return X, y
    rows = np.linspace(0, len(X) - 1, limit).astype(int)
    return X[rows], y[rows]


def directions(net, kind, weights=None, snapshots=(), seed=0):
    """(d1, d2, explained) of a plane through ``net``'s weights."""
    if kind == "weights":
        return (*landscape.parameter_directions(net, *weights), None)
    if kind == "random":
        return (*landscape.random_directions(net, seed), None)
    d1, d2, explained = landscape.pca_directions(list(snapshots), origin=net.params)
    return d1, d2, explained


def compute_slice(net, X, y, kind, weights, snapshots, span, n):
    """Yield one Slice: the loss around ``net`` (a copy), the path drawn on it included.

    The span grows to hold the whole recorded path (with a margin), so the run stays on the map.
    """
    X, y = subset(X, y)
    d1, d2, explained = directions(net, kind, weights, snapshots)
    plane = Plane({k: v.copy() for k, v in net.params.items()}, d1, d2, kind)
    path = plane.project(snapshots) if len(snapshots) else np.zeros((0, 2))
    finite = path[np.all(np.isfinite(path), axis=1)]
    if len(finite):
        span = max(span, 1.15 * float(np.max(np.abs(finite))))
    S, T, L = landscape.slice_2d(net, X, y, d1, d2, span, n)
    yield Slice(plane, S, T, L, span, path, len(X), explained, smooth_map.compute(L, span))


def range_test(net, X, y, steps=100):
    """Yield one RangeResult: the LR range test from a copy, and 2/λ_max at the weights."""
    X, y = subset(X, y)
    test = landscape.lr_range_test(net, X, y, lr_min=1e-4, lr_max=10.0, steps=steps)
    lam = landscape.max_curvature(net, X, y)
    yield RangeResult(test, lam, landscape.stable_step_bound(lam))
