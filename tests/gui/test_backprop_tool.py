"""The Backprop tool: walking the graph, the chain rule with numbers, checking, stepping, the exercise."""
import numpy as np
import pytest
from PySide6.QtWidgets import QScrollArea

from gui.backprop import BackpropTool
from gui.backprop.texts import num
from gui.session import Session


@pytest.fixture
def tool(app, qtbot):
    widget = BackpropTool(Session())
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    return widget


def _drawn(tool):
    """What the graph shows now: every piece's colours and texts, every edge's pen."""
    state = []
    for key, piece in sorted(tool.graph.pieces.items()):
        for item in [piece] + piece.childItems():
            texts = item.text() if hasattr(item, "text") else ""
            pen = item.pen().color().name() if hasattr(item, "pen") else ""
            brush = item.brush().color().name() if hasattr(item, "brush") else ""
            state.append((key, texts, pen, brush, item.isVisible()))
    state += [(e.pen().color().name(), e.pen().widthF()) for e, _, _ in tool.graph.edges]
    return state


def test_the_screenshot_shows_the_lectures_hand_computation_halfway_back(tool):
    tool.prepare_screenshot()
    assert tool.model.current() == ("backward", "a")
    text = tool.walk.explanation.toPlainText()
    assert "∂L/∂a = ∂L/∂(a·x²) · ∂(a·x²)/∂a = (ŷ − y)·x² = (−2.5) · 4 = −10" in text
    assert tool.graph.pieces["a"].grad.text() == "∂L/∂a = −10"
    assert tool.graph.pieces["b"].grad.text() == ""      # not reached yet by the backward pass


@pytest.mark.parametrize("mode", ["quadratic", "network"])
def test_stepping_through_the_whole_graph_and_back_restores_the_start(tool, mode):
    tool.set_mode(mode)
    start = _drawn(tool)
    n = len(tool.model.walk)
    seen = []
    while tool.step():
        seen.append(tool.walk.explanation.toPlainText())
    assert tool.model.position == n and not tool.walk.step_button.isEnabled()
    assert len(set(seen)) == n          # every step explains something new
    assert _drawn(tool) != start
    while tool.back():
        pass
    assert _drawn(tool) == start
    assert "Nothing is computed yet" in tool.walk.explanation.toPlainText()


def test_a_step_highlights_the_node_just_computed(tool, qtbot):
    with qtbot.waitSignal(tool.model.position_changed, timeout=1000):
        tool.walk.step_button.click()
    assert tool.graph.pieces["x2"].value.text() == "= 4"
    assert tool.graph.pieces["x2"].pen().color().name() == "#ef6c00"
    assert tool.graph.pieces["ax2"].value.text() == "?"
    assert "x² = 2² = 4" in tool.walk.explanation.toPlainText()


def test_network_backward_steps_write_the_layer_formulas_with_shapes(tool):
    tool.session.set_spec({"input_size": 2, "layers": [{"units": 4, "activation": "tanh"},
                                                        {"units": 4, "activation": "relu"},
                                                        {"units": 2, "activation": "softmax"}]})
    tool.set_mode("network")
    order = tool.model.trace.backward_order
    tool.to_backward(order.index("z2") + 1)
    text = tool.walk.explanation.toPlainText()
    assert "δ₂ = ∂L/∂z₂ = (W₃ᵀ δ₃) ⊙ σ′(z₂)" in text
    tool.to_backward(order.index("W2") + 1)
    assert "∂L/∂W₂ = δ₂ h₁ᵀ  (4×1 · 1×4 = 4×4)" in tool.walk.explanation.toPlainText()
    assert tool.graph.pieces["W2"].grad_frame.isVisible()


def test_the_session_network_is_traced_and_follows_the_builder(tool, qtbot):
    tool.set_mode("network")
    assert len(tool.model.trace.layers) == 2
    with qtbot.waitSignal(tool.model.trace_changed, timeout=1000):
        tool.session.set_spec({"input_size": 2, "layers": [{"units": 3}, {"units": 3}, {"units": 2,
                                                            "activation": "softmax"}]})
    assert len(tool.model.trace.layers) == 3
    x, y = tool.model.example()
    _, grads = tool.session.network.loss_and_gradients(x.reshape(1, -1), np.array([y]))
    np.testing.assert_allclose(tool.model.trace.grads["W1"], grads["W1"], atol=1e-6)


