"""The tools' parts of a session file checked, as plain values: no Qt, nothing changed.

``check_tool(key, part)`` raises ValueError, TypeError or KeyError on a damaged part; the
session reader (lab/session_file.py) calls it for every part before anything is opened, and
gui/persistence/tool_states.py puts the checked values into the tools.
"""
import inspect
import math

import numpy as np

from engine import BatchRecord, EpochRecord, TrainingEnded, descent, objectives, optimizers


# Limits a real session never reaches, checked before anything is built (issue 17).
MAX_SUBSTEPS = 12_000        # a Run at the fastest speed (30/s) for 6 minutes; replayed on opening
MAX_REPLAY = 24_000          # sub-steps times the runs compared: at most a few seconds to replay
MAX_RUNS = 1_000
MAX_RECORDS = 2_000_000      # batch and epoch records over all runs
MAX_CLASSES = 1_000          # class names of a data set or a run; the confusion matrix is K × K
MAX_TEXT = 1_000             # characters of a run's name or a class name
MAX_COEFFICIENT = 1e6        # a preset's settings (the quadratic's a, b, c), the start's coordinates
MAX_LR = 1e3


def _finite(value, what, limit=None):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} is not a number")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{what} is not a finite number")
    if limit is not None and abs(value) > limit:
        raise ValueError(f"{what} is beyond {limit:g}")
    return value


def _integer(value, what, lo, hi):
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{what} must be a whole number from {lo} to {hi}")
    return value


def _text(value, what, limit=MAX_TEXT):
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{what} must be text of at most {limit} characters")
    return value


def _list(value, what, limit):
    if not isinstance(value, list) or len(value) > limit:
        raise ValueError(f"{what} must be a list of at most {limit} items")
    return value


def _dict(value, what):
    if not isinstance(value, dict):
        raise ValueError(f"{what} is damaged")
    return value


def optimizer_setting_names(method):
    """The settings an optimizer takes besides α: 'momentum' -> {'momentum'}, 'sgd' -> set()."""
    cls = optimizers.OPTIMIZERS[descent.method_name(method)]
    return {name for name in inspect.signature(cls.__init__).parameters if name not in ("self", "lr")}


def class_names(value, what="the class names"):
    return [_text(name, "a class name") for name in _list(value, what, MAX_CLASSES)]



MAX_SLICE_REPLAY = 2e11     # sub-steps × examples × parameters: about a minute of backward passes


def network_slice(part):
    """The stepper's function when it is a network's loss over two weights (the Loss landscape's
    "Step on it"): the network and data saved with it, checked as the session's own are, and
    the two weights checked against that network (engine.objectives.network_slice)."""
    from . import session_file      # it imports this module: imported when first needed
    part = _dict(part, "the network's slice")
    try:
        net = session_file.decode_network(part.get("network"))
        arrays = session_file.text_to_arrays(part.get("data"), "the slice's data")
    except session_file.SessionFileError as exc:
        raise ValueError(f"the slice's network or data: {exc.message}") from None
    if set(arrays) != {"X", "y"}:
        raise ValueError("the slice's data is damaged (X and y expected)")
    weights = _list(part.get("weights"), "the slice's weights", 2)
    if len(weights) != 2:
        raise ValueError("a slice needs two weights")
    span = _finite(part.get("span"), "the slice's span", MAX_COEFFICIENT)
    return objectives.network_slice(net, arrays["X"], arrays["y"], *weights, span=span)


