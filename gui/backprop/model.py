"""The Backprop tool's model: what is traced, and how far the walk through the graph has gone.

Views connect to its signals and redraw:
  trace_changed     a new trace (other numbers or another graph): the graph is rebuilt
  position_changed  one node further or back along the walk (forward, then backward)
"""
import math

import numpy as np
from PySide6.QtCore import QObject, Signal

from engine import backprop

QUADRATIC_START = {"a": 1.0, "b": -2.0, "c": 0.5, "x": 2.0, "y": 3.0}   # the hand computation
MAX_NUMBER = 1e6          # the quadratic's numbers in a session file
MAX_POSITION = 10_000     # steps along the walk (a graph has a few dozen nodes)


def parse_state(state):
    """A session file's part for this tool, checked: {mode, quadratic, example, position}.

    Raises ValueError, TypeError or KeyError on a damaged part (nothing is changed then)."""
    if not isinstance(state, dict):
        raise TypeError("the Backprop part must be an object")
    mode = state.get("mode", "quadratic")
    if mode not in ("quadratic", "network"):
        raise ValueError(f"unknown Backprop mode {mode!r}")
    quadratic = dict(QUADRATIC_START)
    for key, value in dict(state.get("quadratic", {})).items():
        if key not in QUADRATIC_START:
            raise KeyError(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or abs(value) > MAX_NUMBER:
            raise ValueError(f"Backprop: {key} is not a usable number")
        quadratic[key] = float(value)
    numbers = {}
    for key, hi in (("example", 10_000_000), ("position", MAX_POSITION)):
        value = state.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= hi:
            raise ValueError(f"Backprop: {key} must be a whole number from 0 to {hi}")
        numbers[key] = value
    return {"mode": mode, "quadratic": quadratic, **numbers}


class BackpropModel(QObject):
    trace_changed = Signal()
    position_changed = Signal()

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.mode = "quadratic"          # or "network": the session's network and data
        self.quadratic = dict(QUADRATIC_START)
        self.example_index = 0           # which example of the session's data
        self.typed_example = None        # (x, y) typed by the student, or None
        self.position = 0                # steps taken along ``walk``
        self.trace = None
        self.mismatch = False            # the session's data does not fit its network
        self.watching = True             # the tool is on screen (see set_watching)
        self._stale = False
        if session is not None:
            for signal in (session.spec_changed, session.weights_changed, session.data_changed):
                signal.connect(self._session_changed)
        self.retrace()

    # -- what is traced ----------------------------------------------------------------------
    def retrace(self, keep_position=True):
        """Trace again with the current numbers; the walk stays where it was if it can."""
        if self.mode == "quadratic":
            self.trace = backprop.trace_quadratic(**self.quadratic)
        else:
            x, y = self.example()
            self.trace = backprop.trace_network(self.session.network, x, y)
        self.position = min(self.position, len(self.walk)) if keep_position else 0
        self.trace_changed.emit()
        self.position_changed.emit()

    def set_watching(self, on):
        """Whether the tool is on screen: while hidden, session changes (a training run sends many)
        only mark the trace as stale, and it is traced again when the tool is shown."""
        self.watching = bool(on)
        if self.watching and self._stale:
            self._session_changed()

    def _session_changed(self):
        self._stale = not self.watching
        if self.mode == "network" and self.watching:
            if self.typed_example is not None and np.size(self.typed_example[0]) != self.session.network.input_size:
                self.typed_example = None
            self.retrace()

    def set_mode(self, mode):
        if mode not in ("quadratic", "network") or mode == self.mode:
            return
        if mode == "network" and self.session is None:
            return
        self.mode = mode
        self.retrace(keep_position=False)

    def set_quadratic(self, **values):
        self.quadratic.update({k: float(v) for k, v in values.items() if k in QUADRATIC_START})
        self.retrace()

    def set_example_index(self, index):
        self.example_index = int(index)
        self.typed_example = None
        self.retrace()

    def set_typed_example(self, x, y):
        """The student's own input numbers x and label or targets y (already parsed)."""
        self.typed_example = (np.asarray(x, dtype=np.float64), y)
        self.retrace()

    def example(self):
        """(x, y) of the example being traced (network mode)."""
        if self.typed_example is not None:
            return self.typed_example
        data, net = self.session.dataset, self.session.network
        i = min(max(self.example_index, 0), len(data.X) - 1)
        x, y = data.X[i], data.y[i]
        if data.is_classification:
            outputs_fit = data.n_classes <= max(net.output_size, 2)
        else:
            outputs_fit = data.n_targets == net.output_size
        fits = data.input_size == net.input_size and outputs_fit
        if fits:
            self.mismatch = False
            return x, y
        # the network was loaded for other data: trace a made-up example of the right size
        self.mismatch = True
        x = np.linspace(-1, 1, net.input_size)
        y = np.array(0) if net.spec["loss"] == "cross_entropy" else np.zeros(net.output_size)
        return x, y

    @property
    def per_unit(self):
        return self.mode == "quadratic" or backprop.fits_per_unit(self.session.network.spec)

    # -- the walk: forward node by node, then backward ----------------------------------------
    @property
    def walk(self):
        return [("forward", k) for k in self.trace.forward_order] + \
               [("backward", k) for k in self.trace.backward_order]

    def current(self):
        """("forward" | "backward", node key) of the last step taken, or None at the start."""
        return self.walk[self.position - 1] if self.position else None

    def forward_done(self, key):
        order = self.trace.forward_order
        return key not in order or order.index(key) < min(self.position, len(order))

    def backward_done(self, key):
        order, done = self.trace.backward_order, self.position - len(self.trace.forward_order)
        return key in order and order.index(key) < done

    def step(self):
        if self.position >= len(self.walk):
            return False
        self.position += 1
        self.position_changed.emit()
        return True

    def back(self):
        if self.position == 0:
            return False
        self.position -= 1
        self.position_changed.emit()
        return True

    def go_to(self, position):
        self.position = min(max(int(position), 0), len(self.walk))
        self.position_changed.emit()

    def reset(self):
        self.go_to(0)

    # -- checking and using the gradient --------------------------------------------------------
    def parameters(self):
        """{key: float64 array} of what the gradient is taken with respect to."""
        if self.mode == "quadratic":
            return {k: np.array([self.quadratic[k]]) for k in "abc"}
        return {k: np.array(v, dtype=np.float64) for k, v in self.session.network.params.items()}

    def grad(self, key, index):
        g = self.trace.grads[key]
        return float(np.asarray(g)[index]) if np.ndim(g) else float(g)

    def loss_function(self):
        if self.mode == "quadratic":
            x, y = self.quadratic["x"], self.quadratic["y"]
            return lambda params: backprop.quadratic_loss(params, x, y)
        return backprop.network_loss(self.session.network, *self.example())

    def nudge(self, key, index, eps):
        """Nudge one parameter by ±ε: engine.backprop.Nudge."""
        return backprop.nudge(self.loss_function(), self.parameters(), key, index, eps, self.grad(key, index))

    def gradient_step(self, lr):
        """θ := θ − α ∂L/∂θ for every parameter; returns (loss before, loss after)."""
        before = self.trace.loss
        grads = {k: np.asarray(v, dtype=np.float64).reshape(np.shape(self.parameters()[k]))
                 for k, v in self.trace.grads.items()}
        new = backprop.gradient_step(self.parameters(), grads, lr)
        if self.mode == "quadratic":
            self.set_quadratic(**{k: float(new[k][0]) for k in "abc"})
        else:
            dtype = self.session.network.dtype
            self.session.set_params({k: v.astype(dtype) for k, v in new.items()})
        return before, self.trace.loss
