"""Optimizers: how a parameter moves, given its gradient (lecture items 11 and 15).

Every optimizer has ``update(params, grads)`` over two dicts with the same keys, and keeps
its internal state per key in ``state[key]`` (a dict of arrays created lazily with
``zeros_like``) so a view can draw it: momentum's ``velocity``, AdaGrad's ``h`` and so on.
A point of the gradient-descent stepper is just a parameter: ``{"s": np.array([2.0])}``.

The base class does the bookkeeping; a subclass only says how one parameter moves.
"""
import numpy as np


class Optimizer:
    name = "optimizer"

    def __init__(self, lr=0.01):
        self.lr = lr
        self.t = 0       # number of updates done so far
        self.state = {}  # key -> dict of arrays, e.g. state["W1"]["velocity"]

    def update(self, params, grads):
        """Move every parameter in ``params`` (in place) using ``grads``."""
        self.t += 1
        for key, p in params.items():
            self.update_one(p, grads[key], self.state.setdefault(key, {}))

    def update_one(self, p, g, state):  # pragma: no cover - abstract
        raise NotImplementedError

    def reset(self):
        self.t = 0
        self.state = {}


class SGD(Optimizer):
    """The gradient method itself: p := p − α g."""

    name = "sgd"

    def update_one(self, p, g, state):
        p -= self.lr * g


class Momentum(Optimizer):
    """v := μ v − α g;  p := p + v.  The point keeps part of its previous move."""

    name = "momentum"

    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = momentum

    def update_one(self, p, g, state):
        if "velocity" not in state:
            state["velocity"] = np.zeros_like(p)
        v = state["velocity"]
        v *= self.momentum
        v -= self.lr * g
        p += v


class Nesterov(Momentum):
    """Momentum that looks ahead: v := μ v − α g;  p := p + μ v − α g.

    (Sutskever's form written for the current point, as PyTorch's ``nesterov=True``.)
    """

    name = "nesterov"

    def update_one(self, p, g, state):
        if "velocity" not in state:
            state["velocity"] = np.zeros_like(p)
        v = state["velocity"]
        v *= self.momentum
        v -= self.lr * g
        p += self.momentum * v - self.lr * g


class AdaGrad(Optimizer):
    """h := h + g²;  p := p − α g / (√h + ε).  Steps shrink where gradients have been large."""

    name = "adagrad"

    def __init__(self, lr=0.01, eps=1e-7):
        super().__init__(lr)
        self.eps = eps

    def update_one(self, p, g, state):
        if "h" not in state:
            state["h"] = np.zeros_like(p)
        h = state["h"]
        h += g * g
        p -= self.lr * g / (np.sqrt(h) + self.eps)


class RMSProp(Optimizer):
    """h := ρ h + (1 − ρ) g²;  p := p − α g / (√h + ε).  AdaGrad that forgets old gradients."""

    name = "rmsprop"

    def __init__(self, lr=0.01, decay=0.99, eps=1e-8):
        super().__init__(lr)
        self.decay, self.eps = decay, eps

    def update_one(self, p, g, state):
        if "h" not in state:
            state["h"] = np.zeros_like(p)
        h = state["h"]
        h *= self.decay
        h += (1 - self.decay) * g * g
        p -= self.lr * g / (np.sqrt(h) + self.eps)


class Adam(Optimizer):
    """Momentum (m) and RMSProp (v) together, with their start-up bias corrected.

    m := β1 m + (1 − β1) g;  v := β2 v + (1 − β2) g²;
    p := p − α m̂ / (√v̂ + ε),  m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t).
    """

    name = "adam"

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def update_one(self, p, g, state):
        if "m" not in state:
            state["m"] = np.zeros_like(p)
            state["v"] = np.zeros_like(p)
        m, v = state["m"], state["v"]
        m *= self.beta1
        m += (1 - self.beta1) * g
        v *= self.beta2
        v += (1 - self.beta2) * g * g
        m_hat = m / (1 - self.beta1 ** self.t)
        v_hat = v / (1 - self.beta2 ** self.t)
        p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


OPTIMIZERS = {cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)}


def make(name, lr=0.01, **settings):
    """A new optimizer by name ('sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam')."""
    if isinstance(name, Optimizer):
        return name
    try:
        cls = OPTIMIZERS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}") from None
    return cls(lr=lr, **settings)
