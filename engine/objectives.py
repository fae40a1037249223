"""The functions the gradient-descent stepper minimises (lecture items 11–14), with exact gradients.

An ``Objective`` is a function f of one variable s or of two variables (x1, x2), its gradient,
and the settings a lesson starts from (start point, learning rate α, the part of the plane to
draw). Presets are written out by hand, each with its derivative beside it; ``from_formula``
makes one from text the user typed (see ``engine.expression``: parsed safely, differentiated
symbolically).

    f = objectives.preset("square")      # f(s) = s², the lecture's exercise
    f.value([2.0]), f.gradient([2.0])    # 4.0, array([4.])
"""
import keyword
import re
from dataclasses import dataclass, field

import numpy as np

from . import expression as ex
from . import landscape
from .expression import ExpressionError
from .network import Network


@dataclass
class Objective:
    """f: R^n -> R (n = 1 or 2) with its gradient.

    ``f(*coords)`` and ``grad(*coords)`` take one array per variable (any shape, broadcast) and
    return f: same shape, and the gradient: shape + (n,). ``hessian`` (n, n) is given for
    quadratics, whose curvature is the same everywhere: then α < 2 / L (L the largest
    eigenvalue) is exactly the condition for gradient descent to converge.
    """

    key: str
    formula: str                 # as shown to the user, e.g. "1/2 x1^2 + 5 x2^2"
    variables: tuple             # ("s",) or ("x1", "x2")
    f: object
    grad: object
    start: tuple
    lr: float
    view: tuple                  # ((lo, hi),) per variable
    minima: tuple = ()           # known minimisers, for |x_t − x*|
    hessian: object = None
    derivative_formulas: tuple = ()   # ∂f/∂v as text, one per variable
    settings: dict = field(default_factory=dict)   # e.g. the a, b, c of the quadratic
    grid = 0                     # draw on at most grid × grid points (0: as finely as a view likes)

    @property
    def dim(self):
        return len(self.variables)

    # -- one point, strictly: an UndefinedError instead of nan ---------------------------
    def value(self, x):
        """f(x) for one point x: (n,). Raises expression.UndefinedError where f has no value."""
        x = np.asarray(x, dtype=float).reshape(self.dim)
        if isinstance(self.f, ex.Expression):
            return self.f.value_at(*x)
        with np.errstate(all="ignore"):
            value = float(self.f(*x))
        if not np.isfinite(value):
            raise ex.UndefinedError("f is too large to compute here", "overflow", self.formula)
        return value

    def gradient(self, x):
        """∇f(x): (n,) for one point x: (n,)."""
        x = np.asarray(x, dtype=float).reshape(self.dim)
        if isinstance(self.f, ex.Expression):
            return self.f.gradient_at(*x)
        with np.errstate(all="ignore"):
            g = np.asarray(self.grad(*x), dtype=float).reshape(self.dim)
        if not np.all(np.isfinite(g)):
            raise ex.UndefinedError("the gradient is too large to compute here", "overflow",
                                    self.formula)
        return g

    # -- many points at once, for drawing: nan where undefined ---------------------------
    def values(self, *coords):
        with np.errstate(all="ignore"):
            if isinstance(self.f, ex.Expression):
                return self.f.value(*coords)
            return np.asarray(self.f(*coords), dtype=float)

    def gradients(self, *coords):
        with np.errstate(all="ignore"):
            if isinstance(self.f, ex.Expression):
                return self.f.gradient(*coords)
            return np.asarray(self.grad(*coords), dtype=float)

    def stability_bound(self):
        """The largest α for which gradient descent converges (2 / L), or None if unknown."""
        if self.hessian is None:
            return None
        L = float(np.max(np.linalg.eigvalsh(np.asarray(self.hessian, dtype=float))))
        return 2.0 / L if L > 0 else None

    def view_radius(self):
        return max(max(abs(lo), abs(hi), hi - lo) for lo, hi in self.view)


