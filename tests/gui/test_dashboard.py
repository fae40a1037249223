"""The training dashboard: live training in a worker thread, as a user sees it."""
import re
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from engine import Network, evaluate
from engine.data import Dataset
from engine.metrics import read_history_csv, smooth


@pytest.fixture
def tool(app, qtbot):
    from gui.dashboard import DashboardTool
    from gui.session import Session
    session = Session()
    widget = DashboardTool(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.controller.finish_now()


def run_to_end(tool, qtbot, timeout=30_000):
    """Press Start and wait for the job's ``finished`` signal and for its thread to end."""
    tool.start()
    job = tool.controller.job
    assert job is not None and job.is_running()
    with qtbot.waitSignal(job.ended, timeout=timeout):
        pass
    assert not tool.controller.is_running()
    return tool.current_run()


def load_from_the_menu(tool, path, monkeypatch):
    """What a user does: Export / load… → Load a network (.npz)…, and picks ``path``."""
    for ask in ("getOpenFileName", "getSaveFileName"):     # (no dialog stays open if it asks to save)
        monkeypatch.setattr(QFileDialog, ask, lambda *args, **kwargs: (str(path), ""))
    menu = tool.buttons.export_button.menu()
    next(a for a in menu.actions() if a.text() == "Load a network (.npz)…").trigger()


def test_xor_trains_to_full_accuracy_and_the_loss_falls(tool, qtbot):
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_optimizer("adam")
    tool.set_learning_rate(0.03)
    tool.set_settings(batch_size=10, epochs=60, seed=0, validation_fraction=0.0)
    tool.start()
    with qtbot.waitSignal(tool.controller.job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not tool.controller.is_running())
    run = tool.current_run()
    assert run.ended.reason == "completed"
    assert run.history.epochs[-1].loss < run.history.epochs[0].loss / 3
    assert run.history.epochs[-1].accuracy == 1.0
    # the session's network got the trained weights: it classifies every point right
    data = tool.session.dataset
    assert evaluate(tool.session.network, data.X, data.y)[1] == 1.0
    # what the user sees: the full progress bar, the loss curve, a perfect confusion matrix
    assert tool.progress.bar.value() == tool.progress.bar.maximum() == 60 * 20
    raw = tool.loss_panel.line(run, "raw")
    assert len(raw.y) == 60 * 20 and raw.visible
    assert np.trace(tool.confusion.matrix) == 200
    assert "Finished 60 epochs" in tool.last_message and "100.0%" in tool.last_message
    assert tool.buttons.start_button.isEnabled() and tool.buttons.start_button.text() == "Start"


def test_pause_resume_and_stop_keep_a_consistent_history_and_no_thread(tool, qtbot):
    tool.set_toy_dataset("moons", n=400, noise=0.1, seed=0)
    tool.set_settings(batch_size=4, epochs=100_000)
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: len(run.history.batches) > 20, timeout=10_000)
    tool.pause()
    assert not tool.is_training() and tool.buttons.pause_button.text() == "Resume"
    # the job holds its worker between two batches (what that guarantees: test_worker.py)
    assert tool.controller.job.paused
    qtbot.waitUntil(lambda: tool.progress.state == "paused", timeout=5_000)
    assert not tool.settings_panel.batch_size.isEnabled()  # locked, and says why
    assert "stop" in tool.settings_panel.batch_size.toolTip()
    seen = len(run.history.batches)
    tool.resume()
    assert tool.is_training() and not tool.controller.job.paused
    qtbot.waitUntil(lambda: len(run.history.batches) > seen + 20, timeout=10_000)
    tool.stop()
    qtbot.waitUntil(lambda: not tool.controller.is_running(), timeout=10_000)
    assert run.ended.reason == "stopped"
    steps = [b.step for b in run.history.batches]
    assert steps == list(range(1, len(steps) + 1))
    assert "Stopped at epoch" in tool.last_message
    assert tool.settings_panel.batch_size.isEnabled()
    assert tool.buttons.start_button.text() == "Start" and not tool.buttons.stop_button.isEnabled()


