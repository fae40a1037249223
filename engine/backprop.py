"""Backpropagation recorded as a graph: every node's value and its gradient ∂L/∂node (item 15).

The forward pass computes the loss L node by node; the backward pass visits the nodes in
the reverse order and multiplies, for each, the gradient of the node that uses it (the
upstream value) by the local derivative of that use (the chain rule):

    ∂L/∂a = ∂L/∂(a·x²) · ∂(a·x²)/∂a = (ŷ − y) · x²

``trace_quadratic`` records the lecture's model ŷ = a x² + b x + c with L = ½ (y − ŷ)².
``trace_network`` records a ``Network`` by running its own layers and loss (the ones it
trains with) one at a time, so ``.grads`` are the very numbers ``loss_and_gradients`` gives.

Row convention: the engine's batches are rows, ``z = h W + b`` with ``W: (n_in, n_out)``;
the lecture writes ``z = W h + b`` with W of shape n_out × n_in: ``LayerTrace.lecture_W``
is the transpose, for display.
"""
from dataclasses import dataclass, field

import numpy as np

from .gradcheck import relative_error
from .losses import SoftmaxCrossEntropy, SquaredError, targets
from .network import Network
from .quadratic_model import QuadraticModel


@dataclass(eq=False)
class Node:
    """One value of the computation. ``grad`` is ∂L/∂node (None for data: x, y)."""
    key: str                  # "a", "x2", "yhat", "z1", "W1", ...
    kind: str                 # "input", "param", "value", "loss"
    value: np.ndarray
    grad: np.ndarray = None
    formula: str = ""         # how it is computed: "a·x²", "σ(W₁ x + b₁)"
    grad_formula: str = ""    # ∂L/∂node in symbols: "ŷ − y", "δ₁"
    layer: int = 0            # network layer (1-based), 0 for the quadratic


@dataclass(frozen=True, eq=False)
class Edge:
    """``source`` is used to compute ``target``; ``local`` is ∂target/∂source."""
    source: str
    target: str
    local: object             # a number or an array
    local_formula: str = ""   # "x²", "σ′(z₁)", "W₂ᵀ"


@dataclass(eq=False)
class LayerTrace:
    """One layer k of a network trace, for one batch. Shapes in the engine's rows."""
    index: int
    activation: str
    h_in: np.ndarray          # h_{k−1}: (N, n_in)
    z: np.ndarray             # (N, n_out)
    h: np.ndarray             # σ(z): (N, n_out)
    W: np.ndarray             # (n_in, n_out)
    b: np.ndarray             # (n_out,)
    delta: np.ndarray = None  # ∂L/∂z: (N, n_out)
    dh: np.ndarray = None     # ∂L/∂h: (N, n_out), None when fused with the loss
    dW: np.ndarray = None     # (n_in, n_out)
    db: np.ndarray = None     # (n_out,)
    sigma_prime: np.ndarray = None   # σ′(z) (N, n_out); None for softmax

    @property
    def lecture_W(self):
        """W as the lecture writes it: n_out × n_in, acting on column vectors."""
        return self.W.T

    @property
    def lecture_dW(self):
        """∂L/∂W as the lecture writes it: δ h_{k−1}ᵀ, n_out × n_in."""
        return None if self.dW is None else self.dW.T


@dataclass(eq=False)
class Trace:
    nodes: dict                       # key -> Node, in forward order
    edges: list
    forward_order: list               # keys of the computed nodes, first to last
    backward_order: list              # keys whose gradient is computed, L first
    loss: float
    grads: dict                       # like the model's params
    layers: list = field(default_factory=list)   # LayerTrace per layer (networks)
    fused: bool = False               # softmax/sigmoid + cross-entropy as one step
    loss_name: str = "squared_error"  # or "cross_entropy"

    def uses_of(self, key):
        """Edges from ``key`` to the nodes computed from it."""
        return [e for e in self.edges if e.source == key]

    @property
    def finite(self):
        """False when any value or gradient is NaN or infinite (a diverged run)."""
        for node in self.nodes.values():
            for v in (node.value, node.grad):
                if v is not None and not np.all(np.isfinite(v)):
                    return False
        return bool(np.isfinite(self.loss))