def _stack(*parts):
    return np.stack(np.broadcast_arrays(*parts), axis=-1)


# -- f(s): one variable ------------------------------------------------------------------

def square():
    # f(s) = s²,  f'(s) = 2 s.  With α = 0.2 each step multiplies s by 1 − 2α = 0.6.
    return Objective("square", "s^2", ("s",),
                     f=lambda s: s ** 2, grad=lambda s: _stack(2 * s),
                     start=(2.0,), lr=0.2, view=((-2.5, 2.5),), minima=((0.0,),),
                     hessian=[[2.0]], derivative_formulas=("2*s",))


def two_minima():
    # f(s) = s⁴/4 − s² + s/4,  f'(s) = s³ − 2 s + 1/4.
    # Two valleys (near s = −1.47, the lower one, and s = 1.35) with a hill between them:
    # where you start decides which one you reach.
    return Objective("two_minima", "s^4/4 - s^2 + s/4", ("s",),
                     f=lambda s: s ** 4 / 4 - s ** 2 + s / 4,
                     grad=lambda s: _stack(s ** 3 - 2 * s + 0.25),
                     start=(0.5,), lr=0.1, view=((-2.3, 2.3),),
                     minima=((-1.472998,), (1.346997,)),
                     derivative_formulas=("s^3 - 2*s + 1/4",))


def overshoot():
    # f(s) = s⁴/4,  f'(s) = s³.  The step α s³ grows faster than s: from s = 2 a step with
    # α = 0.55 jumps past the minimum to a steeper place, and every step after jumps further.
    # (The condition here is α s² < 2; with α = 0.1 the same start converges.)
    return Objective("overshoot", "s^4/4", ("s",),
                     f=lambda s: s ** 4 / 4, grad=lambda s: _stack(s ** 3),
                     start=(2.0,), lr=0.55, view=((-3.0, 3.0),), minima=((0.0,),),
                     derivative_formulas=("s^3",))


def quadratic(a=1.0, b=-2.0, c=2.0):
    # The lecture's quadratic model f(s) = a s² + b s + c,  f'(s) = 2 a s + b.
    # For a > 0 its minimum is s* = −b / (2a), and descent converges when α < 2 / (2a) = 1 / a.
    a, b, c = float(a), float(b), float(c)
    minima = ((-b / (2 * a),),) if a > 0 else ()
    centre = minima[0][0] if minima else 0.0
    view = ((centre - 4.0, centre + 4.0),)
    text = "{0}*s^2 + {1}*s + {2}".format(*(ex.format_number(v) for v in (a, b, c)))
    text = text.replace("+ -", "- ")
    return Objective("quadratic", text, ("s",),
                     f=lambda s: a * s ** 2 + b * s + c,
                     grad=lambda s: _stack(2 * a * s + b),
                     start=(centre - 3.0,), lr=0.2, view=view, minima=minima,
                     hessian=[[2 * a]],
                     derivative_formulas=(ex.parse(text).derivative("s").text(),),
                     settings={"a": a, "b": b, "c": c})


# -- f(x1, x2): two variables ----------------------------------------------------------------

def bowl():
    # f = x1² + x2²,  ∇f = (2 x1, 2 x2)ᵀ  (lecture item 12).
    return Objective("bowl", "x1^2 + x2^2", ("x1", "x2"),
                     f=lambda x1, x2: x1 ** 2 + x2 ** 2,
                     grad=lambda x1, x2: _stack(2 * x1, 2 * x2),
                     start=(-2.0, 1.5), lr=0.1, view=((-2.5, 2.5), (-2.5, 2.5)),
                     minima=((0.0, 0.0),), hessian=np.diag([2.0, 2.0]),
                     derivative_formulas=("2*x1", "2*x2"))


