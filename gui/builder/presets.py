"""Ready-made architectures (engine.presets), each fitted to the current task's input and output."""
from PySide6.QtCore import QCoreApplication

from engine import SpecError, validate_spec
from engine.presets import NETWORK_PRESETS
from engine.presets import preset_spec as engine_preset_spec


def _tr(text):
    return QCoreApplication.translate("Presets", text)


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
    return engine_preset_spec(name, session.dataset.input_size, session.n_classes, session.n_targets)


def matching_preset(session):
    """The preset the session's network is exactly (for its data), or None: a custom network."""
    for name in NETWORK_PRESETS:
        try:
            if validate_spec(preset_spec(name, session)) == session.spec:
                return name
        except SpecError:
            continue
    return None
