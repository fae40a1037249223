"""Networks: specs, learning XOR and the lecture's quadratic, saving and loading."""
import json

import numpy as np
import pytest

from engine import Network, SpecError, Trainer, parameter_count, validate_spec
from engine.data import make_toy, quadratic

XOR_SPEC = {"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                        {"units": 2, "activation": "softmax"}]}


def test_xor_is_learned_to_full_accuracy():
    X, y, _ = make_toy("xor", n=200, noise=0.0, seed=0)
    net = Network.from_spec(XOR_SPEC, seed=0)
    first = net.loss(X, y)
    history = Trainer(net, "adam", lr=0.05, batch_size=20, epochs=100, seed=0).fit(X, y)
    assert history.ended.reason == "completed"
    assert history.epochs[-1].loss < first / 10
    assert np.mean(np.argmax(net.predict(X), axis=1) == y) == 1.0


def test_a_small_network_fits_2x2_minus_3x_plus_1():
    X, y, _ = quadratic(2.0, -3.0, 1.0, n=100, noise=0.0, seed=0)
    spec = {"input_size": 1, "layers": [{"units": 16, "activation": "tanh"},
                                        {"units": 1, "activation": "identity"}], "loss": "squared_error"}
    net = Network.from_spec(spec, seed=0)
    Trainer(net, "adam", lr=0.02, batch_size=10, epochs=300, seed=0).fit(X, y)
    assert net.loss(X, y) < 0.005  # 1/2 mean squared error
    assert abs(float(net.predict([[0.5]])[0, 0]) - (2 * 0.25 - 1.5 + 1)) < 0.1


def test_parameter_count_is_weights_plus_biases():
    spec = {"input_size": 1024, "layers": [{"units": 64, "activation": "relu"},
                                           {"units": 2, "activation": "softmax"}]}
    assert parameter_count(spec) == 1024 * 64 + 64 + 64 * 2 + 2
    assert Network.from_spec(spec).parameter_count == parameter_count(spec)


@pytest.mark.parametrize("layers,message,layer", [
    ([{"units": 0, "activation": "relu"}, {"units": 2}], "at least 1 unit", 0),
    ([{"units": 4, "activation": "swish"}, {"units": 2}], "unknown activation", 0),
    ([{"units": 4, "activation": "softmax"}, {"units": 2}], "softmax can only be the output", 0),
    ([{"units": 4, "activation": "relu"}, {"units": -3}], "at least 1 unit", 1),
    ([{"units": 100_000, "activation": "relu"}, {"units": 100_000}], "GB of memory", 1),
    ([], "at least one layer", None),
])
def test_invalid_specs_are_refused_with_a_message_naming_the_layer(layers, message, layer):
    with pytest.raises(SpecError, match=message) as info:
        Network.from_spec({"input_size": 2, "layers": layers})
    assert info.value.layer == layer


def test_validation_fills_in_defaults_and_leaves_the_input_alone():
    spec = {"input_size": 2, "layers": [{"units": 3}]}
    checked = validate_spec(spec)
    assert checked["loss"] == "squared_error" and checked["layers"][0]["activation"] == "identity"
    assert spec == {"input_size": 2, "layers": [{"units": 3}]}


def test_init_is_seeded():
    a, b = Network.from_spec(XOR_SPEC, seed=5), Network.from_spec(XOR_SPEC, seed=5)
    c = Network.from_spec(XOR_SPEC, seed=6)
    assert np.array_equal(a.params["W1"], b.params["W1"])
    assert not np.array_equal(a.params["W1"], c.params["W1"])
    # He initialisation for ReLU: spread about √(2 / n_in)
    big = Network.from_spec({"input_size": 400, "layers": [{"units": 400, "activation": "relu"}]})
    assert abs(big.params["W1"].std() - np.sqrt(2 / 400)) < 0.005


def test_save_and_load_reproduce_predictions_exactly(tmp_path):
    X, y, _ = make_toy("moons", n=100, seed=1)
    net = Network.from_spec(XOR_SPEC, seed=3)
    Trainer(net, "momentum", lr=0.1, epochs=3).fit(X, y)
    path = tmp_path / "net.npz"
    net.save(path)
    back = Network.load(path)
    assert back.spec == net.spec
    assert np.array_equal(back.predict(X), net.predict(X))


def test_loading_a_file_that_is_not_a_network_says_so(tmp_path):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"this is not a zip file")
    with pytest.raises(ValueError, match="cannot read"):
        Network.load(junk)
    other = tmp_path / "other.npz"
    np.savez(other, a=np.zeros(3))
    with pytest.raises(ValueError, match="not a Gradient Lab network"):
        Network.load(other)


def test_a_saved_file_holds_no_pickle(tmp_path):
    path = tmp_path / "net.npz"
    Network.from_spec(XOR_SPEC).save(path)
    with np.load(path, allow_pickle=False) as data:  # would raise if anything needed pickle
        assert json.loads(str(data["__spec__"]))["input_size"] == 2
