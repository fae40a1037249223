"""Each optimizer against a hand computation, and each finds the bottom of a bowl."""
import numpy as np
import pytest

from engine import optimizers


def test_sgd_reproduces_the_lecture_exercise():
    # f(s) = s², s0 = 2, α = 0.2: each step multiplies s by 1 − 2α = 0.6
    params = {"s": np.array([2.0])}
    opt = optimizers.make("sgd", lr=0.2)
    seen = []
    for _ in range(5):
        opt.update(params, {"s": 2 * params["s"]})
        seen.append(round(float(params["s"][0]), 10))
    assert seen == [1.2, 0.72, 0.432, 0.2592, 0.15552]


def first_two_steps(name, **settings):
    p = {"x": np.array([1.0, -2.0])}
    opt = optimizers.make(name, lr=0.1, **settings)
    opt.update(p, {"x": np.array([0.5, 1.0])})
    one = p["x"].copy()
    opt.update(p, {"x": np.array([0.5, 1.0])})
    return one, p["x"].copy(), opt


def test_momentum_keeps_its_velocity_and_it_is_readable():
    one, two, opt = first_two_steps("momentum", momentum=0.9)
    np.testing.assert_allclose(one, [1 - 0.05, -2 - 0.1])
    # v2 = 0.9 v1 − α g = −1.9 α g
    np.testing.assert_allclose(two, one - 1.9 * 0.1 * np.array([0.5, 1.0]))
    np.testing.assert_allclose(opt.state["x"]["velocity"], -1.9 * 0.1 * np.array([0.5, 1.0]))


def test_nesterov_looks_ahead():
    one, _, _ = first_two_steps("nesterov", momentum=0.9)
    # v1 = −α g; p1 = p0 + μ v1 − α g = p0 − 1.9 α g
    np.testing.assert_allclose(one, np.array([1.0, -2.0]) - 1.9 * 0.1 * np.array([0.5, 1.0]))


def test_adagrad_and_rmsprop_first_step_is_about_lr_times_sign():
    one, _, opt = first_two_steps("adagrad")
    np.testing.assert_allclose(one, [0.9, -2.1], atol=1e-6)
    np.testing.assert_allclose(opt.state["x"]["h"], [0.5, 2.0])
    one, _, _ = first_two_steps("rmsprop", decay=0.99)
    np.testing.assert_allclose(one, np.array([1.0, -2.0]) - 0.1 / np.sqrt(0.01), atol=1e-6)


def test_adam_first_step_is_lr_times_sign_after_bias_correction():
    one, _, opt = first_two_steps("adam")
    np.testing.assert_allclose(one, [0.9, -2.1], atol=1e-6)
    assert set(opt.state["x"]) == {"m", "v"}


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_every_optimizer_finds_the_bottom_of_an_elongated_bowl(name):
    # f(x) = 1/2 x1² + 5 x2², ∇f = (x1, 10 x2), minimum at 0
    lr = {"sgd": 0.15, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.9,
          "rmsprop": 0.05, "adam": 0.1}[name]
    p = {"x": np.array([3.0, 1.0])}
    opt = optimizers.make(name, lr=lr)
    for _ in range(600):
        opt.update(p, {"x": p["x"] * np.array([1.0, 10.0])})
    assert np.linalg.norm(p["x"]) < 0.05, p["x"]


def test_unknown_optimizer_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="adam"):
        optimizers.make("lbfgs")
