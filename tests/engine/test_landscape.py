"""The loss surface of a network: slices, path projection, curvature, the α range test."""
import math

import numpy as np
import pytest

from engine import Network, Trainer
from engine.data import make_toy
from engine.landscape import (evaluate_points, lr_range_test, max_curvature, parameter_directions,
                              pca_directions, project_path, random_directions, slice_2d,
                              stable_step_bound)


def linear_problem(n=60, seed=0):
    """ŷ = x W + b (identity, squared error): the loss is an exact quadratic in (W, b)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2)) * [1.0, 3.0]
    y = X @ [[0.5], [-1.0]] + 0.3 + 0.1 * rng.normal(size=(n, 1))
    spec = {"input_size": 2, "layers": [{"units": 1, "activation": "identity"}], "loss": "squared_error"}
    net = Network.from_spec(spec, seed=1, dtype=np.float64)
    return net, X, y


def analytic_lambda_max(X):
    A = np.hstack([X, np.ones((len(X), 1))])     # the loss is ½ |A θ − y|² / N: Hessian AᵀA / N
    return float(np.linalg.eigvalsh(A.T @ A / len(X)).max())


def small_classifier():
    X, y, _ = make_toy("moons", n=200, seed=0)
    spec = {"input_size": 2, "layers": [{"units": 8, "activation": "tanh"}, {"units": 8, "activation": "relu"},
                                        {"units": 2, "activation": "softmax"}], "loss": "cross_entropy"}
    return Network.from_spec(spec, seed=0, dtype=np.float64), X, y


def binary_classifier():
    """One sigmoid output with the cross-entropy (the fused softplus form)."""
    X, y, _ = make_toy("circles", n=150, seed=1)
    spec = {"input_size": 2, "layers": [{"units": 6, "activation": "relu"}, {"units": 1, "activation": "sigmoid"}],
            "loss": "cross_entropy"}
    return Network.from_spec(spec, seed=2, dtype=np.float64), X, y


def softmax_squared_error():
    """Softmax outputs with the squared error: the output activation is not fused with the loss."""
    X, y, _ = make_toy("blobs", n=120, seed=2)
    spec = {"input_size": 2, "layers": [{"units": 5, "activation": "sigmoid"}, {"units": 5, "activation": "relu"},
                                        {"units": 2, "activation": "softmax"}], "loss": "squared_error"}
    return Network.from_spec(spec, seed=3, dtype=np.float64), X, y


def float32_classifier():
    net, X, y = small_classifier()
    return Network(net.spec, net.params, np.float32), X, y


def every_parameter_directions(net, seed=3):
    """Random directions on every W and b (random_directions leaves the biases out)."""
    rng = np.random.default_rng(seed)
    return [{k: 0.3 * rng.standard_normal(v.shape) for k, v in net.params.items()} for _ in range(2)]


@pytest.mark.parametrize("make", [linear_problem, small_classifier, binary_classifier, softmax_squared_error,
                                  float32_classifier])
@pytest.mark.parametrize("directions", [random_directions, every_parameter_directions])
def test_slice_equals_the_loss_evaluated_directly_at_grid_points(make, directions):
    net, X, y = make()
    d1, d2 = directions(net, seed=3)
    S, T, L = slice_2d(net, X, y, d1, d2, span=0.8, n=9)
    rel = 1e-9 if net.dtype == np.float64 else 1e-4
    for i, j in [(0, 0), (4, 4), (2, 7), (8, 1)]:
        moved = net.copy()
        for k in moved.params:
            moved.params[k] += S[i, j] * d1[k] + T[i, j] * d2[k]
        assert L[i, j] == pytest.approx(moved.loss(X, y), rel=rel)
    assert L[4, 4] == pytest.approx(net.loss(X, y), rel=rel)   # the centre is θ itself


def test_two_chosen_weights_move_only_those_weights():
    net, X, y = linear_problem()
    d1, d2 = parameter_directions(net, ("W1", (0, 0)), ("b1", (0,)))
    moved = net.copy()
    moved.params["W1"][0, 0] += 0.25
    moved.params["b1"][0] -= 0.5
    assert evaluate_points(net, X, y, d1, d2, [0.25], [-0.5])[0] == pytest.approx(moved.loss(X, y))


def test_random_directions_are_scaled_per_unit_like_the_weights():
    net, _, _ = small_classifier()
    d1, _ = random_directions(net, seed=0)
    for k in ("W1", "W2", "W3"):
        np.testing.assert_allclose(np.linalg.norm(d1[k], axis=0), np.linalg.norm(net.params[k], axis=0))
    assert not np.any(d1["b1"])


def test_a_path_in_the_plane_is_projected_exactly():
    net, _, _ = small_classifier()
    d1, d2 = random_directions(net, seed=5)
    coords = [(0.0, 0.0), (0.3, -0.2), (-1.5, 0.75)]
    path = [{k: net.params[k] + s * d1[k] + t * d2[k] for k in net.params} for s, t in coords]
    np.testing.assert_allclose(project_path(path, net.params, d1, d2), coords, atol=1e-10)


def test_pca_of_a_straight_path_finds_its_direction():
    net, _, _ = small_classifier()
    d1, d2 = random_directions(net, seed=1)
    path = [{k: net.params[k] + s * d1[k] + (s * s) * d2[k] for k in net.params} for s in np.linspace(-1, 1, 9)]
    e1, e2, explained = pca_directions(path)
    coords = project_path(path, path[-1], e1, e2)
    rebuilt = [{k: path[-1][k] + a * e1[k] + b * e2[k] for k in net.params} for a, b in coords]
    for p, r in zip(path, rebuilt):   # the path lies in span(d1, d2): two components explain it
        for k in p:
            np.testing.assert_allclose(r[k], p[k], atol=1e-9)
    assert sum(explained) == pytest.approx(1.0)


def test_max_curvature_is_the_largest_eigenvalue_of_the_linear_models_hessian():
    net, X, y = linear_problem()
    lam = max_curvature(net, X, y, iterations=30)
    assert lam == pytest.approx(analytic_lambda_max(X), rel=0.01)
    assert stable_step_bound(lam) == pytest.approx(2 / analytic_lambda_max(X), rel=0.01)


@pytest.mark.parametrize("factor, converges", [(0.95, True), (1.05, False)])
def test_full_batch_gradient_descent_converges_just_below_two_over_lambda(factor, converges):
    net, X, y = linear_problem()
    lr = factor * 2 / analytic_lambda_max(X)
    start = net.loss(X, y)
    history = Trainer(net, "sgd", lr=lr, batch_size=len(X), epochs=400).fit(X, y)
    last = history.batches[-1].loss
    if converges:
        assert history.ended.reason == "completed" and last < 0.05 * start
    else:
        assert history.ended.reason == "diverged" or last > start


def test_the_range_test_never_touches_the_real_weights_and_finds_divergence():
    net, X, y = small_classifier()
    before = {k: v.copy() for k, v in net.params.items()}
    result = lr_range_test(net, X, y, lr_min=1e-3, lr_max=1e3, steps=120)
    for k, v in before.items():
        np.testing.assert_array_equal(net.params[k], v)
    assert result.diverged_at is not None and result.diverged_at < 1e3
    assert 1e-3 <= result.suggestion < result.diverged_at
    assert len(result.lrs) == len(result.losses) == len(result.smoothed)


def test_a_slice_that_reaches_overflow_is_inf_not_an_error():
    net, X, y = linear_problem()
    d1, d2 = parameter_directions(net, ("W1", (0, 0)), ("W1", (1, 0)))
    _, _, L = slice_2d(net, X * 1e150, y, d1, d2, span=1e160, n=5)
    assert np.isinf(L).any() and not np.isnan(L).any()


def test_a_network_with_nan_weights_is_refused_with_a_message():
    net, X, y = linear_problem()
    net.params["W1"][0, 0] = math.nan
    d1, d2 = random_directions(net)
    with pytest.raises(ValueError, match="not finite"):
        slice_2d(net, X, y, d1, d2)