def test_a_too_large_learning_rate_is_reported_and_the_history_is_kept(tool, qtbot):
    tool.set_quadratic_data(2, -3, 1, noise=0.1)
    tool.set_optimizer("sgd")
    tool.set_learning_rate(3.0)
    tool.set_settings(batch_size=10, epochs=500, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert run.ended.reason == "diverged"
    assert f"The loss diverged at epoch {run.ended.epoch}: try a smaller learning rate" in tool.last_message
    assert len(run.history.batches) >= 1
    assert len(tool.loss_panel.line(run, "raw").y) == len(run.history.batches)
    # the diverged parameters are not shown as the model's
    assert all(np.isfinite(v) for v in tool.model.quadratic_model.coefficients)


def test_the_quadratic_model_recovers_a_b_c_of_noiseless_data(tool, qtbot):
    tool.set_quadratic_data(2, -3, 1, noise=0.0, n=50)
    assert tool.side.currentWidget() is tool.params_panel
    tool.set_optimizer("sgd")
    tool.set_learning_rate(0.05)
    tool.set_settings(batch_size=50, epochs=2000, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert run.ended.reason == "completed"
    assert tool.model.quadratic_model.coefficients == pytest.approx((2, -3, 1), abs=0.005)
    assert tool.params_panel.values.text() == "f(x) = 2.000 x² − 3.000 x + 1.000"
    a_curve = tool.params_panel.curves["a"].getData()[1]
    assert a_curve[0] < 1 and a_curve[-1] == pytest.approx(2, abs=0.005)  # a moved as it trained
    x, y = tool.regions.curve.getData()
    assert np.allclose(y, 2 * x**2 - 3 * x + 1, atol=0.02)  # the fitted curve is drawn


def test_step_one_batch_then_one_epoch_then_start_drive_one_run(tool, qtbot):
    tool.set_toy_dataset("blobs", n=100, noise=0.3, seed=0)
    tool.set_settings(batch_size=20, epochs=3, validation_fraction=0.0)
    tool.step_batch()
    qtbot.waitUntil(lambda: not tool.controller.is_running(), timeout=10_000)
    run = tool.current_run()
    assert len(run.history.batches) == 1 and run.ended is None
    assert tool.buttons.start_button.text() == "Continue"
    tool.step_epoch()
    qtbot.waitUntil(lambda: not tool.controller.is_running(), timeout=10_000)
    assert len(run.history.batches) == 5 and len(run.history.epochs) == 1
    assert tool.confusion.matrix is not None and tool.confusion.matrix.sum() == 100
    run_to_end(tool, qtbot)
    assert tool.current_run() is run and len(tool.runs) == 1
    assert [b.step for b in run.history.batches] == list(range(1, 16))
    assert run.ended.reason == "completed"


def test_smoothing_slider_draws_the_debiased_moving_average(tool, qtbot):
    tool.set_settings(batch_size=10, epochs=5)
    run = run_to_end(tool, qtbot)
    tool.loss_panel.smoothing.setValue(90)
    losses = np.array([b.loss for b in run.history.batches])
    drawn = tool.loss_panel.line(run, "smooth").y
    assert np.allclose(drawn, smooth(losses, 0.9))
    tool.loss_panel.smoothing.setValue(0)
    assert np.allclose(tool.loss_panel.line(run, "smooth").y, losses)
    assert not tool.loss_panel.line(run, "raw").visible       # at 0 the two lines are one


def test_runs_are_overlaid_and_can_be_hidden_renamed_and_deleted(tool, qtbot):
    tool.set_settings(batch_size=20, epochs=3)
    first = run_to_end(tool, qtbot)
    tool.set_learning_rate(0.3)
    second = run_to_end(tool, qtbot)
    assert tool.runs == [first, second] and first.colour != second.colour
    assert tool.runs_panel.list.count() == 2 and "α = 0.3" in tool.runs_panel.list.item(1).text()
    panel = tool.loss_panel
    finished = panel.items[panel.loss_plot][0]       # the item that paints the finished runs
    assert panel.line(first, "smooth").visible and panel.line(second, "smooth").visible
    assert len(finished.drawings) == 2
    tool.runs_panel.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not first.visible and not panel.line(first, "smooth").visible
    assert len(finished.drawings) == 1
    tool.runs_panel.list.item(1).setText("fast")
    assert second.name == "fast"
    tool.runs_panel.list.item(1).setText("  ")  # an empty name is refused
    assert second.name == "fast" and tool.runs_panel.list.item(1).text() == "fast"
    tool.runs_panel.list.setCurrentRow(0)
    tool.runs_panel.delete_button.click()
    assert tool.runs == [second] and panel.line(first, "smooth") is None
    assert len(finished.drawings) == 1 and panel.line(second, "smooth").visible


def test_exports_csv_plots_and_network_and_loads_it_back(tool, qtbot, tmp_path, monkeypatch):
    tool.set_settings(batch_size=20, epochs=4, validation_fraction=0.25)
    run = run_to_end(tool, qtbot)
    tool.files.export_history_csv(tmp_path / "h.csv")
    back = read_history_csv(tmp_path / "h.csv")
    assert back.batches == run.history.batches and back.epochs == run.history.epochs
    assert back.ended == run.ended and back.epochs[0].val_loss is not None
    for name in ("loss.png", "loss.svg", "regions.png"):
        tool.files.export_plot(tmp_path / name, name.split(".")[0])
        assert (tmp_path / name).stat().st_size > 1000
    assert "<svg" in (tmp_path / "loss.svg").read_text()[:2000]
    tool.files.save_network(tmp_path / "net.npz")
    saved = {k: v.copy() for k, v in tool.session.network.params.items()}
    tool.reset_weights()
    tool.session.reset_weights(seed=99)
    tool.files.load_network(tmp_path / "net.npz")
    assert all(np.array_equal(tool.session.network.params[k], v) for k, v in saved.items())
    (tmp_path / "bad.npz").write_text("not a network")
    load_from_the_menu(tool, tmp_path / "bad.npz", monkeypatch)
    assert "cannot read network file" in tool.last_message and "not a NumPy .npz file" in tool.last_message
    assert all(np.array_equal(tool.session.network.params[k], v) for k, v in saved.items())


def test_clicking_a_confusion_cell_circles_its_points(tool, qtbot):
    tool.set_toy_dataset("circles", n=200, noise=0.2, seed=0)
    tool.set_settings(batch_size=20, epochs=3)
    run_to_end(tool, qtbot)
    matrix = tool.confusion.matrix
    rect = tool.confusion.table.visualItemRect(tool.confusion.table.item(0, 0))
    qtbot.mouseClick(tool.confusion.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(tool.regions.marked.data) == matrix[0, 0] > 0
    assert "circled" in tool.last_message


def test_picture_data_trains_and_a_cell_shows_its_pictures(tool, qtbot):
    rng = np.random.default_rng(0)
    y = np.arange(60) % 2
    X = (rng.random((60, 8, 8)) * 0.3 + y[:, None, None] * 0.6).reshape(60, 64).astype(np.float32)
    tool.session.set_dataset(Dataset(X, y, ["dark", "light"], name="pictures", image_shape=(8, 8)))
    assert tool.session.network.input_size == 64
    assert "no 2-D picture" in tool.regions.message.text() and not tool.regions.isVisible()
    assert tool.data_panel.kind.currentData() == "session"  # data chosen in another tab
    tool.set_settings(batch_size=10, epochs=5)
    run_to_end(tool, qtbot)
    matrix = tool.confusion.matrix
    tool.show_cell(1, 1)
    dialog = tool.output.dialogs[-1]
    assert len(dialog.pictures) == matrix[1, 1] > 0
    dialog.close()


def test_three_spiral_arms_give_the_network_three_outputs(tool):
    tool.set_toy_dataset("spiral3", n=150, noise=0.05, seed=0)
    assert tool.session.network.output_size == 3
    assert tool.regions.image.image is not None  # the untrained network's regions are drawn
    assert tool.regions.image.image.shape[:2] == (80, 80)


def test_closing_mid_run_stops_the_thread_and_keeps_the_history(tool, qtbot):
    tool.set_settings(batch_size=4, epochs=100_000)
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: len(run.history.batches) > 5, timeout=10_000)
    tool.close()
    assert not tool.controller.is_running()
    assert run.ended.reason == "stopped" and len(run.history.batches) > 5


def test_a_learning_rate_that_is_not_a_number_is_refused(tool):
    tool.set_learning_rate(0.01)
    tool.settings_panel.lr_edit.setText("fast")
    tool.settings_panel.lr_edit.editingFinished.emit()
    assert tool.model.setup.lr == 0.01 and tool.settings_panel.lr_edit.text() == "0.01"
    assert "not a positive number" in tool.settings_panel.lr_error.text()
    with pytest.raises(ValueError):
        tool.set_learning_rate(-1)
    tool.settings_panel.lr_slider.setValue(tool.settings_panel.lr_slider.maximum())
    assert tool.model.setup.lr == 10 and tool.settings_panel.lr_edit.text() == "10"


def test_closing_the_main_window_mid_run_leaves_no_thread(window, qtbot):
    tool = window.show_tool("training")
    tool.set_settings(batch_size=4, epochs=100_000)
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: len(run.history.batches) > 5, timeout=10_000)
    weights_seen = []
    window.session.weights_changed.connect(lambda: weights_seen.append(1))
    qtbot.waitUntil(lambda: len(weights_seen) > 0, timeout=5_000)   # the builder's network gets snapshots
    window.close()
    assert not tool.controller.is_running()
    assert run.ended.reason == "stopped"


def test_the_quadratic_models_a_b_c_are_recorded_after_every_step(tool, qtbot):
    tool.set_quadratic_data(2, -3, 1, noise=0.1, n=50)
    tool.set_optimizer("sgd")
    tool.set_learning_rate(0.1)
    tool.set_settings(batch_size=10, epochs=30, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert run.ended.reason == "completed" and len(run.history.batches) == 150
    assert run.param_steps == list(range(0, 151))            # the start, then every step
    steps, a_values = tool.params_panel.curves["a"].getData()
    assert len(a_values) == 151 and a_values[-1] == pytest.approx(tool.model.quadratic_model.coefficients[0])


def test_a_pause_after_each_step_slows_the_run_down_so_the_curve_can_be_watched(tool, qtbot):
    tool.set_quadratic_data(2, -3, 1, noise=0.1, n=50)
    tool.set_settings(batch_size=10, epochs=2, validation_fraction=0.0)    # 10 steps
    tool.set_step_pause(0.1)
    assert tool.settings_panel.pace.currentText() == "pause 0.1 s after each step"
    drawn = []
    tool.controller.records.connect(
        lambda run, records: drawn.extend(r for r in records if getattr(r, "curve", None) is not None))
    started = time.perf_counter()
    run = run_to_end(tool, qtbot)
    assert time.perf_counter() - started >= 10 * 0.1
    assert len(drawn) >= 8                  # the fitted curve was sent after (nearly) every step
    tool.set_step_pause(0)
    assert tool.settings_panel.pace.currentText() == "full speed"


# -- the three accuracies, named; a run that does not learn; the progress line's states ----------
def test_each_accuracy_is_named_in_the_message_run_list_legend_and_confusion_matrix(tool, qtbot):
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_optimizer("adam")
    tool.set_learning_rate(0.03)
    tool.set_settings(batch_size=20, epochs=8, validation_fraction=0.25)
    run = run_to_end(tool, qtbot)
    average, everything, validation = ("training accuracy (average over the epoch)",
                                       "accuracy on all the data (weights at the end of the epoch)",
                                       "validation accuracy")
    last = run.history.epochs[-1]
    message = tool.last_message
    assert f"{average} {last.accuracy:.1%}" in message and f"{validation} {last.val_accuracy:.1%}" in message
    m = tool.confusion.matrix
    assert f"{everything} {np.trace(m) / m.sum():.1%}" in tool.confusion.title.text()
    results = tool.runs_panel.list.item(0).toolTip()     # the run list's tooltip
    assert results.startswith(f"{run.name}, epoch 8: training loss")
    assert all(name in results for name in (average, everything, validation))
    for plot in (tool.loss_panel.acc_plot, tool.loss_panel.loss_plot):   # under "Accuracy", "Loss"
        assert tool.loss_panel.legends[plot].texts() == [
            "training, per batch (smoothed)", "training, average over the epoch", "validation"]
    # the epoch averages are drawn too (dots at the end of each epoch)
    x, y = tool.loss_panel.line(run, "acc_epoch").x, tool.loss_panel.line(run, "acc_epoch").y
    np.testing.assert_allclose(y, [e.accuracy for e in run.history.epochs])


def test_alpha_10_on_the_moons_is_said_not_to_learn_with_a_smaller_alpha_to_try(tool, qtbot):
    tool.set_toy_dataset("moons", n=200, noise=0.1, seed=0)
    tool.set_optimizer("sgd")
    tool.set_learning_rate(10)
    tool.set_settings(batch_size=10, epochs=30, seed=0, validation_fraction=0.2)
    run = run_to_end(tool, qtbot)
    assert run.ended.reason == "completed" and run.trouble == "overshooting"
    assert tool.last_message.startswith("Finished 30 epochs, but the network did not learn: the loss jumps about")
    assert "Try a smaller learning rate α (now 10)" in tool.last_message
    assert tool.progress.state == "not_learning"
    assert tool.progress.text.text() == "Not learning · epoch 30/30 · batch 16/16"
    # a run that learns just finishes
    tool.set_optimizer("adam")
    tool.set_learning_rate(0.03)
    run_to_end(tool, qtbot)
    assert tool.progress.state == "finished" and tool.progress.text.text() == "Finished · 30 epochs"
    assert tool.last_message.startswith("Finished 30 epochs: training loss")


def test_the_progress_line_always_says_the_state_of_the_run(tool, qtbot):
    progress = tool.progress
    assert (progress.state, progress.text.text()) == ("idle", "Idle: press Start to train")
    tool.set_toy_dataset("moons", n=400, noise=0.1, seed=0)
    tool.set_settings(batch_size=4, epochs=100_000)
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: progress.state == "training" and "samples/s" in progress.text.text(), timeout=10_000)
    assert re.fullmatch(r"Training · epoch \d+/100000 · batch \d+/80 · [\d,]+ samples/s · [\d,]+ s left",
                        progress.text.text()), progress.text.text()
    assert " 0 samples/s" not in progress.text.text()
    tool.pause()
    qtbot.waitUntil(lambda: progress.state == "paused", timeout=5_000)
    last = run.history.batches[-1]
    assert progress.text.text() == f"Paused · epoch {last.epoch}/100000 · batch {last.batch}/80"
    tool.resume()
    qtbot.waitUntil(lambda: progress.state == "training", timeout=5_000)
    tool.stop()
    qtbot.waitUntil(lambda: not tool.controller.is_running() and progress.state == "stopped", timeout=10_000)
    last = run.history.batches[-1]
    assert progress.text.text() == f"Stopped · epoch {last.epoch}/100000 · batch {last.batch}/80"  # no "s left"
    tool.step_batch()                                          # a new run, one batch, then it waits
    qtbot.waitUntil(lambda: not tool.controller.is_running() and len(tool.runs) == 2, timeout=10_000)
    assert progress.state == "paused" and progress.text.text() == "Paused · epoch 1/100000 · batch 1/80"
    tool.stop()
    tool.set_settings(epochs=2)
    run_to_end(tool, qtbot)
    assert (progress.state, progress.text.text()) == ("finished", "Finished · 2 epochs")
    assert progress.bar.value() == progress.bar.maximum()
    tool.set_quadratic_data(2, -3, 1, noise=0.1)
    tool.set_optimizer("sgd")
    tool.set_learning_rate(3.0)
    tool.set_settings(batch_size=10, epochs=500, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert progress.state == "diverged"
    assert progress.text.text() == f"Diverged at epoch {run.ended.epoch}, batch {run.ended.batch}: try a smaller α"
    tool.delete_run(run)                                       # no current run any more
    assert progress.state == "idle"


def test_runs_get_distinct_colour_and_line_pairs_beyond_seven(tool):
    from gui.dashboard.run import Run
    runs = [Run(n, f"run {n}", {"epochs": 1}, "classification") for n in range(1, 29)]
    pairs = {(run.colour, run.line) for run in runs}
    assert len(pairs) == 28
    assert runs[7].colour == runs[0].colour and runs[7].line != runs[0].line
    tool.model.replace_runs(runs)
    assert tool.loss_panel.line(runs[7], "smooth").style == Qt.PenStyle.DotLine
    assert tool.loss_panel.line(runs[0], "smooth").style == Qt.PenStyle.SolidLine
    icons = [tool.runs_panel.list.item(k).icon().pixmap(28, 14).toImage() for k in (0, 7)]
    assert icons[0] != icons[1]                                # the swatch shows the line too


def test_new_data_starts_a_clean_view_and_keeps_the_earlier_runs_hidden_in_the_list(tool, qtbot):
    tool.set_quadratic_data(2, -3, 1, noise=0.1)
    tool.set_optimizer("sgd")
    tool.set_learning_rate(3.0)
    tool.set_settings(batch_size=10, epochs=500, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert run.ended.reason == "diverged" and tool.status.text().startswith("The loss diverged")
    assert tool.loss_panel.line(run, "raw").visible
    assert tool.params_panel.curves["a"].getData()[0] is not None
    tool.set_toy_dataset("moons")
    assert tool.status.text() == ""                                   # no red message about old data
    assert tool.progress.state == "idle"
    assert not tool.loss_panel.line(run, "raw").visible                # hidden from the loss chart,
    item = tool.runs_panel.list.item(0)                                # kept in the run list
    assert item.text() == run.name and item.checkState() == Qt.CheckState.Unchecked
    assert len(tool.params_panel.curves["a"].getData()[1] or []) == 0
