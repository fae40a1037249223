"""The small helpers that describe the output layer a task needs."""
import numpy as np
import pytest

from engine import Network, validate_spec as validate
from engine.spec import default_loss_for, fit_to_task, output_fits, output_layer_for


@pytest.mark.parametrize("n_classes", [2, 3, 10])
def test_classification_gets_one_softmax_unit_per_class(n_classes):
    assert output_layer_for(n_classes) == {"units": n_classes, "activation": "softmax"}


def test_regression_gets_identity_units_per_target():
    assert output_layer_for(0) == {"units": 1, "activation": "identity"}
    assert output_layer_for(0, n_targets=3) == {"units": 3, "activation": "identity"}


@pytest.mark.parametrize("activation, loss", [("softmax", "cross_entropy"), ("sigmoid", "cross_entropy"),
                                              ("identity", "squared_error"), ("tanh", "squared_error")])
def test_default_loss_follows_output_activation(activation, loss):
    assert default_loss_for(activation) == loss


def test_a_network_with_the_default_loss_after_sigmoid_learns_yes_no_labels():
    # one sigmoid unit with cross-entropy is logistic regression (the fused sigmoid head)
    spec = {"input_size": 1, "layers": [{"units": 1, "activation": "sigmoid"}],
            "loss": default_loss_for("sigmoid")}
    net = Network.from_spec(spec, seed=0)
    X, y = np.array([[-2.0], [-1.0], [1.0], [2.0]]), np.array([0, 0, 1, 1])
    first, _ = net.loss_and_gradients(X, y)
    for _ in range(200):
        _, grads = net.loss_and_gradients(X, y)
        for k in net.params:
            net.params[k] -= 0.5 * grads[k]
    assert net.loss(X, y) < first / 2
    assert np.all((net.predict(X)[:, 0] > 0.5) == (y == 1))


def test_output_fits_counts_classes_and_targets():
    assert output_fits({"units": 3, "activation": "softmax"}, 3)
    assert not output_fits({"units": 2, "activation": "softmax"}, 3)
    assert output_fits({"units": 1, "activation": "sigmoid"}, 2)   # one yes/no unit
    assert not output_fits({"units": 1, "activation": "sigmoid"}, 3)
    assert output_fits({"units": 1, "activation": "identity"}, 0)
    assert not output_fits({"units": 2, "activation": "identity"}, 0, n_targets=1)


def test_the_suggested_output_layer_builds_a_network():
    spec = {"input_size": 4, "layers": [{"units": 5, "activation": "relu"}, output_layer_for(3)],
            "loss": default_loss_for("softmax")}
    net = Network.from_spec(spec, seed=0)
    assert net.predict([[0.0, 1.0, 2.0, 3.0]]).shape == (1, 3)


# -- fit_to_task: the one rule for "make the network fit the data" ----------------------------
def _spec(layers, loss, n_in=2):
    return {"input_size": n_in, "layers": [{"units": u, "activation": a} for u, a in layers], "loss": loss}


def test_fitting_to_pictures_keeps_hidden_layers_and_adds_one_softmax_unit_per_class():
    spec = fit_to_task(_spec([(8, "relu"), (2, "softmax")], "cross_entropy"), n_inputs=1024, n_classes=10)
    assert spec["input_size"] == 1024
    assert [(l["units"], l["activation"]) for l in spec["layers"]] == [(8, "relu"), (10, "softmax")]
    assert spec["loss"] == "cross_entropy"


def test_a_yes_no_sigmoid_unit_is_kept_for_two_classes():
    spec = fit_to_task(_spec([(4, "tanh"), (1, "sigmoid")], "cross_entropy"), n_inputs=2, n_classes=2)
    assert spec["layers"][-1] == {"units": 1, "activation": "sigmoid"} and spec["loss"] == "cross_entropy"


def test_regression_data_turns_cross_entropy_into_squared_error():
    # [tanh 4, sigmoid 1] fits one target by size, but cross-entropy needs class labels
    spec = fit_to_task(_spec([(4, "tanh"), (1, "sigmoid")], "cross_entropy"), n_inputs=1, n_targets=1)
    assert spec["input_size"] == 1 and spec["loss"] == "squared_error"
    assert spec["layers"][-1] == {"units": 1, "activation": "sigmoid"}


def test_classification_replaces_a_regression_output_with_softmax_and_cross_entropy():
    spec = fit_to_task(_spec([(1, "identity")], "squared_error", n_in=1), n_inputs=2, n_classes=3)
    assert spec["layers"] == [{"units": 3, "activation": "softmax"}] and spec["loss"] == "cross_entropy"


def test_an_output_of_the_right_size_keeps_the_loss_the_student_chose():
    # squared error on one-hot targets is the lecture's own loss: fitting does not overrule it
    spec = fit_to_task(_spec([(3, "identity")], "squared_error", n_in=1), n_inputs=2, n_classes=3)
    assert spec["layers"] == [{"units": 3, "activation": "identity"}] and spec["loss"] == "squared_error"


def test_a_network_too_big_for_the_new_input_halves_its_hidden_layers():
    spec = fit_to_task(_spec([(20_000, "relu"), (2, "softmax")], "cross_entropy"), n_inputs=100_000, n_classes=2)
    assert spec["layers"][0]["units"] < 20_000
    Network.from_spec(spec)   # valid, and small enough to build


def test_network_presets_take_the_output_layer_and_loss_from_the_task():
    from engine.presets import NETWORK_PRESETS, preset_spec
    two = preset_spec("single_neuron", 2, n_classes=2)
    assert two["layers"] == [{"units": 1, "activation": "sigmoid"}] and two["loss"] == "cross_entropy"
    three = preset_spec("one_hidden", 784, n_classes=3)
    assert three["input_size"] == 784
    assert three["layers"] == [{"units": 8, "activation": "relu"}, {"units": 3, "activation": "softmax"}]
    regression = preset_spec("deep_narrow", 1, n_classes=0, n_targets=1)
    assert regression["layers"][-1] == {"units": 1, "activation": "identity"}
    assert regression["loss"] == "squared_error" and len(regression["layers"]) == 6
    for name in NETWORK_PRESETS:
        validate(preset_spec(name, 2, n_classes=2))


def test_a_spec_that_names_no_loss_gets_the_default_loss_of_its_output():
    """One rule (default_loss_for): cross-entropy after a sigmoid's probability too."""
    for activation in ("softmax", "sigmoid", "identity", "tanh"):
        spec = validate({"input_size": 2, "layers": [{"units": 2 if activation == "softmax" else 1,
                                                      "activation": activation}]})
        assert spec["loss"] == default_loss_for(activation)
