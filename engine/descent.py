"""The gradient method, step by step (lecture item 11), on a function from ``objectives``.

    Step 1: set s to an initial value.
    Step 2: g := f'(s).
    Step 3: s := s − α g.
    Step 4: go back to Step 2.

``run`` does it headless and returns the path:

    >>> path = run("square", x0=[2.0], lr=0.2, steps=5)
    >>> [round(float(s), 6) for s in path.points[:, 0]]
    [2.0, 1.2, 0.72, 0.432, 0.2592, 0.15552]

``Stepper`` does it one sub-step at a time (and can go back), which is what the GUI draws.
The point is just a parameter ``{"x": array}``, moved by ``engine.optimizers`` exactly as a
network's weights are; "sgd" is the plain gradient method (``optimizers.SGD``).
"""
import copy
from dataclasses import dataclass, field

import numpy as np

from . import objectives, optimizers
from .expression import UndefinedError, format_number

METHODS = tuple(optimizers.OPTIMIZERS)   # 'sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'
OLD_METHOD_NAMES = {"gd": "sgd"}         # what session and lesson files written before called them


def method_name(name):
    """The name of a method today: 'gd' (in older session and lesson files) is read as 'sgd'."""
    return OLD_METHOD_NAMES.get(name, name)
GRADIENT_TOLERANCE = 1e-8     # |g| below this: we are at a stationary point
DIVERGENCE_FACTOR = 20.0      # |x| beyond this many view radii counts as "left every range"


@dataclass(frozen=True)
class StepRecord:
    """One iteration t: x_t, f(x_t), g_t = ∇f(x_t), and x_{t+1} (all (n,) arrays)."""
    t: int
    x: np.ndarray
    value: float
    gradient: np.ndarray
    x_next: np.ndarray
    state: dict = field(default_factory=dict)   # the optimizer's state after the update


@dataclass(frozen=True)
class Stop:
    """Why a run stopped: 'diverged', 'unbounded', 'undefined' or 'converged', and the numbers."""
    reason: str
    message: str
    t: int
    detail: str = ""
    bound: float = None         # 2/L for quadratics, to say which α would work
    kind: str = ""              # for 'undefined': 'log', 'sqrt', 'division', 'power', ...


@dataclass
class Path:
    """The result of ``run``: points (T+1, n), values (T+1,), gradients (T, n)."""
    points: np.ndarray
    values: np.ndarray
    gradients: np.ndarray
    records: list
    stop: Stop = None

    @property
    def diverged(self):
        return self.stop is not None and self.stop.reason == "diverged"


def as_objective(f):
    """An Objective from an Objective, a preset name or a formula."""
    if isinstance(f, objectives.Objective):
        return f
    if isinstance(f, str) and f in objectives.PRESETS:
        return objectives.preset(f)
    if isinstance(f, str):
        return objectives.from_formula(f)
    raise TypeError("f must be an Objective, a preset name or a formula")


def make_optimizer(method, lr, **settings):
    return optimizers.make(method_name(method), lr=lr, **settings)