def zigzag():
    # f = ½ x1² + 5 x2²,  ∇f = (x1, 10 x2)ᵀ  (lecture item 14).  An elongated bowl: each step
    # multiplies x1 by 1 − α and x2 by 1 − 10α.  For α > 0.1 the factor on x2 is negative, so
    # x2 changes sign every step (the zig-zag); for α > 0.2 its size grows: divergence.
    return Objective("zigzag", "1/2 x1^2 + 5 x2^2", ("x1", "x2"),
                     f=lambda x1, x2: 0.5 * x1 ** 2 + 5 * x2 ** 2,
                     grad=lambda x1, x2: _stack(x1, 10 * x2),
                     start=(-4.0, 1.2), lr=0.18, view=((-5.0, 5.0), (-2.0, 2.0)),
                     minima=((0.0, 0.0),), hessian=np.diag([1.0, 10.0]),
                     derivative_formulas=("x1", "10*x2"))


def rosenbrock():
    # f = (1 − x1)² + 100 (x2 − x1²)²   (a curved, flat-bottomed valley; minimum at (1, 1))
    # ∂f/∂x1 = −2 (1 − x1) − 400 x1 (x2 − x1²),   ∂f/∂x2 = 200 (x2 − x1²)
    return Objective("rosenbrock", "(1 - x1)^2 + 100 (x2 - x1^2)^2", ("x1", "x2"),
                     f=lambda x1, x2: (1 - x1) ** 2 + 100 * (x2 - x1 ** 2) ** 2,
                     grad=lambda x1, x2: _stack(-2 * (1 - x1) - 400 * x1 * (x2 - x1 ** 2),
                                                200 * (x2 - x1 ** 2)),
                     start=(-1.2, 1.0), lr=0.001, view=((-2.0, 2.0), (-1.0, 3.0)),
                     minima=((1.0, 1.0),),
                     derivative_formulas=("-2*(1 - x1) - 400*x1*(x2 - x1^2)",
                                          "200*(x2 - x1^2)"))


def himmelblau():
    # f = (x1² + x2 − 11)² + (x1 + x2² − 7)²   (four minima, all with f = 0)
    # ∂f/∂x1 = 4 x1 (x1² + x2 − 11) + 2 (x1 + x2² − 7)
    # ∂f/∂x2 = 2 (x1² + x2 − 11) + 4 x2 (x1 + x2² − 7)
    def grad(x1, x2):
        u, v = x1 ** 2 + x2 - 11, x1 + x2 ** 2 - 7
        return _stack(4 * x1 * u + 2 * v, 2 * u + 4 * x2 * v)
    return Objective("himmelblau", "(x1^2 + x2 - 11)^2 + (x1 + x2^2 - 7)^2", ("x1", "x2"),
                     f=lambda x1, x2: (x1 ** 2 + x2 - 11) ** 2 + (x1 + x2 ** 2 - 7) ** 2,
                     grad=grad, start=(-0.5, 0.5), lr=0.01, view=((-5.0, 5.0), (-5.0, 5.0)),
                     minima=((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186),
                             (3.584428, -1.848126)),
                     derivative_formulas=("4*x1*(x1^2 + x2 - 11) + 2*(x1 + x2^2 - 7)",
                                          "2*(x1^2 + x2 - 11) + 4*x2*(x1 + x2^2 - 7)"))


def saddle():
    # f = x1² − x2²,  ∇f = (2 x1, −2 x2)ᵀ.  The origin has zero gradient but is no minimum:
    # x1 shrinks by 1 − 2α each step while x2 grows by 1 + 2α, so the point slides away.
    return Objective("saddle", "x1^2 - x2^2", ("x1", "x2"),
                     f=lambda x1, x2: x1 ** 2 - x2 ** 2,
                     grad=lambda x1, x2: _stack(2 * x1, -2 * x2),
                     start=(2.5, 0.05), lr=0.1, view=((-3.0, 3.0), (-3.0, 3.0)),
                     derivative_formulas=("2*x1", "-2*x2"))