def test_numerical_check_agrees_with_backpropagation(tool):
    tool.show_panel("check")
    assert "agree" in tool.check_panel.result.text()
    tool.check_panel.slider.setValue(60)   # ε = 1: the curvature shows, the central difference still agrees
    assert "1" == tool.check_panel.eps_label.text()
    tool.set_mode("network")
    panel = tool.check_panel
    panel.parameter.setCurrentIndex(panel.parameter.findData("W1"))
    panel.row.setValue(2)
    panel.slider.setValue(20)              # ε = 10⁻⁴
    assert "agree" in panel.result.text() and "W₁[2, 1]" in panel.result.text()


def test_a_gradient_step_on_the_network_changes_the_sessions_weights_and_lowers_the_loss(tool, qtbot):
    tool.set_mode("network")
    old = tool.session.network.params["W1"].copy()
    with qtbot.waitSignal(tool.session.weights_changed, timeout=1000):
        before, after = tool.gradient_step(0.1)
    assert after < before
    assert not np.array_equal(tool.session.network.params["W1"], old)
    assert "→" in tool.step_panel.result.text()


def test_a_gradient_step_on_the_quadratic_model_moves_a_b_c_downhill(tool):
    before, after = tool.gradient_step(0.01)
    assert after < before == pytest.approx(3.125)
    assert tool.model.quadratic["a"] == pytest.approx(1 + 0.01 * 10)
    assert tool.example_panel.spins["a"].value() == pytest.approx(1.1)


@pytest.mark.parametrize("typed,words", [("-10", "Right"), ("−10.004", "Right"), ("10", "ŷ − y"),
                                         ("-5", "local derivative is not"), ("2", "upstream value is not"),
                                         ("import os", "type a number")])
def test_the_exercise_accepts_right_answers_and_names_the_wrong_factor(tool, typed, words):
    panel = tool.exercise_panel
    panel.question.setCurrentIndex(panel.question.findData("a"))
    panel.answer.setText(typed)
    panel.check_button.click()
    assert words in panel.feedback.text()


def test_the_network_exercise_names_a_forgotten_sigma_prime(tool):
    tool.session.set_spec({"input_size": 2, "layers": [{"units": 4, "activation": "sigmoid"},
                                                        {"units": 2, "activation": "softmax"}]})
    tool.set_mode("network")
    panel = tool.exercise_panel
    panel.question.setCurrentIndex(panel.question.findData("delta_hidden"))
    lt = tool.model.trace.layers[0]
    panel.answer.setText(str(lt.dh[0, 0]))                # ∂L/∂h without σ′(z)
    assert panel.check() == "local"
    panel.answer.setText(str(lt.delta[0, 0]))
    assert panel.check() == "right"


def test_a_large_network_is_drawn_layer_by_layer_and_says_so(tool):
    tool.session.set_spec({"input_size": 2, "layers": [{"units": 64, "activation": "relu"},
                                                        {"units": 2, "activation": "softmax"}]})
    tool.set_mode("network")
    assert not tool.model.per_unit
    assert "too large to draw unit by unit" in tool.walk.notice.text() and tool.walk.notice.isVisibleTo(tool)
    tool.to_end()
    assert tool.graph.pieces["W1"].grad_frame.isVisible()


def test_nan_and_infinite_weights_are_drawn_with_a_message_not_a_crash(tool):
    tool.set_mode("network")
    params = {k: v.copy() for k, v in tool.session.network.params.items()}
    params["W1"][0, 0] = np.nan
    params["W2"][:] = np.inf
    tool.session.set_params(params)
    assert not tool.model.trace.finite
    assert "diverged" in tool.walk.notice.text()
    tool.to_end()
    assert "nan" in tool.walk.explanation.toPlainText()
    tool.check_panel.refresh()
    assert "not a number" in tool.check_panel.result.text()


