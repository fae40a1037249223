"""The trainer: records, determinism, validation, divergence, stop and pause."""

import tracemalloc

import numpy as np
import pytest

from engine import BatchRecord, EpochRecord, Network, Trainer, TrainingEnded
from engine.data import make_toy, train_validation_split

SPEC = {"input_size": 2, "layers": [{"units": 8, "activation": "tanh"},
                                    {"units": 2, "activation": "softmax"}]}


def data():
    return make_toy("moons", n=120, noise=0.1, seed=0)[:2]


def test_records_come_per_batch_then_per_epoch_then_the_end():
    X, y = data()
    records = list(Trainer(Network.from_spec(SPEC), batch_size=50, epochs=2).run(X, y))
    kinds = [type(r).__name__ for r in records]
    assert kinds == ["BatchRecord"] * 3 + ["EpochRecord"] + ["BatchRecord"] * 3 + ["EpochRecord", "TrainingEnded"]
    assert [r.batch for r in records if isinstance(r, BatchRecord)] == [1, 2, 3, 1, 2, 3]
    assert records[-1].reason == "completed"
    assert all(0 <= r.accuracy <= 1 for r in records if isinstance(r, BatchRecord))


@pytest.mark.parametrize("batch_size, share", [(50, 0.0), (16, 0.3), (7, 0.25), (200, 0.5), (1, 0.1)])
def test_the_batches_of_an_epoch_are_known_before_training(batch_size, share):
    """What the dashboard fits its plots' width to when Start is pressed: the same number the
    first BatchRecord then reports."""
    X, y = data()
    trainer = Trainer(Network.from_spec(SPEC), batch_size=batch_size, epochs=1, validation_fraction=share)
    expected = trainer.batches_per_epoch(y)
    assert expected == next(trainer.run(X, y)).batches_per_epoch


def test_same_seed_same_data_gives_a_bit_identical_loss_curve():
    X, y = data()
    curves = []
    for _ in range(2):
        h = Trainer(Network.from_spec(SPEC, seed=1), "adam", lr=0.01, batch_size=16, epochs=3, seed=7).fit(X, y)
        curves.append([b.loss for b in h.batches])
    assert curves[0] == curves[1]
    other = Trainer(Network.from_spec(SPEC, seed=1), "adam", lr=0.01, batch_size=16, epochs=3, seed=8).fit(X, y)
    assert [b.loss for b in other.batches] != curves[0]


def test_validation_split_is_stratified_and_reported_each_epoch():
    X, y = data()
    Xt, yt, Xv, yv = train_validation_split(X, y, 0.25, seed=0)
    assert len(Xv) == 30 and np.bincount(yv).tolist() == [15, 15]
    h = Trainer(Network.from_spec(SPEC), epochs=2, validation_fraction=0.25).fit(X, y)
    assert all(e.val_loss is not None and 0 <= e.val_accuracy <= 1 for e in h.epochs)


def test_a_learning_rate_that_diverges_ends_training_with_a_clear_reason():
    X, y, _ = make_toy("blobs", n=100, seed=0)
    spec = {"input_size": 2, "layers": [{"units": 16, "activation": "relu"},
                                        {"units": 1, "activation": "identity"}], "loss": "squared_error"}
    h = Trainer(Network.from_spec(spec), lr=50.0, batch_size=10, epochs=20).fit(X * 100, y.astype(float) * 100)
    assert h.ended.reason == "diverged"
    assert "diverged at epoch" in h.ended.message and "smaller learning rate" in h.ended.message
    assert h.batches and all(np.isfinite(b.loss) for b in h.batches)


def test_stopping_is_closing_the_generator_between_batches():
    # the trainer has no stop flag: a run ends where its caller stops asking for records
    X, y = data()
    net = Network.from_spec(SPEC)
    run = Trainer(net, batch_size=10, epochs=100).run(X, y)
    next(run)
    next(run)
    after_two = {k: v.copy() for k, v in net.params.items()}
    run.close()
    assert list(run) == []
    same = Network.from_spec(SPEC)
    replay = Trainer(same, batch_size=10, epochs=100).run(X, y)
    next(replay)
    next(replay)
    for key, value in after_two.items():
        np.testing.assert_array_equal(net.params[key], value)
        np.testing.assert_array_equal(same.params[key], value)


