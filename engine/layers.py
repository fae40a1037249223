"""The affine layer ``y = x W + b``, the learned part of every network layer.

Row convention (as in "Deep Learning from Scratch"): a batch is a matrix whose rows are
examples, ``x: (N, n_in)``, so the lecture's ``W x + b`` for one column vector becomes
``x W + b`` with ``W: (n_in, n_out)``, ``b: (n_out,)``.
"""
import numpy as np


class Affine:
    """y = x W + b.  x: (N, n_in) -> y: (N, n_out).

    ``params`` and ``grads`` are the network's dicts; this layer reads and writes the
    entries under its own keys (``W1``, ``b1``, ...).
    """

    def __init__(self, params, grads, w_key, b_key):
        self.params, self.grads = params, grads
        self.w_key, self.b_key = w_key, b_key
        self.x = None

    def forward(self, x):
        self.x = x
        return x @ self.params[self.w_key] + self.params[self.b_key]

    def backward(self, dout, need_dx=True):
        # ∂L/∂W = xᵀ dout,  ∂L/∂b = Σ_rows dout,  ∂L/∂x = dout Wᵀ
        self.grads[self.w_key] = self.x.T @ dout
        self.grads[self.b_key] = dout.sum(axis=0)
        if need_dx:  # the first layer's dx is not needed for learning: skip a big product
            return dout @ self.params[self.w_key].T
        return None