class Stepper:
    """The four steps of the gradient method, one sub-step at a time, with undo.

    ``phase`` is the lecture's step number now on screen: 1 (the start is set), 2 (g was just
    computed), 3 (x was just moved), 4 (back to step 2 next).
    """

    def __init__(self, objective, lr=None, start=None, method="sgd", **settings):
        self.objective = as_objective(objective)
        self.lr = float(self.objective.lr if lr is None else lr)
        self.method = method_name(method)
        self.settings = dict(settings)
        self.optimizer = make_optimizer(method, self.lr, **settings)
        self.reset(start)

    def reset(self, start=None):
        """Back to Step 1 at ``start`` (default: the current start)."""
        if start is not None:
            self.start = np.asarray(start, dtype=float).reshape(self.objective.dim).copy()
        elif not hasattr(self, "start"):
            self.start = np.asarray(self.objective.start, dtype=float)
        self.optimizer.reset()
        self.params = {"x": self.start.copy()}
        self.phase = 1
        self.gradient = None       # g of the current iteration, once Step 2 ran
        self.value = None          # f(x) at the current point
        self.records = []
        self.stop = None
        self._undo = []
        try:
            self.value = self.objective.value(self.x)
        except UndefinedError as err:
            self.stop = Stop("undefined", f"f is not defined at the start: {err.message}", 0,
                             err.detail, kind=err.kind)

    @property
    def x(self):
        """The current point, (n,)."""
        return self.params["x"]

    @property
    def t(self):
        return len(self.records)

    def points(self):
        """x_0, ..., x_t: (t+1, n)."""
        return np.array([r.x for r in self.records] + [self.x], dtype=float)

    def optimizer_state(self):
        """The optimizer's internal state for the point, e.g. {'velocity': array}."""
        return {k: v.copy() for k, v in self.optimizer.state.get("x", {}).items()}

    @property
    def can_go_back(self):
        return bool(self._undo)

    @property
    def converged(self):
        return self.gradient is not None and float(np.linalg.norm(self.gradient)) < GRADIENT_TOLERANCE

    # -- sub-steps ---------------------------------------------------------------------
    def substep(self):
        """Do the next of the four steps. Returns False when the run has stopped."""
        if self.stop is not None:
            return False
        self._undo.append(self._snapshot())
        if self.phase in (1, 4):
            self._compute_gradient()
        elif self.phase == 2:
            self._move()
        else:
            self.phase = 4
        return True

    def iterate(self):
        """Finish one whole iteration: compute g (if not yet) and move x. False if stopped."""
        if self.phase == 3 and not self.substep():
            return False
        while self.phase != 3:
            if not self.substep():
                return False
        return True

    def back(self):
        """Undo the last sub-step. False when already at the start."""
        if not self._undo:
            return False
        (self.params, self.optimizer.state, self.optimizer.t, self.phase, self.gradient,
         self.value, n, self.stop) = self._undo.pop()
        del self.records[n:]
        return True

    def _snapshot(self):
        return (_copied(self.params), _copied(self.optimizer.state),
                self.optimizer.t, self.phase, self.gradient, self.value, len(self.records),
                self.stop)

    def _compute_gradient(self):
        # Step 2: g := ∇f(x)
        try:
            self.gradient = self.objective.gradient(self.x)
        except UndefinedError as err:
            self.stop = Stop("undefined", f"the gradient is not defined at x = "
                             f"{_point(self.x)}: {err.message}", self.t, err.detail,
                             kind=err.kind)
            return
        self.phase = 2

    def _move(self):
        # Step 3: x := x − α g (or the chosen optimizer's rule), on the parameter dict.
        x_before, value_before = self.x.copy(), self.value
        with np.errstate(all="ignore"):
            self.optimizer.update(self.params, {"x": self.gradient.copy()})
        self.records.append(StepRecord(self.t, x_before, value_before, self.gradient.copy(),
                                       self.x.copy(), self.optimizer_state()))
        self.phase = 3
        self.value = None
        radius = DIVERGENCE_FACTOR * self.objective.view_radius()
        if not np.all(np.isfinite(self.x)) or float(np.max(np.abs(self.x))) > radius:
            self.stop = self._diverged(radius)
            return
        try:
            self.value = self.objective.value(self.x)
        except UndefinedError as err:
            reason = "diverged" if err.kind == "overflow" else "undefined"
            if reason == "diverged":
                self.stop = self._diverged(radius)
            else:
                self.stop = Stop("undefined", f"f is not defined at x = {_point(self.x)}: "
                                 f"{err.message}", self.t, err.detail, kind=err.kind)

    def _diverged(self, radius):
        values = [r.value for r in self.records[-4:]]
        if len(values) >= 3 and all(b < a for a, b in zip(values, values[1:])):
            # f kept going down while x ran away: no step size is to blame (a saddle, a slope)
            return Stop("unbounded", f"f kept decreasing as the point left every sensible "
                        f"range after {self.t} steps (|x| > {format_number(radius, 3)}): "
                        f"f has no minimum in that direction", self.t)
        bound = self.objective.stability_bound()
        message = (f"the point left every sensible range after {self.t} steps "
                   f"(|x| > {format_number(radius, 3)}): the learning rate α = "
                   f"{format_number(self.lr)} is too large for the curvature of f here")
        if bound is not None:
            message += f"; for this quadratic α must be below 2/L = {format_number(bound)}"
        return Stop("diverged", message, self.t, bound=bound)


def _copied(state):
    """A copy of a dict of arrays (or of dicts of arrays): what ``back`` needs, and much
    cheaper than ``copy.deepcopy``, so that replaying a long path stays quick."""
    return {k: _copied(v) if isinstance(v, dict) else (v.copy() if isinstance(v, np.ndarray) else v)
            for k, v in state.items()}


def _point(x):
    return "(" + ", ".join(format_number(v, 6) for v in x) + ")"


def run(f, x0=None, lr=None, steps=50, method="sgd", **settings):
    """Run ``steps`` iterations of ``method`` on f from x0 with learning rate lr; the Path.

    f: an ``objectives.Objective``, a preset name ('square', 'zigzag', ...) or a formula.
    x0, lr default to the objective's lesson settings. ``settings`` go to the optimizer
    (momentum=0.9, beta1=..., ...). Stops early when the run diverges or reaches a point
    where f is undefined (``path.stop`` says why) or where the gradient is ~0 ('converged').
    """
    stepper = Stepper(f, lr=lr, start=x0, method=method, **settings)
    for _ in range(int(steps)):
        if not stepper.iterate():
            break
        if stepper.stop is None and stepper.value is not None:
            try:
                g = stepper.objective.gradient(stepper.x)
            except UndefinedError:
                continue    # the next iterate() reports it
            if float(np.linalg.norm(g)) < GRADIENT_TOLERANCE:
                stepper.stop = Stop("converged", "the gradient is zero: a stationary point",
                                    stepper.t)
                break
    records = stepper.records
    points = stepper.points()
    values = np.array([r.value for r in records] + [np.nan if stepper.value is None
                                                     else stepper.value], dtype=float)
    gradients = np.array([r.gradient for r in records], dtype=float).reshape(-1, points.shape[1])
    return Path(points, values, gradients, records, stepper.stop)