PRESETS = {
    "square": square, "two_minima": two_minima, "overshoot": overshoot, "quadratic": quadratic,
    "bowl": bowl, "zigzag": zigzag, "rosenbrock": rosenbrock, "himmelblau": himmelblau,
    "saddle": saddle,
}
PRESETS_1D = ("square", "two_minima", "overshoot", "quadratic")
PRESETS_2D = ("bowl", "zigzag", "rosenbrock", "himmelblau", "saddle")


def preset(name, **settings):
    """A preset by name (see PRESETS); ``quadratic`` takes a=, b=, c=."""
    try:
        make = PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown function {name!r}; choose one of {', '.join(PRESETS)}") from None
    return make(**settings)


# Names the exported notebook's f and gradient use in their bodies: a variable must not shadow them.
RESERVED_NAMES = frozenset({"np", "sigmoid"})


def check_variables(variables):
    """``variables`` as a tuple of one or two names, or ExpressionError.

    A variable's name ends up in generated code (``def f(x1, x2):`` in a notebook), so it must
    be exactly one name token of the formula language (a letter, then letters or digits), not a
    Python keyword, function or constant, and not a name the generated code uses itself.
    """
    if isinstance(variables, str) or not isinstance(variables, (tuple, list)):
        raise ExpressionError("the variables must be a list of names", 0, kind="variables")
    variables = tuple(variables)
    if not 1 <= len(variables) <= 2 or len(set(variables)) != len(variables):
        raise ExpressionError("a function has one or two different variables", 0, kind="variables")
    for name in variables:
        if not isinstance(name, str) or not name or len(name) > 20:
            raise ExpressionError(f"{name!r} is not a variable name", 0, kind="variables")
        try:
            tokens = ex.tokenize(name)
        except ExpressionError:
            tokens = []
        plain = len(tokens) == 2 and tokens[0].kind == "name" and tokens[0].text == name
        if (not plain or keyword.iskeyword(name) or keyword.issoftkeyword(name)
                or name in ex.FUNCTIONS or name in ex.CONSTANTS
                or name in RESERVED_NAMES):
            raise ExpressionError(f"{name!r} cannot be a variable name", 0, kind="variables",
                                  detail=name)
    return variables


def from_formula(text, variables=None):
    """An Objective from the user's formula, e.g. "x1^2 + 3*sin(x2)" or "exp(-s^2)".

    Raises expression.ExpressionError (with the position) when the text is not a formula or a
    variable's name is not allowed (``check_variables``).
    """
    if not isinstance(text, str):
        raise ExpressionError("the formula must be text", 0, kind="type")
    variables = check_variables(tuple(variables or ex.guess_variables(text)))
    expr = ex.parse(text, variables)
    if len(variables) == 1:
        start, view = (2.0,), ((-3.0, 3.0),)
    else:
        start, view = (-2.0, 1.5), ((-3.0, 3.0), (-3.0, 3.0))
    return Objective("formula", text.strip(), variables, f=expr, grad=None, start=start, lr=0.1,
                     view=view,
                     derivative_formulas=tuple(expr.derivative(v).text() for v in variables))


# -- f(w1, w2): two weights of a network (lecture item 15) ----------------------------------
# "Do the same with every element of W and b": the network's loss, as a function of two of
# its weights with all the others fixed, is a function of two variables like the ones above.
# Its value is the engine's loss over the whole data and its gradient is the network's own
# backward pass (the two entries of ∂L/∂θ), so a step of the stepper is exactly a step of
# full-batch gradient descent in which only those two weights are free.

WEIGHT_NAME = re.compile(r"[Wb][1-9][0-9]{0,2}")
NETWORK_GRID = 41             # draw the network's loss on at most 41 × 41 points
GRID_BUDGET = 1e7             # examples × units per map (a [2, 8, 8, 2] network on 200 points: 41 × 41)
FIELD_BUDGET = 3e8            # examples × parameters for the gradient field's backward passes
PATH_MEMO = 20_000            # losses of points already seen kept (a path is redrawn every step)


