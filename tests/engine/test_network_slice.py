"""Step on it: the network's loss over two of its weights as a function for the stepper (item 15)."""
import numpy as np
import pytest

from engine import Network, Trainer, descent, objectives, optimizers
from engine.data import make_toy


def xor_network(dtype=np.float64):
    X, y, _ = make_toy("xor", n=120, seed=3)
    spec = {"input_size": 2, "layers": [{"units": 6, "activation": "tanh"}, {"units": 2, "activation": "softmax"}],
            "loss": "cross_entropy"}
    return Network.from_spec(spec, seed=2, dtype=dtype), X, y


def regression_network():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(50, 3))
    y = np.column_stack([X[:, 0] - 2 * X[:, 1], np.sin(X[:, 2])])
    spec = {"input_size": 3, "layers": [{"units": 5, "activation": "sigmoid"}, {"units": 2, "activation": "identity"}],
            "loss": "squared_error"}
    return Network.from_spec(spec, seed=1, dtype=np.float64), X, y


WEIGHTS = [(("W1", (0, 1)), ("b2", (1,))), (("W2", (3, 0)), ("W1", (1, 4))), (("b1", (0,)), ("b1", (4,)))]


@pytest.mark.parametrize("first, second", WEIGHTS)
@pytest.mark.parametrize("make", [xor_network, regression_network])
def test_f_and_its_gradient_are_the_engines_loss_and_backpropagated_gradient(make, first, second):
    net, X, y = make()
    f = objectives.network_slice(net, X, y, first, second, span=1.5)
    rng = np.random.default_rng(5)
    for point in np.array(f.start) + rng.uniform(-1.5, 1.5, size=(6, 2)):
        moved = net.copy()
        for (key, index), value in zip(f.weights, point):
            moved.params[key][index] = value
        loss, grads = moved.loss_and_gradients(X, y)
        assert f.value(point) == pytest.approx(loss, rel=1e-12)
        np.testing.assert_allclose(f.gradient(point), [grads[k][i] for k, i in f.weights], rtol=1e-12, atol=1e-15)
    # the same numbers for a whole grid at once (the contour map), and the gradient field
    x1, x2 = np.meshgrid(np.linspace(*f.view[0], 4), np.linspace(*f.view[1], 3))
    grid = f.values(x1, x2)
    assert grid.shape == (3, 4)
    assert grid[2, 1] == pytest.approx(f.value((x1[2, 1], x2[2, 1])), rel=1e-12)
    np.testing.assert_allclose(f.gradients(x1, x2)[1, 3], f.gradient((x1[1, 3], x2[1, 3])), rtol=1e-12)


class TwoWeightsFree(optimizers.SGD):
    """Full-batch SGD on every weight but only two: those two move, the others stay."""

    def __init__(self, lr, weights):
        super().__init__(lr)
        self.weights = weights

    def update(self, params, grads):
        self.t += 1
        for key, index in self.weights:
            params[key][index] -= self.lr * grads[key][index]


@pytest.mark.parametrize("lr", [0.3, 2.5])
def test_the_stepper_moves_the_two_weights_exactly_as_full_batch_sgd_with_only_them_free(lr):
    net, X, y = xor_network()
    first, second = ("W1", (1, 3)), ("b2", (0,))
    f = objectives.network_slice(net, X, y, first, second, span=2.0, lr=lr)
    path = descent.run(f, steps=25)
    assert len(path.points) == 26 and path.stop is None

    trained = net.copy()
    trainer = Trainer(trained, optimizer=TwoWeightsFree(lr, f.weights), lr=lr, batch_size=len(X), epochs=25)
    trainer.fit(X, y)
    end = [trained.params[k][i] for k, i in f.weights]
    np.testing.assert_allclose(path.points[-1], end, rtol=1e-12)
    # every other weight is where it was, and the network the stepper was given is untouched
    for key in net.params:
        mask = np.ones(net.params[key].shape, bool)
        for k, i in f.weights:
            if k == key:
                mask[i] = False
        np.testing.assert_array_equal(trained.params[key][mask], net.params[key][mask])
    assert f.start == (net.params["W1"][1, 3], net.params["b2"][0])


def test_the_map_reaches_the_span_around_the_weights_and_names_them():
    net, X, y = xor_network(np.float32)
    f = objectives.network_slice(net, X, y, ("W1", (0, 1)), ("b2", (1,)), span=0.75)
    assert f.variables == ("W1[0,1]", "b2[1]")
    assert f.architecture() == "2 → 6 → 2"
    a, b = float(net.params["W1"][0, 1]), float(net.params["b2"][1])
    np.testing.assert_allclose(f.view, [(a - 0.75, a + 0.75), (b - 0.75, b + 0.75)])
    # near the start the loss is close to a quadratic: the local bound comes from its Hessian
    bound = f.stability_bound()
    assert bound is not None and bound > 0
    # training the network further does not change the function
    net.params["W1"][:] = 0
    assert f.value(f.start) == pytest.approx(xor_network()[0].loss(X, y), rel=1e-6)


@pytest.mark.parametrize("first, second, why", [
    (("W9", (0, 0)), ("b1", (0,)), "no parameter 'W9'"),
    (("W1", (2, 0)), ("b1", (0,)), "outside W1"),
    (("W1", (0,)), ("b1", (0,)), "W1 has 2 index"),
    (("b1", (0,)), ("b1", (0,)), "two different weights"),
    (("__class__", (0,)), ("b1", (0,)), "no parameter"),
    ("W1", ("b1", (0,)), "does not name a weight"),
])
def test_weights_the_network_does_not_have_are_refused_with_a_sentence(first, second, why):
    net, X, y = xor_network()
    with pytest.raises(ValueError, match=why):
        objectives.network_slice(net, X, y, first, second)


def test_data_that_does_not_fit_and_nan_weights_are_refused():
    net, X, y = xor_network()
    with pytest.raises(ValueError, match="does not fit"):
        objectives.network_slice(net, X[:, :1], y, ("W1", (0, 0)), ("b1", (0,)))
    with pytest.raises(ValueError, match="labels"):
        objectives.network_slice(net, X, y + 5, ("W1", (0, 0)), ("b1", (0,)))
    net.params["W2"][0, 0] = np.nan
    with pytest.raises(ValueError, match="not finite"):
        objectives.network_slice(net, X, y, ("W1", (0, 0)), ("b1", (0,)))
