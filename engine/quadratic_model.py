"""The lecture's parametric model f_Θ(x) = a x² + b x + c, Θ = {a, b, c} (lecture item 3).

Changing a, b and c changes the curve's shape; training moves them so that the squared
error between the curve and the data points becomes small (items 5, 8, 9 and 15). The model
speaks the same language as ``Network`` (``params``, ``predict``, ``loss_and_gradients``,
``last_output``, ``input_size``, ``output_size``, ``dtype``), so the engine's optimizers and
``Trainer`` train it unchanged.
"""
import numpy as np


class QuadraticModel:
    """f_Θ(x) = a x² + b x + c.  X: (N, 1) -> (N, 1)."""

    input_size = 1
    output_size = 1

    def __init__(self, a=0.0, b=0.0, c=0.0, dtype=np.float64):
        self.dtype = np.dtype(dtype)
        # each parameter is a (1,) array so that optimizers can update it in place
        self.params = {k: np.array([v], dtype=self.dtype) for k, v in (("a", a), ("b", b), ("c", c))}
        self.grads = {}
        self.last_output = None

    @property
    def coefficients(self):
        """(a, b, c) as plain floats."""
        return tuple(float(self.params[k][0]) for k in "abc")

    def predict(self, X):
        """ŷ = a x² + b x + c for every row of X: (N, 1) -> (N, 1)."""
        x = np.asarray(X, dtype=self.dtype).reshape(-1, 1)
        a, b, c = (self.params[k][0] for k in "abc")
        return a * x * x + b * x + c

    def loss(self, X, y):
        return self.loss_and_gradients(X, y, with_gradients=False)[0]

    def loss_and_gradients(self, X, y, weight_decay=0.0, with_gradients=True):
        """(loss, grads) for the squared error L = 1/N Σ_i 1/2 (ŷ_i − y_i)².

        y: (N,) or (N, 1) real targets. weight_decay λ adds λ/2 (a² + b²) (c, the bias, is
        not decayed, as the network leaves its b vectors alone).
        """
        x = np.asarray(X, dtype=self.dtype).reshape(-1, 1)
        t = np.asarray(y, dtype=self.dtype).reshape(-1, 1)
        n = x.shape[0]
        y_hat = self.predict(x)
        self.last_output = y_hat
        diff = y_hat - t
        loss = 0.5 * float(np.sum(diff * diff)) / n
        if weight_decay:
            loss += 0.5 * weight_decay * float(self.params["a"][0] ** 2 + self.params["b"][0] ** 2)
        if not with_gradients:
            return loss, None
        # ∂L/∂ŷ_i = (ŷ_i − y_i) / N, and ∂ŷ/∂a = x², ∂ŷ/∂b = x, ∂ŷ/∂c = 1, so
        # ∂L/∂a = Σ (ŷ_i − y_i) x_i² / N,  ∂L/∂b = Σ (ŷ_i − y_i) x_i / N,  ∂L/∂c = Σ (ŷ_i − y_i) / N
        dy = diff / n
        self.grads = {
            "a": np.array([np.sum(dy * x * x)], dtype=self.dtype),
            "b": np.array([np.sum(dy * x)], dtype=self.dtype),
            "c": np.array([np.sum(dy)], dtype=self.dtype),
        }
        if weight_decay:
            self.grads["a"] += weight_decay * self.params["a"]
            self.grads["b"] += weight_decay * self.params["b"]
        return loss, self.grads

    def copy(self):
        return QuadraticModel(*self.coefficients, dtype=self.dtype)
