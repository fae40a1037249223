"""Loss functions: how far the network's output ŷ is from the teacher y (lecture items 8–9).

Each loss has ``forward(y_hat, t) -> float`` (the mean over the batch) and
``backward() -> dy_hat``. Targets ``t`` are always arrays shaped like the output here;
``targets()`` turns integer class labels into them.
"""
import numpy as np

from .activations import sigmoid, softmax


def targets(y, n_out, dtype):
    """Teacher signals shaped like the output: one-hot rows for integer labels.

    y: (N,) int class indices -> (N, n_out) one-hot (or (N, 1) of 0/1 when n_out == 1);
    y: (N,) or (N, m) real -> (N, m) as it is.
    """
    y = np.asarray(y)
    if y.dtype.kind in "iub" and y.ndim == 1:
        if n_out == 1:
            return y.astype(dtype).reshape(-1, 1)
        t = np.zeros((y.shape[0], n_out), dtype=dtype)
        t[np.arange(y.shape[0]), y] = 1
        return t
    return y.astype(dtype, copy=False).reshape(y.shape[0], -1)


class SquaredError:
    """The lecture's loss: 1/2 Σ_i |y_i − ŷ_i|^2, averaged over the N examples of the batch."""

    def forward(self, y_hat, t):
        self.diff = y_hat - t
        return 0.5 * float((self.diff * self.diff).sum()) / y_hat.shape[0]

    def backward(self):
        # ∂/∂ŷ of 1/2 |ŷ − y|^2 / N  =  (ŷ − y) / N
        return self.diff / self.diff.shape[0]


class CrossEntropy:
    """−Σ_k t_k log ŷ_k, batch mean, for outputs that are already probabilities.

    Used when the output activation is neither softmax nor sigmoid (the fused losses
    below are preferred then); ŷ is clipped away from 0 so log stays finite.
    """

    eps = 1e-7

    def forward(self, y_hat, t):
        self.y_hat, self.t = y_hat, t
        return -float(np.sum(t * np.log(np.clip(y_hat, self.eps, None)))) / y_hat.shape[0]

    def backward(self):
        # ∂/∂ŷ_k = −t_k / ŷ_k / N, and 0 where ŷ_k was clipped (the clipped loss is flat there)
        inside = self.y_hat > self.eps
        return np.where(inside, -self.t / np.where(inside, self.y_hat, 1), 0) / self.t.shape[0]


class SoftmaxCrossEntropy:
    """Softmax followed by cross-entropy, fused. Input: scores z (before softmax).

    loss = −Σ_k t_k log softmax(z)_k, computed as log-sum-exp so it never overflows.
    The gradient is beautifully simple: (softmax(z) − t) / N.
    t: (N, K) target distributions, or (N,) integer classes (then t is one-hot, and only
    the label's term of the sum is non-zero, so we pick it out instead of multiplying).
    """

    def forward(self, z, t):
        self.t = t
        shifted = z - z.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        total = e.sum(axis=1, keepdims=True)
        self.p = e / total
        if t.ndim == 1:  # log p of each row's label: z_label − max − log Σ exp
            self.rows = np.arange(len(t))
            return -float((shifted[self.rows, t] - np.log(total[:, 0])).sum()) / len(t)
        return -float((t * (shifted - np.log(total))).sum()) / z.shape[0]

    def backward(self):
        n = self.t.shape[0]
        if self.t.ndim == 1:
            dz = self.p.copy()
            dz[self.rows, self.t] -= 1
            dz /= n
            return dz
        return (self.p - self.t) / n

    def output(self, z):
        return softmax(z)


class SigmoidCrossEntropy:
    """Sigmoid followed by binary cross-entropy, fused (for one or more yes/no outputs).

    loss = Σ_k [softplus(z_k) − t_k z_k] / N  (= −t log σ(z) − (1 − t) log(1 − σ(z))),
    gradient (σ(z) − t) / N.
    """

    def forward(self, z, t):
        self.t = t
        self.p = sigmoid(z)
        softplus = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
        return float(np.sum(softplus - t * z)) / z.shape[0]

    def backward(self):
        return (self.p - self.t) / self.t.shape[0]

    def output(self, z):
        return sigmoid(z)


LOSSES = ("squared_error", "cross_entropy")