def test_typed_numbers_are_traced_and_anything_else_is_refused(tool):
    tool.set_mode("network")
    panel = tool.example_panel
    panel.typed_x.setText("__import__('os'), 1")
    panel.typed_y.setText("1")
    panel.use_typed.click()
    assert "numbers only" in panel.typed_message.text()
    panel.typed_x.setText("0.5, −1")
    panel.use_typed.click()
    assert panel.typed_message.text() == ""
    np.testing.assert_allclose(tool.model.trace.nodes["x"].value, [[0.5, -1.0]])


def test_the_tool_fits_1280_by_720_with_the_lesson_open(window, qtbot):
    window.resize(1280, 720)
    tool = window.show_tool("backprop")
    window.lesson.show()
    qtbot.waitUntil(lambda: tool.isVisible())
    area = tool.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    qtbot.waitUntil(lambda: area.viewport().width() > 0)
    assert area.horizontalScrollBar().maximum() == 0 and area.verticalScrollBar().maximum() == 0


def test_a_network_loaded_for_other_data_is_traced_on_a_made_up_example_and_says_so(tool):
    from engine import Network
    tool.set_mode("network")
    tool.session.set_network(Network.from_spec({"input_size": 5, "layers": [{"units": 3, "activation": "tanh"},
                                                                             {"units": 4, "activation": "softmax"}]}))
    assert tool.model.trace.nodes["x"].value.shape == (1, 5)
    assert "does not fit this network" in tool.walk.notice.text()
    tool.to_end()
    assert tool.model.trace.finite


def test_while_hidden_the_tool_does_not_retrace_on_every_training_update_but_catches_up_when_shown(tool, qtbot):
    tool.set_mode("network")
    tool.hide()
    traces = []
    tool.model.trace_changed.connect(lambda: traces.append(1))
    for seed in range(3):
        tool.session.reset_weights(seed=seed + 1)
    assert traces == []
    tool.show()
    qtbot.waitUntil(lambda: len(traces) == 1)
    x, y = tool.model.example()
    loss = tool.session.network.loss(x.reshape(1, -1), np.array([y]))
    assert tool.model.trace.loss == pytest.approx(loss, rel=1e-5)


@pytest.mark.parametrize("last,loss", [("softmax", "cross_entropy"), ("sigmoid", "cross_entropy"),
                                       ("identity", "squared_error"), ("sigmoid", "squared_error")])
def test_the_network_exercises_answer_is_the_traced_gradient(tool, last, loss):
    tool.session.set_spec({"input_size": 2, "layers": [{"units": 3, "activation": "tanh"},
                                                        {"units": 1 if last != "softmax" else 2, "activation": last}],
                           "loss": loss})
    tool.set_mode("network")
    trace, panel = tool.model.trace, tool.exercise_panel
    expected = {"W": trace.layers[-1].lecture_dW[0, 0], "delta": trace.layers[-1].delta[0, 0],
                "delta_hidden": trace.layers[0].delta[0, 0]}
    for i in range(panel.question.count()):
        panel.question.setCurrentIndex(i)
        panel.reveal_button.click()
        assert panel.feedback.text().endswith("= " + num(expected[panel.question.currentData()]))
        panel.answer.setText(str(expected[panel.question.currentData()]))
        assert panel.check() == "right"


def test_a_picture_example_is_shown_as_the_picture_and_traced_layer_by_layer(tool):
    from engine.data import Dataset
    rng = np.random.default_rng(0)
    pictures = Dataset(rng.random((6, 64)).astype(np.float32), np.array([0, 1, 0, 1, 0, 1]), ["cat", "dog"],
                       name="pets", image_shape=(8, 8))
    tool.session.set_dataset(pictures)
    tool.set_mode("network")
    panel = tool.example_panel
    panel.index.setValue(4)                       # the 4th example (the field counts from 1)
    assert panel.picture.isVisibleTo(tool) and not panel.picture.pixmap().isNull()
    assert "teacher: dog" in panel.example_label.text()
    np.testing.assert_allclose(tool.model.trace.nodes["x"].value[0], pictures.X[3], rtol=1e-6)
    assert not tool.model.per_unit


