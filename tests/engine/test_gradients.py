"""Backpropagation against central differences, for every layer, activation and loss."""
import numpy as np
import pytest

from engine import Network, check_layer, check_network, gradient_check
from engine.activations import ACTIVATIONS, make
from engine.layers import Affine

rng = np.random.default_rng(0)


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_activation_backward_matches_the_numerical_derivative(name):
    x = rng.standard_normal((4, 5))
    x[np.abs(x) < 1e-3] = 0.5  # keep ReLU away from its kink
    assert check_layer(make(name), x)


def test_affine_backward_matches_the_numerical_derivative_for_x_w_and_b():
    params = {"W1": rng.standard_normal((3, 4)), "b1": rng.standard_normal(4)}
    grads = {}
    layer = Affine(params, grads, "W1", "b1")
    x = rng.standard_normal((5, 3))
    assert check_layer(layer, x)
    r = rng.standard_normal((5, 4))
    layer.forward(x)
    layer.backward(r)
    analytic = {k: grads[k].copy() for k in params}
    verdict = gradient_check(lambda: float(np.sum(layer.forward(x) * r)), params, analytic)
    assert verdict.ok, verdict


HEADS = [(last, loss) for last in ("identity", "relu", "sigmoid", "tanh", "softmax")
         for loss in ("squared_error", "cross_entropy")]


@pytest.mark.parametrize("hidden", ["identity", "relu", "sigmoid", "tanh"])
@pytest.mark.parametrize("last,loss", HEADS)
def test_network_gradients_for_every_activation_and_loss(hidden, last, loss):
    spec = {"input_size": 3, "layers": [{"units": 4, "activation": hidden},
                                        {"units": 3, "activation": last}], "loss": loss}
    net = Network.from_spec(spec, seed=1, dtype=np.float64)
    if loss == "cross_entropy" and last not in ("softmax", "sigmoid"):
        # −log ŷ of an output that is not a probability: keep ŷ well above 0, where
        # central differences are accurate (near 0 its curvature swamps them).
        net.params["b2"] += 3.0
    X = rng.standard_normal((6, 3))
    y = rng.integers(0, 3, 6)
    verdict = check_network(net, X, y)
    assert verdict.ok, verdict


def test_regression_targets_and_weight_decay_gradients():
    spec = {"input_size": 2, "layers": [{"units": 5, "activation": "tanh"},
                                        {"units": 2, "activation": "identity"}], "loss": "squared_error"}
    net = Network.from_spec(spec, seed=2, dtype=np.float64)
    X, Y = rng.standard_normal((7, 2)), rng.standard_normal((7, 2))
    assert check_network(net, X, Y, weight_decay=0.3)


def test_single_sigmoid_output_with_binary_labels():
    spec = {"input_size": 2, "layers": [{"units": 1, "activation": "sigmoid"}], "loss": "cross_entropy"}
    net = Network.from_spec(spec, seed=3, dtype=np.float64)
    assert check_network(net, rng.standard_normal((8, 2)), rng.integers(0, 2, 8))


def test_the_check_catches_a_wrong_gradient():
    spec = {"input_size": 2, "layers": [{"units": 3, "activation": "tanh"},
                                        {"units": 2, "activation": "softmax"}]}
    net = Network.from_spec(spec, seed=4, dtype=np.float64)
    X, y = rng.standard_normal((5, 2)), rng.integers(0, 2, 5)
    _, grads = net.loss_and_gradients(X, y)
    wrong = {k: g * 1.01 for k, g in grads.items()}
    verdict = gradient_check(lambda: net.loss(X, y), net.params, wrong)
    assert not verdict.ok and verdict.max_error > 1e-3
