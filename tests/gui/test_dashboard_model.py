"""The dashboard's model and its views: changing the model updates each panel, the user's edits
reach the model, a session round-trips through it, and data sets say where they came from."""
import pytest
from PySide6.QtCore import Qt

from gui.dashboard.data_panel import DataPanel
from gui.dashboard.model import (NETWORK_MODEL, QUADRATIC, QUADRATIC_MODEL, SESSION, DashboardModel, DataChoice,
                                 TrainingSetup)
from gui.dashboard.runs_panel import RunsPanel
from gui.dashboard.settings_panel import SettingsPanel


@pytest.fixture
def model(app):
    return DashboardModel()


@pytest.fixture
def tool(app, qtbot):
    from gui.dashboard import DashboardTool
    from gui.session import Session
    widget = DashboardTool(Session())
    qtbot.addWidget(widget)
    yield widget
    widget.controller.finish_now()


def test_changing_the_setup_updates_the_settings_panel(model, qtbot):
    panel = SettingsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    model.set_setup(optimizer="momentum", lr=0.5, batch_size=32, epochs=7, seed=3, validation_fraction=0.3,
                    weight_decay=0.001, continue_weights=True, pace=0.1)
    assert panel.optimizer.currentData() == "momentum" and panel.momentum.isVisible()
    assert panel.lr_edit.text() == "0.5" and panel.batch_size.value() == 32 and panel.epochs.value() == 7
    assert panel.seed.value() == 3 and panel.validation.value() == pytest.approx(0.3)
    assert panel.weight_decay.value() == pytest.approx(0.001) and panel.continue_weights.isChecked()
    assert panel.pace.currentText() == "pause 0.1 s after each step"
    model.set_setup(optimizer="adam")
    assert not panel.momentum.isVisible()


def test_the_users_edits_in_the_settings_panel_reach_the_model(model, qtbot):
    panel = SettingsPanel(model)
    qtbot.addWidget(panel)
    panel.epochs.setValue(9)
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("rmsprop"))
    panel.lr_edit.setText("0.004")
    panel.lr_edit.editingFinished.emit()
    panel.pace.setCurrentIndex(2)
    assert model.setup == TrainingSetup(optimizer="rmsprop", lr=0.004, epochs=9, pace=0.05)
    assert model.setup.settings()["optimizer_settings"] == {}


def test_a_setup_out_of_range_is_kept_within_the_controls_and_a_bad_one_refused(model):
    model.set_setup(batch_size=0, validation_fraction=0.95, pace=0.07)
    assert (model.setup.batch_size, model.setup.validation_fraction, model.setup.pace) == (1, 0.9, 0.05)
    for bad in ({"lr": -1.0}, {"lr": float("nan")}, {"optimizer": "newton"}):
        with pytest.raises(ValueError):
            model.set_setup(**bad)
    assert model.setup.lr == 0.03 and model.setup.optimizer == "sgd"    # unchanged


def test_changing_the_data_choice_updates_the_data_panel(model, qtbot):
    panel = DataPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    model.set_data(DataChoice(QUADRATIC, 60, 0.2, 4, (1.0, 0.5, -2.0)))
    model.set_model_kind(QUADRATIC_MODEL)
    assert panel.kind.currentData() == QUADRATIC and panel.n.value() == 60 and panel.data_seed.value() == 4
    assert [b.value() for b in panel.coefficients] == [1.0, 0.5, -2.0] and panel.coefficients[0].isVisible()
    assert panel.model_box.currentData() == QUADRATIC_MODEL
    model.set_data(DataChoice("moons"))          # only the quadratic's points have a quadratic model
    assert model.model_kind == NETWORK_MODEL and panel.model_box.currentData() == NETWORK_MODEL
    assert not panel.coefficients[0].isVisible() and panel.n.isVisible()
    model.set_data(DataChoice(SESSION))
    assert not panel.n.isVisible()


def test_the_users_data_choice_reaches_the_model(model, qtbot):
    panel = DataPanel(model)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(model.data_changed, timeout=1000):
        panel.kind.setCurrentIndex(panel.kind.findData("spiral"))
    panel.noise.setValue(0.3)
    assert model.data.kind == "spiral" and model.data.noise == pytest.approx(0.3)


def test_changing_the_runs_updates_the_runs_panel_and_back(model, qtbot):
    panel = RunsPanel(model)
    qtbot.addWidget(panel)
    first = model.add_run(lambda n: f"run {n}", {"epochs": 1}, "classification")
    second = model.add_run(lambda n: f"run {n}", {"epochs": 1}, "classification")
    assert panel.list.count() == 2 and panel.list.item(1).text() == "run 2"
    model.rename_run(second, "fast")
    model.set_run_visible(first, False)
    assert panel.list.item(1).text() == "fast"
    assert panel.list.item(0).checkState() == Qt.CheckState.Unchecked
    panel.list.item(0).setCheckState(Qt.CheckState.Checked)          # the user ticks it again
    assert first.visible
    model.delete_run(first)
    assert panel.list.count() == 1 and panel.list.item(0).text() == "fast"


def test_a_session_round_trips_through_the_model_and_numbering_goes_on(tool, qtbot, app):
    from gui.persistence.tool_states import restore_dashboard, save_dashboard
    from gui.session import Session
    tool.set_toy_dataset("blobs", n=60)
    tool.set_settings(epochs=2, batch_size=20, seed=4)
    tool.set_optimizer("adam")
    tool.set_learning_rate(0.02)
    for _ in range(2):
        tool.start()
        qtbot.waitUntil(lambda: not tool.controller.is_active(), timeout=20_000)
    saved = save_dashboard(tool)

    from gui.dashboard import DashboardTool
    other = DashboardTool(Session())
    qtbot.addWidget(other)
    restore_dashboard(other, saved)
    assert other.model.setup.settings() == dict(tool.model.setup.settings())
    assert [r.name for r in other.model.runs] == [r.name for r in tool.model.runs]
    assert other.runs_panel.list.count() == 2                      # the view follows the model
    other.set_settings(epochs=1)
    other.start()
    qtbot.waitUntil(lambda: not other.controller.is_active(), timeout=20_000)
    assert other.model.runs[-1].name.startswith("run 3:")
    other.controller.finish_now()


def test_data_made_by_the_dashboard_says_where_it_came_from(tool):
    from gui.persistence.tool_states import parse_dashboard  # noqa: F401 - the session part stays Qt-free
    tool.set_toy_dataset("moons", n=120, noise=0.2, seed=3)
    assert tool.session.dataset.source == {"kind": "toy", "name": "moons", "n": 120, "noise": 0.2, "seed": 3}
    tool.set_quadratic_data(1.0, 0.0, -1.0, noise=0.0, n=30, seed=2)
    assert tool.session.dataset.source == {"kind": "quadratic", "a": 1.0, "b": 0.0, "c": -1.0,
                                           "n": 30, "noise": 0.0, "seed": 2}


def test_a_new_dashboard_shows_the_session_data_it_came_from(tool):
    assert tool.model.data == DataChoice("xor", 200, 0.05, 0)       # the session's XOR
    assert tool.data_panel.kind.currentData() == "xor"