def test_a_saved_session_brings_back_the_numbers_and_the_place_in_the_walk(app, qtbot, tool):
    tool.set_quadratic(a=0.5, x=-1.5)
    tool.to_backward(3)
    state = tool.save_state()
    other = BackpropTool(Session())
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.model.quadratic == tool.model.quadratic and other.model.current() == tool.model.current()
    assert other.example_panel.spins["a"].value() == 0.5
    assert other.walk.explanation.toPlainText() == tool.walk.explanation.toPlainText()


@pytest.mark.parametrize("damage", [{"mode": "nonsense"}, {"quadratic": {"a": float("nan")}},
                                    {"quadratic": {"a": "1"}}, {"quadratic": {"z": 1}}, {"position": -1},
                                    {"example": 1.5}, {"quadratic": {"a": 1e300}}])
def test_a_damaged_session_part_is_refused_and_changes_nothing(tool, damage):
    before = tool.save_state()
    state = dict(before, **damage)
    with pytest.raises((ValueError, TypeError, KeyError)):
        tool.restore_state(state)
    assert tool.save_state() == before


def test_hovering_a_unit_tells_its_value_and_gradient_in_full(tool):
    tool.set_mode("network")
    tool.to_end()
    column = tool.graph.pieces["z1"]
    tip = column.circles[0].toolTip()
    assert tip.startswith("z₁[1] = ") and "∂L/∂z₁[1] = " + num(tool.model.trace.layers[0].delta[0, 0], 6) in tip


def test_set_up_puts_the_whole_tool_state_back_whatever_the_student_did(tool):
    tool.set_up(walk="backward", steps=7, panel="exercise")
    first = (tool.save_state(), tool.panels.currentIndex(), tool.walk.explanation.toPlainText())
    tool.set_mode("network")
    tool.set_quadratic(a=3)
    tool.exercise_panel.answer.setText("5")
    tool.gradient_step(0.3)
    tool.set_up(walk="backward", steps=7, panel="exercise")
    assert (tool.save_state(), tool.panels.currentIndex(), tool.walk.explanation.toPlainText()) == first
    assert tool.exercise_panel.answer.text() == "" and tool.model.current() == ("backward", "a")


def test_the_lesson_sets_the_backprop_tool_up_for_its_three_steps(window):
    dock = window.lesson
    tool = window.tools["backprop"]
    dock.go_to(dock.lesson.index_of("backprop-chain-rule"))
    assert window.tabs.currentWidget() is tool
    # the forward pass done, L computed: the student predicts the sign of ∂L/∂a before going back
    assert tool.model.mode == "quadratic" and tool.model.current() == ("forward", "L")
    assert tool.panels.currentWidget() is tool.exercise_panel
    dock.go_to(dock.lesson.index_of("backprop-layer"))
    assert tool.model.mode == "network" and tool.model.per_unit and tool.model.current()[0] == "backward"
    assert tool.panels.currentWidget() is tool.check_panel
    dock.go_to(dock.lesson.index_of("backprop-step"))
    assert tool.model.position == len(tool.model.walk) and tool.panels.currentWidget() is tool.step_panel
    before, after = tool.step_panel.take_step()
    assert after < before


def test_a_long_value_fits_inside_its_units_circle_and_its_gradient_stays_below_it(qapp):
    """A unit's value written with two digits can be as long as "−0.00086": its circle grows to
    hold it (it ran over the circle's edge), and ∂L/∂ is written below the grown circle."""
    from types import SimpleNamespace

    from gui.backprop.items import UnitColumn
    node = SimpleNamespace(value=np.array([[-0.00086, 0.5]]), grad=np.array([[0.25, -0.000123]]))
    column = UnitColumn(node, "a", 100, 300)
    column.show(value=True, grad=True, current=False)
    for circle, value, grad in zip(column.circles, column.values, column.grads):
        inside, text = circle.sceneBoundingRect(), value.sceneBoundingRect()
        assert inside.left() < text.left() and text.right() < inside.right(), value.text()
        assert grad.sceneBoundingRect().top() >= inside.bottom(), grad.text()
    assert column.title.sceneBoundingRect().bottom() <= column.circles[0].sceneBoundingRect().top()
    assert column.values[0].text() == num(-0.00086, 2)
    assert column.circles[1].rect().width() == 2 * UnitColumn.R       # a short value: the usual size
