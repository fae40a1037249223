"""The Loss landscape tab: the map of the network's own loss, its training path, and α."""
import numpy as np
import pytest

from engine import landscape


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


def wait_idle(tool, qtbot):
    qtbot.waitUntil(lambda: not tool.model.busy and not tool.model.range_running, timeout=30_000)


def test_the_map_shows_the_engines_loss_with_the_current_weights_at_its_centre(tool, qtbot):
    qtbot.waitUntil(lambda: tool.map.map is not None, timeout=30_000)
    wait_idle(tool, qtbot)
    session, model = tool.session, tool.model
    data, net = session.dataset, session.network
    shown = tool.map.map.values
    n = len(shown)
    assert n == model.grid
    # the centre of the map is the network as it is: the engine's own loss
    assert shown[n // 2, n // 2] == pytest.approx(net.loss(data.X, data.y), rel=1e-4)
    # and a corner is the loss with the two chosen weights moved by the span
    d1, d2 = landscape.parameter_directions(net, *model.weights)
    span = model.slice.span
    corner = landscape.evaluate_points(net, data.X, data.y, d1, d2, [span], [-span])[0]
    assert shown[0, -1] == pytest.approx(corner, rel=1e-5)
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
    xs, ys = tool.map.path.getData()
    assert len(xs) == len(tool.model.path) > first
    assert (xs[-1], ys[-1]) == pytest.approx(tool.map.current_shown(), abs=1e-6)
    # the run moved the weights: the path does not sit on one point
    assert np.ptp(xs) + np.ptp(ys) > 1e-3


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
    assert (image[..., 3][np.isinf(losses)] == 0).all()      # transparent where not finite
    assert (image[..., 3][np.isfinite(losses)] == 255).all()
    assert "not finite" in tool.message.text()