@dataclass(eq=False)
class NetworkSlice(Objective):
    """The loss L(w1, w2) of ``net`` on (X, y) over two weights ((key, index), (key, index))."""

    net: object = None           # a float64 copy, owned by this function (see ``network_slice``)
    X: object = None             # (N, n) float64
    y: object = None             # (N,) int labels or (N, m) targets
    weights: tuple = ()
    span: float = 1.0

    @property
    def grid(self):
        """Points per side of a drawn map: each costs a pass over all the data, so a large
        network is drawn more coarsely (from 41 × 41 down to 11 × 11)."""
        per_point = len(self.X) * sum(layer["units"] for layer in self.net.spec["layers"])
        return int(np.clip(np.sqrt(GRID_BUDGET / per_point), 11, NETWORK_GRID))

    @property
    def field(self):
        """Arrows per side of the gradient field: each is a whole backward pass (0: none)."""
        per_arrow = len(self.X) * self.net.parameter_count
        n = int(np.sqrt(FIELD_BUDGET / per_arrow))
        return min(n, 11) if n >= 4 else 0

    def architecture(self):
        """'2 → 8 → 8 → 2': the sizes of the layers, the inputs first."""
        sizes = [self.net.spec["input_size"]] + [layer["units"] for layer in self.net.spec["layers"]]
        return " → ".join(str(n) for n in sizes)


def weight_label(weight):
    """('W1', (0, 1)) -> 'W1[0,1]'."""
    key, index = weight
    return f"{key}[{','.join(str(int(i)) for i in index)}]"


def check_weight(net, weight):
    """(key, index) as a checked pair (str, tuple of ints) naming one entry of ``net.params``."""
    try:
        if isinstance(weight, (str, bytes, dict)):
            raise TypeError
        key, index = weight
    except (TypeError, ValueError):
        raise ValueError(f"{str(weight)[:40]} does not name a weight: (name, index) expected") from None
    if not isinstance(key, str) or not WEIGHT_NAME.fullmatch(key) or key not in net.params:
        raise ValueError(f"the network has no parameter {str(key)[:40]!r} "
                         f"(it has {', '.join(net.params)})")
    shape = net.params[key].shape
    if isinstance(index, (int, np.integer)) and not isinstance(index, bool):
        index = (index,)
    if not isinstance(index, (tuple, list)) or len(index) != len(shape) or not all(
            isinstance(i, (int, np.integer)) and not isinstance(i, bool) for i in index):
        raise ValueError(f"{key} has {len(shape)} index(es): {str(index)[:40]} does not name one of its entries")
    if not all(0 <= i < n for i, n in zip(index, shape)):
        raise ValueError(f"{key}{list(index)} is outside {key}, whose shape is {shape}")
    return key, tuple(int(i) for i in index)


def _check_data(net, X, y):
    X, y = np.asarray(X), np.asarray(y)
    if X.ndim != 2 or X.dtype.kind != "f" or len(X) < 1 or X.shape[1] != net.input_size:
        raise ValueError(f"the data ({' × '.join(map(str, X.shape))}) does not fit the network's "
                         f"{net.input_size} inputs")
    if y.dtype.kind not in "iuf" or y.ndim not in (1, 2) or len(y) != len(X):
        raise ValueError("the targets do not fit the data")
    if not np.all(np.isfinite(X)) or not np.all(np.isfinite(y)):
        raise ValueError("the data holds numbers that are NaN or infinite")
    if y.dtype.kind in "iu" and y.ndim == 1 and (y.min() < 0 or y.max() >= max(net.output_size, 2)):
        raise ValueError(f"labels from {y.min()} to {y.max()} do not fit the network's "
                         f"{net.output_size} outputs")
    return X.astype(np.float64), (y.astype(np.int64) if y.dtype.kind in "iu" else y.astype(np.float64))


