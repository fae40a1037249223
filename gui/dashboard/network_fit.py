"""The smallest change to a network spec that lets it learn a data set."""
import copy

from engine.spec import default_loss_for, output_fits, output_layer_for


def fitted_spec(spec, dataset):
    """``spec`` with the data's input size and, if the old one cannot do, the task's output layer.

    Classification into K classes: K softmax units (or 1 sigmoid unit for 2 classes, kept if
    it is there); regression to m numbers: m identity units with the squared error.
    """
    spec = copy.deepcopy(spec)
    y = dataset.y
    classify = dataset.is_classification
    n_classes = max(dataset.n_classes, int(y.max()) + 1 if len(y) else 0) if classify else 0
    n_targets = 1 if classify or y.ndim == 1 else int(y.shape[1])
    spec["input_size"] = int(dataset.input_size)
    if not output_fits(spec["layers"][-1], n_classes, n_targets):
        spec["layers"][-1] = output_layer_for(n_classes, n_targets)
        spec["loss"] = default_loss_for(spec["layers"][-1]["activation"])
    elif not classify and spec.get("loss") == "cross_entropy":
        spec["loss"] = "squared_error"
    return spec
