"""Why a spec was refused, in the user's language and next to the layer at fault."""
from PySide6.QtCore import QCoreApplication

from engine import parameter_count
from engine.spec import BYTES_PER_PARAMETER, MAX_LAYERS, MAX_TRAINING_BYTES, MAX_UNITS


def _tr(text):
    return QCoreApplication.translate("SpecMessages", text)


def explain(error, spec):
    """(layer index or None, translated message) for an engine.SpecError raised by ``spec``."""
    layer = error.layer
    layers = spec.get("layers") if isinstance(spec, dict) else None
    if error.field == "layers" and isinstance(layers, list) and len(layers) > MAX_LAYERS:
        return None, _tr("{0} layers are too many (at most {1})").format(f"{len(layers):,}", MAX_LAYERS)
    if isinstance(layers, list) and layer is not None and 0 <= layer < len(layers) \
            and isinstance(layers[layer], dict):
        entry = layers[layer]
        units = entry.get("units")
        if error.field == "units" and isinstance(units, int) and units < 1:
            return layer, _tr("needs at least 1 unit")
        if error.field == "units" and isinstance(units, int) and units > MAX_UNITS:
            return layer, _tr("{0} units is absurd (at most {1})").format(f"{units:,}", f"{MAX_UNITS:,}")
        if error.field == "activation" and entry.get("activation") == "softmax":
            return layer, _tr("softmax can only be the output layer: it turns the last "
                              "scores into probabilities")
        if error.field == "units":
            try:
                count = parameter_count(spec)
            except (KeyError, TypeError):
                count = 0
            if count * BYTES_PER_PARAMETER > MAX_TRAINING_BYTES:
                return layer, _tr("too big: {0} parameters would need about {1:.1f} GB to train "
                                  "(at most {2:.0f} GB). Make it smaller.").format(
                    f"{count:,}", count * BYTES_PER_PARAMETER / 1024**3, MAX_TRAINING_BYTES / 1024**3)
    return layer, str(error)


def output_warnings(spec, session):
    """Translated warnings about an odd output layer or loss for the session's task."""
    out = spec["layers"][-1]
    act, units, loss = out["activation"], out["units"], spec["loss"]
    n_classes = session.n_classes
    warnings = []
    if not session.output_fits_task(spec):
        if n_classes >= 2:
            warnings.append(_tr("the data has {0} classes but the output has {1} unit(s): "
                                "training cannot work").format(n_classes, units))
        else:
            warnings.append(_tr("the data has {0} target(s) but the output has {1} unit(s): "
                                "training cannot work").format(session.n_targets, units))
    if act == "softmax" and loss == "squared_error":
        warnings.append(_tr("softmax with squared error learns slowly; cross-entropy is the usual pair"))
    if act == "sigmoid" and units > 1 and n_classes > 2:
        warnings.append(_tr("sigmoid scores each class on its own; with {0} classes softmax is "
                            "usual").format(n_classes))
    if loss == "cross_entropy" and act not in ("softmax", "sigmoid"):
        warnings.append(_tr("cross-entropy needs probabilities: use softmax or sigmoid at the output"))
    if n_classes == 0 and act in ("softmax", "sigmoid"):
        warnings.append(_tr("{0} squeezes the output into (0, 1); regression usually uses identity")
                        .format(act))
    return warnings
