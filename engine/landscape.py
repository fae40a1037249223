"""The loss surface of a network around its weights (lecture items 10, 14 and 15).

The lecture draws contour lines and the zig-zag path of the gradient method on
½ x1² + 5 x2², then says: do the same with every element of W and b. A network has far
too many parameters to draw, so we draw a *slice*: the loss on the plane

    θ(s, t) = θ + s d1 + t d2,      s, t in [−span, span],

through the current weights θ along two directions d1, d2 (dicts keyed like
``net.params``). The loss is the engine's own: the batch mean of ½ Σ (y − ŷ)² for the
squared error, of −Σ t log p for the cross-entropy, over the whole data (X, y).

Directions: two chosen parameters (``parameter_directions``), two random directions
normalised per unit as Li et al. (2018) do (``random_directions``), or the two principal
directions of a recorded training path (``pca_directions``).

How large may α be? Near a minimum the loss is close to a quadratic whose steepest
direction has curvature λ_max, the largest eigenvalue of the Hessian; the gradient method
multiplies the distance along it by (1 − α λ_max) each step, so it is stable only for
α < 2/λ_max (``max_curvature``). ``lr_range_test`` measures the same thing by trying.
"""
import math
from dataclasses import dataclass

import numpy as np

from . import activations
from .losses import CrossEntropy, targets
from .network import Network

GRID_CHUNK_FLOATS = 500_000   # ~2 MB of activations at a time (float32): stays in the cache


# -- directions ---------------------------------------------------------------------------
def parameter_directions(net, first, second):
    """Unit vectors on two entries of θ: ``first``, ``second`` are (key, index), e.g. ("W1", (0, 1)).

    The slice is then the loss as a function of those two numbers, all others fixed.
    """
    dirs = []
    for key, index in (first, second):
        if key not in net.params:
            raise KeyError(f"the network has no parameter {key!r}")
        d = {k: np.zeros_like(v, dtype=np.float64) for k, v in net.params.items()}
        d[key][index] = 1.0
        dirs.append(d)
    return dirs[0], dirs[1]


def random_directions(net, seed=0):
    """Two random directions, each unit's part scaled to that unit's weights (Li et al. 2018).

    A unit of a dense layer is a column of W (its incoming weights, row convention): its
    part of d gets the norm of that column, so the slice looks the same whatever the scale
    of each layer. Biases get no direction (as Li et al. do), so they stay fixed.
    """
    rng = np.random.default_rng(seed)
    dirs = []
    for _ in range(2):
        d = {}
        for key, value in net.params.items():
            value = value.astype(np.float64)
            if key.startswith("W"):
                r = rng.standard_normal(value.shape)
                r *= np.linalg.norm(value, axis=0) / (np.linalg.norm(r, axis=0) + 1e-12)
                d[key] = r
            else:
                d[key] = np.zeros_like(value)
        dirs.append(d)
    return dirs[0], dirs[1]


def pca_directions(snapshots, origin=None):
    """The two directions along which a recorded path of parameters varies most.

    snapshots: a list of parameter dicts (the path); origin: the dict they are measured from
    (the last snapshot by default, as Li et al. do). Returns (d1, d2, explained): unit
    directions and the share of the path's variance each explains.
    """
    if len(snapshots) < 3:
        raise ValueError("a path needs at least three recorded points for two directions")
    origin = snapshots[-1] if origin is None else origin
    keys = list(origin)
    M = np.stack([_flat(s, keys) - _flat(origin, keys) for s in snapshots])
    M = M - M.mean(axis=0)
    _, sv, vt = np.linalg.svd(M, full_matrices=False)
    total = float(np.sum(sv ** 2)) or 1.0
    explained = (float(sv[0] ** 2 / total), float(sv[1] ** 2 / total) if len(sv) > 1 else 0.0)
    return _unflat(vt[0], origin, keys), _unflat(vt[1], origin, keys), explained


