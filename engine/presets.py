"""Ready-made networks: the builder's presets, by name.

A preset names only the hidden layers; the output layer always follows the task (``spec.output_layer_for``):
one unit per class with softmax, or one identity unit per number to predict.
"""
from .spec import default_loss_for, output_layer_for

# name -> hidden layers, in menu order
NETWORK_PRESETS = {
    "single_neuron": [],
    "one_hidden": [{"units": 8, "activation": "relu"}],
    "deep_narrow": [{"units": 4, "activation": "tanh"} for _ in range(5)],
    "wide": [{"units": 256, "activation": "relu"}],
}


def preset_spec(name, n_inputs, n_classes=0, n_targets=1):
    """The spec of preset ``name`` for a task (KeyError for an unknown name).

    The task as in ``spec.fit_to_task``: ``n_inputs`` numbers in; ``n_classes`` ≥ 2 classes out, or
    (``n_classes`` = 0) ``n_targets`` numbers.
    """
    hidden = [dict(layer) for layer in NETWORK_PRESETS[name]]
    output = output_layer_for(n_classes, n_targets)
    if name == "single_neuron" and n_classes == 2:
        # Logistic regression: one sigmoid unit saying "class 1" with probability σ(w·x + b).
        output = {"units": 1, "activation": "sigmoid"}
    return {"input_size": int(n_inputs), "layers": hidden + [output], "loss": default_loss_for(output["activation"])}