def parse_stepper(state):
    """The stepper's part checked, as plain values (no Qt): raises ValueError if damaged."""
    state = _dict(state, "the stepper's part")
    function = _dict(state.get("function"), "the stepper's function")
    if "network_slice" in function:
        objective = network_slice(function["network_slice"])
    elif "formula" in function:
        variables = function.get("variables")
        if variables is not None:
            variables = tuple(_list(variables, "the variables", 2)) or None
        objective = objectives.from_formula(_text(function["formula"], "the formula"), variables)
    else:
        name = function.get("preset")
        if name not in objectives.PRESETS:
            raise ValueError(f"unknown function {name!r}")
        settings = _dict(function.get("settings") or {}, "the function's settings")
        try:
            objective = objectives.preset(name, **{
                str(k): _finite(v, k, MAX_COEFFICIENT) for k, v in settings.items()})
        except TypeError as exc:
            raise ValueError(f"the function's settings are damaged: {exc}") from None
    start = [_finite(v, "start", MAX_COEFFICIENT) for v in _list(state.get("start"), "the start", 2)]
    if len(start) != objective.dim:
        raise ValueError("the start point does not fit the function")
    lr = _finite(state.get("lr"), "learning rate", MAX_LR)
    if lr <= 0:
        raise ValueError("the learning rate must be positive")
    methods = list(descent.METHODS)
    method = descent.method_name(state.get("method", "sgd"))   # files before 2026-11 say 'gd'
    if method not in methods:
        raise ValueError(f"unknown method {method!r}")
    hyper = {}
    for name, settings in _dict(state.get("hyper") or {}, "the methods' settings").items():
        name = descent.method_name(name)
        if name not in methods:
            raise ValueError(f"unknown method {name!r}")
        known = optimizer_setting_names(name)
        hyper[name] = {}
        for key, value in _dict(settings, f"the settings of {name}").items():
            if key not in known:
                raise ValueError(f"unknown setting {key!r} of {name}")
            hyper[name][key] = _finite(value, key, MAX_COEFFICIENT)
    compare = []
    for name in _list(state.get("compare") or [], "the compared methods", len(methods)):
        name = descent.method_name(name)
        if name not in methods:
            raise ValueError(f"unknown method {name!r}")
        if name not in compare:
            compare.append(name)
    substeps = _integer(state.get("substeps", 0), "the number of sub-steps", 0, MAX_SUBSTEPS)
    runs = len({method, *compare})
    if substeps * runs > MAX_REPLAY:
        raise ValueError(f"{substeps} sub-steps of {runs} methods are more than a session holds")
    if objective.key == "network" and \
            substeps * runs * len(objective.X) * objective.net.parameter_count > MAX_SLICE_REPLAY:
        raise ValueError(f"{substeps} sub-steps on this network would take too long to replay")
    _list(state.get("path") or [], "the path", MAX_SUBSTEPS + 1)
    return {"objective": objective, "start": start, "lr": lr, "method": method, "hyper": hyper,
            "compare": compare, "substeps": substeps}



_NUMBER, _MAYBE, _COUNT, _POSITIVE, _TEXT = "number", "number or None", "count", "positive", "text"
RECORD_FIELDS = {   # what each field of a history record must be (a loss may be NaN: a diverged run)
    BatchRecord: {"epoch": _POSITIVE, "batch": _POSITIVE, "batches_per_epoch": _POSITIVE,
                  "step": _COUNT, "loss": _NUMBER, "accuracy": _MAYBE, "samples_per_second": _NUMBER},
    EpochRecord: {"epoch": _POSITIVE, "loss": _NUMBER, "accuracy": _MAYBE, "val_loss": _MAYBE,
                  "val_accuracy": _MAYBE, "seconds": _NUMBER},
    TrainingEnded: {"reason": _TEXT, "message": _TEXT, "epoch": _COUNT, "batch": _COUNT},
}
ENDINGS = ("completed", "stopped", "diverged")


def _field(kind, value, what):
    if kind == _TEXT:
        return _text(value, what)
    if kind in (_COUNT, _POSITIVE):
        return _integer(value, what, 1 if kind == _POSITIVE else 0, 10 ** 12)
    if value is None and kind == _MAYBE:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} is not a number")
    return float(value)


def _records_from_json(cls, items):
    fields = RECORD_FIELDS[cls]
    records = []
    for item in items:
        if not isinstance(item, dict) or set(item) != set(fields):
            raise ValueError(f"a {cls.__name__} in the history is damaged")
        records.append(cls(**{k: _field(kind, item[k], f"{cls.__name__}.{k}") for k, kind in fields.items()}))
    if cls is TrainingEnded and records[0].reason not in ENDINGS:
        raise ValueError("the end of a run is damaged")
    return records


def _plain_dict(value, what):
    """A run's settings: at most 50 names with plain JSON values (numbers, text, flags)."""
    value = _dict(value, what)
    if len(value) > 50:
        raise ValueError(f"{what} are damaged")
    for key, item in value.items():
        if isinstance(item, dict):
            _plain_dict(item, what)
        elif not (item is None or isinstance(item, (bool, int, float)) or
                  isinstance(item, str) and len(item) <= MAX_TEXT):
            raise ValueError(f"{what} are damaged")
    return value


def _run_settings(settings):
    """A run's settings as it was started: what the dashboard reads from them is checked."""
    settings = _plain_dict(settings, "a run's settings")
    return dict(settings, **training_settings(settings, required=("optimizer", "lr", "batch_size", "epochs")))


def _confusion(part, n_classes):
    part = _dict(part, "the confusion matrix")
    rows = _list(part.get("matrix"), "the confusion matrix", MAX_CLASSES)
    if len(rows) != n_classes or not all(isinstance(r, list) and len(r) == n_classes for r in rows):
        raise ValueError("the confusion matrix does not fit the classes")
    predicted = _list(part.get("predicted"), "the predictions", 10 ** 7)
    for value in (v for r in rows for v in r):
        _integer(value, "a count of the confusion matrix", 0, 10 ** 12)
    for value in predicted:
        _integer(value, "a predicted class", 0, n_classes - 1)
    return (_integer(part.get("epoch"), "the epoch", 0, 10 ** 12),
            np.array(rows, dtype=np.int64).reshape(n_classes, n_classes),
            np.array(predicted, dtype=np.int64))


