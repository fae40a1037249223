"""A deep network: affine layers and activations composed, f_Θ(x) = f_L(… f_2(f_1(x))).

Lecture items 6–7 and 15. ``params`` holds Θ (``W1``, ``b1``, ``W2``, ...) and
``loss_and_gradients`` returns the gradient of the loss with respect to every one of them,
under the same keys, computed by backpropagation (the chain rule, layer by layer, backwards).
"""
import json
import os

import numpy as np

from . import activations, npz, safe_files, spec as spec_module
from .layers import Affine
from .losses import CrossEntropy, SigmoidCrossEntropy, SoftmaxCrossEntropy, SquaredError, targets


class Network:
    """A multi-layer perceptron built from a spec (see ``engine.spec``).

    X: (N, input_size) -> output (N, units of the last layer).
    """

    def __init__(self, spec, params, dtype=np.float32):
        self.spec = spec_module.validate(spec)
        self.dtype = np.dtype(dtype)
        self.params = {k: np.asarray(v, dtype=self.dtype) for k, v in params.items()}
        self.grads = {}
        self.last_output = None
        self.meta = {}          # what a program saved beside the network (Network.save(..., meta))
        self._build()

    @classmethod
    def from_spec(cls, spec, seed=0, dtype=np.float32):
        """A new network with weights drawn from ``seed`` (He for ReLU, Xavier otherwise)."""
        spec = spec_module.validate(spec)
        return cls(spec, initial_params(spec, seed, dtype), dtype)

    def _build(self):
        self.layers = []  # Affine, activation, Affine, activation, ...
        shapes = spec_module.layer_shapes(self.spec)
        for shape in shapes:
            w, b = f"W{shape.index}", f"b{shape.index}"
            expected = {w: (shape.n_in, shape.n_out), b: (shape.n_out,)}
            for key, sh in expected.items():
                if key not in self.params or self.params[key].shape != sh:
                    got = self.params[key].shape if key in self.params else "missing"
                    raise spec_module.SpecError(f"parameter {key} should have shape {sh}, not {got}",
                                                layer=shape.index - 1)
            self.layers.append(Affine(self.params, self.grads, w, b))
            self.layers.append(activations.make(shape.activation))
        # The output activation and the loss work as one "head"; softmax/sigmoid with
        # cross-entropy are fused so that the gradient is (p − t) / N and nothing overflows.
        last = self.spec["layers"][-1]["activation"]
        if self.spec["loss"] == "cross_entropy" and last in ("softmax", "sigmoid"):
            self.head = SoftmaxCrossEntropy() if last == "softmax" else SigmoidCrossEntropy()
            self.body = self.layers[:-1]  # stop before the output activation
            self.fused = True
        else:
            self.fused = False
            self.head = SquaredError() if self.spec["loss"] == "squared_error" else CrossEntropy()
            self.body = self.layers

    # -- sizes -------------------------------------------------------------------------
    @property
    def input_size(self):
        return self.spec["input_size"]

    @property
    def output_size(self):
        return self.spec["layers"][-1]["units"]

    @property
    def parameter_count(self):
        return sum(p.size for p in self.params.values())

    # -- computing ---------------------------------------------------------------------
    def predict(self, X):
        """The network's output for X: (N, input_size) -> (N, output_size)."""
        x = np.asarray(X, dtype=self.dtype)
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def loss(self, X, y):
        """The loss on (X, y) without computing gradients."""
        return self.loss_and_gradients(X, y, with_gradients=False)[0]

    def loss_and_gradients(self, X, y, weight_decay=0.0, with_gradients=True):
        """(loss, grads): the batch-mean loss and ∂loss/∂θ for every θ in ``params``.

        y: (N,) int class labels, or (N, m) / (N,) real targets for regression.
        weight_decay λ adds λ/2 Σ_k |W_k|² to the loss (biases are not decayed).
        """
        x = np.asarray(X, dtype=self.dtype)
        y = np.asarray(y)
        if isinstance(self.head, SoftmaxCrossEntropy) and y.ndim == 1 and y.dtype.kind in "iu":
            t = y  # class indices: the fused head picks out each label's term
        else:
            t = targets(y, self.output_size, self.dtype)
        for layer in self.body:
            x = layer.forward(x)
        loss = self.head.forward(x, t)
        self.last_output = self.head.p if self.fused else x  # what predict(X) would give
        if weight_decay:
            loss += 0.5 * weight_decay * sum(float(np.sum(self.params[k] ** 2)) for k in self._weights())
        if not with_gradients:
            return loss, None
        dout = self.head.backward()
        for i in range(len(self.body) - 1, -1, -1):
            dout = self.body[i].backward(dout, need_dx=False) if i == 0 else self.body[i].backward(dout)
        if weight_decay:
            for k in self._weights():
                self.grads[k] = self.grads[k] + weight_decay * self.params[k]
        return loss, self.grads

    def _weights(self):
        return [k for k in self.params if k.startswith("W")]

    # -- saving ------------------------------------------------------------------------
    def save(self, path, meta=None):
        """Save spec and parameters to an .npz file (no pickle inside). ``meta``: a JSON object
        a program keeps beside the network (the command line: class names, picture size), read
        back as ``Network.load(path).meta``."""
        extra = {} if meta is None else {"__meta__": np.array(json.dumps(meta, ensure_ascii=False))}
        np.savez(path, __spec__=np.array(json.dumps(self.spec)), **extra, **self.params)

    @classmethod
    def load(cls, path):
        """Load a network saved by ``save``; raises ValueError on a file that is not one.

        Refused before any weight is read: a file that is not a regular file, sizes beyond
        what its spec needs, missing or extra arrays, wrong shapes; then weights that are not
        finite floating-point numbers (see ``check_parameters``).
        """
        path = os.fspath(path)
        try:
            opened = safe_files.open_regular_file(path, spec_module.MAX_TRAINING_BYTES)
        except OSError as exc:
            raise ValueError(f"cannot read network file {path}: {exc.strerror or exc}") from None
        with opened, npz.NpzReader(opened, spec_module.MAX_TRAINING_BYTES,
                                   f"cannot read network file {path}") as file:
            if file.shapes.get("__spec__", ((0,), None))[0] != ():
                raise ValueError(f"{path} is not a Gradient Lab network (no spec inside)")
            if file.shapes["__spec__"][1].kind != "U" or file.shapes["__spec__"][1].itemsize > 4 * 2**20:
                raise ValueError(f"{path}: the network description inside is damaged")
            try:
                spec = spec_module.validate(json.loads(str(file.read("__spec__"))))
            except (json.JSONDecodeError, RecursionError, TypeError, KeyError, AttributeError) as exc:
                raise ValueError(f"{path}: the network description inside is damaged") from exc
            check_parameter_shapes(spec, {k: v for k, v in file.shapes.items() if k not in ("__spec__", "__meta__")})
            params = {key: file.read(key) for key in parameter_shapes(spec)}
            meta = _read_meta(file, path) if "__meta__" in file.shapes else {}
        check_finite(params)
        dtype = params["W1"].dtype if params["W1"].dtype in (np.float32, np.float64) else np.float32
        net = cls(spec, params, dtype=dtype)
        net.meta = meta
        return net

    def copy(self):
        return Network(self.spec, {k: v.copy() for k, v in self.params.items()}, self.dtype)


