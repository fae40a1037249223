"""Ready-made architectures, each fitted to the current task's input and output."""
from PySide6.QtCore import QCoreApplication

from engine import SpecError, validate_spec


def _tr(text):
    return QCoreApplication.translate("Presets", text)


# name -> hidden layers (the output layer always follows the task)
PRESETS = {
    "single_neuron": [],
    "one_hidden": [{"units": 8, "activation": "relu"}],
    "deep_narrow": [{"units": 4, "activation": "tanh"} for _ in range(5)],
    "wide": [{"units": 256, "activation": "relu"}],
}


def preset_titles():
    """The user-visible name of every preset, in menu order."""
    return {
        "single_neuron": _tr("A single neuron (logistic regression)"),
        "one_hidden": _tr("One hidden layer (8 ReLU units)"),
        "deep_narrow": _tr("Deep and narrow (5 × 4 tanh units)"),
        "wide": _tr("Wide (256 ReLU units)"),
    }


def preset_spec(name, session):
    """The spec of preset ``name`` for the session's data (KeyError for an unknown name)."""
    hidden = [dict(layer) for layer in PRESETS[name]]
    output = session.task_output_layer()
    if name == "single_neuron" and session.n_classes == 2:
        # Logistic regression: one sigmoid unit saying "class 1" with probability σ(w·x + b).
        output = {"units": 1, "activation": "sigmoid"}
    loss = "cross_entropy" if output["activation"] in ("softmax", "sigmoid") else "squared_error"
    return {"input_size": session.dataset.input_size, "layers": hidden + [output], "loss": loss}


def matching_preset(session):
    """The preset the session's network is exactly (for its data), or None: a custom network."""
    for name in PRESETS:
        try:
            if validate_spec(preset_spec(name, session)) == session.spec:
                return name
        except SpecError:
            continue
    return None
