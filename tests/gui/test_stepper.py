"""The gradient-descent stepper, driven as a student would: buttons, keys, formulas, clicks."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from gui.stepper import StepperTool
from gui.stepper import contour_view as contour_view_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tool(app, qtbot):
    widget = StepperTool(None)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    yield widget
    widget.run(False)


def table_column(tool, column):
    table = tool.table.table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def press_step(qtbot, tool, times=1):
    for _ in range(times):
        qtbot.mouseClick(tool.controls.step_button, Qt.MouseButton.LeftButton)


def test_exercise_from_lecture_shows_each_number_as_the_lecture_computes_it(tool, qtbot):
    tool.load_preset("square")
    assert tool.current_step() == 1
    assert tool.step_formula() == "s := 2"
    press_step(qtbot, tool)                     # Step 2: g := f'(2) = 4, tangent drawn
    assert tool.current_step() == 2
    assert tool.step_formula() == "g := f′(2) = 4"
    tangent_x, tangent_y = tool.curve_view.tangent.getData()
    assert len(tangent_x) == 2
    assert (tangent_y[1] - tangent_y[0]) / (tangent_x[1] - tangent_x[0]) == pytest.approx(4)
    press_step(qtbot, tool)                     # Step 3: the move, numbers filled in
    assert tool.current_step() == 3
    assert tool.step_formula() == "s := 2 − 0.2 × 4 = 1.2"
    move_x, _ = tool.curve_view.move.getData()
    assert move_x[0] == pytest.approx(2) and move_x[1] == pytest.approx(1.2)
    press_step(qtbot, tool)                     # Step 4: go back to Step 2
    assert tool.current_step() == 4
    press_step(qtbot, tool)
    assert tool.step_formula() == "g := f′(1.2) = 2.4"
    press_step(qtbot, tool)
    assert tool.step_formula() == "s := 1.2 − 0.2 × 2.4 = 0.72"
    for _ in range(3):
        qtbot.mouseClick(tool.controls.iterate_button, Qt.MouseButton.LeftButton)
    assert table_column(tool, 4) == ["1.2", "0.72", "0.432", "0.2592", "0.15552"]
    assert table_column(tool, 3) == ["4", "2.4", "1.44", "0.864", "0.5184"]
    assert tool.step_formula() == "s := 0.2592 − 0.2 × 0.5184 = 0.15552"


def test_the_current_step_of_the_four_is_highlighted(tool, qtbot):
    tool.load_preset("square")
    rows = tool.steps_panel.rows
    for expected in (1, 2, 3, 4, 2):
        assert tool.steps_panel.highlighted() == [expected]
        assert rows[expected - 1].palette().window().color().name().lower() == "#ffe9a8"
        press_step(qtbot, tool)


def test_space_steps_backspace_goes_back_r_resets(tool, qtbot):
    tool.load_preset("square")
    tool.setFocus()
    for _ in range(2):
        qtbot.keyClick(tool, Qt.Key.Key_Space)
    assert tool.current_point() == pytest.approx((1.2,)) and tool.current_step() == 3
    qtbot.keyClick(tool, Qt.Key.Key_Backspace)
    assert tool.current_point() == (2.0,) and tool.current_step() == 2
    qtbot.keyClick(tool, Qt.Key.Key_Space)
    qtbot.keyClick(tool, Qt.Key.Key_R)
    assert tool.current_step() == 1 and tool.current_point() == (2.0,)
    assert tool.table.table.rowCount() == 0


def test_back_undoes_one_sub_step_and_its_table_row(tool, qtbot):
    tool.load_preset("square")
    tool.iterate()
    tool.iterate()
    assert tool.table.table.rowCount() == 2
    qtbot.mouseClick(tool.controls.back_button, Qt.MouseButton.LeftButton)
    assert tool.current_step() == 2 and tool.table.table.rowCount() == 1
    assert tool.step_formula() == "g := f′(1.2) = 2.4"


def test_run_animates_and_pause_stops(tool, qtbot):
    tool.load_preset("square")
    tool.controls.speed.setValue(30)
    qtbot.mouseClick(tool.controls.run_button, Qt.MouseButton.LeftButton)
    assert tool.controls.is_running() and tool.controls.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: tool.model.primary.t >= 3, timeout=5000)
    qtbot.mouseClick(tool.controls.run_button, Qt.MouseButton.LeftButton)
    assert not tool.controls.is_running() and tool.controls.run_button.text() == "Run"
    t = tool.model.primary.t
    QCoreApplication.processEvents()                # whatever was pending when Pause was clicked
    assert tool.model.primary.t == t and not tool.controls.timer.isActive()


def test_zigzag_alternates_the_sign_of_x2_with_alpha_0_18(tool):
    tool.load_preset("zigzag")
    tool.set_learning_rate(0.18)
    for _ in range(8):
        tool.iterate()
    x2 = np.array([float(text.strip("()").split(", ")[1].replace("−", "-"))
                   for text in table_column(tool, 4)])
    assert np.all(np.sign(x2[1:]) == -np.sign(x2[:-1]))
    path_x, path_y = tool.contour_view.paths["sgd"].getData()
    assert len(path_x) == 9
    assert np.all(np.sign(path_y[1:]) == -np.sign(path_y[:-1]))
    assert "< 2/L = 0.2" in tool.settings_panel.bound.text()


def test_zigzag_with_alpha_0_21_diverges_and_the_run_stops_with_a_message(tool, qtbot):
    tool.load_preset("zigzag")
    tool.set_learning_rate(0.21)
    assert "beyond" in tool.settings_panel.bound.text()
    tool.controls.speed.setValue(30)
    tool.run(True)
    for _ in range(300):                      # faster than waiting for the timer
        if tool.model.primary.stop is not None:
            break
        tool.model.iterate()
    qtbot.waitUntil(lambda: not tool.controls.is_running(), timeout=3000)
    message = tool.stop_message()
    assert "Diverged" in message and "0.21" in message and "0.2" in message
    assert not tool.controls.step_button.isEnabled()
    # the map keeps its range instead of zooming out to the far-away point
    (x_lo, x_hi), (y_lo, y_hi) = tool.contour_view.getPlotItem().vb.viewRange()
    assert x_hi - x_lo < 30 and y_hi - y_lo < 30


def test_malformed_formula_keeps_the_previous_function_and_points_at_the_problem(tool):
    tool.load_preset("square")
    tool.iterate()
    assert not tool.set_formula("s^2 + * 3")
    error = tool.function_panel.error
    assert error.isVisibleTo(tool) and "position 7" in error.text()
    assert "<span style='background:#ffb3b3'>*</span>" in error.text()    # the culprit marked
    assert tool.model.objective.key == "square"
    assert tool.model.primary.t == 1                       # nothing lost
    assert tool.set_formula("exp(-s^2)")
    assert not error.isVisibleTo(tool)
    assert "−2*exp(−s^2)*s" in tool.function_panel.derivative.text()


@pytest.mark.parametrize("text", ["__import__('os').system('x')", "().__class__",
                                  "s" + "+s" * 5000])
def test_code_injection_and_huge_formulas_are_refused_in_the_text_field(tool, text):
    tool.load_preset("bowl")
    assert not tool.set_formula(text)
    assert tool.function_panel.error.isVisibleTo(tool)
    assert tool.model.objective.key == "bowl"


def test_formula_undefined_at_the_next_point_is_reported_not_drawn(tool):
    assert tool.set_formula("log(s)")
    tool.set_start(0.5)
    tool.set_learning_rate(1.0)                # 0.5 − 1 · 2 = −1.5: log is undefined there
    tool.iterate()
    message = tool.stop_message()
    assert "not defined" in message and "logarithm" in message
    _, y = tool.curve_view.point.getData()
    assert y is None or len(y) == 0            # no point drawn at a made-up height


def test_division_by_zero_at_the_start_is_reported(tool):
    assert tool.set_formula("1/s")
    tool.set_start(0.0)
    assert "division by zero" in tool.stop_message()
    assert not tool.controls.step_button.isEnabled()


def test_two_variable_formula_switches_to_the_map(tool):
    assert tool.set_formula("x1**2 + 3*sin(x2)")
    assert tool.views.currentWidget() is tool.map_page
    assert "3*cos(x2)" in tool.function_panel.derivative.text()


def test_contours_are_computed_once_per_function_not_per_step(tool, monkeypatch):
    calls = []
    original = contour_view_module.contour_map.compute
    monkeypatch.setattr(contour_view_module.contour_map, "compute",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    tool.load_preset("himmelblau")
    assert len(calls) == 1
    for _ in range(10):
        tool.step()
    assert len(calls) == 1
    view = tool.contour_view
    labels = [item.toPlainText() for item in view.getPlotItem().items
              if isinstance(item, pg.TextItem) and item is not view.gradient_label]
    assert len(labels) >= 5, labels                                   # labelled contour lines
    assert all(re.fullmatch(r"−?[\d.e+]+", text) for text in labels), labels
    field_x, _ = tool.contour_view.field.getData()
    assert np.isfinite(field_x).sum() > 100                    # the gradient arrows


def test_gradient_arrow_points_uphill_at_the_current_point(tool):
    tool.load_preset("bowl")
    tool.step()                                              # Step 2: g computed
    x, y = tool.contour_view.gradient.getData()
    start = np.array(tool.current_point())
    tip = np.array([x[1], y[1]])
    g = np.array(tool.current_gradient())
    assert np.dot(tip - start, g) > 0                          # same direction as ∇f
    assert "∇f = (−4, 3)" in tool.contour_view.gradient_label.textItem.toPlainText()


def test_click_on_the_map_sets_the_start(tool, qtbot):
    tool.load_preset("bowl")
    view = tool.contour_view
    qtbot.waitExposed(view)
    scene_point = view.getPlotItem().vb.mapViewToScene(QPointF(1.0, -1.5))
    widget_point = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert tool.current_point() == pytest.approx((1.0, -1.5), abs=0.05)
    assert tool.current_step() == 1


def test_comparison_mode_draws_each_method_with_a_legend_and_momentum_velocity(tool):
    tool.load_preset("zigzag")
    tool.set_learning_rate(0.05)
    tool.set_compare(["momentum", "adam"])
    for _ in range(3):
        tool.iterate()
    view = tool.contour_view
    assert set(view.paths) == {"sgd", "momentum", "adam"}
    assert view.legend.isVisible()
    assert {label.text for _, label in view.legend.items} == {"Gradient descent", "Momentum",
                                                              "Adam"}
    vx, vy = view.velocities["momentum"].getData()
    momentum = dict(tool.model.steppers)["momentum"]
    v = momentum.optimizer_state()["velocity"]
    assert vx[1] - vx[0] == pytest.approx(v[0]) and vy[1] - vy[0] == pytest.approx(v[1])
    assert len(view.velocities["sgd"].getData()[0] or []) == 0


def test_choosing_an_optimizer_changes_the_path(tool, qtbot):
    tool.load_preset("rosenbrock")
    tool.iterate()
    gd_point = tool.current_point()
    combo = tool.optimizer_panel.method
    combo.setCurrentIndex(combo.findData("adam"))
    assert tool.model.method == "adam" and tool.model.primary.t == 0
    assert tool.optimizer_panel.boxes["beta1"].isVisibleTo(tool)
    tool.iterate()
    assert tool.current_point() != gd_point
    assert "Adam" in tool.step_formula()


def test_copy_table_puts_tab_separated_numbers_on_the_clipboard(tool, qtbot):
    tool.load_preset("square")
    for _ in range(2):
        tool.iterate()
    qtbot.mouseClick(tool.table.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[0] == "t"
    assert lines[1].split("\t") == ["0", "2", "4", "4", "1.2"]
    assert lines[2].split("\t") == ["1", "1.2", "1.44", "2.4", "0.72"]


def test_history_plot_log_toggle_shows_log10_of_f(tool, qtbot):
    tool.load_preset("square")
    for _ in range(4):
        tool.iterate()
    _, y = tool.history.curves["sgd"].getData()
    np.testing.assert_allclose(y, [4, 1.44, 0.5184, 0.186624, 0.06718464])
    tool.history.log.setChecked(True)
    _, y = tool.history.curves["sgd"].getData()
    np.testing.assert_allclose(y, np.log10([4, 1.44, 0.5184, 0.186624, 0.06718464]))


def test_quadratic_model_coefficients_are_editable(tool):
    tool.load_preset("quadratic")
    assert tool.function_panel.abc.isVisibleTo(tool)
    tool.function_panel.coefficients["a"].setValue(2.0)
    assert tool.model.objective.settings["a"] == 2.0
    assert "2/L = 0.5" in tool.settings_panel.bound.text()


def test_two_minima_the_start_decides_which_valley(tool):
    for start, valley in ((-0.3, -1.473), (0.5, 1.347)):
        tool.load_preset("two_minima")
        tool.set_start(start)
        for _ in range(80):
            tool.model.iterate()
        assert tool.current_point()[0] == pytest.approx(valley, abs=1e-3)


def test_3d_view_off_offscreen_says_why_and_the_map_still_works(tool):
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("this test is about the offscreen platform")
    tool.load_preset("zigzag")
    assert tool.gl_notice.isVisibleTo(tool)
    assert "offscreen" in tool.gl_notice.text() and "OpenGL" in tool.gl_notice.text()
    tool.iterate()
    assert len(tool.contour_view.paths["sgd"].getData()[0]) == 2


def test_lesson_api_puts_the_tool_into_a_state(tool):
    tool.set_mode("2d")
    assert tool.model.objective.key == "zigzag"
    tool.set_start((1.0, 1.0))
    tool.set_learning_rate(0.1)
    tool.set_method("momentum", momentum=0.5)
    tool.iterate()
    assert tool.current_point() == pytest.approx((0.9, 0.0))
    assert tool.model.primary.optimizer.momentum == 0.5
    tool.reset()
    assert tool.current_point() == (1.0, 1.0)
    tool.set_mode("1d")
    assert tool.model.objective.key == "square"


def test_prepare_screenshot_shows_the_zigzag_mid_run(window):
    tool = window.tools["stepper"]
    window.show_tool("stepper")
    tool.prepare_screenshot()
    assert tool.model.objective.key == "zigzag"
    assert tool.model.primary.t == 4 and tool.current_step() == 2
    assert len(tool.contour_view.paths["sgd"].getData()[0]) == 5


def _start_xvfb():
    """Start ``Xvfb`` on a free display (it writes the number to a pipe); (process, ':N')."""
    read, write = os.pipe()
    process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                                "-nolisten", "tcp"], pass_fds=(write,),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    try:
        while not number.endswith(b"\n"):      # read the whole line: Xvfb dies if the pipe
            chunk = os.read(read, 16)            # closes before it has written the newline
            if not chunk:
                break
            number += chunk
    finally:
        os.close(read)
    number = number.decode().strip()
    if not number:
        process.kill()
        process.wait()
        pytest.fail("Xvfb did not start")
    return process, ":" + number


@pytest.mark.opengl
@pytest.mark.slow
def test_3d_surface_view_is_on_under_xvfb(tmp_path):
    """A real X server (Xvfb with Mesa): the stepper's 3-D view must be created and render."""
    if not shutil.which("xvfb-run") and not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed (neither xvfb-run nor Xvfb found): cannot test the "
                    "OpenGL 3-D view; install the 'xvfb' package (tests/run.sh does it as root)")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", GRADLAB_REPORT_3D="1", LIBGL_ALWAYS_SOFTWARE="1")
    env.pop("DISPLAY", None)
    out = tmp_path / "stepper.png"
    command = [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--tool", "stepper"]
    server = None
    if shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + command
    else:
        server, env["DISPLAY"] = _start_xvfb()
    try:
        result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    report = [line for line in result.stdout.splitlines() if line.startswith("stepper 3-D view:")]
    if result.returncode != 0 and not report:
        pytest.fail(f"main.py failed under Xvfb:\n{result.stdout}\n{result.stderr}")
    assert report, f"no 3-D report printed:\n{result.stdout}\n{result.stderr}"
    assert report[0].startswith("stepper 3-D view: on"), report[0]
    colours = int(report[-1].split(" colours")[0].rsplit(", ", 1)[1])
    assert colours > 5, report[-1]            # the surface was drawn, not a blank widget
    assert out.exists() and out.stat().st_size > 10000


def test_typing_in_the_formula_field_does_not_step(tool, qtbot):
    tool.activateWindow()
    tool.load_preset("square")
    field = tool.function_panel.formula
    field.setFocus()
    field.setText("s^2")
    field.end(False)
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_R, Qt.Key.Key_Space):
        qtbot.keyClick(field, key)
    assert field.text() == "s^r "
    assert tool.current_step() == 1
    tool.table.table.setFocus()
    qtbot.keyClick(tool.table.table, Qt.Key.Key_Space)        # elsewhere Space steps
    assert tool.current_step() == 2


