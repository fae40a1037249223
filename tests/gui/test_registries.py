"""One registry each for the names of optimizers, activations, losses, toy sets, stepper presets,
network presets and picture samples: the lesson file and the GUI use exactly those names."""
import json

import pytest

from engine import descent, losses, objectives, optimizers
from engine.data.samples import SAMPLES
from engine.data.toy import TOY_SETS
from engine.presets import NETWORK_PRESETS
from gui.lesson.model import LESSON_FILE, LessonError, parse_lesson

# where each setting of a lesson step takes its names from
LESSON_NAMES = {
    ("stepper", "preset"): set(objectives.PRESETS),
    ("stepper", "method"): set(descent.METHODS),   # (older lessons say "gd": tested below)
    ("network", "preset"): set(NETWORK_PRESETS),
    ("network", "data"): set(TOY_SETS),
    ("training", "data"): {"quadratic", *TOY_SETS, *SAMPLES},
    ("training", "network"): set(NETWORK_PRESETS),
    ("training", "optimizer"): set(optimizers.OPTIMIZERS),
    ("pictures", "sample"): set(SAMPLES),
}


def test_every_name_the_lesson_uses_is_in_a_registry():
    steps = json.loads(LESSON_FILE.read_text(encoding="utf-8"))["steps"]
    used = 0
    for number, step in enumerate(steps, 1):
        for key, value in step.get("settings", {}).items():
            names = LESSON_NAMES.get((step["tool"], key))
            if names is not None:
                assert value in names, f"step {number} ({step['id']}): {key} {value!r} is in no registry"
                used += 1
    assert used >= 15      # the walk above did look at the lesson's presets, data and optimizers


def _lesson(tool, settings):
    step = {"id": "a", "title": {"en": "A", "ja": "A"}, "text": {"en": "A", "ja": "A"},
            "tool": tool, "settings": settings}
    return {"format": 1, "title": {"en": "T", "ja": "T"}, "steps": [step]}


@pytest.mark.parametrize("tool, key", sorted(LESSON_NAMES))
def test_a_lesson_may_use_every_registered_name_and_no_other(tool, key):
    for name in LESSON_NAMES[(tool, key)]:
        parse_lesson(_lesson(tool, {key: name}))
    with pytest.raises(LessonError, match=key):
        parse_lesson(_lesson(tool, {key: "no_such_name"}))


def test_the_builder_offers_every_network_preset_and_loss(qtbot):
    from gui.builder.task_panel import TaskPanel
    from gui.session import Session
    panel = TaskPanel(Session())
    qtbot.addWidget(panel)
    assert [panel.preset.itemData(i) for i in range(1, panel.preset.count())] == list(NETWORK_PRESETS)
    assert [panel.loss.itemData(i) for i in range(panel.loss.count())] == list(losses.LOSSES)


def test_the_stepper_offers_every_function(qapp):
    from gui.stepper.texts import preset_titles
    assert set(preset_titles()) == set(objectives.PRESETS) | {"formula"}


def test_the_dashboard_offers_every_optimizer_and_toy_set(qtbot):
    from gui.dashboard.data_panel import DataPanel
    from gui.dashboard.model import DashboardModel
    from gui.dashboard.settings_panel import SettingsPanel
    model = DashboardModel()
    settings, data = SettingsPanel(model), DataPanel(model)
    qtbot.addWidget(settings)
    qtbot.addWidget(data)
    assert [settings.optimizer.itemData(i) for i in range(settings.optimizer.count())] == list(optimizers.OPTIMIZERS)
    assert [data.kind.itemData(i) for i in range(len(TOY_SETS))] == list(TOY_SETS)


# -- one name for the plain gradient method: "sgd"; files that say "gd" (written before) keep opening --
OLD_STEPPER_PART = {"function": {"preset": "zigzag", "settings": {}}, "lr": 0.1, "start": [-4.0, 1.5],
                    "method": "gd", "hyper": {"gd": {}, "momentum": {"momentum": 0.5}}, "compare": ["gd", "adam"],
                    "substeps": 3, "path": []}


def test_a_session_whose_stepper_says_gd_opens_with_the_gradient_method(qtbot):
    from gui.persistence.tool_states import restore_stepper, save_stepper
    from gui.stepper.tool import StepperTool
    tool = StepperTool()
    qtbot.addWidget(tool)
    restore_stepper(tool, OLD_STEPPER_PART)
    assert tool.model.method == "sgd" and tool.model.compare == ["sgd", "adam"]
    assert tool.optimizer_panel.method.currentText() == "Gradient descent"
    assert tool.model.hyper["momentum"] == {"momentum": 0.5}
    saved = save_stepper(tool)                     # written from now on: "sgd" only
    assert saved["method"] == "sgd" and "gd" not in saved["hyper"] and saved["compare"] == ["sgd", "adam"]


def test_a_lesson_step_that_says_gd_still_opens_and_runs_the_gradient_method():
    lesson = parse_lesson(_lesson("stepper", {"preset": "square", "method": "gd"}))
    assert descent.method_name(lesson.steps[0].settings["method"]) == "sgd"
    path = descent.run("square", x0=[2.0], lr=0.2, steps=2, method="gd")
    assert path.points[:, 0].tolist() == pytest.approx([2.0, 1.2, 0.72])


def test_the_stepper_method_names_are_the_optimizer_registry(qapp):
    from gui.stepper.model import HYPERPARAMETERS
    from gui.stepper.texts import method_titles
    assert list(descent.METHODS) == list(optimizers.OPTIMIZERS) == list(HYPERPARAMETERS) == list(method_titles())
    assert method_titles()["sgd"] == "Gradient descent"
