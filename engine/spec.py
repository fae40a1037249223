"""The network spec: a plain, JSON-serialisable description of a network.

    {"input_size": 2,
     "layers": [{"units": 8, "activation": "relu"},
                {"units": 2, "activation": "softmax"}],
     "loss": "cross_entropy"}

Layer k of the list is ``h_k = σ_k(h_{k−1} W_k + b_k)``; its parameters are ``W{k}``, ``b{k}``
(k from 1). ``validate(spec)`` raises ``SpecError`` naming the offending layer.
"""
import copy
from dataclasses import dataclass

from .activations import ACTIVATIONS
from .losses import LOSSES

# A network is refused when training it would need more memory than this: parameters,
# gradients and up to two optimizer moments, in float32 (4 arrays × 4 bytes each).
MAX_TRAINING_BYTES = 2 * 1024**3
BYTES_PER_PARAMETER = 4 * 4
MAX_UNITS = 1_000_000
MAX_LAYERS = 100   # far deeper than anything trained here; the builder draws every layer


class SpecError(ValueError):
    """An invalid spec. ``layer`` is the 0-based index of the offending layer, or None."""

    def __init__(self, message, layer=None, field=None):
        super().__init__(message)
        self.layer = layer
        self.field = field


@dataclass(frozen=True)
class LayerShape:
    """Shapes of one layer, for display: 'W2: 64×8', 'b2: 8'."""
    index: int            # 1-based, as in W1, b1
    n_in: int
    n_out: int
    activation: str

    @property
    def parameter_count(self):
        return self.n_in * self.n_out + self.n_out


def _is_whole(value):
    return isinstance(value, int) and not isinstance(value, bool)


def validate(spec):
    """Check a spec; return a normalised deep copy. Raise SpecError with a clear message."""
    if not isinstance(spec, dict):
        raise SpecError("a network spec must be a JSON object with input_size, layers and loss")
    spec = copy.deepcopy(spec)
    n_in = spec.get("input_size")
    if not _is_whole(n_in) or n_in < 1:
        raise SpecError(f"input_size must be a whole number of at least 1, not {n_in!r}", field="input_size")
    if n_in > MAX_UNITS:
        raise SpecError(f"input_size {n_in} is absurdly large (at most {MAX_UNITS})", field="input_size")
    layers = spec.get("layers")
    if not isinstance(layers, list) or not layers:
        raise SpecError("a network needs at least one layer", field="layers")
    if len(layers) > MAX_LAYERS:
        raise SpecError(f"{len(layers):,} layers are too many (at most {MAX_LAYERS})", field="layers")
    for i, layer in enumerate(layers):
        if not isinstance(layer, dict):
            raise SpecError(f"layer {i + 1} must be an object with units and activation", layer=i)
        units = layer.get("units")
        if not _is_whole(units) or units < 1:
            raise SpecError(f"layer {i + 1} needs at least 1 unit, not {units!r}", layer=i, field="units")
        if units > MAX_UNITS:
            raise SpecError(f"layer {i + 1} has an absurd number of units ({units})", layer=i, field="units")
        act = layer.setdefault("activation", "identity")
        if not isinstance(act, str) or act not in ACTIVATIONS:
            raise SpecError(f"layer {i + 1}: unknown activation {act!r} "
                            f"(choose {', '.join(ACTIVATIONS)})", layer=i, field="activation")
        if act == "softmax" and i != len(layers) - 1:
            raise SpecError(f"layer {i + 1}: softmax can only be the output layer", layer=i, field="activation")
        unknown = set(layer) - {"units", "activation"}
        if unknown:
            raise SpecError(f"layer {i + 1}: unknown field(s) {', '.join(sorted(unknown))}", layer=i)
    loss = spec.setdefault("loss", default_loss_for(layers[-1]["activation"]))
    if not isinstance(loss, str) or loss not in LOSSES:
        raise SpecError(f"unknown loss {loss!r} (choose {', '.join(LOSSES)})", field="loss")
    init = spec.setdefault("init", "auto")
    if not isinstance(init, str) or init not in ("auto", "he", "xavier"):
        raise SpecError(f"unknown initialisation {init!r} (choose auto, he or xavier)", field="init")
    unknown = set(spec) - {"input_size", "layers", "loss", "init"}
    if unknown:
        raise SpecError(f"unknown field(s) in the spec: {', '.join(sorted(unknown))}")
    needed = parameter_count(spec) * BYTES_PER_PARAMETER
    if needed > MAX_TRAINING_BYTES:
        raise SpecError(f"this network has {parameter_count(spec):,} parameters and would need about "
                        f"{needed / 1024**3:.1f} GB of memory to train (at most "
                        f"{MAX_TRAINING_BYTES / 1024**3:.0f} GB): make it smaller",
                        layer=_largest_layer(spec), field="units")
    return spec