# The dashboard's settings, in the ranges of its controls (gui/dashboard/settings_panel.py).
SETTING_RANGES = {"batch_size": (1, 100_000), "epochs": (1, 1_000_000), "seed": (0, 2 ** 31 - 1)}
FRACTION_RANGES = {"validation_fraction": (0.0, 0.9), "weight_decay": (0.0, 10.0)}


def parse_dashboard(state):
    """The dashboard's part checked, as plain runs and settings (no Qt): ValueError if damaged."""
    state = _dict(state, "the training part")
    items = _list(state.get("runs", []), "the runs", MAX_RUNS)
    total = sum(len(i.get("batches") or ()) + len(i.get("epochs") or ()) for i in items if isinstance(i, dict))
    if total > MAX_RECORDS:
        raise ValueError(f"the runs hold {total} records, more than {MAX_RECORDS}")
    runs = []
    for number, item in enumerate(items, start=1):
        item = _dict(item, "a run")
        kind = item.get("kind")
        if kind not in ("classification", "regression"):
            raise ValueError(f"a run of unknown kind {kind!r}")
        names = class_names(item.get("class_names", []), "a run's class names")
        run = {"number": number, "name": _text(item.get("name"), "a run's name"),
               "settings": _run_settings(item.get("settings")), "kind": kind,
               "class_names": names, "visible": item.get("visible", True), "confusion": None,
               "quadratic_model": item.get("quadratic_model", False)}
        if not isinstance(run["visible"], bool) or not isinstance(run["quadratic_model"], bool):
            raise ValueError("a run's visibility or model is damaged")
        records = _records_from_json(BatchRecord, _list(item.get("batches", []), "a history", MAX_RECORDS))
        records += _records_from_json(EpochRecord, _list(item.get("epochs", []), "a history", MAX_RECORDS))
        if item.get("ended") is not None:
            records += _records_from_json(TrainingEnded, [item["ended"]])
        run["records"] = records
        if item.get("confusion"):
            run["confusion"] = _confusion(item["confusion"], len(names))
        runs.append(run)
    return {"runs": runs, "settings": training_settings(state.get("settings") or {}),
            "pace": None if state.get("pace") is None else _finite(state["pace"], "the pause after each step", 10),
            "model": _model_kind(state.get("model")), "quadratic_model": _coefficients(state.get("quadratic_model"))}


MODEL_KINDS = ("network", "quadratic")   # what learns in the training tab


def _model_kind(value):
    if value is not None and value not in MODEL_KINDS:
        raise ValueError(f"unknown model {str(value)[:40]!r} (network or quadratic)")
    return value


def _coefficients(value):
    """The quadratic model's a, b, c (NaN or infinite after a run that diverged, as it was)."""
    if value is None:
        return None
    value = _list(value, "the quadratic model's a, b, c", 3)
    if len(value) != 3 or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value):
        raise ValueError("the quadratic model's a, b, c are not three numbers")
    return [float(v) for v in value]


def training_settings(settings, required=()):
    """The dashboard's settings that a session sets, checked: optimizer, lr and the rest."""
    settings = _dict(settings, "the training settings")
    missing = [key for key in required if key not in settings]
    if missing:
        raise ValueError(f"the settings lack {', '.join(missing)}")
    checked = {}
    if "optimizer" in settings:
        if settings["optimizer"] not in optimizers.OPTIMIZERS:
            raise ValueError(f"unknown optimizer {settings['optimizer']!r}")
        checked["optimizer"] = settings["optimizer"]
    if "lr" in settings:
        checked["lr"] = _finite(settings["lr"], "learning rate", MAX_LR)
        if checked["lr"] <= 0:
            raise ValueError("the learning rate must be positive")
    for key, (lo, hi) in SETTING_RANGES.items():
        if settings.get(key) is not None:
            checked[key] = _integer(settings[key], key, lo, hi)
    for key, (lo, hi) in FRACTION_RANGES.items():
        if settings.get(key) is not None:
            checked[key] = _finite(settings[key], key)
            if not lo <= checked[key] <= hi:
                raise ValueError(f"{key} must be from {lo:g} to {hi:g}")
    return checked


MAX_PICTURES = 10 ** 7


def parse_pictures(state):
    """The pictures tool's part: the picture shown (a row of the data set, or None)."""
    state = _dict(state, "the pictures part")
    shown = state.get("shown")
    return {"shown": None if shown is None else _integer(shown, "the picture shown", 0, MAX_PICTURES)}


PARSERS = {"stepper": parse_stepper, "training": parse_dashboard, "pictures": parse_pictures}


def check_tool(key, state):
    """Check a tool's part without changing anything (ValueError, TypeError or KeyError)."""
    if key in PARSERS:
        PARSERS[key](state)
