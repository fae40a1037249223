"""Step on it: the Loss landscape sends two of the network's weights to the gradient stepper."""
import json

import numpy as np
import pytest

from engine import objectives
from gui.persistence import state
from lab import session_file

WEIGHTS = (("W1", (0, 1)), ("b2", (1,)))


def step_on(window, qtbot, weights=WEIGHTS, span=1.5):
    landscape = window.show_tool("landscape")
    landscape.set_span(span)
    landscape.set_plane("weights", weights)
    qtbot.waitUntil(lambda: landscape.model.slice is not None and not landscape.model.busy, timeout=30_000)
    assert landscape.step_on.isEnabled()
    landscape.step_on.click()
    return window.tools["stepper"]


def test_step_on_it_puts_the_stepper_on_the_networks_loss_over_the_two_weights(window, qtbot):
    window.tools["training"].model.set_setup(lr=0.7)
    stepper = step_on(window, qtbot)
    assert window.tabs.currentWidget() is stepper
    f, net, data = stepper.model.objective, window.session.network, window.session.dataset
    # what the stepper says it is: the loss of this network over these two weights
    title = stepper.function_panel.preset.currentText()
    assert "W1[0,1]" in title and "b2[1]" in title and "2 → " in title
    assert "backpropagation" in stepper.function_panel.derivative.text()
    axes = stepper.contour_view.getPlotItem()
    assert axes.getAxis("bottom").labelText == "W1[0,1]" and axes.getAxis("left").labelText == "b2[1]"
    # it starts at the network's weights, with the training tab's α, the map spans the slice
    start = (float(net.params["W1"][0, 1]), float(net.params["b2"][1]))
    assert stepper.current_point() == pytest.approx(start, rel=1e-6)
    assert stepper.model.lr == pytest.approx(0.7)
    assert f.view[0] == pytest.approx((start[0] - 1.5, start[0] + 1.5), rel=1e-6)
    assert np.isfinite(stepper.contour_view.map.values).all()
    assert stepper.settings_panel.bound.isVisible()                 # α < 2/L at the start
    # Step 2 is the network's backpropagated gradient; Step 3 moves the two weights by −α g
    stepper.step()
    moved = net.copy()
    loss, grads = moved.loss_and_gradients(data.X, data.y)
    g = (grads["W1"][0, 1], grads["b2"][1])
    assert stepper.current_gradient() == pytest.approx(g, rel=1e-4, abs=1e-7)
    stepper.step()
    assert stepper.current_point() == pytest.approx(np.array(start) - 0.7 * np.array(g), rel=1e-4, abs=1e-7)
    assert stepper.table.table.rowCount() == 1
    assert float(stepper.table.table.item(0, 2).text().replace("−", "-")) == pytest.approx(loss, rel=1e-5)
    # training on does not change the function the stepper was given
    net.params["W1"][:] = 0
    assert f.value(start) == pytest.approx(loss, rel=1e-5)
    # and going back to a preset works as before
    stepper.function_panel.preset.setCurrentIndex(stepper.function_panel.preset.findData("zigzag"))
    stepper.function_panel.preset.activated.emit(stepper.function_panel.preset.currentIndex())
    assert stepper.model.objective.key == "zigzag"
    assert stepper.contour_view.getPlotItem().getAxis("bottom").labelText == "x1"
    assert stepper.function_panel.preset.findData("network") == -1


@pytest.mark.parametrize("kind", ["random", "pca"])
def test_step_on_it_is_disabled_for_random_and_pca_planes_and_says_why(window, kind):
    landscape = window.show_tool("landscape")
    assert landscape.step_on.isEnabled()
    landscape.set_plane(kind)
    assert not landscape.step_on.isEnabled()
    assert "random and PCA" in landscape.step_on.toolTip()
    assert landscape.step_on_it() is None
    landscape.set_plane("weights", WEIGHTS)
    assert landscape.step_on.isEnabled()
    assert "backpropagation" in landscape.step_on.toolTip()


def saved(window):
    return json.loads(session_file.dumps(state.collect(window)))


def test_a_session_saved_on_a_networks_slice_reopens_on_it(window, qtbot):
    stepper = step_on(window, qtbot)
    for _ in range(3):
        stepper.iterate()
    stepper.step()
    document = saved(window)
    point, weights = stepper.current_point(), stepper.model.objective.weights
    stepper.load_preset("bowl")
    window.session.set_spec({"input_size": 2, "layers": [{"units": 3, "activation": "relu"},
                                                         {"units": 2, "activation": "softmax"}]})
    state.apply(window, session_file.decode(session_file.loads(json.dumps(document))))
    f = stepper.model.objective
    assert f.key == "network" and f.weights == weights
    assert stepper.current_point() == point
    assert stepper.current_step() == 4
    assert "W1[0,1]" in stepper.function_panel.preset.currentText()


@pytest.mark.parametrize("damage, why", [
    (lambda part: part["weights"].__setitem__(0, ["W7", [0, 0]]), "no parameter 'W7'"),
    (lambda part: part["weights"].__setitem__(1, ["b2", [99]]), "outside b2"),
    (lambda part: part["weights"].__setitem__(1, ["__import__('os')", [0]]), "no parameter"),
    (lambda part: part.__setitem__("weights", [["W1", [0, 1]]]), "two weights"),
    (lambda part: part.__setitem__("data", "AAAA"), "data"),
    (lambda part: part["network"]["spec"].__setitem__("input_size", 3), "network"),
])
def test_a_hostile_slice_in_a_session_is_refused_with_a_message_and_nothing_is_lost(window, qtbot, damage, why):
    step_on(window, qtbot)
    document = saved(window)
    damage(document["tools"]["stepper"]["function"]["network_slice"])
    stepper = window.tools["stepper"]
    stepper.load_preset("himmelblau")
    stepper.iterate()
    before = saved(window)
    with pytest.raises(session_file.SessionFileError) as refused:
        session_file.decode(session_file.loads(json.dumps(document)))
    assert refused.value.kind == "damaged" and why in refused.value.message
    assert stepper.model.objective.key == "himmelblau"
    before.pop("saved_at")
    after = saved(window)
    after.pop("saved_at")
    assert after == before


def test_the_notebook_of_a_networks_slice_says_it_is_the_networks_loss(window, qtbot, tmp_path):
    from gui.export_notebook import STEPPER, export_notebook
    stepper = step_on(window, qtbot)
    stepper.iterate()
    nb = export_notebook(window, tmp_path / "slice.ipynb", STEPPER, language="en")
    first = "".join(nb["cells"][0]["source"])
    assert "not a formula" in first and "loss of the network" in first and "W1\\[0,1\\]" in first
    code = "".join(nb["cells"][-1]["source"])
    assert "WEIGHTS = ('W1[0,1]', 'b2[1]')" in code
    compile(code, "cell", "exec")