def project_path(snapshots, origin, d1, d2):
    """(P, 2) coordinates (s, t) of each snapshot in the plane origin + s d1 + t d2.

    Least squares, so a path that lies in the plane is placed exactly, and one that does
    not is placed at its nearest point of the plane.
    """
    keys = list(origin)
    A = np.stack([_flat(d1, keys), _flat(d2, keys)], axis=1)
    B = np.stack([_flat(s, keys) - _flat(origin, keys) for s in snapshots], axis=1)
    coords, *_ = np.linalg.lstsq(A, B, rcond=None)
    return coords.T


# -- the slice ----------------------------------------------------------------------------
def slice_2d(net, X, y, d1, d2, span=1.0, n=21):
    """(S, T, L): the loss L[i, j] at θ + S[i, j] d1 + T[i, j] d2 on an n × n grid.

    S varies along axis 1 and T along axis 0 (as ``np.meshgrid``), both over [−span, span].
    Computed for many grid points at once: the weights of every grid point are stacked
    along a first axis and the data goes through all of them in one batched product.
    Non-finite losses (the slice reaches where the loss overflows) are returned as inf.
    """
    s = np.linspace(-span, span, n)
    S, T = np.meshgrid(s, s)
    losses = evaluate_points(net, X, y, d1, d2, S.ravel(), T.ravel())
    return S, T, losses.reshape(n, n)


