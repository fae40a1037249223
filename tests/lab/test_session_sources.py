"""A session file keeps where its data came from (Dataset.source) and the lesson step; opening
makes the data again from the source, and a source that cannot be used opens the arrays saved
with a note saying why (no Qt here)."""
import json
import math

import numpy as np
import pytest

from engine import Network
from engine.data import Dataset, make_toy, quadratic
from lab import session_file
from lab.notebook import read_experiment
from lab.session_file import Note

SPEC = {"input_size": 2, "layers": [{"units": 4, "activation": "tanh"}, {"units": 2, "activation": "softmax"}],
        "loss": "cross_entropy"}
MOONS = {"kind": "toy", "name": "moons", "n": 120, "noise": 0.2, "seed": 3}


def _write(path, dataset, spec=SPEC, **more):
    state = {"network": session_file.encode_network(Network.from_spec(spec, seed=0)),
             "dataset": session_file.encode_dataset(dataset), **more}
    session_file.write(path, state)
    return path


def _with_source(path, source):
    """The file at ``path`` with its data's source replaced (as a stranger's editor would)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    document["dataset"]["source"] = source
    path.write_text(session_file.dumps(document), encoding="utf-8")   # NaN written as the app writes it
    return path


def _moons():
    X, y, names = make_toy("moons", n=120, noise=0.2, seed=3)
    return Dataset(X, y, names, name="moons", source=dict(MOONS))


def test_the_data_is_made_again_from_its_source_not_read_from_the_arrays(tmp_path):
    path = _write(tmp_path / "s.gradlab", _moons())
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["dataset"]["source"] == MOONS
    # arrays that are not what the source makes: the source wins
    other = Dataset(np.zeros((120, 2), np.float32), np.zeros(120, np.int64), ["a", "b"], name="moons")
    document["dataset"]["arrays"] = session_file.encode_dataset(other)["arrays"]
    path.write_text(json.dumps(document), encoding="utf-8")
    decoded = session_file.read(path)
    made = decoded["dataset"]
    assert made.source == MOONS and made.name == "moons" and decoded["notes"] == []
    np.testing.assert_array_equal(made.X, _moons().X)
    np.testing.assert_array_equal(made.y, _moons().y)


def test_the_quadratic_points_are_made_again_from_a_b_c(tmp_path):
    source = {"kind": "quadratic", "a": 1.5, "b": -2.0, "c": 0.5, "n": 40, "noise": 0.1, "seed": 2}
    X, y, _ = quadratic(1.5, -2.0, 0.5, n=40, noise=0.1, seed=2)
    spec = {"input_size": 1, "layers": [{"units": 1, "activation": "identity"}], "loss": "squared_error"}
    path = _write(tmp_path / "q.gradlab", Dataset(X, y, [], name="quadratic", source=source), spec)
    made = session_file.read(path)["dataset"]
    assert made.source == source and not made.is_classification
    np.testing.assert_array_equal(made.X, X)


HOSTILE = [
    ("an unknown toy set", dict(MOONS, name="banana"), "banana"),
    ("a toy set of 10^9 points", dict(MOONS, n=10 ** 9), "1000000000"),
    ("a number of points as text", dict(MOONS, n="120"), "'120'"),
    ("a noise that is NaN", dict(MOONS, noise=math.nan), "nan"),
    ("an infinite a", {"kind": "quadratic", "a": math.inf, "b": 0.0, "c": 0.0, "n": 40, "noise": 0.1, "seed": 0},
     "inf"),
    ("a negative seed", dict(MOONS, seed=-1), "-1"),
    ("a seed that is true", dict(MOONS, seed=True), "True"),
    ("an unknown kind", {"kind": "webcam"}, "webcam"),
    ("a source that is a list", ["toy", "moons"], "not described"),
    ("pictures of 10^6 × 10^6", {"kind": "pictures", "folder": "/tmp", "size": 10 ** 6, "color": "gray"}, "size"),
    ("pictures in CMYK", {"kind": "pictures", "folder": "/tmp", "size": 32, "color": "cmyk"}, "cmyk"),
    ("a folder that is a number", {"kind": "pictures", "folder": 7, "size": 32, "color": "gray"}, "7"),
    ("pictures that are not the data saved", {"kind": "pictures", "folder": "/tmp", "size": 32, "color": "gray"},
     "do not fit"),
]


@pytest.mark.parametrize("case, source, words", HOSTILE, ids=[c[0] for c in HOSTILE])
def test_a_source_that_cannot_be_used_opens_the_saved_arrays_with_a_note(tmp_path, case, source, words):
    saved = _moons()
    path = _with_source(_write(tmp_path / "s.gradlab", saved), source)
    decoded = session_file.read(path)
    [note] = decoded["notes"]
    assert note.kind == "source" and words in note.detail, note
    data = decoded["dataset"]
    assert data.source is None and data.name == "moons" and data.class_names == saved.class_names
    np.testing.assert_array_equal(data.X, saved.X)
    assert decoded["network"].spec["layers"][0]["units"] == 4       # the rest opened as saved


def test_a_picture_folder_that_is_gone_opens_the_saved_pictures_with_a_note(tmp_path):
    gone = str(tmp_path / "pets")
    source = {"kind": "pictures", "folder": gone, "size": 4, "color": "gray"}
    X = np.random.default_rng(0).random((6, 16)).astype(np.float32)
    pictures = Dataset(X, np.array([0, 0, 0, 1, 1, 1]), ["cats", "dogs"], name="pets", image_shape=(4, 4),
                       source=source)
    spec = {"input_size": 16, "layers": [{"units": 2, "activation": "softmax"}], "loss": "cross_entropy"}
    decoded = session_file.read(_write(tmp_path / "p.gradlab", pictures, spec))
    assert decoded["notes"] == [Note("folder", gone)]
    data = decoded["dataset"]
    assert data.source == source and data.image_shape == (4, 4)      # kept: the folder may come back
    np.testing.assert_array_equal(data.X, X)
    # the notebook export embeds the pictures saved, since it cannot read the folder either
    assert read_experiment(tmp_path / "p.gradlab")["data"]["kind"] == "arrays"
    (tmp_path / "pets").mkdir()
    assert read_experiment(tmp_path / "p.gradlab")["data"] == source     # there again: read from it


def test_the_notebook_export_of_a_session_makes_its_data_where_it_came_from(tmp_path):
    path = _write(tmp_path / "s.gradlab", _moons())
    assert read_experiment(path)["data"] == MOONS


def test_a_session_file_from_before_sources_and_lesson_steps_still_opens(tmp_path):
    saved = _moons()
    path = _write(tmp_path / "old.gradlab", Dataset(saved.X, saved.y, saved.class_names, name="moons"))
    assert "source" not in json.loads(path.read_text(encoding="utf-8"))["dataset"]
    decoded = session_file.read(path)
    assert decoded["dataset"].source is None and decoded["lesson_step"] is None and decoded["notes"] == []
    np.testing.assert_array_equal(decoded["dataset"].X, saved.X)
    assert read_experiment(path)["data"]["kind"] == "arrays"


@pytest.mark.parametrize("lesson, step, notes", [
    ({"step": "exercise"}, "exercise", []),
    ({"step": 5}, None, ["lesson"]),
    ({"step": "x" * 10_000}, None, ["lesson"]),
    ("exercise", None, ["lesson"]),
])
def test_the_lesson_step_is_kept_and_a_damaged_one_is_left_out_with_a_note(tmp_path, lesson, step, notes):
    decoded = session_file.read(_write(tmp_path / "s.gradlab", _moons(), lesson=lesson))
    assert decoded["lesson_step"] == step
    assert [n.kind for n in decoded["notes"]] == notes


def test_your_own_points_open_as_saved_and_a_task_that_does_not_fit_them_is_left_out(tmp_path):
    X = np.random.default_rng(0).random((12, 2)).astype(np.float32)
    drawn = {"kind": "drawn", "task": "classification"}
    mine = Dataset(X, np.array([0, 1] * 6), ["A", "B"], name="mine", source=drawn)
    path = _write(tmp_path / "mine.gradlab", mine)
    decoded = session_file.read(path)
    assert decoded["dataset"].source == drawn and decoded["notes"] == []
    np.testing.assert_array_equal(decoded["dataset"].X, X)
    decoded = session_file.read(_with_source(path, {"kind": "drawn", "task": "regression"}))
    assert [n.kind for n in decoded["notes"]] == ["source"] and decoded["dataset"].source is None


def test_a_session_of_your_own_points_exports_a_notebook_holding_them_as_numbers(tmp_path):
    from lab.notebook import training_notebook
    X = np.array([[0.1, -2.5], [1.0, 1.0], [-0.3, 0.7], [2.0, 0.5]], np.float32)
    mine = Dataset(X, np.array([0, 1, 0, 1]), ["A", "B"], name="mine",
                   source={"kind": "drawn", "task": "classification"})
    found = read_experiment(_write(tmp_path / "mine.gradlab", mine))
    assert found["data"]["kind"] == "drawn"
    nb = training_notebook(found["spec"], found["data"])
    cell = next("".join(c["source"]) for c in nb["cells"] if "X = np.array([" in "".join(c["source"]))
    assert "[0.1, -2.5]," in cell and "base64" not in cell
    namespace = {"np": np}
    exec(cell, namespace)   # the notebook's own data cell
    np.testing.assert_array_equal(namespace["X"], X)
    np.testing.assert_array_equal(namespace["y"], [0, 1, 0, 1])