def test_learning_rate_box_and_model_stay_in_step(tool):
    tool.load_preset("zigzag")
    tool.set_learning_rate(0.05)
    assert tool.settings_panel.lr.value() == pytest.approx(0.05)
    tool.settings_panel.lr.setValue(0.25)
    assert tool.model.lr == pytest.approx(0.25)
    assert "beyond" in tool.settings_panel.bound.text()
    tool.settings_panel.start[1].setValue(-0.5)
    assert tool.current_point() == (-4.0, -0.5)


def test_comparison_in_1d_shows_each_method_on_the_curve_with_a_legend(tool):
    tool.load_preset("two_minima")
    tool.set_compare(["momentum"])
    for _ in range(3):
        tool.iterate()
    view = tool.curve_view
    assert view.legend.isVisible()
    assert {label.text for _, label in view.legend.items} == {"Gradient descent", "Momentum"}
    x, _ = view.others["momentum"].getData()
    assert len(x) == 4 and x[-1] == pytest.approx(dict(tool.model.steppers)["momentum"].x[0])


def shown_ticks(plot_item, side="left"):
    """The tick texts an axis paints now (pyqtgraph's own choice of ticks and their format)."""
    axis = plot_item.getAxis(side)
    low, high = plot_item.viewRange()[1 if side == "left" else 0]
    ticks = axis.tickValues(low, high, max(axis.height(), 200))
    return [text for spacing, values in ticks
            for text in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)]


