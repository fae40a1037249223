"""The Loss landscape tab: the map of the network's own loss, its training path, and α."""
import numpy as np
import pytest

from engine import landscape
from gui.landscape import smooth_map


@pytest.fixture
def session(app):
    from gui.session import Session
    return Session()


@pytest.fixture
def tool(session, qtbot):
    from gui.landscape import LandscapeTool
    widget = LandscapeTool(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    yield widget
    widget.model.stop()


def map_loss(tool, s, t):
    """The loss the map shows at (s, t)."""
    return float(smooth_map.loss_at(tool.model.slice.drawing, s, t))


def legend_texts(tool):
    legend = tool.map.legend
    return [label.text for _sample, label in legend.items] if legend.isVisible() else []


def wait_idle(tool, qtbot):
    qtbot.waitUntil(lambda: not tool.model.busy and not tool.model.range_running, timeout=30_000)


def test_the_map_shows_the_engines_loss_with_the_current_weights_at_its_centre(tool, qtbot):
    qtbot.waitUntil(lambda: tool.map.map is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    session, model = tool.session, tool.model
    data, net = session.dataset, session.network
    assert len(model.slice.L) == model.grid
    # the centre of the map is the network as it is: the engine's own loss
    assert map_loss(tool, 0.0, 0.0) == pytest.approx(net.loss(data.X, data.y), rel=1e-4)
    # and a corner is the loss with the two chosen weights moved by the span
    d1, d2 = landscape.parameter_directions(net, *model.weights)
    span = model.slice.span
    corner = landscape.evaluate_points(net, data.X, data.y, d1, d2, [span], [-span])[0]
    assert map_loss(tool, span, -span) == pytest.approx(corner, rel=1e-5)
    assert tool.map.current_shown() == pytest.approx((0.0, 0.0), abs=1e-9)


def test_the_path_grows_on_the_map_while_the_network_trains(tool, session, qtbot):
    from gui.dashboard import DashboardTool
    dashboard = DashboardTool(session)
    qtbot.addWidget(dashboard)
    dashboard.set_settings(epochs=300, batch_size=200, validation_fraction=0.0)
    dashboard.set_learning_rate(0.5)
    dashboard.set_step_pause(0.02)
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    dashboard.start()
    qtbot.waitUntil(lambda: len(tool.model.path) >= 3, timeout=30_000)
    first = len(tool.model.path)
    qtbot.waitUntil(lambda: len(tool.model.path) > first + 2, timeout=30_000)
    dashboard.stop()
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=30_000)
    dashboard.controller.finish_now()
    wait_idle(tool, qtbot)
    tool.model.compute_now()
    # the orange line has a point per recorded weights, and the white dot is the last of them
    xs, ys = tool.map.path_shown()
    assert len(xs) == len(tool.model.path) > first
    assert (xs[-1], ys[-1]) == pytest.approx(tool.map.current_shown(), abs=1e-6)
    # the run moved the weights: the path does not sit on one point
    assert np.ptp(xs) + np.ptp(ys) > 1e-3


def test_a_new_map_keeps_the_students_zoom_and_its_contour_labels(tool, session, qtbot):
    """While a network trains a new map comes every second or so: a zoomed-in map stays
    zoomed in (it was reset to the whole slice each time), and the contour values are the
    new map's, on the same label items (building them anew held the window ~60 ms a map)."""
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    plot = tool.map.getPlotItem()
    plot.setRange(xRange=(-0.2, 0.2), yRange=(-0.1, 0.3), padding=0)
    labels_before = tool.map.label_items()
    first = tool.model.slice
    params = {k: v + 0.3 for k, v in session.network.params.items()}   # as training moves them
    session.set_params(params)
    qtbot.waitUntil(lambda: tool.model.slice is not first and tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    # still zoomed in (a new map used to show the whole slice again, about ±1.04); the map keeps
    # its aspect ratio, so x follows the view's width
    (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
    assert (y0, y1) == pytest.approx((-0.1, 0.3), abs=0.01) and x1 - x0 < 1.0 and abs(x0 + x1) < 0.01
    shown = [(text, round(x, 9), round(y, 9)) for x, y, text in tool.map.labels_shown()]
    assert shown == [(text, round(x, 9), round(y, 9)) for x, y, text in tool.map.map.labels]
    labels_after = tool.map.label_items()
    assert set(labels_after) >= set(labels_before) or set(labels_after) <= set(labels_before)
    assert len(labels_after) <= max(len(labels_before), len(tool.map.map.labels))


def test_use_alpha_sets_the_training_tabs_learning_rate_to_the_suggestion(tool, qtbot):
    from gui.dashboard.model import DashboardModel
    training = DashboardModel()
    tool.follow_training(training)
    tool.views.setCurrentWidget(tool.range)
    before = training.setup.lr
    assert not tool.range.use_button.isEnabled()
    tool.range.run_button.click()
    qtbot.waitUntil(lambda: tool.model.range_result is not None, timeout=30_000)
    result = tool.model.range_result
    assert tool.range.use_button.isEnabled()
    assert "2/λmax" in tool.range.summary.text()
    tool.range.use_button.click()
    assert training.setup.lr == pytest.approx(result.test.suggestion, rel=1e-2)
    assert training.setup.lr != before
    wait_idle(tool, qtbot)


def test_weights_that_are_not_numbers_are_refused_with_a_message(tool, session, qtbot):
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    bad = {k: np.full_like(v, np.nan) for k, v in session.network.params.items()}
    session.set_params(bad)
    qtbot.waitUntil(lambda: "not numbers" in tool.message.text(), timeout=30_000)
    assert tool.model.slice is None and tool.map.map is None
    assert tool.map.current_shown() is None
    tool.range.run_button.click()
    assert tool.model.range_result is None and not tool.model.range_running


def test_where_the_loss_overflows_the_map_is_blank_and_the_note_says_why(tool, qtbot):
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    tool.set_plane("random")
    tool.model.set_span(1e20)          # far beyond any sensible weights: the loss overflows
    qtbot.waitUntil(lambda: tool.model.slice is not None and tool.model.slice.span == 1e20, timeout=30_000)
    wait_idle(tool, qtbot)
    losses, image = tool.model.slice.L, tool.map.map.image
    assert np.isinf(losses).any() and np.isfinite(losses).any()
    step = (len(image) - 1) // (len(losses) - 1)               # the drawing is finer than the grid
    on_grid = image[::step, ::step, 3]
    assert (on_grid[np.isinf(losses)] == 0).all()              # transparent where not finite
    assert (on_grid[np.isfinite(losses)] == 255).all()
    assert "not finite" in tool.message.text()
    assert "blank: loss not finite" in legend_texts(tool)
    assert "colours: log scale of the loss" in legend_texts(tool)   # it spans many orders


def test_the_map_is_drawn_smoothly_from_a_finer_grid_than_the_losses(tool, qtbot):
    """41 × 41 losses drawn as they are give staircase bands: the map interpolates between them."""
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    losses, m = tool.model.slice.L, tool.map.map
    assert len(m.image) >= 4 * len(losses)
    # between grid points the map shows values in between, not the nearest grid point's
    span = tool.model.slice.span
    h = 2 * span / (len(losses) - 1)
    a, b = losses[20, 20], losses[20, 21]
    middle = map_loss(tool, h / 2, 0.0)
    assert min(a, b) - 1e-6 <= middle <= max(a, b) + 1e-6
    assert middle == pytest.approx((a + b) / 2, rel=1e-4)
    # and an ordinary slice is drawn on a linear scale, with no blank region to name
    assert legend_texts(tool) == ["training path", "current weights"]


def test_the_window_keeps_answering_while_a_slice_is_computed_during_training(tool, session, qtbot):
    """The slice (and its drawing) runs in a worker: a 10 ms timer on the UI thread keeps firing.

    The network is large enough that a slice takes most of a second on a quiet machine
    (several seconds on a loaded one). It is first timed on this thread; then, while the
    network trains, a slice is computed from start to end and the worst gap between the timer's ticks
    must stay well below that time (on a quiet machine it is a few tens of milliseconds;
    here three threads may share two loaded cores). Run on the UI thread, a slice would hold
    the timer back for all of it.
    """
    import time

    from PySide6.QtCore import QTimer

    from gui.dashboard import DashboardTool
    from gui.landscape import jobs
    # wide enough that a slice (~0.6 s on a quiet machine) dwarfs what else the UI thread does
    # while training (a frame, a map: up to ~0.1 s on a busy machine; Python's full garbage
    # collection waits until no job runs)
    session.set_spec({"input_size": 2, "layers": [{"units": 100, "activation": "relu"},
                                                  {"units": 100, "activation": "relu"},
                                                  {"units": 2, "activation": "softmax"}],
                      "loss": "cross_entropy"})
    model = tool.model
    started = time.monotonic()
    list(jobs.compute_slice(session.network.copy(), session.dataset.X, session.dataset.y, model.kind,
                            model.weights, [], model.span, model.grid))
    on_this_thread = time.monotonic() - started
    dashboard = DashboardTool(session)
    qtbot.addWidget(dashboard)
    dashboard.set_settings(epochs=100_000, batch_size=20, validation_fraction=0.0)
    dashboard.set_step_pause(0.02)
    slices, ticks = [], []
    qtbot.waitUntil(lambda: model.slice is not None and not model.busy, timeout=300_000)  # the new
                                             # network's map, before training: the next is during it
    model.slice_changed.connect(lambda: slices.append(model.slice))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    ticks.append(time.monotonic())           # a wait before the first tick counts too
    dashboard.start()
    qtbot.waitUntil(lambda: sum(s is not None for s in slices) >= 1, timeout=300_000)
    ticks.append(time.monotonic())
    timer.stop()
    dashboard.stop()
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=30_000)
    dashboard.controller.finish_now()
    qtbot.waitUntil(lambda: not model.busy, timeout=300_000)
    worst = float(np.max(np.diff(ticks)))
    # a slice on the UI thread holds the timer back for at least all of it: below 0.8 of it,
    # the worker did it (the training's own drawing and Python's garbage collection, now on
    # the UI thread, take up to ~0.1 s on a busy machine)
    assert worst < 0.8 * on_this_thread, \
        f"the UI thread stalled {worst * 1000:.0f} ms; a slice takes {on_this_thread:.2f} s"


def test_a_new_network_while_a_slice_is_computed_gets_its_own_map(tool, session, qtbot):
    """The slice of the old network arrives after the network changed: it is not drawn."""
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    tool.model.refresh()
    qtbot.waitUntil(lambda: tool.model.busy, timeout=30_000)
    session.set_spec({"input_size": 2, "layers": [{"units": 5, "activation": "tanh"},
                                                  {"units": 2, "activation": "softmax"}],
                      "loss": "cross_entropy"})
    session.set_params({k: v + 0.01 for k, v in session.network.params.items()})   # a path point
    qtbot.waitUntil(lambda: tool.model.slice is not None and not tool.model.busy, timeout=30_000)
    wait_idle(tool, qtbot)
    assert tool.model.slice.plane.origin["W1"].shape == (2, 5)
    assert map_loss(tool, 0.0, 0.0) == pytest.approx(session.network.loss(session.dataset.X, session.dataset.y),
                                                       rel=1e-4)


def test_3d_view_off_offscreen_says_why_and_the_map_still_works(tool, qtbot):
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.platformName() == "offscreen"      # tests run offscreen (see the Xvfb test)
    assert tool.gl_notice.isVisibleTo(tool)
    assert "offscreen" in tool.gl_notice.text() and "OpenGL" in tool.gl_notice.text()
    assert not tool.views.isTabVisible(tool.views.indexOf(tool.surface))
    tool.show_view("surface")                                # falls back to the map
    assert tool.views.currentWidget() is tool.map.parentWidget()
    qtbot.waitUntil(lambda: tool.map.map is not None, timeout=30_000)
    wait_idle(tool, qtbot)


def test_the_path_and_current_weights_lie_on_the_3d_surface(tool, session, qtbot):
    """What the 3-D view draws (without OpenGL here): the path's points at the slice's loss."""
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    net, X, y = session.network, session.dataset.X, session.dataset.y
    for _ in range(5):
        _, grads = net.loss_and_gradients(X, y)
        session.set_params({k: net.params[k] - 0.5 * g for k, g in grads.items()})
    tool.model.compute_now()
    points = tool.surface.path_points()
    assert len(points) == len(tool.model.path) + 1
    assert tuple(points[-1]) == pytest.approx(tool.model.current)          # the current weights last
    heights = tool.surface.losses_at(points)
    plane = tool.model.slice.plane                                         # the loss on the plane there
    exact = landscape.evaluate_points(net, X, y, plane.d1, plane.d2, points[:, 0], points[:, 1])
    assert heights == pytest.approx(exact, rel=5e-3)
    # on the two-weight plane the current point is the network itself: its loss is the engine's
    assert heights[-1] == pytest.approx(net.loss(X, y), rel=1e-3)


@pytest.mark.opengl
@pytest.mark.slow
def test_3d_surface_of_the_slice_is_drawn_under_xvfb(tmp_path):
    """A real X server (Xvfb with Mesa): the landscape's 3-D view is created and renders."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from tests.gui.test_stepper import _start_xvfb
    if not shutil.which("xvfb-run") and not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed (neither xvfb-run nor Xvfb found): cannot test the "
                    "OpenGL 3-D view; install the 'xvfb' package (tests/run.sh does it as root)")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", GRADLAB_REPORT_3D="1", LIBGL_ALWAYS_SOFTWARE="1",
               HOME=str(tmp_path))
    env.pop("DISPLAY", None)
    out = tmp_path / "landscape.png"
    command = [sys.executable, str(root / "main.py"), "--screenshot", str(out), "--tool", "landscape",
               "--step", "2"]
    server = None
    if shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + command
    else:
        server, env["DISPLAY"] = _start_xvfb()
    try:
        result = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=180)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    report = [line for line in result.stdout.splitlines() if line.startswith("landscape 3-D view:")]
    assert report, f"no 3-D report printed:\n{result.stdout}\n{result.stderr}"
    assert report[0].startswith("landscape 3-D view: on"), report[0]
    colours = int(report[-1].split(" colours")[0].rsplit(", ", 1)[1])
    assert colours > 5, report[-1]            # the surface was drawn, not a blank widget
    assert out.exists() and out.stat().st_size > 10000


def test_two_weights_clicked_in_the_builders_diagram_are_the_plane(tool, session, qtbot):
    from gui.builder import BuilderTool
    from tests.gui.test_builder import click_scene
    builder = BuilderTool(session)
    qtbot.addWidget(builder)
    builder.resize(1000, 700)
    builder.show()
    diagram = builder.diagram
    tool.set_plane("random")
    click_scene(qtbot, diagram, diagram.edges[(1, 1, 2)].line().pointAt(0.4))     # W1[1,2]
    assert "W1[1,2]" in tool.chosen_note.text() and "one more" in tool.chosen_note.text()
    assert tool.kind.currentData() == "random"                                      # one is not a plane
    click_scene(qtbot, diagram, diagram.columns[1][6].rect().center())              # b1[6]
    assert tool.kind.currentData() == "weights"
    assert (tool.first.currentText(), tool.second.currentText()) == ("W1[1,2]", "b1[6]")
    assert tool.model.weights == (("W1", (1, 2)), ("b1", (6,)))
    # the map of those two weights (not an earlier one still on screen, nor one on its way)
    qtbot.waitUntil(lambda: tool.model.slice is not None and tool.model.slice.plane.kind == "weights"
                    and tool.model.slice.plane.d1["W1"][1, 2] == 1 and tool.model.slice.plane.d2["b1"][6] == 1
                    and not tool.model.busy, timeout=30_000)
    wait_idle(tool, qtbot)
    plot = tool.map.getPlotItem()
    assert plot.getAxis("bottom").labelText == "ΔW1[1,2]" and plot.getAxis("left").labelText == "Δb1[6]"
    # the map is the loss over those two numbers: moving b1[6] by t is the loss at (0, t)
    moved = session.network.copy()
    moved.params["b1"][6] += 0.5
    assert map_loss(tool, 0.0, 0.5) == pytest.approx(moved.loss(session.dataset.X, session.dataset.y), rel=1e-3)


def test_moving_the_path_and_the_dot_repaints_the_map_without_running_python_for_its_layers(tool, qtbot):
    """While a network trains the path and the dot move ~6 times a second, and each move
    repaints most of the map. Every call Qt makes into Python then waits for the training
    thread to hand the interpreter over (up to 2 ms each then, 0.5 ms now: a repaint took
    ~40 ms against ~3 ms alone), so the map's layers (its picture, contour lines, their values, the
    path, the dot) are plain Qt items: a repaint runs no paint or bounds of theirs in Python (58
    such calls a repaint before; the rest are the plot's axes and legend)."""
    import os
    import sys
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: tool.model.slice is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    qtbot.waitUntil(lambda: len(tool.map.labels_shown()) > 0, timeout=5_000)
    model, called = tool.model, []

    def record(frame, event, _arg):
        if event == "call":
            called.append((os.path.basename(frame.f_code.co_filename), frame.f_code.co_name))
    for k in range(3):
        model.current = np.array([0.3 * np.cos(k), 0.3 * np.sin(k)])
        model.path = np.vstack([model.path.reshape(-1, 2), model.current[None]])
        model.path_changed.emit()
        sys.setprofile(record)
        try:
            for _ in range(3):
                QApplication.processEvents()
        finally:
            sys.setprofile(None)
        assert tool.map.current_shown() == pytest.approx(tuple(model.current))
    assert ("GraphicsScene.py", "prepareForPaint") in called      # the map was repainted
    layers = {"TextItem.py", "ScatterPlotItem.py", "PlotCurveItem.py", "PlotDataItem.py", "ImageItem.py"}
    qt_calls = {"paint", "boundingRect", "shape", "dataBounds", "pixelPadding", "itemChange"}
    in_layers = sorted({call for call in called if call[0] in layers and call[1] in qt_calls})
    assert not in_layers, f"Python run for the map's layers on each repaint: {in_layers}"
    xs, ys = tool.map.path_shown()
    assert (xs[-1], ys[-1]) == pytest.approx(tuple(model.current))
