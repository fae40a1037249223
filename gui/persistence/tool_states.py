"""Each tool's part of a session: plain JSON values, saved and restored.

A tool may define ``save_state() -> dict`` and ``restore_state(dict)`` itself; otherwise the
adapter registered here for its key is used. ``restore`` may raise ValueError, TypeError or
KeyError on a damaged part: the caller then puts the previous state back.
"""
import dataclasses
import math

import numpy as np

from engine import BatchRecord, EpochRecord, TrainingEnded, objectives


def _finite(value, what):
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{what} is not a finite number")
    return value


# -- the stepper: the function, the settings and the path -------------------------------
def substeps_done(stepper):
    """How many sub-steps brought ``stepper`` to where it is (phase 1 → 2 → 3 → 4 → 2 …)."""
    t, phase = stepper.t, stepper.phase
    return {1: 0, 2: 3 * t + 1, 3: 3 * t - 1, 4: 3 * t}[phase]


def save_stepper(tool):
    model = tool.model
    objective = model.objective
    if objective.key == "formula":
        function = {"formula": objective.formula, "variables": list(objective.variables)}
    else:
        function = {"preset": objective.key, "settings": dict(objective.settings)}
    primary = model.primary
    return {"function": function, "lr": model.lr, "start": list(model.start),
            "method": model.method, "hyper": model.hyper, "compare": list(model.compare),
            "substeps": substeps_done(primary),
            "path": [[float(v) for v in point] for point in primary.points()]}


def restore_stepper(tool, state):
    function = state["function"]
    if "formula" in function:
        objective = objectives.from_formula(str(function["formula"]),
                                            tuple(str(v) for v in function.get("variables") or ()) or None)
    else:
        objective = objectives.preset(str(function["preset"]), **{
            str(k): _finite(v, k) for k, v in (function.get("settings") or {}).items()})
    start = [_finite(v, "start") for v in state["start"]]
    if len(start) != objective.dim:
        raise ValueError("the start point does not fit the function")
    lr = _finite(state["lr"], "learning rate")
    substeps = int(state.get("substeps", 0))
    if not 0 <= substeps <= 300_000:
        raise ValueError("the number of steps is not plausible")
    model = tool.model
    if hasattr(tool, "controls"):
        tool.controls.set_running(False)
    model.set_objective(objective)
    for method, settings in (state.get("hyper") or {}).items():
        if method in model.hyper:
            for name, value in settings.items():
                model.hyper[method][str(name)] = _finite(value, name)
    model.method = str(state.get("method", "gd")) if state.get("method") in model.hyper else "gd"
    model.compare = [m for m in state.get("compare", []) if m in model.hyper]
    model.lr = lr
    model.set_start(start)           # rebuilds the runs and tells the views
    for _ in range(substeps):        # the path is replayed: the engine is deterministic
        if model.primary.stop is not None:
            break
        model.substep()


# -- the training dashboard: settings and the runs' histories ---------------------------
def _record_to_json(record):
    return dataclasses.asdict(record)


def _records_from_json(cls, items):
    fields = {f.name for f in dataclasses.fields(cls)}
    records = []
    for item in items:
        if not isinstance(item, dict) or set(item) != fields:
            raise ValueError(f"a {cls.__name__} in the history is damaged")
        records.append(cls(**item))
    return records


def save_dashboard(tool):
    settings = tool.settings_panel.settings()
    runs = []
    for run in tool.runs:
        history = run.history
        runs.append({"name": run.name, "settings": run.settings, "kind": run.kind,
                     "class_names": list(run.class_names), "visible": bool(run.visible),
                     "batches": [_record_to_json(r) for r in history.batches],
                     "epochs": [_record_to_json(r) for r in history.epochs],
                     "ended": _record_to_json(history.ended) if history.ended else None,
                     "confusion": None if run.confusion is None else {
                         "epoch": int(run.confusion.epoch),
                         "matrix": run.confusion.matrix.astype(int).tolist(),
                         "predicted": run.confusion.predicted.astype(int).tolist()}})
    return {"settings": settings, "runs": runs}


def restore_dashboard(tool, state):
    from ..dashboard.run import Run   # the dashboard's own record of a run
    from ..dashboard.stream import Confusion
    runs = []
    for number, item in enumerate(state.get("runs", []), start=1):
        run = Run(number, str(item["name"]), dict(item["settings"]), str(item["kind"]),
                  [str(c) for c in item.get("class_names", [])])
        run.visible = bool(item.get("visible", True))
        records = _records_from_json(BatchRecord, item.get("batches", []))
        records += _records_from_json(EpochRecord, item.get("epochs", []))
        if item.get("ended") is not None:
            records += _records_from_json(TrainingEnded, [item["ended"]])
        run.add(records)
        if item.get("confusion"):
            part = item["confusion"]
            matrix = np.array(part["matrix"], dtype=np.int64)
            if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
                raise ValueError("the confusion matrix is damaged")
            run.confusion = Confusion(int(part["epoch"]), matrix,
                                      np.array(part["predicted"], dtype=np.int64))
        runs.append(run)
    settings = state.get("settings") or {}
    if tool.controller.is_active():
        tool.controller.finish_now()
    if "optimizer" in settings:
        tool.set_optimizer(str(settings["optimizer"]))
    if "lr" in settings:
        tool.set_learning_rate(_finite(settings["lr"], "learning rate"))
    tool.set_settings(**{k: settings[k] for k in ("batch_size", "epochs", "seed",
                                                     "validation_fraction", "weight_decay")
                         if settings.get(k) is not None})
    tool.runs[:] = runs
    tool._run_number = len(runs)
    tool.controller.run = None
    tool._runs_changed()
    if runs:
        tool.params_panel.show_run(runs[-1])
        if runs[-1].confusion is not None:
            tool.confusion.show_confusion(runs[-1].confusion, runs[-1].class_names)
    else:
        tool.confusion.show_confusion(None, [])


ADAPTERS = {
    "stepper": (save_stepper, restore_stepper),
    "training": (save_dashboard, restore_dashboard),
}


def save_tool(key, tool):
    """The tool's JSON part, or None if it keeps nothing."""
    if hasattr(tool, "save_state"):
        return tool.save_state()
    if key in ADAPTERS:
        return ADAPTERS[key][0](tool)
    return None


def restore_tool(key, tool, state):
    if hasattr(tool, "restore_state"):
        tool.restore_state(state)
    elif key in ADAPTERS:
        ADAPTERS[key][1](tool, state)