def test_history_plot_of_a_flat_start_reads_plain_numbers_named_after_s(tool, qtbot):
    # f(s) = s⁴/4 − s² + s/4 at the start s = 0.5 is −0.109375: one point, a flat history
    tool.load_preset("two_minima")
    item = tool.history.plot.getPlotItem()
    ticks = shown_ticks(item)
    assert ticks and all(len(text) <= 7 for text in ticks), ticks      # not "−109.37499999995"
    assert "x0.001" not in item.getAxis("left").labelString()
    assert item.getAxis("left").autoSIPrefixScale == 1
    assert tool.history.quantity.itemText(0) == "f(sₜ)"
    assert tool.history.quantity.itemText(1).startswith("|sₜ − s*|")
    assert "f(sₜ)" in item.getAxis("left").labelString()
    tool.load_preset("zigzag")
    assert tool.history.quantity.itemText(0) == "f(xₜ)"


def test_table_headers_use_subscripts_named_after_the_variable(tool):
    tool.load_preset("square")
    table = tool.table.table
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == \
        ["t", "sₜ", "f(sₜ)", "gₜ = f′(sₜ)", "sₜ₊₁"]
    tool.load_preset("zigzag")
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == \
        ["t", "xₜ", "f(xₜ)", "gₜ = ∇f(xₜ)", "xₜ₊₁"]


@pytest.mark.parametrize("alpha, says, not_says", [
    (0.19, "converges", "diverges"),
    (0.2, "oscillates forever", "diverges"),       # |1 − 10α| = 1: the sign flips, the size stays
    (0.21, "diverges", "oscillates"),
])
def test_the_stability_hint_says_converges_oscillates_or_diverges_on_the_zigzag(tool, alpha, says, not_says):
    tool.load_preset("zigzag")                     # ½ x1² + 5 x2²: L = 10, 2/L = 0.2
    tool.set_learning_rate(alpha)
    text = tool.settings_panel.bound.text()
    assert says in text and not_says not in text
    if alpha == 0.2:
        assert "grow" not in text.replace("nor grows", "")
        for _ in range(6):                         # and so it does: x2 keeps its size, flips sign
            tool.iterate()
        assert abs(tool.current_point()[1]) == pytest.approx(1.2)
