"""Your own points on the dashboard's 2-D view: drawn with the mouse, or loaded from CSV."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from engine.data import points


@pytest.fixture
def tool(app, qtbot):
    from gui.dashboard import DashboardTool
    from gui.session import Session
    widget = DashboardTool(Session())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.controller.finish_now()


def pixel(tool, x, y):
    """Where the point (x, y) of the data is on the screen (in the plot's viewport)."""
    plot = tool.regions.plot
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def click(tool, x, y, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(tool.regions.plot.viewport(), button, modifiers, pixel(tool, x, y))


def from_the_csv_menu(tool, action, path, monkeypatch):
    """CSV… → ``action`` ('load_action' or 'save_action'), choosing ``path`` in the file dialog."""
    for ask in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, ask, lambda *args, **kwargs: (str(path), ""))
    getattr(tool.point_editor.bar, action).trigger()


def drag(tool, start, end):
    viewport = tool.regions.plot.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel(tool, *start))
    for t in (0.3, 0.7, 1.0):
        QTest.mouseMove(viewport, pixel(tool, start[0] + t * (end[0] - start[0]), start[1] + t * (end[1] - start[1])))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel(tool, *end))


def choose_data(tool, kind):
    panel = tool.data_panel
    panel.kind.setCurrentIndex(panel.kind.findData(kind))


def run_to_end(tool, qtbot):
    tool.start()
    with qtbot.waitSignal(tool.controller.job.ended, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not tool.controller.is_running())
    return tool.current_run()


CLICKS = [((-0.5, 0.5), 0), ((0.5, -0.5), 1), ((-0.6, 0.7), 0), ((0.6, -0.4), 1), ((0.0, 0.9), 2)]