def layer_shapes(spec):
    """One LayerShape per layer (spec need not be validated beyond its sizes)."""
    shapes, n_in = [], spec["input_size"]
    for k, layer in enumerate(spec["layers"], start=1):
        shapes.append(LayerShape(k, n_in, layer["units"], layer.get("activation", "identity")))
        n_in = layer["units"]
    return shapes


def parameter_count(spec):
    """Number of learned numbers: Σ_k (n_{k−1} × n_k + n_k)."""
    return sum(s.parameter_count for s in layer_shapes(spec))


def _largest_layer(spec):
    shapes = layer_shapes(spec)
    return max(range(len(shapes)), key=lambda i: shapes[i].parameter_count)


# -- the output layer a task needs --------------------------------------------------------
def output_layer_for(n_classes, n_targets=1):
    """The usual output layer for a task, as a layer dict.

    Classification into n_classes ≥ 2: one unit per class with softmax (probabilities that
    sum to 1). Regression (n_classes == 0) to n_targets numbers: that many identity units.
    """
    if n_classes >= 2:
        return {"units": n_classes, "activation": "softmax"}
    return {"units": max(1, n_targets), "activation": "identity"}


def default_loss_for(output_activation):
    """Cross-entropy after softmax or sigmoid (probabilities), squared error otherwise."""
    return "cross_entropy" if output_activation in ("softmax", "sigmoid") else "squared_error"


def output_fits(layer, n_classes, n_targets=1):
    """Can this output layer be trained on the task at all (are the sizes right)?

    Classification needs one unit per class, or a single unit for two classes (yes/no);
    regression needs one unit per target.
    """
    if n_classes >= 2:
        return layer["units"] == n_classes or (n_classes == 2 and layer["units"] == 1)
    return layer["units"] == max(1, n_targets)


def fit_to_task(spec, n_inputs, n_classes=0, n_targets=1):
    """``spec`` changed as little as possible so that it can learn a task; a validated copy.

    The task: ``n_inputs`` numbers in; ``n_classes`` ≥ 2 classes out, or (``n_classes`` = 0)
    ``n_targets`` numbers (regression). The input size becomes ``n_inputs``; an output layer of
    the wrong size is replaced by the task's (``output_layer_for``) with its default loss; on
    regression the cross-entropy (which needs class labels) becomes the squared error. If the
    new input size makes the network too big to train, the hidden layers are halved until it
    fits. Raises SpecError when no such network exists.
    """
    spec = copy.deepcopy(spec)
    spec["input_size"] = int(n_inputs)
    if not output_fits(spec["layers"][-1], n_classes, n_targets):
        spec["layers"][-1] = output_layer_for(n_classes, n_targets)
        spec["loss"] = default_loss_for(spec["layers"][-1]["activation"])
    elif n_classes < 2 and spec.get("loss") == "cross_entropy":
        spec["loss"] = "squared_error"
    while True:
        try:
            return validate(spec)
        except SpecError as error:
            hidden = spec["layers"][:-1]
            if error.field != "units" or not hidden or all(h["units"] == 1 for h in hidden):
                raise
            for layer in hidden:
                layer["units"] = max(1, layer["units"] // 2)
