"""The backpropagation trace: the lecture's hand computation, the network's own gradients,
central differences, the numerical check, one gradient step and the exercise's diagnosis."""
import numpy as np
import pytest

from engine import Network, gradient_check
from engine.backprop import (as_batch, diagnose, fits_per_unit, gradient_step, network_loss, nudge,
                             parse_number, quadratic_factors, quadratic_loss, trace_network,
                             trace_quadratic)


def test_quadratic_trace_reproduces_the_hand_computation():
    trace = trace_quadratic(a=1, b=-2, c=0.5, x=2, y=3)
    assert trace.nodes["yhat"].value == pytest.approx(0.5)
    assert trace.loss == pytest.approx(3.125)
    assert trace.grads == pytest.approx({"a": -10, "b": -5, "c": -2.5})
    # the chain, node by node: ∂L/∂ŷ = ŷ − y = −2.5 and ∂L/∂a = (−2.5) · x² = (−2.5) · 4
    assert trace.nodes["yhat"].grad == pytest.approx(-2.5)
    assert trace.nodes["a"].grad == pytest.approx(trace.nodes["ax2"].grad * 4)
    assert trace.backward_order[0] == "L" and set("abc") <= set(trace.backward_order)


@pytest.mark.parametrize("a,b,c,x,y", [(1, -2, 0.5, 2, 3), (0.3, 1.7, -2, -1.5, 0.25), (-4, 0, 9, 0.1, -7)])
def test_quadratic_trace_matches_central_differences(a, b, c, x, y):
    trace = trace_quadratic(a, b, c, x, y)
    params = {k: np.array([v], dtype=np.float64) for k, v in zip("abc", (a, b, c))}
    analytic = {k: np.array([trace.grads[k]]) for k in "abc"}
    verdict = gradient_check(lambda: quadratic_loss(params, x, y), params, analytic, tol=1e-7)
    assert verdict.ok, verdict


def test_every_gradient_is_the_upstream_value_times_the_local_derivative():
    trace = trace_quadratic(0.7, -1.1, 2.0, 1.3, -0.4)
    for key in trace.backward_order[1:]:
        uses = trace.uses_of(key)
        total = sum(trace.nodes[e.target].grad * e.local for e in uses)
        assert trace.nodes[key].grad == pytest.approx(total), key


HEADS = [(last, loss) for last in ("identity", "relu", "sigmoid", "tanh", "softmax")
         for loss in ("squared_error", "cross_entropy")]


def _random_case(hidden, last, loss, seed, batch=1):
    spec = {"input_size": 3, "layers": [{"units": 5, "activation": hidden}, {"units": 4, "activation": hidden},
                                        {"units": 3, "activation": last}], "loss": loss}
    net = Network.from_spec(spec, seed=seed, dtype=np.float64)
    rng = np.random.default_rng(seed)
    for v in net.params.values():
        v += 0.1 * rng.standard_normal(v.shape)   # non-zero biases too
    x = rng.standard_normal((batch, 3)) if batch > 1 else rng.standard_normal(3)
    if loss == "cross_entropy":
        y = rng.integers(0, 3, batch) if batch > 1 else int(rng.integers(0, 3))
    else:
        y = rng.standard_normal((batch, 3)) if batch > 1 else rng.standard_normal(3)
    return net, x, y


@pytest.mark.parametrize("hidden", ["identity", "relu", "sigmoid", "tanh"])
@pytest.mark.parametrize("last,loss", HEADS)
def test_network_trace_equals_loss_and_gradients_and_central_differences(hidden, last, loss):
    net, x, y = _random_case(hidden, last, loss, seed=3)
    trace = trace_network(net, x, y)
    X, Y = as_batch(net, x, y)
    expected_loss, expected = net.loss_and_gradients(X, Y)
    assert trace.loss == pytest.approx(expected_loss, abs=1e-10)
    assert set(trace.grads) == set(net.params)
    for key in net.params:
        np.testing.assert_allclose(trace.grads[key], expected[key], rtol=0, atol=1e-10)
    params = {k: v.copy() for k, v in net.params.items()}
    f = network_loss(net, x, y)
    verdict = gradient_check(lambda: f(params), params, trace.grads, tol=1e-5)
    assert verdict.ok, verdict


@pytest.mark.parametrize("hidden", ["relu", "sigmoid", "tanh"])
def test_network_trace_on_a_small_batch_equals_loss_and_gradients(hidden):
    net, x, y = _random_case(hidden, "softmax", "cross_entropy", seed=5, batch=4)
    trace = trace_network(net, x, y)
    _, expected = net.loss_and_gradients(x, y)
    for key in net.params:
        np.testing.assert_allclose(trace.grads[key], expected[key], rtol=0, atol=1e-10)


