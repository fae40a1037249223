"""The network builder: edits go through undo, invalid edits are refused, every view follows."""
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine import parameter_count
from engine.data import Dataset
from gui.builder import BuilderTool
from gui.builder.activation_plot import X as PLOT_X
from gui.builder.diagram import NEGATIVE, POSITIVE
from gui.session import Session


@pytest.fixture
def session(app):
    return Session()


@pytest.fixture
def tool(session, qtbot):
    widget = BuilderTool(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def picture_data(side=4, n=40, classes=3, colours=False):
    rng = np.random.default_rng(0)
    shape = (side, side, 3) if colours else (side, side)
    X = rng.random((n, int(np.prod(shape)))).astype(np.float32)
    y = np.arange(n) % classes
    return Dataset(X, y, [f"c{i}" for i in range(classes)], name="pictures", image_shape=shape)


def units(session):
    return [layer["units"] for layer in session.spec["layers"]]


# -- building: add, insert, remove, reorder, undo, redo ----------------------------------
def test_add_remove_undo_redo_round_trip(tool, session, qtbot):
    original = session.spec
    qtbot.mouseClick(tool.editor.add_button, Qt.MouseButton.LeftButton)
    assert units(session) == [8, 4, 2]
    tool.select_layer(0)
    qtbot.mouseClick(tool.editor.remove_button, Qt.MouseButton.LeftButton)
    assert units(session) == [4, 2]
    tool.undo_stack.undo()
    assert units(session) == [8, 4, 2]
    tool.undo_stack.undo()
    assert session.spec == original
    assert not tool.undo_button.isEnabled()
    tool.undo_stack.redo()
    tool.undo_stack.redo()
    assert units(session) == [4, 2]
    assert tool.editor.list.count() == 2   # the list shows the model


def test_insert_puts_a_layer_before_the_selected_one(tool, session, qtbot):
    tool.set_spec({"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                               {"units": 5, "activation": "tanh"},
                                               {"units": 2, "activation": "softmax"}]})
    tool.select_layer(1)
    qtbot.mouseClick(tool.editor.insert_button, Qt.MouseButton.LeftButton)
    assert units(session) == [8, 4, 5, 2]


def test_reorder_with_buttons_and_drag_then_undo(tool, session, qtbot):
    tool.set_spec({"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                               {"units": 5, "activation": "tanh"},
                                               {"units": 3, "activation": "sigmoid"},
                                               {"units": 2, "activation": "softmax"}]})
    tool.select_layer(0)
    qtbot.mouseClick(tool.editor.down_button, Qt.MouseButton.LeftButton)
    assert units(session) == [5, 8, 3, 2]
    assert tool.selected_layer() == 1          # the moved layer stays selected
    # a drag and drop moves the list's row; the builder turns it into an undoable edit
    tool.editor.list.model().moveRow(tool.editor.list.rootIndex(), 2, tool.editor.list.rootIndex(), 0)
    qtbot.waitUntil(lambda: units(session) == [3, 5, 8, 2], timeout=2000)
    assert [l["activation"] for l in session.spec["layers"]] == ["sigmoid", "tanh", "relu", "softmax"]
    tool.undo_stack.undo()
    assert units(session) == [5, 8, 3, 2]
    tool.undo_stack.undo()
    assert units(session) == [8, 5, 3, 2]


def test_dragging_a_layer_below_the_output_is_refused(tool, session, qtbot):
    before = session.spec
    root = tool.editor.list.rootIndex()
    tool.editor.list.model().moveRow(root, 0, root, 2)
    qtbot.waitUntil(lambda: tool.message_for_layer(None) != "", timeout=2000)
    assert "output layer stays last" in tool.message_for_layer(None)
    assert session.spec == before
    assert tool.editor.list.count() == 2


