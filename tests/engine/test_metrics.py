"""Confusion matrix, TensorBoard smoothing, decision grid and the CSV history."""
import math

import numpy as np
import pytest

from engine import BatchRecord, EpochRecord, History, Network, Trainer, TrainingEnded
from engine.data import make_toy
from engine.metrics import (Smoother, cell_members, confusion_matrix, data_bounds, decision_grid,
                            grid_points, learning_trouble, predicted_classes, read_history_csv, smooth,
                            write_history_csv)


def reference_smoothing(values, w):
    """s_t = Σ_{i≤t} w^{t−i} (1−w) y_i / (1 − w^t), written as a weighted mean per point."""
    out = []
    for t in range(1, len(values) + 1):
        weights = np.array([w ** (t - i) * (1 - w) for i in range(1, t + 1)])
        out.append(np.sum(weights * values[:t]) / (1 - w ** t))
    return np.array(out)


@pytest.mark.parametrize("w", [0.0, 0.3, 0.6, 0.9, 0.99])
def test_smoothing_matches_the_debiased_moving_average(w):
    values = np.random.default_rng(0).normal(size=60).cumsum()
    assert np.allclose(smooth(values, w), reference_smoothing(values, w), rtol=1e-10, atol=1e-10)


def test_smoothing_as_values_arrive_equals_smoothing_all_at_once():
    values = np.random.default_rng(1).random(100)
    s = Smoother(0.8)
    pieces = np.concatenate([s.extend(values[:7]), s.extend(values[7:50]), s.extend(values[50:])])
    assert np.allclose(pieces, smooth(values, 0.8))


def test_smoothing_starts_at_the_first_value_and_skips_nan():
    assert smooth([3.0, 5.0], 0.9)[0] == pytest.approx(3.0)  # debiased: no pull towards 0
    out = smooth([1.0, float("nan"), 3.0], 0.5)
    assert math.isnan(out[1])
    assert out[2] == pytest.approx(reference_smoothing(np.array([1.0, 3.0]), 0.5)[1])
    assert smooth([2.0, 2.0, 2.0], 0.7).tolist() == [2.0, 2.0, 2.0]
    with pytest.raises(ValueError):
        Smoother(1.5)


def test_confusion_matrix_counts_true_rows_against_predicted_columns():
    y = np.array([0, 0, 1, 1, 2, 2, 2])
    p = np.array([0, 1, 1, 1, 0, 2, 2])
    c = confusion_matrix(y, p, 3)
    assert c.tolist() == [[1, 1, 0], [0, 2, 0], [1, 0, 2]]
    assert np.trace(c) / c.sum() == pytest.approx(np.mean(y == p))
    assert cell_members(y, p, 2, 0).tolist() == [4]


def test_one_sigmoid_output_is_class_one_above_a_half():
    assert predicted_classes(np.array([[0.2], [0.7]])).tolist() == [0, 1]
    assert predicted_classes(np.array([[0.2, 0.8], [0.9, 0.1]])).tolist() == [1, 0]


def test_decision_grid_is_an_image_of_the_network_probabilities():
    X, _, _ = make_toy("moons", n=50, noise=0.1, seed=0)
    bounds = data_bounds(X)
    assert bounds[0][0] < X[:, 0].min() and bounds[1][1] > X[:, 1].max()
    net = Network.from_spec({"input_size": 2, "layers": [{"units": 3, "activation": "softmax"}]})
    grid = decision_grid(net.predict, bounds, resolution=12)
    assert grid.shape == (12, 12, 3)
    assert np.allclose(grid.sum(axis=2), 1, atol=1e-5)
    points = grid_points(bounds, 12)
    # pixel [r, c] is the point (x_c, y_r)
    assert np.allclose(grid[5, 7], net.predict(points[5 * 12 + 7:5 * 12 + 8])[0], atol=1e-6)
    assert points[5 * 12 + 7][1] == points[5 * 12][1] and points[7][0] == points[5 * 12 + 7][0]


def test_history_written_to_csv_reads_back_equal(tmp_path):
    X, y, _ = make_toy("xor", n=60, noise=0.05, seed=0)
    net = Network.from_spec({"input_size": 2, "layers": [{"units": 4, "activation": "tanh"},
                                                        {"units": 2, "activation": "softmax"}]})
    history = Trainer(net, "adam", lr=0.01, batch_size=16, epochs=3, validation_fraction=0.2).fit(X, y)
    path = tmp_path / "history.csv"
    write_history_csv(history, path)
    back = read_history_csv(path)
    assert back.batches == history.batches
    assert back.epochs == history.epochs
    assert back.ended == history.ended
    regression = History([BatchRecord(1, 1, 1, 1, 0.5, None, 10.0)],
                         [EpochRecord(1, 0.5, None, None, None, 0.1)],
                         TrainingEnded("diverged", "the loss diverged, at epoch 1", 1, 1))
    write_history_csv(regression, path)
    assert read_history_csv(path) == regression


def test_a_file_that_is_not_a_history_is_refused_clearly(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="not a training history"):
        read_history_csv(path)


# -- is the run learning? ------------------------------------------------------------------
@pytest.mark.parametrize("losses, verdict", [
    ([2.5, 2.3, 2.7, 1.9, 2.1, 2.2], "overshooting"),        # bouncing far above the start (0.53)
    ([0.55, 0.55, 0.54, 0.54, 0.54, 0.54, 0.54, 0.54], "stalled"),   # < 1% better in 5 epochs
    ([0.69, 0.69, 0.69, 0.69, 0.69, 0.69], "stalled"),        # a single neuron on XOR: flat at ln 2
    ([0.47, 0.38, 0.34, 0.31, 0.26, 0.22], None),             # falling
    ([0.3, 0.1, 0.03, 0.02, 0.02, 0.02, 0.02, 0.02], None),   # learnt, levels off low
    ([5.0, 5.0, 5.0, 5.0], None),                              # too few epochs to judge
])
def test_learning_trouble_names_a_run_whose_loss_does_not_fall(losses, verdict):
    start = 0.69 if losses[0] == 0.69 else 0.534
    assert learning_trouble(losses, start) == verdict


def test_sgd_with_alpha_10_on_the_moons_is_not_learning_and_alpha_0_03_with_adam_is():
    X, y, _ = make_toy("moons", n=200, noise=0.1, seed=0)
    spec = {"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                        {"units": 2, "activation": "softmax"}], "loss": "cross_entropy"}
    verdicts = {}
    for optimizer, lr in (("sgd", 10.0), ("adam", 0.03)):
        history = Trainer(Network.from_spec(spec, seed=0), optimizer, lr=lr, batch_size=10,
                          epochs=30, validation_fraction=0.2).fit(X, y)
        verdicts[optimizer] = learning_trouble([e.loss for e in history.epochs], history.batches[0].loss)
        assert history.ended.reason == "completed"     # it "finishes" either way
    assert verdicts == {"sgd": "overshooting", "adam": None}


@pytest.mark.parametrize("w", [0.0, 0.005, 0.6, 0.99])
def test_smoothing_a_long_diverging_curve_follows_the_definition_step_by_step(w):
    """The dashboard smooths curves of 100,000 batches in blocks; a loss growing to 1e300
    (a diverging run) must still give the definition's values, without overflow."""
    values = np.random.default_rng(2).normal(1.0, 0.3, 700)
    values[500:] = np.geomspace(1.0, 1e300, 200)
    s = Smoother(w)
    pieces = np.concatenate([s.extend(values[:1]), s.extend(values[1:300]), s.extend(values[300:])])
    np.testing.assert_allclose(pieces, reference_smoothing(values, w), rtol=1e-9)
