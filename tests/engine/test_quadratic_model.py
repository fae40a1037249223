"""The lecture's quadratic model f_Θ(x) = a x² + b x + c trained by the gradient method."""
import numpy as np
import pytest

from engine import Trainer, optimizers
from engine.data import quadratic
from engine.gradcheck import gradient_check
from engine.quadratic_model import QuadraticModel


def test_changing_a_b_c_changes_the_curve():
    x = np.array([[-1.0], [0.0], [2.0]])
    assert QuadraticModel(1, 0, 0).predict(x).ravel().tolist() == [1.0, 0.0, 4.0]
    assert QuadraticModel(2, -3, 1).predict(x).ravel().tolist() == [6.0, 1.0, 3.0]


@pytest.mark.parametrize("weight_decay", [0.0, 0.1])
def test_gradients_match_central_differences(weight_decay):
    X, y, _ = quadratic(1.5, -0.5, 0.3, n=20, noise=0.2, seed=3)
    model = QuadraticModel(0.2, 0.7, -1.1)
    _, grads = model.loss_and_gradients(X, y, weight_decay)
    analytic = {k: g.copy() for k, g in grads.items()}
    check = gradient_check(lambda: model.loss_and_gradients(X, y, weight_decay, with_gradients=False)[0],
                           model.params, analytic)
    assert check, check


def test_loss_is_half_the_mean_squared_error():
    model = QuadraticModel(0, 0, 1)
    loss, _ = model.loss_and_gradients(np.zeros((4, 1)), np.array([1.0, 3.0, 1.0, -1.0]))
    assert loss == pytest.approx(0.5 * (0 + 4 + 0 + 4) / 4)


@pytest.mark.parametrize("a, b, c", [(2.0, -3.0, 1.0), (-0.5, 1.25, 0.75)])
def test_trainer_recovers_a_b_c_of_noiseless_data_to_two_decimals(a, b, c):
    X, y, _ = quadratic(a, b, c, n=50, noise=0.0, seed=0)
    model = QuadraticModel()
    history = Trainer(model, "sgd", lr=0.05, batch_size=50, epochs=2000, seed=0).fit(X, y)
    assert history.ended.reason == "completed"
    assert history.epochs[-1].loss < history.epochs[0].loss
    assert model.coefficients == pytest.approx((a, b, c), abs=0.005)


def test_plain_gradient_steps_with_an_optimizer_move_the_parameters_downhill():
    X, y, _ = quadratic(2, -3, 1, n=30, noise=0.0, seed=1)
    model = QuadraticModel()
    opt = optimizers.make("adam", lr=0.05)
    first = model.loss_and_gradients(X, y)[0]
    for _ in range(200):
        _, grads = model.loss_and_gradients(X, y)
        opt.update(model.params, grads)
    assert model.loss(X, y) < first / 10