def network_slice(net, X, y, first, second, span=1.0, lr=0.1):
    """The loss of ``net`` on (X, y) as f(w1, w2) of two of its weights: a NetworkSlice.

    first, second: (key, index), e.g. ("W1", (0, 1)) and ("b2", (1,)). The network is copied
    (in float64): training ``net`` further does not change this function. The start is the
    two weights as they are; the map reaches ``span`` to each side of them. Raises ValueError
    (a clear sentence) for a weight the network does not have, the same weight twice, data
    that does not fit the network, or weights that are not finite.
    """
    work = Network(net.spec, {k: np.array(v, dtype=np.float64) for k, v in net.params.items()}, np.float64)
    weights = tuple(check_weight(work, w) for w in (first, second))
    if weights[0] == weights[1]:
        raise ValueError("choose two different weights")
    span = float(span)
    if not (0 < span <= 1e6):
        raise ValueError("the span must be a positive number")
    landscape._refuse_non_finite(work)
    X, y = _check_data(work, X, y)
    d1, d2 = landscape.parameter_directions(work, *weights)
    origin = np.array([work.params[k][i] for k, i in weights])

    def losses(x1, x2):
        # L(θ + s d1 + t d2) with s = x1 − θ_1, t = x2 − θ_2: every point in one batched pass
        return landscape.evaluate_points(work, X, y, d1, d2, x1 - origin[0], x2 - origin[1])

    seen = {}      # (w1, w2) -> L: a path's points are drawn again at every step

    def f(x1, x2):
        x1, x2 = np.broadcast_arrays(np.asarray(x1, dtype=float), np.asarray(x2, dtype=float))
        points = list(zip(x1.ravel().tolist(), x2.ravel().tolist()))
        new = [p for p in dict.fromkeys(points) if p not in seen]
        if new:
            if len(seen) + len(new) > PATH_MEMO:
                seen.clear()
            seen.update(zip(new, losses(*np.array(new).T).tolist()))
        return np.array([seen[p] for p in points], dtype=float).reshape(x1.shape)

    def backprop(point):
        # ∂L/∂w1, ∂L/∂w2: the network's backward pass with the two weights set to the point
        saved = [work.params[k][i] for k, i in weights]
        try:
            for (k, i), v in zip(weights, point):
                work.params[k][i] = v
            with np.errstate(all="ignore"):
                _, grads = work.loss_and_gradients(X, y)
            return np.array([grads[k][i] for k, i in weights], dtype=float)
        finally:
            for (k, i), v in zip(weights, saved):
                work.params[k][i] = v

    def grad(x1, x2):
        x1, x2 = np.broadcast_arrays(np.asarray(x1, dtype=float), np.asarray(x2, dtype=float))
        out = np.empty(x1.shape + (2,))
        for at in np.ndindex(x1.shape):
            out[at] = backprop((x1[at], x2[at]))
        return out

    names = tuple(weight_label(w) for w in weights)
    view = tuple((float(v - span), float(v + span)) for v in origin)
    return NetworkSlice("network", f"L({names[0]}, {names[1]})", names, f=f, grad=grad,
                        start=tuple(float(v) for v in origin), lr=float(lr), view=view,
                        hessian=_hessian_2x2(backprop, origin),
                        settings={"weights": [[k, list(i)] for k, i in weights], "span": span},
                        net=work, X=X, y=y, weights=weights, span=span)


def _hessian_2x2(gradient, at):
    """The 2 × 2 Hessian of L over the two weights at ``at``: central differences of the
    backpropagated gradient, symmetrised. None where it is not finite. (The loss is not a
    quadratic: this is the curvature near the start, where α < 2/λ_max is the local bound.)"""
    eps = 1e-5 * max(1.0, float(np.max(np.abs(at))))
    columns = []
    for j in range(2):
        step = np.zeros(2)
        step[j] = eps
        columns.append((gradient(at + step) - gradient(at - step)) / (2 * eps))
    H = np.stack(columns, axis=1)
    H = (H + H.T) / 2
    return H if np.all(np.isfinite(H)) else None