def evaluate_points(net, X, y, d1, d2, s, t):
    """The loss at θ + s_g d1 + t_g d2 for every g (arrays s, t of the same length).

    Computed in the network's precision (float32 unless it is a float64 network), for as
    many grid points at once as fit in about GRID_CHUNK_FLOATS numbers of activations.
    """
    _refuse_non_finite(net)
    dtype = net.dtype
    X = np.asarray(X, dtype=dtype)
    s, t = np.asarray(s, dtype=dtype), np.asarray(t, dtype=dtype)
    kind, target = _loss_kind(net, y)
    target = target.astype(dtype)
    planes = _layer_planes(net, d1, d2)
    first = _first_layer_terms(X, *planes[0])
    # numbers held per grid point: its widest activations, and its weights of a later layer
    per_point = len(X) * max(W3.shape[2] for W3, _ in planes) + max(W3[0].size for W3, _ in planes[1:] or planes)
    chunk = max(1, GRID_CHUNK_FLOATS // per_point)
    out = np.empty(len(s))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
        for start in range(0, len(s), chunk):
            sc, tc = s[start:start + chunk], t[start:start + chunk]
            z = _forward_grid(net, first, planes, sc, tc, fused=kind != "plain")
            out[start:start + len(sc)] = _mean_loss(kind, net.spec["loss"], z, target)
    out[~np.isfinite(out)] = np.inf
    return out


def _layer_planes(net, d1, d2):
    """Per layer ((3, n_in, n_out), (3, n_out)): W, d1's and d2's part of it stacked; b likewise."""
    dtype = net.dtype
    return [(np.stack([np.asarray(p[f"W{k}"], dtype) for p in (net.params, d1, d2)]),
             np.stack([np.asarray(p[f"b{k}"], dtype) for p in (net.params, d1, d2)]))
            for k in range(1, len(net.spec["layers"]) + 1)]


def _first_layer_terms(X, W, b):
    """(3, N·n_out): X W + b, X A + a, X B + c, computed once for the whole grid.

    The first layer sees the same data at every grid point and is linear in its weights:
    X (W + s A + t B) + (b + s a + t c) = (X W + b) + s (X A + a) + t (X B + c).
    """
    return np.stack([X @ W[i] + b[i] for i in range(3)]).reshape(3, -1)


def _forward_grid(net, first, planes, s, t, fused):
    """Outputs (G, N, m) of the network at G grid points (before a fused output activation).

    The first layer: one (G, 3) × (3, N·n) product combines its three precomputed terms for
    every grid point at once. Every later layer gets a different input at each grid point:
    there the weights W + s A + t B of each point are formed (G small matrices) and the data
    goes through them in one stacked matrix product.
    """
    layers = net.spec["layers"]
    coeff = np.stack([np.ones_like(s), s, t], axis=1)                       # (G, 3)
    h = None
    for k, (layer, (W3, b3)) in enumerate(zip(layers, planes), start=1):
        if h is None:
            z = (coeff @ first).reshape(len(s), -1, W3.shape[2])             # (G, N, m)
        else:
            weights = np.tensordot(coeff, W3, axes=1)                         # (G, n, m)
            z = np.matmul(h, weights)
            z += (coeff @ b3)[:, None, :]
        if k == len(layers) and fused:
            h = z
        elif layer["activation"] == "relu":
            h = np.maximum(z, 0, out=z)                                       # in place: no mask kept
        else:
            h = activations.make(layer["activation"]).forward(z)
    return h


def _loss_kind(net, y):
    """('softmax' | 'sigmoid' | 'plain', targets): how the network's loss is computed (network.py)."""
    last = net.spec["layers"][-1]["activation"]
    t = targets(np.asarray(y), net.output_size, np.float64)
    if net.spec["loss"] == "cross_entropy" and last in ("softmax", "sigmoid"):
        return last, t
    return "plain", t


def _mean_loss(kind, loss, z, t):
    """The batch-mean loss at every grid point: z (G, N, m) outputs, t (N, m) targets -> (G,).

    The same formulas as engine/losses.py, summed over the data axis for all points at once.
    The sums Σ t · (…) over data and classes are one matrix-vector product each, and the
    max and sum over the m classes go column by column: numpy's reductions over a short
    last axis cost more than all the rest of the slice.
    """
    n = t.shape[0]
    G = z.shape[0]
    if kind == "softmax":        # −Σ t log softmax(z) = Σ t (log Σ_j exp(z_j) − z), computed stably
        top = _over_classes(np.maximum, z)
        total = _over_classes(np.add, np.exp(z - top[..., None]))
        log_total = np.log(total, out=total)
        log_total += top
        return ((log_total[..., None] - z).reshape(G, -1) @ t.ravel()) / n
    if kind == "sigmoid":        # softplus(z) − t z
        softplus = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
        return (softplus.reshape(G, -1).sum(axis=1) - z.reshape(G, -1) @ t.ravel()) / n
    if loss == "squared_error":  # ½ Σ (ŷ − y)²
        return 0.5 * np.square(z - t).reshape(G, -1).sum(axis=1) / n
    return -(np.log(np.clip(z, CrossEntropy.eps, None)).reshape(G, -1) @ t.ravel()) / n


def _over_classes(ufunc, z):
    """ufunc.reduce over the last (short) axis of z, one column at a time."""
    out = z[..., 0].copy()
    for j in range(1, z.shape[-1]):
        ufunc(out, z[..., j], out=out)
    return out


# -- curvature and the largest stable step ----------------------------------------------------
def max_curvature(net, X, y, iterations=30, tol=1e-4, seed=0):
    """λ_max, the largest eigenvalue of the Hessian of the loss at θ (power iteration).

    Each iteration multiplies by the Hessian without forming it: H v ≈ (∇L(θ + εv) − ∇L(θ − εv)) / 2ε,
    with the engine's own backpropagated gradients in float64. The gradient method on the
    loss is stable for α < 2 / λ_max (``stable_step_bound``).
    """
    _refuse_non_finite(net)
    net64 = Network(net.spec, {k: v.astype(np.float64) for k, v in net.params.items()}, np.float64)
    rng = np.random.default_rng(seed)
    keys = list(net64.params)
    theta = _flat(net64.params, keys)
    v = rng.standard_normal(theta.size)
    v /= np.linalg.norm(v)
    eps = 1e-4 * max(1.0, float(np.linalg.norm(theta)))
    lam = 0.0
    for _ in range(iterations):
        hv = _hessian_vector(net64, X, y, keys, theta, v, eps)
        new_lam = float(v @ hv)
        norm = float(np.linalg.norm(hv))
        if norm == 0 or not math.isfinite(norm):
            return new_lam if math.isfinite(new_lam) else math.inf
        v = hv / norm
        if abs(new_lam - lam) <= tol * abs(new_lam):
            return new_lam
        lam = new_lam
    return lam


def stable_step_bound(lam_max):
    """The largest learning rate for which the gradient method does not diverge: 2 / λ_max."""
    return 2.0 / lam_max if lam_max > 0 else math.inf


def _hessian_vector(net64, X, y, keys, theta, v, eps):
    _set_flat(net64.params, keys, theta + eps * v)
    g_plus = _flat(net64.loss_and_gradients(X, y)[1], keys)
    _set_flat(net64.params, keys, theta - eps * v)
    g_minus = _flat(net64.loss_and_gradients(X, y)[1], keys)
    _set_flat(net64.params, keys, theta)
    return (g_plus - g_minus) / (2 * eps)


# -- the learning-rate range test -------------------------------------------------------------
@dataclass(frozen=True)
class RangeTest:
    """What ``lr_range_test`` found: the loss after each step at the α used for it."""
    lrs: np.ndarray
    losses: np.ndarray
    smoothed: np.ndarray
    suggestion: float          # α where the smoothed loss fell fastest (per factor of α)
    diverged_at: float | None  # the α where the loss blew up, if it did


def lr_range_test(net, X, y, lr_min=1e-4, lr_max=10.0, steps=100, batch_size=None, seed=0,
                  smoothing=0.9, blow_up=4.0):
    """Train a copy of ``net`` with α growing geometrically from lr_min to lr_max.

    One gradient step (plain SGD, full batch or mini-batches of ``batch_size``) per α; the
    run stops when the loss is no longer finite or exceeds ``blow_up`` × its best smoothed
    value. ``net`` itself is never changed.
    """
    if not (0 < lr_min < lr_max) or steps < 2:
        raise ValueError("need 0 < lr_min < lr_max and at least 2 steps")
    _refuse_non_finite(net)
    work = net.copy()
    X = np.asarray(X, dtype=work.dtype)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    lrs = lr_min * (lr_max / lr_min) ** (np.arange(steps) / (steps - 1))
    seen_lrs, losses, smoothed = [], [], []
    average, best, diverged = 0.0, math.inf, None
    for i, lr in enumerate(lrs):
        idx = rng.choice(len(X), batch_size, replace=False) if batch_size and batch_size < len(X) else slice(None)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            loss, grads = work.loss_and_gradients(X[idx], y[idx])
            if not math.isfinite(loss):
                diverged = float(lr)
                break
            for key, g in grads.items():
                work.params[key] -= lr * g
        average = smoothing * average + (1 - smoothing) * loss
        value = average / (1 - smoothing ** (i + 1))    # bias-corrected, as Adam's moments
        seen_lrs.append(float(lr))
        losses.append(float(loss))
        smoothed.append(value)
        best = min(best, value)
        if value > blow_up * best:
            diverged = float(lr)
            break
    lrs_a, sm = np.array(seen_lrs), np.array(smoothed)
    if len(sm) >= 3:
        slope = np.gradient(sm, np.log(lrs_a))
        suggestion = float(lrs_a[int(np.argmin(slope))])
    else:
        suggestion = float(lr_min)
    return RangeTest(lrs_a, np.array(losses), sm, suggestion, diverged)


# -- helpers ---------------------------------------------------------------------------------
def _refuse_non_finite(net):
    bad = [k for k, v in net.params.items() if not np.all(np.isfinite(v))]
    if bad:
        raise ValueError(f"the network's weights are not finite ({', '.join(bad)}): "
                         "reset them or train again with a smaller learning rate")


def _flat(params, keys):
    return np.concatenate([np.asarray(params[k], dtype=np.float64).ravel() for k in keys])


def _unflat(vector, like, keys):
    out, start = {}, 0
    for k in keys:
        size = np.size(like[k])
        out[k] = vector[start:start + size].reshape(np.shape(like[k])).copy()
        start += size
    return out


def _set_flat(params, keys, vector):
    start = 0
    for k in keys:
        size = params[k].size
        params[k][...] = vector[start:start + size].reshape(params[k].shape)
        start += size
