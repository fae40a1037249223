"""Element-wise activation functions, each a layer with ``forward`` and ``backward``.

Lecture item 7: every layer is ``x -> σ(W x + b)``; σ is one of these, applied to each
number on its own. ``forward`` keeps what ``backward`` needs; ``backward(dout)`` returns
``dx = dout * σ'(x)`` (the chain rule, element by element).
"""
import numpy as np


class Identity:
    """σ(x) = x."""

    def forward(self, x):
        return x

    def backward(self, dout):
        # σ'(x) = 1
        return dout


class ReLU:
    """σ(x) = max(0, x)."""

    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x > 0
        return np.maximum(x, 0)

    def backward(self, dout):
        # σ'(x) = 1 where x > 0, else 0
        return dout * self.mask


class Sigmoid:
    """σ(x) = 1 / (1 + exp(-x))."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout):
        # σ'(x) = σ(x) (1 − σ(x))
        return dout * self.out * (1.0 - self.out)


class Tanh:
    """σ(x) = tanh(x)."""

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout):
        # σ'(x) = 1 − tanh(x)^2
        return dout * (1.0 - self.out * self.out)


class Softmax:
    """y_k = exp(x_k) / Σ_j exp(x_j), row by row: turns scores into probabilities.

    Only for the output layer. With cross-entropy the network fuses it into the loss
    (see ``losses.SoftmaxCrossEntropy``); this stand-alone backward is used with squared error.
    """

    def __init__(self):
        self.out = None

    def forward(self, x):
        self.out = softmax(x)
        return self.out

    def backward(self, dout):
        # ∂y_k/∂x_j = y_k (δ_kj − y_j), so dx = y * (dout − Σ_k dout_k y_k)
        y = self.out
        return y * (dout - np.sum(dout * y, axis=1, keepdims=True))


def sigmoid(x):
    """Numerically stable logistic function (no overflow warning for large |x|)."""
    # exp(-|x|) never overflows; pick the algebraically equal form for each sign.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype, copy=False)


def softmax(x):
    """Softmax over the last axis, shifted by the maximum so exp never overflows."""
    z = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


ACTIVATIONS = {
    "identity": Identity,
    "relu": ReLU,
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "softmax": Softmax,
}

HIDDEN_ACTIVATIONS = ("identity", "relu", "sigmoid", "tanh")


def make(name):
    """A new activation layer by name: 'identity', 'relu', 'sigmoid', 'tanh' or 'softmax'."""
    try:
        return ACTIVATIONS[name]()
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}") from None


def function_and_derivative(name, x):
    """σ(x) and σ'(x) for plotting an activation (not for softmax, which mixes its inputs)."""
    x = np.asarray(x, dtype=float)
    layer = make(name)
    y = layer.forward(x)
    return y, layer.backward(np.ones_like(x))