def test_points_drawn_by_clicks_train_like_the_same_points_loaded_from_csv(app, qtbot, tmp_path):
    from gui.dashboard import DashboardTool
    from gui.session import Session
    drawn_tool = DashboardTool(Session())
    qtbot.addWidget(drawn_tool)
    drawn_tool.resize(1200, 800)
    drawn_tool.show()
    qtbot.waitExposed(drawn_tool)
    drawn_tool.set_toy_dataset("blobs", n=20, noise=0.2, seed=0)
    choose_data(drawn_tool, "drawn")              # "Your points: classes": editing starts at once
    assert drawn_tool.point_editor.editing and drawn_tool.point_editor.bar.class_box.isVisible()
    start = drawn_tool.session.dataset
    box = drawn_tool.point_editor.bar.class_box
    for (x, y), label in CLICKS:
        box.setCurrentIndex(box.findData(label))   # the class chooser, then a click
        click(drawn_tool, x, y)
    data = drawn_tool.session.dataset
    assert len(data.X) == len(start.X) + len(CLICKS)
    assert data.source == {"kind": "drawn", "task": "classification"}
    assert list(data.y[-5:]) == [0, 1, 0, 1, 2] and data.class_names == ["A", "B", "C"]
    np.testing.assert_allclose(data.X[-5:], [xy for xy, _ in CLICKS], atol=0.03)   # where clicked
    assert drawn_tool.session.network.spec["layers"][-1]["units"] == 3             # a third class: 3 outputs
    # the same points, written by hand as a spreadsheet would (header, names), loaded from CSV
    lines = ["x1,x2,label"] + [f"{float(x1)!r},{float(x2)!r},{data.class_names[k]}" for (x1, x2), k in zip(data.X, data.y)]
    (tmp_path / "mine.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded_tool = DashboardTool(Session())
    qtbot.addWidget(loaded_tool)
    loaded_tool.resize(1200, 800)
    loaded_tool.show()
    loaded_tool.files.load_points(str(tmp_path / "mine.csv"))
    assert loaded_tool.model.data.kind == "drawn" and loaded_tool.session.dataset.name == "mine.csv"
    histories = []
    for t in (drawn_tool, loaded_tool):
        t.set_optimizer("adam")
        t.set_settings(epochs=15, batch_size=5, seed=3)
        histories.append([r.loss for r in run_to_end(t, qtbot).history.batches])
    drawn_tool.controller.finish_now()
    loaded_tool.controller.finish_now()
    assert len(histories[0]) == 15 * 5 and histories[0] == histories[1]


def test_right_click_or_ctrl_click_removes_the_nearest_point_and_opens_no_menu(tool):
    tool.set_toy_dataset("blobs", n=20, noise=0.3, seed=1)
    tool.point_editor.bar.edit_button.click()
    before = tool.session.dataset
    x, y = (float(v) for v in before.X[4])
    click(tool, x + 0.01, y, Qt.MouseButton.RightButton)
    after = tool.session.dataset
    assert len(after.X) == 19 and not any(np.allclose(p, (x, y)) for p in after.X)
    assert not tool.regions.plot.getPlotItem().getViewBox().menu.isVisible()   # no plot menu while editing
    x, y = (float(v) for v in after.X[0])
    click(tool, x, y, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert len(tool.session.dataset.X) == 18
    assert tool.model.data.kind == "drawn"          # blobs edited: now your own points
    assert tool.data_panel.kind.currentData() == "drawn"
    click(tool, 1.3, -1.3, Qt.MouseButton.RightButton)   # nothing there: nothing removed, and it says so
    assert len(tool.session.dataset.X) == 18 and "no point" in tool.last_message


def test_dragging_a_point_moves_it_and_keeps_the_view(tool):
    tool.set_toy_dataset("blobs", n=20, noise=0.3, seed=1)
    view = tool.regions.plot.getPlotItem().getViewBox().viewRange()
    tool.point_editor.set_editing(True)
    x, y = (float(v) for v in tool.session.dataset.X[7])
    drag(tool, (x, y), (0.2, 0.3))
    data = tool.session.dataset
    assert len(data.X) == 20
    np.testing.assert_allclose(data.X[7], (0.2, 0.3), atol=0.03)
    assert tool.regions.plot.getPlotItem().getViewBox().viewRange() == view


def test_with_editing_off_a_click_does_not_change_the_points(tool):
    tool.set_toy_dataset("blobs", n=20, noise=0.3, seed=1)
    assert not tool.point_editor.editing and tool.point_editor.bar.isVisible()
    before = tool.session.dataset
    click(tool, 0.0, 0.0)
    drag(tool, tuple(before.X[3]), (0.0, 0.0))
    assert tool.session.dataset is before and tool.model.data.kind == "blobs"


def test_dragging_one_outlier_bends_the_quadratic_fit(tool, qtbot):
    tool.set_quadratic_data(2.0, -3.0, 1.0, noise=0.0, n=30, seed=0)
    tool.set_optimizer("adam")
    tool.set_learning_rate(0.05)
    tool.set_settings(epochs=300, batch_size=30, validation_fraction=0.0)
    run_to_end(tool, qtbot)
    fit = {k: float(v[0]) for k, v in tool.model.quadratic_model.params.items()}
    assert abs(fit["a"] - 2.0) < 0.2
    tool.point_editor.set_editing(True)
    data = tool.session.dataset
    i = int(np.argmax(data.X[:, 0]))                  # the rightmost point: pulled far down
    x, v = float(data.X[i, 0]), float(data.y[i, 0])
    drag(tool, (x, v), (x, v - 4.0))
    moved = tool.session.dataset
    assert moved.source == {"kind": "drawn", "task": "regression"} and len(moved.X) == 30
    assert moved.y[i, 0] == pytest.approx(v - 4.0, abs=0.15)
    assert tool.model.model_kind == "quadratic"       # the quadratic model still learns your points
    run_to_end(tool, qtbot)
    bent = {k: float(v[0]) for k, v in tool.model.quadratic_model.params.items()}
    a, b, c = np.polyfit(moved.X[:, 0], moved.y[:, 0], 2)   # the least-squares parabola of the moved points
    assert (bent["a"], bent["b"], bent["c"]) == pytest.approx((a, b, c), abs=0.1)
    at = lambda p: p["a"] * x * x + p["b"] * x + p["c"]    # noqa: E731
    assert at(bent) < at(fit) - 0.5                   # the outlier pulls the end of the curve down


def test_while_a_run_is_in_progress_a_click_says_so_and_the_next_run_learns_the_points(tool, qtbot):
    tool.set_toy_dataset("blobs", n=20, noise=0.3, seed=1)
    tool.point_editor.set_editing(True)
    tool.set_settings(epochs=1_000_000, batch_size=1)
    tool.start()
    qtbot.waitUntil(lambda: len(tool.current_run().history.batches) > 3, timeout=10_000)
    before = tool.session.dataset
    click(tool, 0.0, 0.0)
    assert tool.session.dataset is before
    assert "run is in progress" in tool.last_message
    assert "stop it" in tool.point_editor.bar.hint.text()
    tool.stop()
    qtbot.waitUntil(lambda: not tool.controller.is_active(), timeout=10_000)
    click(tool, 0.0, 0.0)
    assert len(tool.session.dataset.X) == 21
    tool.set_settings(epochs=1, batch_size=1, validation_fraction=0.0)
    run = run_to_end(tool, qtbot)
    assert len(run.history.batches) == 21            # one batch per point: the new point was learnt


def test_saved_points_load_back_with_the_same_classes_in_the_same_order(tool, tmp_path, monkeypatch):
    tool.set_toy_dataset("xor", n=40, noise=0.05, seed=2)
    tool.point_editor.set_editing(True)
    click(tool, 0.05, 0.05)
    data = tool.session.dataset
    path = tmp_path / "xor.csv"
    from_the_csv_menu(tool, "save_action", path, monkeypatch)
    assert tool.last_message == "Done." and path.is_file()
    tool.set_toy_dataset("moons", n=50)
    from_the_csv_menu(tool, "load_action", path, monkeypatch)
    back = tool.session.dataset
    assert back.class_names == data.class_names == ["same sign", "different sign"]
    np.testing.assert_array_equal(back.X, data.X)
    np.testing.assert_array_equal(back.y, data.y)


def test_a_bad_csv_line_is_said_with_its_number_and_the_points_stay(tool, tmp_path, monkeypatch):
    tool.set_toy_dataset("moons", n=50)
    before = tool.session.dataset
    path = tmp_path / "bad.csv"
    path.write_text("x1,x2,label\n0.1,0.2,A\n0.3,oops,B\n", encoding="utf-8")
    from_the_csv_menu(tool, "load_action", path, monkeypatch)
    assert "Line 3" in tool.last_message and "oops" in tool.last_message
    assert tool.session.dataset is before


def test_choosing_your_xy_points_starts_from_the_quadratics_points(tool):
    tool.set_quadratic_data(n=25)
    choose_data(tool, "drawn_xy")
    data = tool.session.dataset
    assert points.task_of(data) == points.REGRESSION and len(data.X) == 25
    assert tool.point_editor.editing and not tool.point_editor.bar.class_box.isVisible()
    assert tool.data_panel.model_box.model().item(1).isEnabled()   # the quadratic model may learn them


def test_ctrl_z_undoes_point_edits_one_by_one_and_ctrl_shift_z_redoes(tool):
    tool.set_toy_dataset("blobs", n=20, noise=0.3, seed=1)
    original = tool.session.dataset
    tool.point_editor.set_editing(True)
    click(tool, 0.0, 0.0)                                    # add
    x, y = (float(v) for v in original.X[2])
    drag(tool, (x, y), (0.5, -0.5))                          # move
    click(tool, *(float(v) for v in original.X[5]), Qt.MouseButton.RightButton)   # remove
    assert len(tool.session.dataset.X) == 20
    tool.regions.plot.setFocus()
    for count in (21, 21, 20):
        QTest.keyClick(tool.regions.plot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(tool.session.dataset.X) == count
    np.testing.assert_array_equal(tool.session.dataset.X, original.X)    # all three undone
    np.testing.assert_array_equal(tool.session.dataset.y, original.y)
    QTest.keyClick(tool.regions.plot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(tool.session.dataset.X) == 21 and tool.regions.dataset is tool.session.dataset
    tool.set_toy_dataset("moons", n=30)                     # other data: the edits start anew
    assert not tool.point_editor.undo_action.isEnabled()