def test_layer_formulas_in_the_lectures_notation_hold_with_the_traced_numbers():
    net, x, y = _random_case("tanh", "identity", "squared_error", seed=7)
    trace = trace_network(net, x, y)
    l1, l2, l3 = trace.layers
    # lecture: W_k is n_out × n_in and acts on column vectors
    assert l1.lecture_W.shape == (5, 3) and l2.lecture_W.shape == (4, 5)
    col = lambda v: v.reshape(-1, 1)  # noqa: E731
    # δ_k = (W_{k+1}ᵀ δ_{k+1}) ⊙ σ′(z_k),  ∂L/∂W_k = δ_k h_{k−1}ᵀ,  ∂L/∂b_k = δ_k
    np.testing.assert_allclose(col(l2.delta[0]), (l3.lecture_W.T @ col(l3.delta[0])) * col(l2.sigma_prime[0]))
    np.testing.assert_allclose(l2.lecture_dW, col(l2.delta[0]) @ col(l1.h[0]).T)
    np.testing.assert_allclose(l2.db, l2.delta[0])
    np.testing.assert_allclose(l2.z[0], l2.lecture_W @ l1.h[0] + l2.b)


def test_forward_order_runs_from_the_first_layer_to_the_loss_and_backward_reverses_it():
    net = Network.from_spec({"input_size": 2, "layers": [{"units": 4, "activation": "relu"},
                                                          {"units": 4, "activation": "relu"},
                                                          {"units": 2, "activation": "softmax"}]})
    trace = trace_network(net, [0.5, -1.0], 1)
    assert trace.forward_order == ["z1", "h1", "z2", "h2", "z3", "yhat", "L"]
    assert trace.backward_order == ["L", "z3", "W3", "b3", "h2", "z2", "W2", "b2", "h1", "z1", "W1", "b1"]
    assert trace.fused


def test_a_diverged_network_is_traced_with_nan_and_inf_and_says_so():
    net = Network.from_spec({"input_size": 2, "layers": [{"units": 3, "activation": "sigmoid"},
                                                          {"units": 1, "activation": "identity"}],
                             "loss": "squared_error"}, dtype=np.float64)
    net.params["W1"][0, 0] = np.nan
    net.params["W2"][:] = 1e308
    trace = trace_network(net, [1.0, 2.0], [0.5])
    assert not trace.finite
    assert trace_network(Network.from_spec(net.spec), [1.0, 2.0], [0.5]).finite


def test_only_small_networks_are_drawn_unit_by_unit():
    small = {"input_size": 2, "layers": [{"units": 4}, {"units": 4}, {"units": 2}]}
    assert fits_per_unit(small)
    assert not fits_per_unit({"input_size": 1024, "layers": [{"units": 128}, {"units": 10}]})
    assert not fits_per_unit({"input_size": 2, "layers": [{"units": 2}] * 5})


def test_nudging_a_parameter_changes_the_loss_by_about_eps_times_the_gradient():
    trace = trace_quadratic(1, -2, 0.5, 2, 3)
    params = {k: np.array([v], dtype=np.float64) for k, v in zip("abc", (1, -2, 0.5))}
    check = nudge(lambda p: quadratic_loss(p, 2, 3), params, "a", 0, 1e-3, trace.grads["a"])
    assert check.predicted == pytest.approx(-0.01)
    assert check.change == pytest.approx(-0.01, rel=1e-2)
    assert check.central == pytest.approx(-10, rel=1e-9) and check.relative_error < 1e-8
    assert params["a"][0] == 1   # restored


def test_one_gradient_step_on_one_example_lowers_its_loss():
    net, x, y = _random_case("tanh", "softmax", "cross_entropy", seed=11)
    trace = trace_network(net, x, y)
    new = gradient_step(net.params, trace.grads, lr=0.1)
    assert network_loss(net, x, y)(new) < trace.loss
    np.testing.assert_allclose(new["W1"], net.params["W1"] - 0.1 * trace.grads["W1"])


@pytest.mark.parametrize("answer,verdict", [
    (-10, "right"), (-10.004, "right"), (10, "sign"),                 # (y − ŷ) · x²
    (-5, "local"), (-2.5, "local"),                                    # · x, or no local factor
    (2, "upstream"), (12, "upstream"), (42, "unknown")])               # ŷ · x², y · x²
def test_exercise_names_the_wrong_factor_of_the_chain(answer, verdict):
    trace = trace_quadratic(1, -2, 0.5, 2, 3)
    up, local, wrong_up, wrong_local = quadratic_factors(trace, "a")
    assert diagnose(answer, up, local, wrong_up, wrong_local) == verdict


@pytest.mark.parametrize("text,value", [("-10", -10), ("−2.5", -2.5), ("－２．５", -2.5), ("3,5", 3.5),
                                        (" -5/2 ", -2.5), ("1e-3", 0.001)])
def test_typed_numbers_are_parsed_without_evaluating_anything(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "__import__('os')", "nan", "inf", "1/0", "2**3", "9" * 50])
def test_anything_but_a_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)