def test_regression_has_no_accuracy():
    X = np.linspace(-1, 1, 40).reshape(-1, 1)
    spec = {"input_size": 1, "layers": [{"units": 1, "activation": "identity"}], "loss": "squared_error"}
    h = Trainer(Network.from_spec(spec), lr=0.1, epochs=2).fit(X, 3 * X)
    assert all(b.accuracy is None for b in h.batches)
    assert isinstance(h.epochs[0], EpochRecord) and h.epochs[0].accuracy is None


@pytest.mark.parametrize("bad,message", [
    (dict(lr=-1), "learning rate"), (dict(batch_size=0), "batch size"), (dict(lr=float("nan")), "learning rate")])
def test_impossible_settings_are_refused(bad, message):
    with pytest.raises(ValueError, match=message):
        Trainer(Network.from_spec(SPEC), **bad)


def test_data_that_does_not_fit_the_network_is_refused():
    with pytest.raises(ValueError, match="expects 2"):
        list(Trainer(Network.from_spec(SPEC)).run(np.zeros((4, 3)), np.zeros(4, int)))
    with pytest.raises(ValueError, match="only 2 outputs"):
        list(Trainer(Network.from_spec(SPEC)).run(np.zeros((4, 2)), np.array([0, 1, 2, 3])))


@pytest.mark.parametrize("y, classify", [
    (np.array([0, 1, 1, 2]), True), (np.array([0, 1], dtype=np.uint8), True), (np.array([False, True]), True),
    (np.array([0.0, 1.0]), False), (np.array([[0.5], [1.5]], dtype=np.float32), False),
    (np.array([[0], [1]]), False)])
def test_integer_labels_of_shape_n_mean_classification_everywhere(y, classify):
    from engine.data import Dataset
    from engine.data.dataset import is_classification
    X = np.zeros((len(y), 2), dtype=np.float32)
    names = ["a", "b", "c"] if classify else []
    assert is_classification(y) is classify
    assert Dataset(X, y, names).is_classification is classify


def test_holding_out_a_share_trains_exactly_as_on_the_split_it_makes():
    X, y = data()
    Xt, yt, Xv, yv = train_validation_split(X, y, 0.25, seed=3)
    given = Trainer(Network.from_spec(SPEC), batch_size=16, epochs=2, seed=3).fit(Xt, yt, Xv, yv)
    held_out = Trainer(Network.from_spec(SPEC), batch_size=16, epochs=2, seed=3, validation_fraction=0.25).fit(X, y)
    assert [(b.loss, b.accuracy) for b in held_out.batches] == [(b.loss, b.accuracy) for b in given.batches]
    assert [(e.loss, e.accuracy, e.val_loss, e.val_accuracy) for e in held_out.epochs] == \
        [(e.loss, e.accuracy, e.val_loss, e.val_accuracy) for e in given.epochs]


def test_training_with_a_held_out_share_does_not_hold_the_data_twice_in_memory():
    rng = np.random.default_rng(0)
    X = rng.random((5000, 1000), dtype=np.float32)     # 20 MB, as 6,000 pictures of 32 × 32 would be
    y = rng.integers(0, 2, len(X))
    spec = {"input_size": 1000, "layers": [{"units": 4, "activation": "relu"},
                                           {"units": 2, "activation": "softmax"}]}
    trainer = Trainer(Network.from_spec(spec), batch_size=100, epochs=1, validation_fraction=0.2)
    tracemalloc.start()   # NumPy reports its arrays to tracemalloc
    try:
        trainer.fit(X, y)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # the held-out fifth is copied (0.2 × X), the training rows are read from X: about 0.35 × X
    # with a batch and the modules loaded on first use (was 1.2 × X: a copy of all of it)
    assert peak < 0.5 * X.nbytes, f"{peak / X.nbytes:.2f} × the data allocated while training"


def test_a_diverging_run_is_quiet_but_leaves_the_callers_numpy_warnings_as_they_were():
    X, y, _ = make_toy("blobs", n=100, seed=0)
    spec = {"input_size": 2, "layers": [{"units": 16, "activation": "relu"},
                                        {"units": 1, "activation": "identity"}], "loss": "squared_error"}
    before = np.geterr()
    seen = []
    for record in Trainer(Network.from_spec(spec), lr=50.0, batch_size=10, epochs=20,
                          validation_fraction=0.2).run(X * 100, y.astype(float) * 100):
        seen.append(np.geterr())        # the caller's code between two records
    assert record.reason == "diverged"  # and no warning (warnings fail the tests)
    assert all(settings == before for settings in seen)
    with pytest.warns(RuntimeWarning, match="overflow"):
        np.float32(1e38) * np.float32(10)