def test_keyboard_undo_and_redo(tool, session, qtbot):
    tool.load_preset("deep_narrow")
    assert len(session.spec["layers"]) == 6
    tool.activateWindow()
    tool.diagram.setFocus()
    qtbot.keyClick(tool.diagram, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert units(session) == [8, 2]
    qtbot.keyClick(tool.diagram, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(session.spec["layers"]) == 6


def test_typing_a_size_is_one_undo_step_and_undo_restores_trained_weights(tool, session, qtbot):
    session.set_params({"W1": np.full((2, 8), 0.5, dtype=np.float32)})   # as if trained
    spin = tool.editor.rows[0].units
    spin.setValue(9)
    tool.editor.rows[0].units.setValue(10)
    assert units(session) == [10, 2]
    assert tool.undo_stack.count() == 1
    tool.undo_stack.undo()
    assert units(session) == [8, 2]
    assert np.all(session.network.params["W1"] == 0.5)


def test_activation_editor_changes_the_layer(tool, session):
    combo = tool.editor.rows[0].activation
    combo.activated.emit(combo.findData("tanh"))
    assert session.spec["layers"][0]["activation"] == "tanh"


# -- validation --------------------------------------------------------------------------
def test_zero_units_is_refused_beside_the_layer(tool, session):
    network = session.network
    tool.editor.rows[0].units.setValue(0)
    assert "at least 1 unit" in tool.message_for_layer(0)
    assert session.network is network and units(session) == [8, 2]
    assert tool.undo_stack.count() == 0


def test_absurd_sizes_are_refused_before_allocating(tool, session):
    network = session.network
    tool.editor.rows[0].units.setValue(50_000_000)
    assert "absurd" in tool.message_for_layer(0)
    # two layers of a million units: 10¹² parameters, terabytes; refused without allocation
    huge = {"input_size": 2, "layers": [{"units": 1_000_000, "activation": "relu"},
                                        {"units": 1_000_000, "activation": "relu"},
                                        {"units": 2, "activation": "softmax"}]}
    assert not tool.set_spec(huge)
    message = tool.message_for_layer(1)
    assert "GB" in message and "1,000,00" in message
    assert session.network is network and units(session) == [8, 2]


def test_softmax_in_a_hidden_layer_is_refused(tool, session):
    tool.load_preset("one_hidden")
    before = session.spec
    combo = tool.editor.rows[0].activation
    combo.activated.emit(combo.findData("softmax"))
    assert "only be the output layer" in tool.message_for_layer(0)
    assert session.spec == before


def test_a_valid_edit_clears_the_message(tool, session):
    tool.editor.rows[0].units.setValue(0)
    assert tool.message_for_layer(0)
    tool.editor.rows[0].units.setValue(3)
    assert units(session) == [3, 2]
    assert tool.message_for_layer(0) == ""


# -- output layer and loss ---------------------------------------------------------------
def test_output_follows_the_data_and_input_size_is_explained(tool, session):
    session.set_dataset(picture_data(side=32, n=12, classes=3))
    assert session.spec["input_size"] == 1024
    assert session.spec["layers"][-1] == {"units": 3, "activation": "softmax"}
    assert "32×32 pixels = 1024 inputs" in tool.task_panel.input_label.text()
    assert "32×32 pixels = 1024 inputs" in tool.formulas.toPlainText()
    assert tool.editor.rows[-1].follow.isChecked()


def test_overriding_the_output_warns_about_odd_choices(tool, session):
    session.set_dataset(picture_data(side=4, classes=3))
    out = tool.editor.rows[-1]
    out.follow.setChecked(False)
    out.activation.activated.emit(out.activation.findData("sigmoid"))
    assert session.spec["layers"][-1]["activation"] == "sigmoid"
    assert "softmax is usual" in tool.editor.rows[-1].warning.text()
    tool.editor.rows[-1].follow.setChecked(True)
    assert session.spec["layers"][-1] == {"units": 3, "activation": "softmax"}
    tool.set_loss("squared_error")
    assert session.spec["loss"] == "squared_error"
    assert "squared error learns slowly" in tool.editor.rows[-1].warning.text()


def test_presets_fit_the_task(tool, session):
    tool.load_preset("single_neuron")
    assert session.spec["layers"] == [{"units": 1, "activation": "sigmoid"}]
    assert session.spec["loss"] == "cross_entropy"
    tool.load_preset("wide")
    assert units(session) == [256, 2]
    with pytest.raises(KeyError):
        tool.load_preset("nonsense")


def test_the_preset_box_says_custom_once_the_network_is_no_preset(tool, session):
    box = tool.task_panel.preset
    tool.load_preset("wide")
    assert box.currentText() == "Wide (256 ReLU units)"
    tool.editor.rows[0].units.setValue(100)                      # edited: no preset any more
    assert units(session) == [100, 2]
    assert box.currentText() == "(custom network)" and not tool.task_panel.use_preset.isEnabled()
    tool.undo_stack.undo()                                       # back to the preset exactly
    assert box.currentText() == "Wide (256 ReLU units)"
    box.setCurrentIndex(box.findData("deep_narrow"))
    tool.task_panel.use_preset.click()
    assert units(session) == [4, 4, 4, 4, 4, 2] and box.currentText() == "Deep and narrow (5 × 4 tanh units)"


# -- save and load -----------------------------------------------------------------------
def test_spec_json_round_trip(tool, session, tmp_path):
    tool.load_preset("deep_narrow")
    saved = session.spec
    path = tmp_path / "net.json"
    assert tool.save_spec(str(path))
    assert json.loads(path.read_text())["layers"] == saved["layers"]
    tool.load_preset("one_hidden")
    assert session.spec != saved
    assert tool.load_spec(str(path))
    assert session.spec == saved
    assert "Loaded" in tool.message.text()


@pytest.mark.parametrize("content, expected", [
    ("{not json", "not valid JSON"),
    ("[1, 2, 3]", "not a usable network description"),
    ('{"input_size": 2, "layers": [{"units": 0, "activation": "relu"}, '
     '{"units": 2, "activation": "softmax"}]}', "layer 1: needs at least 1 unit"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff", "not a text file"),
])
def test_invalid_files_get_a_clear_message_and_change_nothing(tool, session, tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = session.network
    assert not tool.load_spec(str(path))
    assert expected in tool.message.text()
    assert session.network is before
    assert not tool.load_spec(str(tmp_path / "missing.json"))
    assert "Could not open" in tool.message.text()


def test_loaded_spec_for_other_data_is_fitted_with_a_note(tool, session, tmp_path):
    path = tmp_path / "mnist.json"
    path.write_text(json.dumps({"input_size": 784, "layers": [{"units": 16, "activation": "relu"},
                                                              {"units": 10, "activation": "softmax"}]}))
    assert tool.load_spec(str(path))
    assert session.spec["input_size"] == 2 and units(session) == [16, 2]
    assert "784" in tool.message.text()


# -- the views follow the model ----------------------------------------------------------
def test_diagram_follows_spec_and_weights(tool, session, qtbot):
    diagram = tool.diagram
    assert [len(c) for c in diagram.columns] == [2, 8, 2]
    tool.set_spec({"input_size": 2, "layers": [{"units": 100, "activation": "relu"},
                                               {"units": 3, "activation": "tanh"},
                                               {"units": 2, "activation": "softmax"}]})
    assert len(diagram.columns) == 4
    assert len(diagram.columns[1]) < 100 and "100" in diagram.ellipses[1].text()
    assert diagram.ellipses[2] is None
    W = np.zeros((2, 100), dtype=np.float32)
    W[0, 0], W[1, 0] = 2.0, -1.0
    session.set_params({"W1": W})
    # redrawn by a timer (at most 10×/s during training), not at once
    qtbot.waitUntil(lambda: "-1.0000" in diagram.edges[(1, 1, 0)].toolTip(), timeout=2000)
    positive, negative = diagram.edges[(1, 0, 0)].pen(), diagram.edges[(1, 1, 0)].pen()
    assert positive.color().rgb() == POSITIVE.rgb() and negative.color().rgb() == NEGATIVE.rgb()
    assert positive.widthF() > negative.widthF()
    assert "+0.0000" in diagram.edges[(1, 0, 1)].toolTip()


def test_formulas_show_shapes_and_parameter_counts(tool, session):
    tool.set_spec({"input_size": 2, "layers": [{"units": 64, "activation": "relu"},
                                               {"units": 2, "activation": "softmax"}]})
    text = tool.formulas.toPlainText()
    assert "W1: 64×2" in text and "b1: 64" in text
    assert f"{parameter_count(session.spec):,}" in text
    assert "fΘ(x) = f2(f1(x))" in text
    tool.load_preset("deep_narrow")
    text = tool.formulas.toPlainText()
    assert "f6(f5(… f2(f1(x)) …))" in text
    assert "W6: 2×4" in text


def test_activation_plot_shows_the_selected_layer(tool, session):
    tool.set_spec({"input_size": 2, "layers": [{"units": 4, "activation": "relu"},
                                               {"units": 3, "activation": "tanh"},
                                               {"units": 2, "activation": "softmax"}]})
    tool.select_layer(1)
    x, y = tool.activation_plot.function_curve.getData()
    _, dy = tool.activation_plot.derivative_curve.getData()
    assert np.allclose(y, np.tanh(PLOT_X)) and np.allclose(dy, 1 - np.tanh(PLOT_X) ** 2)
    combo = tool.editor.rows[1].activation
    combo.activated.emit(combo.findData("sigmoid"))
    _, y = tool.activation_plot.function_curve.getData()
    assert np.allclose(y, 1 / (1 + np.exp(-PLOT_X)))
    assert "sigmoid" in tool.activation_plot.caption.text()


def test_weight_images_show_each_unit_and_follow_training(tool, session, qtbot):
    assert not tool.details.isTabVisible(1)   # 2-D points: nothing to draw
    session.set_dataset(picture_data(side=4, classes=3))
    assert tool.details.isTabVisible(1)
    images = tool.weight_images.images
    assert len(images) == 8 and images[0].width() == 4 and images[0].height() == 4
    before = images[0].copy()
    W = np.zeros((16, 8), dtype=np.float32)
    W[5, 0] = 1.0                           # unit 1 looks only at pixel (1, 1)
    session.set_params({"W1": W})
    qtbot.waitUntil(lambda: tool.weight_images.images[0] != before, timeout=2000)
    image = tool.weight_images.images[0]
    assert image.pixelColor(1, 1).rgb() != image.pixelColor(0, 0).rgb()
    assert image.pixelColor(0, 0).name() == "#ffffff"


def test_screenshot_state_has_three_layers_with_weights(tool, session):
    tool.prepare_screenshot()
    assert len(session.spec["layers"]) == 3
    assert all(np.abs(session.network.params[f"W{k}"]).max() > 0 for k in (1, 2, 3))
    widths = {round(line.pen().widthF(), 2) for line in tool.diagram.edges.values()}
    assert len(widths) > 5   # edges differ by weight size


# -- the shared session ------------------------------------------------------------------
def test_new_data_adapts_input_and_output_and_signals(session, qtbot):
    session.set_spec({"input_size": 2, "layers": [{"units": 5, "activation": "tanh"},
                                                  {"units": 2, "activation": "softmax"}]})
    with qtbot.waitSignals([session.data_changed, session.spec_changed, session.weights_changed],
                           order="strict", timeout=1000):
        session.set_dataset(picture_data(side=3, classes=4, colours=True))
    assert session.spec["input_size"] == 27
    assert session.spec["layers"] == [{"units": 5, "activation": "tanh"}, {"units": 4, "activation": "softmax"}]
    assert session.input_explanation() == "3×3 pixels × 3 colours = 27 inputs"
    # data that fits the network changes nothing but the data
    with qtbot.assertNotEmitted(session.spec_changed):
        session.set_dataset(picture_data(side=3, classes=4, colours=True))


def test_fitting_a_huge_input_halves_the_hidden_layers_instead_of_failing(session):
    spec = {"input_size": 10, "layers": [{"units": 20_000, "activation": "relu"},
                                         {"units": 2, "activation": "softmax"}]}
    session.dataset = Dataset(np.zeros((1, 100_000), dtype=np.float32), np.array([0]), ["a", "b"])
    fitted = session.fit_spec_to_data(spec)   # 100 000 × 20 000 would need ~30 GB
    assert fitted["input_size"] == 100_000
    assert fitted["layers"][0]["units"] < 20_000
    assert parameter_count(fitted) * 16 <= 2 * 1024**3


def test_a_stale_weight_snapshot_after_an_edit_is_ignored(tool, session):
    snapshot = {k: v.copy() for k, v in session.network.params.items()}   # W1: 2×8
    tool.editor.rows[0].units.setValue(3)
    assert session.set_params(snapshot) is False
    assert session.network.params["W1"].shape == (2, 3)


# -- choosing two weights for the loss landscape ---------------------------------------------
def click_scene(qtbot, diagram, point):
    """A left click where the diagram shows the scene point ``point``."""
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=diagram.mapFromScene(point))


def test_clicking_an_edge_or_a_neuron_chooses_its_weight_or_bias(tool, session, qtbot):
    diagram = tool.diagram
    qtbot.waitUntil(lambda: diagram.isVisible())
    edge = diagram.edges[(1, 0, 1)]                    # from input x1 to unit 2 of h1: W1[0, 1]
    click_scene(qtbot, diagram, edge.line().pointAt(0.3))
    assert session.chosen_weights == [("W1", (0, 1))]
    unit = diagram.columns[2][1]                       # output unit 2: its bias b2[1]
    click_scene(qtbot, diagram, unit.rect().center())
    assert session.chosen_weights == [("W1", (0, 1)), ("b2", (1,))]
    # both are ringed and named in the diagram
    names = sorted(item.text() for item in diagram._chosen_items if hasattr(item, "text"))
    assert names == ["1: W1[0,1]", "2: b2[1]"]
    # a third choice lets the earliest go; choosing one again lets it go
    click_scene(qtbot, diagram, diagram.edges[(2, 3, 0)].line().pointAt(0.6))
    assert session.chosen_weights == [("b2", (1,)), ("W2", (3, 0))]
    click_scene(qtbot, diagram, unit.rect().center())
    assert session.chosen_weights == [("W2", (3, 0))]
    # a click on empty space chooses nothing
    click_scene(qtbot, diagram, diagram.sceneRect().topLeft())
    assert session.chosen_weights == [("W2", (3, 0))]


def test_chosen_weights_the_network_no_longer_has_are_let_go(tool, session):
    session.choose_weight("W2", (7, 1))
    assert session.chosen_weights == [("W2", (7, 1))]
    session.set_spec({"input_size": 2, "layers": [{"units": 3, "activation": "relu"},
                                                  {"units": 2, "activation": "softmax"}],
                      "loss": "cross_entropy"})
    assert session.chosen_weights == []               # W2 has 3 rows now
    assert not [item for item in tool.diagram._chosen_items]
