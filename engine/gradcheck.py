"""Gradient check: compare backpropagation with the definition of the derivative.

The numerical derivative uses central differences, (f(x + h) − f(x − h)) / 2h, in float64,
one number at a time: slow, but obviously right, so it tells us whether a backward is.
"""
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class GradientCheck:
    ok: bool
    max_error: float   # largest relative error over all entries
    worst: str         # the key (or "x") where it occurred

    def __bool__(self):
        return self.ok


def numerical_gradient(f, x, h=1e-5):
    """∂f/∂x by central differences. f: () -> float reading x (changed in place, restored)."""
    grad = np.zeros_like(x, dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        f_plus = f()
        x[i] = old - h
        f_minus = f()
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad


def relative_error(a, b, floor=1e-4):
    """max |a − b| / max(|a|, |b|, floor): relative where the values are large, absolute near 0."""
    if not np.size(a):
        return 0.0
    return float(np.max(np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), floor)))


def gradient_check(f, arrays, analytic, tol=1e-5):
    """Compare ``analytic[key]`` with the numerical ∂f/∂arrays[key] for every key.

    f: () -> float, reading the float64 arrays in ``arrays`` (a dict) in place.
    Returns a GradientCheck verdict.
    """
    worst_key, worst = "", 0.0
    for key, x in arrays.items():
        numeric = numerical_gradient(f, x)
        a = np.asarray(analytic[key], dtype=np.float64)
        if a.shape != numeric.shape:
            return GradientCheck(False, float("inf"), key)
        err = relative_error(a, numeric)
        if err > worst:
            worst_key, worst = key, err
    return GradientCheck(worst <= tol, worst, worst_key)


def check_network(net, X, y, weight_decay=0.0, tol=1e-5):
    """Gradient check of ``net.loss_and_gradients`` (use a float64 network)."""
    _, grads = net.loss_and_gradients(X, y, weight_decay)
    analytic = {k: g.copy() for k, g in grads.items()}
    return gradient_check(lambda: net.loss_and_gradients(X, y, weight_decay, with_gradients=False)[0],
                          net.params, analytic, tol)


def check_layer(layer, x, seed=0, tol=1e-5):
    """Gradient check of one layer's backward for input x (float64).

    Uses f(x) = Σ forward(x) · r with a fixed random r, whose gradient is backward(r).
    """
    r = np.random.default_rng(seed).standard_normal(layer.forward(x).shape)
    layer.forward(x)
    dx = layer.backward(r)
    return gradient_check(lambda: float(np.sum(layer.forward(x) * r)), {"x": x}, {"x": dx}, tol)
