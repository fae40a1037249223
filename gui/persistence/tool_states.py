"""Each tool's part of a session: plain JSON values, saved and restored.

A tool may define ``save_state() -> dict`` and ``restore_state(dict)`` itself; otherwise the
adapter registered here for its key is used. ``restore`` may raise ValueError, TypeError or
KeyError on a damaged part: the caller then puts the previous state back. The parts are
checked by lab/tool_parts.py, which the session reader uses too.
"""
import dataclasses
import os

from lab.tool_parts import check_tool, parse_dashboard, parse_pictures, parse_stepper   # the checks: no Qt

__all__ = ["check_tool", "save_tool", "restore_tool", "replay", "substeps_done"]


# -- the stepper: the function, the settings and the path -------------------------------
def substeps_done(stepper):
    """How many sub-steps brought ``stepper`` to where it is (phase 1 → 2 → 3 → 4 → 2 …)."""
    t, phase = stepper.t, stepper.phase
    return {1: 0, 2: 3 * t + 1, 3: 3 * t - 1, 4: 3 * t}[phase]


_saved_slice = {"objective": None, "part": None}   # a network slice's part, encoded once


def network_slice_part(objective):
    """A network's two-weight slice as its session part: the weights named, the span, and the
    network and data it was made from (its own copy: the session's may have trained on since).
    The slice never changes, so it is encoded once, not at every autosave."""
    if _saved_slice["objective"] is not objective:
        from lab.session_file import arrays_to_text, encode_network
        _saved_slice["part"] = {"weights": [[k, list(i)] for k, i in objective.weights],
                                "span": objective.span, "network": encode_network(objective.net),
                                "data": arrays_to_text({"X": objective.X, "y": objective.y})}
        _saved_slice["objective"] = objective
    return dict(_saved_slice["part"])


def save_stepper(tool):
    model = tool.model
    objective = model.objective
    if objective.key == "network":
        function = {"network_slice": network_slice_part(objective)}
    elif objective.key == "formula":
        function = {"formula": objective.formula, "variables": list(objective.variables)}
    else:
        function = {"preset": objective.key, "settings": dict(objective.settings)}
    primary = model.primary
    return {"function": function, "lr": model.lr, "start": list(model.start),
            "method": model.method, "hyper": model.hyper, "compare": list(model.compare),
            "substeps": substeps_done(primary),
            "path": [[float(v) for v in point] for point in primary.points()]}


def restore_stepper(tool, state):
    parsed = parse_stepper(state)
    model = tool.model
    if hasattr(tool, "controls"):
        tool.controls.set_running(False)
    model.set_objective(parsed["objective"])
    for method, settings in model.hyper.items():   # every setting from the file, else the default
        settings.update(parsed["hyper"].get(method, {}))
    model.method = parsed["method"]
    model.compare = parsed["compare"]
    model.lr = parsed["lr"]
    model.set_start(parsed["start"])           # rebuilds the runs and tells the views
    replay(model, parsed["substeps"])


def replay(model, substeps):
    """Step every run ``substeps`` times (until the main one stops), then tell the views once:
    linear in the length of the path, since nothing is redrawn on the way."""
    primary = model.primary
    done = 0
    while done < substeps and primary.stop is None:
        primary.substep()
        done += 1
    for _, stepper in model.steppers[1:]:
        for _ in range(done):
            stepper.substep()
    if done:
        model.path_changed.emit()


# -- the training dashboard: settings and the runs' histories ---------------------------
def _record_to_json(record):
    return dataclasses.asdict(record)


def save_dashboard(tool):
    model = tool.model
    settings = model.setup.settings()
    runs = []
    for run in model.runs:
        history = run.history
        runs.append({"name": run.name, "settings": run.settings, "kind": run.kind,
                     "class_names": list(run.class_names), "visible": bool(run.visible),
                     "quadratic_model": bool(run.uses_quadratic_model),
                     "batches": [_record_to_json(r) for r in history.batches],
                     "epochs": [_record_to_json(r) for r in history.epochs],
                     "ended": _record_to_json(history.ended) if history.ended else None,
                     "confusion": None if run.confusion is None else {
                         "epoch": int(run.confusion.epoch),
                         "matrix": run.confusion.matrix.astype(int).tolist(),
                         "predicted": run.confusion.predicted.astype(int).tolist()}})
    return {"settings": settings, "pace": model.setup.pace, "model": model.model_kind,
            "quadratic_model": list(model.quadratic_model.coefficients), "runs": runs}


def restore_dashboard(tool, state):
    """The settings, the model that learns and the runs of a session into the dashboard's model
    (its views follow). The data chosen follows the session's data set (Dataset.source)."""
    from engine.quadratic_model import QuadraticModel

    from ..dashboard.run import Run   # the dashboard's own record of a run
    from ..dashboard.stream import Confusion
    parsed = parse_dashboard(state)
    runs = []
    for part in parsed["runs"]:
        run = Run(part["number"], part["name"], part["settings"], part["kind"], part["class_names"],
                  part["quadratic_model"])
        run.visible = part["visible"]
        run.add(part["records"])
        if part["confusion"] is not None:
            run.confusion = Confusion(*part["confusion"])
        runs.append(run)
    model = tool.model
    model.set_setup(**parsed["settings"], **({} if parsed["pace"] is None else {"pace": parsed["pace"]}))
    if parsed["model"] is not None:
        model.set_model_kind(parsed["model"])   # the quadratic model learns only the quadratic's points
    if parsed["quadratic_model"] is not None:
        model.quadratic_model = QuadraticModel(*parsed["quadratic_model"])
        model.model_changed.emit()              # its views draw the curve of the a, b, c saved
    model.replace_runs(runs)


# -- the pictures tool: the session's pictures, read again from their folder ------------------
def save_pictures(tool):
    return {"shown": tool.shown_index}


def restore_pictures(tool, state):
    """The session's pictures (its data set, when they are pictures) shown again: their folder
    read again (Dataset.source), then picture ``shown``; if the folder is gone, the pictures
    the session saved."""
    shown = parse_pictures(state)["shown"]
    dataset = tool.session.dataset
    source = dataset.source or {}
    if source.get("kind") != "pictures":
        return
    if tool.dataset is dataset and tool.job is None:
        tool.show_vector_of(shown or 0)
        return
    if not os.path.isdir(source["folder"]):
        tool.show_saved(dataset)
        tool.show_vector_of(shown or 0)
        return
    job = tool.reopen(source)
    job.finished.connect(lambda _last: tool.show_vector_of(shown or 0) if tool.dataset is dataset else None)


ADAPTERS = {
    "stepper": (save_stepper, restore_stepper),
    "training": (save_dashboard, restore_dashboard),
    "pictures": (save_pictures, restore_pictures),
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