def _read_meta(file, path):
    """The JSON object saved as ``__meta__``, checked as ``__spec__`` is: one text, at most 1 MB."""
    shape, dtype = file.shapes["__meta__"]
    if shape != () or dtype.kind != "U" or dtype.itemsize > 4 * 2**20:
        raise ValueError(f"{path}: the description saved beside the network is damaged")
    try:
        meta = json.loads(str(file.read("__meta__")))
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise ValueError(f"{path}: the description saved beside the network is damaged") from exc
    if not isinstance(meta, dict):
        raise ValueError(f"{path}: the description saved beside the network is damaged")
    return meta


def parameter_shapes(spec):
    """{'W1': (n_in, n_out), 'b1': (n_out,), ...}: the parameters a (validated) spec asks for."""
    shapes = {}
    for shape in spec_module.layer_shapes(spec):
        shapes[f"W{shape.index}"] = (shape.n_in, shape.n_out)
        shapes[f"b{shape.index}"] = (shape.n_out,)
    return shapes


def check_parameter_shapes(spec, found):
    """ValueError unless ``found`` ({key: (shape, dtype)}) holds exactly the parameters of
    ``spec``, each of its shape and of a floating-point type (not integer, boolean, complex)."""
    expected = parameter_shapes(spec)
    if set(found) != set(expected):
        missing, extra = sorted(set(expected) - set(found)), sorted(set(found) - set(expected))
        raise ValueError("the weights do not belong to the network described"
                         + (f" (missing {', '.join(missing)})" if missing else "")
                         + (f" (not part of it: {', '.join(map(str, extra[:5]))})" if extra else ""))
    for key, want in expected.items():
        shape, dtype = found[key]
        if tuple(shape) != want or np.dtype(dtype).kind != "f":
            raise ValueError(f"the weights {key} are damaged (shape {tuple(shape)}, type {np.dtype(dtype)}; "
                             f"expected {want} floating-point numbers)")


def check_finite(params):
    """ValueError if a weight is NaN or infinite (the network of a diverged run)."""
    for key, value in params.items():
        if not np.all(np.isfinite(value)):
            raise ValueError(f"the weights {key} are not all finite numbers (NaN or infinity)")


def initial_params(spec, seed=0, dtype=np.float32):
    """Random starting weights: He (√(2/n_in)) before ReLU, Xavier (√(1/n_in)) otherwise; b = 0."""
    rng = np.random.default_rng(seed)
    params = {}
    for shape in spec_module.layer_shapes(spec):
        kind = spec.get("init", "auto")
        if kind == "auto":
            kind = "he" if shape.activation == "relu" else "xavier"
        scale = np.sqrt((2.0 if kind == "he" else 1.0) / shape.n_in)
        params[f"W{shape.index}"] = (rng.standard_normal((shape.n_in, shape.n_out)) * scale).astype(dtype)
        params[f"b{shape.index}"] = np.zeros(shape.n_out, dtype=dtype)
    return params