# -- the quadratic model ----------------------------------------------------------------
def trace_quadratic(a, b, c, x, y):
    """The graph of ŷ = a x² + b x + c, L = ½ (y − ŷ)² for one example (x, y)."""
    model = QuadraticModel(a, b, c, dtype=np.float64)
    with np.errstate(all="ignore"):
        loss, grads = model.loss_and_gradients(np.array([[x]]), np.array([y]))
        grads = {k: float(v[0]) for k, v in grads.items()}
        x2, y_hat = x * x, float(model.last_output[0, 0])
        r = y_hat - y
        # backward, node by node: each gradient is (upstream) · (local derivative)
        g = {"L": 1.0, "r": r}                       # ∂(½ r²)/∂r = r
        g["yhat"] = g["r"] * 1.0                     # ∂r/∂ŷ = 1
        g["ax2"] = g["bx"] = g["c"] = g["yhat"] * 1.0   # ŷ is a sum: local derivatives 1
        g["a"] = g["ax2"] * x2                       # ∂(a·x²)/∂a = x²
        g["x2"] = g["ax2"] * a                       # ∂(a·x²)/∂x² = a
        g["b"] = g["bx"] * x                         # ∂(b·x)/∂b = x
    n = {}
    for key, kind, value, formula, grad_formula in (
            ("x", "input", x, "x", ""), ("y", "input", y, "y", ""),
            ("a", "param", a, "a", "(ŷ − y)·x²"), ("b", "param", b, "b", "(ŷ − y)·x"),
            ("c", "param", c, "c", "ŷ − y"),
            ("x2", "value", x2, "x²", "(ŷ − y)·a"), ("ax2", "value", a * x2, "a·x²", "ŷ − y"),
            ("bx", "value", b * x, "b·x", "ŷ − y"), ("yhat", "value", y_hat, "ŷ = a·x² + b·x + c", "ŷ − y"),
            ("r", "value", r, "ŷ − y", "ŷ − y"), ("L", "loss", loss, "L = ½ (ŷ − y)²", "1")):
        n[key] = Node(key, kind, np.float64(value), None if key in ("x", "y") else np.float64(g[key]),
                      formula, grad_formula)
    edges = [Edge("x", "x2", 2 * x, "2x"), Edge("a", "ax2", x2, "x²"), Edge("x2", "ax2", a, "a"),
             Edge("b", "bx", x, "x"), Edge("x", "bx", b, "b"), Edge("ax2", "yhat", 1.0, "1"),
             Edge("bx", "yhat", 1.0, "1"), Edge("c", "yhat", 1.0, "1"), Edge("yhat", "r", 1.0, "1"),
             Edge("y", "r", -1.0, "−1"), Edge("r", "L", r, "ŷ − y")]
    return Trace(n, edges, ["x2", "ax2", "bx", "yhat", "r", "L"],
                 ["L", "r", "yhat", "ax2", "bx", "c", "a", "x2", "b"], float(loss), grads)


# -- networks ------------------------------------------------------------------------------
def trace_network(net, x, y):
    """The graph of ``net`` on one example (or a small batch) x: (n,) or (N, n), y its label(s).

    Runs a float64 copy of the network's own layers and loss; nodes per layer are z_k, h_k
    (h_L = ŷ), the parameters W_k, b_k, and L.
    """
    work = Network(net.spec, {k: np.asarray(v, dtype=np.float64) for k, v in net.params.items()},
                   dtype=np.float64)
    X, y = as_batch(work, x, y)
    if isinstance(work.head, SoftmaxCrossEntropy) and y.ndim == 1 and y.dtype.kind in "iu":
        t = y
    else:
        t = targets(y, work.output_size, np.float64)
    n_layers = len(work.spec["layers"])
    with np.errstate(all="ignore"):
        layers, h = [], X
        for k in range(n_layers):
            affine, act = work.layers[2 * k], work.layers[2 * k + 1]
            z = affine.forward(h)
            if k == n_layers - 1 and work.fused:
                out = work.head.output(z)
            else:
                out = act.forward(z)
            layers.append(LayerTrace(k + 1, work.spec["layers"][k]["activation"], h, z, out,
                                     work.params[affine.w_key], work.params[affine.b_key]))
            h = out
        # the loss exactly as loss_and_gradients computes it: body, then head
        h = X
        for layer in work.body:
            h = layer.forward(h)
        loss = work.head.forward(h, t)
        dout = work.head.backward()
        for k in range(n_layers - 1, -1, -1):
            lt, affine, act = layers[k], work.layers[2 * k], work.layers[2 * k + 1]
            if k == n_layers - 1 and work.fused:
                lt.delta = dout
            else:
                lt.dh = dout
                lt.delta = act.backward(dout)
                if lt.activation != "softmax":
                    lt.sigma_prime = act.backward(np.ones_like(dout))
            dout = affine.backward(lt.delta, need_dx=k > 0)
            lt.dW, lt.db = work.grads[affine.w_key], work.grads[affine.b_key]
    if work.fused:
        layers[-1].sigma_prime = None
    grads = {k: v.copy() for k, v in work.grads.items()}
    return _network_graph(layers, X, t, float(loss), grads, work.fused, work.spec["loss"])


def as_batch(net, x, y):
    """(X, y) as a batch: one example x: (n,) with its label (a class or a target vector)."""
    X = np.asarray(x, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim == 1:
        X = X.reshape(1, -1)
        y = y.reshape(1) if y.dtype.kind in "iub" else y.reshape(1, -1)
    return X, y


def _sub(k):
    return str(k).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _network_graph(layers, X, t, loss, grads, fused, loss_name):
    n_layers = len(layers)
    nodes = {"x": Node("x", "input", X, None, "x", "", 0)}
    edges, forward, backward = [], [], ["L"]
    for lt in layers:
        k, s = lt.index, _sub(lt.index)
        prev = "x" if k == 1 else f"h{k - 1}"
        last = k == n_layers
        h_key = "yhat" if last else f"h{k}"
        nodes[f"W{k}"] = Node(f"W{k}", "param", lt.W, lt.dW, f"W{s}", f"δ{s} h{_sub(k - 1)}ᵀ", k)
        nodes[f"b{k}"] = Node(f"b{k}", "param", lt.b, lt.db, f"b{s}", f"δ{s}", k)
        nodes[f"z{k}"] = Node(f"z{k}", "value", lt.z, lt.delta, f"z{s} = W{s} h{_sub(k - 1)} + b{s}", f"δ{s}", k)
        nodes[h_key] = Node(h_key, "value", lt.h, lt.dh, ("ŷ" if last else f"h{s}") + f" = σ(z{s})",
                            "" if lt.dh is None else f"∂L/∂h{s}", k)
        edges += [Edge(prev, f"z{k}", lt.W.T, f"W{s}"), Edge(f"W{k}", f"z{k}", lt.h_in, f"h{_sub(k - 1)}ᵀ"),
                  Edge(f"b{k}", f"z{k}", 1.0, "1"), Edge(f"z{k}", h_key, lt.sigma_prime, f"σ′(z{s})")]
        forward += [f"z{k}", h_key]
    nodes["t"] = Node("t", "input", t, None, "y", "", n_layers)
    nodes["L"] = Node("L", "loss", np.float64(loss), np.float64(1.0), "L", "1", n_layers)
    edges += [Edge("yhat", "L", layers[-1].dh, "∂L/∂ŷ"), Edge("t", "L", None, "")]
    forward.append("L")
    for lt in reversed(layers):
        k = lt.index
        if k == n_layers and not fused:
            backward.append("yhat")
        elif k < n_layers:
            backward.append(f"h{k}")
        backward += [f"z{k}", f"W{k}", f"b{k}"]
    return Trace(nodes, edges, forward, backward, loss, grads, layers, fused, loss_name)


def fits_per_unit(spec, max_layers=4, max_units=8):
    """Can the network be drawn unit by unit (at most max_layers layers of max_units units)?"""
    sizes = [spec["input_size"]] + [layer["units"] for layer in spec["layers"]]
    return len(spec["layers"]) <= max_layers and max(sizes) <= max_units


# -- checking one parameter numerically --------------------------------------------------
@dataclass(frozen=True)
class Nudge:
    """Nudging one parameter θ by ε: the loss change beside ε · ∂L/∂θ and the central difference."""
    eps: float
    loss: float
    loss_plus: float          # L(θ + ε)
    loss_minus: float         # L(θ − ε)
    grad: float               # ∂L/∂θ from backpropagation

    @property
    def change(self):
        return self.loss_plus - self.loss

    @property
    def predicted(self):
        return self.eps * self.grad

    @property
    def central(self):
        return (self.loss_plus - self.loss_minus) / (2 * self.eps)

    @property
    def relative_error(self):
        return relative_error(np.float64(self.grad), np.float64(self.central), floor=1e-12)


def nudge(loss_of, params, key, index, eps, grad):
    """Change ``params[key][index]`` by ±ε (restored afterwards); ``loss_of(params)`` -> float."""
    p = params[key]
    old = p[index]
    with np.errstate(all="ignore"):
        base = float(loss_of(params))
        p[index] = old + eps
        plus = float(loss_of(params))
        p[index] = old - eps
        minus = float(loss_of(params))
    p[index] = old
    return Nudge(float(eps), base, plus, minus, float(grad))


def quadratic_loss(params, x, y):
    """L(a, b, c) for one example; params: {"a", "b", "c"} of (1,) arrays (for ``nudge``)."""
    model = QuadraticModel(*(float(params[k][0]) for k in "abc"), dtype=np.float64)
    return model.loss(np.array([[x]]), np.array([y]))


def network_loss(net, x, y):
    """L(Θ) of a float64 copy of ``net`` on (x, y), as a function of its params (for ``nudge``)."""
    X, y = as_batch(net, x, y)

    def loss_of(params):
        return Network(net.spec, params, dtype=np.float64).loss(X, y)
    return loss_of


def gradient_step(params, grads, lr):
    """θ := θ − α ∂L/∂θ for every parameter; new arrays (params are not changed)."""
    from .optimizers import SGD
    new = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    SGD(lr).update(new, {k: np.asarray(grads[k], dtype=np.float64) for k in new})
    return new


# -- the exercise: which factor of the chain is wrong ---------------------------------------
def close(answer, correct, rel=0.01, abs_tol=0.006):
    """Equal within rounding: a student who rounds to two decimals is right."""
    return abs(answer - correct) <= abs_tol + rel * abs(correct)


def diagnose(answer, upstream, local, wrong_upstreams=(), wrong_locals=()):
    """What is wrong with ``answer`` for the gradient upstream · local.

    Returns "right", "sign" (the sign of the upstream value, e.g. y − ŷ for ŷ − y),
    "local" (a wrong local derivative, or none), "upstream" (a wrong upstream value),
    or "unknown".
    """
    correct = upstream * local
    if close(answer, correct):
        return "right"
    if correct != 0 and close(answer, -correct):
        return "sign"
    if any(close(answer, upstream * w) for w in (1.0, *wrong_locals) if not close(upstream * w, correct)):
        return "local"
    if any(close(answer, u * local) for u in (1.0, *wrong_upstreams) if not close(u * local, correct)):
        return "upstream"
    return "unknown"


def quadratic_factors(trace, key):
    """(upstream, local, wrong_upstreams, wrong_locals) for ∂L/∂key, key in a, b, c."""
    x = float(trace.nodes["x"].value)
    y_hat, y = float(trace.nodes["yhat"].value), float(trace.nodes["y"].value)
    r = y_hat - y
    locals_ = {"a": x * x, "b": x, "c": 1.0}
    wrong_up = (y_hat, y, 0.5 * r, r * r, 0.5 * r * r)
    wrong_local = tuple(v for v in (x, x * x, 2 * x, 1.0, 0.0) if v != locals_[key])
    return r, locals_[key], wrong_up, wrong_local


def parse_number(text):
    """A typed number: '−10', '-2.5', '１．５', '3,5', '-5/2'. Raises ValueError; never evaluates."""
    import unicodedata
    s = unicodedata.normalize("NFKC", str(text)).strip().replace("−", "-").replace("–", "-")
    s = s.replace(" ", "")
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    if len(s) > 40 or not s:
        raise ValueError(text)
    if s.count("/") == 1:
        num, den = (float(part) for part in s.split("/"))
        value = num / den if den else float("nan")
    else:
        value = float(s)
    if not np.isfinite(value):
        raise ValueError(text)
    return value
