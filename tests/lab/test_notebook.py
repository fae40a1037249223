"""Exported notebooks are valid, download nothing, and compute the very same experiment.

The code cells we generate are executed in-process in a fresh namespace (PyTorch CPU);
the cell that mounts Google Drive is tagged ``colab-only`` and left out.
"""
import base64
import contextlib
import io
import json
import os
import re
import subprocess
import sys

import matplotlib
import nbformat
import numpy as np
import pytest

from engine import Network, Trainer, descent, objectives, optimizers
from engine import expression as ex
from engine.data import load_image_folder, make_toy, quadratic, train_validation_split
from lab.notebook import (NotebookError, code_of, main as notebook_main, read_experiment,
                             stepper_notebook, training_notebook, write_notebook)
from lab.numpy_source import objective_trees, to_numpy_source

matplotlib.use("Agg")
try:
    import torch
except ImportError:      # the tests marked torch are skipped (see tests/conftest.py)
    torch = None

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TWO_LAYER = {"input_size": 2, "layers": [{"units": 6, "activation": "relu"},
                                         {"units": 2, "activation": "softmax"}]}


def cells_with(nb, tag):
    return [c for c in nb["cells"] if tag in c["metadata"].get("tags", ())]


def run(nb, stop_at=None, cwd=None):
    """Execute the notebook's code cells (up to the first tagged ``stop_at``); (namespace, printed)."""
    namespace, out = {}, io.StringIO()
    previous = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out):
            for cell in nb["cells"]:
                if cell["cell_type"] != "code":
                    continue
                tags = cell["metadata"].get("tags", ())
                if "colab-only" in tags:
                    continue
                if stop_at and stop_at in tags:
                    break
                exec(compile("".join(cell["source"]), "<notebook cell>", "exec"), namespace)
    finally:
        os.chdir(previous)
        matplotlib.pyplot.close("all")
    return namespace, out.getvalue()


def validate(nb):
    nbformat.validate(nbformat.from_dict(json.loads(json.dumps(nb))))


def torch_params(ns):
    return ns["get_weights"](ns["model"])


# -- the network and its loss -----------------------------------------------------------------

NETWORKS = [
    ("relu softmax, cross-entropy", TWO_LAYER, {"kind": "toy", "name": "xor", "n": 40, "noise": 0.05, "seed": 1}),
    ("tanh, one sigmoid output", {"input_size": 2, "layers": [{"units": 5, "activation": "tanh"},
                                                             {"units": 1, "activation": "sigmoid"}]},
     {"kind": "toy", "name": "moons", "n": 40, "noise": 0.1, "seed": 2}),
    ("sigmoid, softmax with squared error", {"input_size": 2, "loss": "squared_error", "layers": [
        {"units": 4, "activation": "sigmoid"}, {"units": 3, "activation": "softmax"}]},
     {"kind": "toy", "name": "spiral3", "n": 45, "noise": 0.05, "seed": 3}),
    ("regression of the quadratic", {"input_size": 1, "layers": [{"units": 8, "activation": "tanh"},
                                                                {"units": 1, "activation": "identity"}]},
     {"kind": "quadratic", "a": 2.0, "b": -3.0, "c": 1.0, "n": 30, "noise": 0.1, "seed": 4}),
    ("relu output with plain cross-entropy", {"input_size": 2, "loss": "cross_entropy", "layers": [
        {"units": 3, "activation": "relu"}, {"units": 2, "activation": "sigmoid"},
        {"units": 2, "activation": "relu"}]},
     {"kind": "toy", "name": "blobs", "n": 30, "noise": 0.5, "seed": 5}),
]


def engine_data(source):
    if source["kind"] == "toy":
        return make_toy(source["name"], source["n"], source["noise"], source["seed"])[:2]
    return quadratic(source["a"], source["b"], source["c"], source["n"], source["noise"], source["seed"])[:2]


@pytest.mark.torch
@pytest.mark.parametrize("title, spec, source", NETWORKS, ids=[n[0] for n in NETWORKS])
def test_pytorch_network_gives_the_engine_outputs_and_loss_on_the_same_weights(title, spec, source):
    net = Network.from_spec(spec, seed=7)
    rng = np.random.default_rng(0)
    for key in net.params:   # not just the initial weights: biases too, and any values
        net.params[key][...] = rng.normal(scale=0.8, size=net.params[key].shape)
    nb = training_notebook(spec, source, {"optimizer": "sgd", "lr": 0.1, "epochs": 1}, params=net.params)
    validate(nb)
    ns, _ = run(nb, stop_at="training-loop")
    X, y = engine_data(source)
    with torch.no_grad():
        out = ns["model"](torch.as_tensor(X)).numpy()
    np.testing.assert_allclose(out, net.predict(X), atol=1e-5)
    loss, _ = ns["batch_loss"](torch.as_tensor(X), torch.as_tensor(y))
    assert loss.item() == pytest.approx(net.loss(X, y), abs=1e-5)


@pytest.mark.torch
@pytest.mark.parametrize("name, settings", [("sgd", {}), ("momentum", {"momentum": 0.8}), ("nesterov", {}),
                                            ("adagrad", {}), ("rmsprop", {"decay": 0.9}), ("adam", {})])
def test_optimizer_steps_from_the_same_weights_and_batch_give_the_engine_parameters(name, settings):
    spec = {"input_size": 2, "layers": [{"units": 5, "activation": "tanh"}, {"units": 3, "activation": "softmax"}]}
    source = {"kind": "toy", "name": "spiral3", "n": 30, "noise": 0.05, "seed": 0}
    lr, wd = 0.05, 0.01
    net = Network.from_spec(spec, seed=3)
    nb = training_notebook(spec, source, {"optimizer": name, "lr": lr, "weight_decay": wd,
                                          "optimizer_settings": settings}, params=net.params)
    ns, _ = run(nb, stop_at="training-loop")
    X, y = engine_data(source)
    opt = optimizers.make(name, lr=lr, **settings)
    for step in range(3):        # the first step alone would not show momentum or Adam's state
        batch = slice(8 * step, 8 * step + 8)
        loss, grads = net.loss_and_gradients(X[batch], y[batch], weight_decay=wd)
        opt.update(net.params, grads)
        torch_loss, _ = ns["train_step"](torch.as_tensor(X[batch]), torch.as_tensor(y[batch]))
        assert torch_loss == pytest.approx(loss, abs=1e-5)
        after = torch_params(ns)
        for key, value in net.params.items():
            np.testing.assert_allclose(after[key], value, atol=1e-5, err_msg=f"{name}: {key} after step {step + 1}")


@pytest.mark.torch
def test_whole_training_matches_the_engine_trainer_epoch_by_epoch(tmp_path):
    source = {"kind": "toy", "name": "circles", "n": 60, "noise": 0.05, "seed": 2}
    settings = {"optimizer": "momentum", "lr": 0.1, "batch_size": 7, "epochs": 4, "seed": 5,
                "validation_fraction": 0.25, "weight_decay": 0.001, "optimizer_settings": {"momentum": 0.9}}
    nb = training_notebook(TWO_LAYER, source, settings)     # starts from the app's weights for seed 5
    ns, printed = run(nb, cwd=tmp_path)
    X, y = engine_data(source)
    net = Network.from_spec(TWO_LAYER, seed=5)
    trainer = Trainer(net, "momentum", lr=0.1, batch_size=7, epochs=4, seed=5, weight_decay=0.001,
                      validation_fraction=0.25, momentum=0.9)
    history = trainer.fit(X, y)
    h = ns["history"]
    assert len(h["batch_loss"]) == len(history.batches)
    np.testing.assert_allclose(h["batch_loss"], [r.loss for r in history.batches], atol=1e-5)
    np.testing.assert_allclose(h["loss"], [r.loss for r in history.epochs], atol=1e-5)
    np.testing.assert_allclose(h["val_loss"], [r.val_loss for r in history.epochs], atol=1e-5)
    assert h["accuracy"] == pytest.approx([r.accuracy for r in history.epochs])
    assert h["val_accuracy"] == pytest.approx([r.val_accuracy for r in history.epochs])
    for key, value in torch_params(ns).items():
        np.testing.assert_allclose(value, net.params[key], atol=1e-5)
    assert "epoch    4/4" in printed
    # the last cell saves the network in the app's format, which the engine opens
    saved = Network.load(str(tmp_path / "gradient_lab_network.npz"))
    assert saved.spec == net.spec
    np.testing.assert_allclose(saved.predict(X), net.predict(X), atol=1e-5)


@pytest.mark.torch
def test_the_notebook_starts_from_the_app_weights_or_from_the_seed_as_the_app_does():
    net = Network.from_spec(TWO_LAYER, seed=11)
    nb = training_notebook(TWO_LAYER, {"kind": "toy", "name": "xor", "n": 20}, {"seed": 11})
    ns, _ = run(nb, stop_at="training-loop")
    for key, value in torch_params(ns).items():
        np.testing.assert_array_equal(value, net.params[key])
    trained = {k: v + 1.0 for k, v in net.params.items()}
    nb = training_notebook(TWO_LAYER, {"kind": "toy", "name": "xor", "n": 20}, {"seed": 11}, params=trained)
    source = "".join("".join(c["source"]) for c in nb["cells"])
    assert "allow_pickle=False" in source and "START_FROM_APP_WEIGHTS = True" in source
    ns, _ = run(nb, stop_at="training-loop")
    for key, value in torch_params(ns).items():
        np.testing.assert_array_equal(value, trained[key])


# -- the data -----------------------------------------------------------------------------------

@pytest.mark.torch
@pytest.mark.parametrize("name", ["blobs", "xor", "circles", "moons", "spiral", "spiral3"])
def test_same_toy_set_and_seed_give_exactly_the_same_points(name):
    spec = dict(TWO_LAYER, layers=[{"units": 3, "activation": "relu"},
                                   {"units": 3 if name == "spiral3" else 2, "activation": "softmax"}])
    nb = training_notebook(spec, {"kind": "toy", "name": name, "n": 50, "noise": 0.2, "seed": 9}, {})
    ns, _ = run(nb, stop_at="training-loop")
    X, y, names = make_toy(name, 50, 0.2, 9)
    np.testing.assert_array_equal(ns["X"], X)
    np.testing.assert_array_equal(ns["y"], y)
    assert ns["class_names"] == names


@pytest.mark.torch
def test_the_validation_split_holds_out_the_same_examples_as_the_app():
    nb = training_notebook(TWO_LAYER, {"kind": "toy", "name": "moons", "n": 50, "seed": 1},
                           {"validation_fraction": 0.3, "seed": 4})
    ns, _ = run(nb, stop_at="training-loop")
    X, y, _ = make_toy("moons", 50, 0.1, 1)
    X_train, y_train, X_val, y_val = train_validation_split(X, y, 0.3, 4)
    np.testing.assert_array_equal(ns["X_val"], X_val)
    np.testing.assert_array_equal(ns["y_train"], y_train)


def _picture_folder(root):
    from PIL import Image
    rng = np.random.default_rng(0)
    (root / "猫 cats" / "more").mkdir(parents=True)
    (root / "dogs").mkdir()
    Image.fromarray(rng.integers(0, 255, (40, 30, 3), dtype=np.uint8)).save(root / "猫 cats" / "a.png")
    rgba = rng.integers(0, 255, (20, 20, 4), dtype=np.uint8)
    Image.fromarray(rgba, "RGBA").save(root / "猫 cats" / "more" / "b.png")       # transparent: on white
    Image.fromarray(rng.integers(0, 255, (5, 7), dtype=np.uint8)).save(root / "dogs" / "c.jpg")   # enlarged
    Image.fromarray(rng.integers(0, 65535, (64, 64), dtype=np.uint16)).save(root / "dogs" / "d.png")  # 16-bit
    (root / "dogs" / "notes.txt").write_text("not a picture")
    (root / "dogs" / "broken.png").write_bytes(b"not a png at all")
    (root / "dogs" / ".hidden.png").write_bytes(b"")
    return root


@pytest.mark.torch
@pytest.mark.parametrize("color", ["gray", "rgb"])
def test_picture_folder_is_loaded_with_exactly_the_app_preprocessing(tmp_path, color):
    folder = _picture_folder(tmp_path / "pets")
    data = load_image_folder(folder, size=8, color=color)
    n = data.X.shape[1]
    spec = {"input_size": n, "layers": [{"units": 4, "activation": "relu"}, {"units": 2, "activation": "softmax"}]}
    nb = training_notebook(spec, {"kind": "pictures", "folder": str(folder), "size": 8, "color": color},
                           {"epochs": 1, "batch_size": 2})
    validate(nb)
    drive = cells_with(nb, "colab-only")
    assert len(drive) == 1 and all(line.startswith("#") for line in "".join(drive[0]["source"]).splitlines())
    ns, printed = run(nb, stop_at="training-loop")
    np.testing.assert_array_equal(ns["X"], data.X)
    np.testing.assert_array_equal(ns["y"], data.y)
    assert ns["class_names"] == data.class_names
    assert "skipped 1 unreadable file(s)" in printed


@pytest.mark.torch
def test_data_of_unknown_origin_is_embedded_and_read_back_without_pickle():
    X = np.random.default_rng(0).normal(size=(12, 3)).astype(np.float32)
    y = np.arange(12) % 3
    spec = {"input_size": 3, "layers": [{"units": 3, "activation": "softmax"}]}
    nb = training_notebook(spec, {"kind": "arrays", "X": X, "y": y, "class_names": ["a", "b", "c"]}, {})
    ns, _ = run(nb, stop_at="training-loop")
    np.testing.assert_array_equal(ns["X"], X)
    np.testing.assert_array_equal(ns["y"], y)


def test_a_network_that_does_not_fit_the_data_is_refused_with_a_reason():
    spec = {"input_size": 3, "layers": [{"units": 2, "activation": "softmax"}]}
    with pytest.raises(NotebookError, match="expects 3 inputs but the data has 2"):
        training_notebook(spec, {"kind": "toy", "name": "xor"}, {})
    with pytest.raises(NotebookError, match="unknown toy data set"):
        training_notebook(TWO_LAYER, {"kind": "toy", "name": "nope"}, {})
    with pytest.raises(NotebookError, match="optimizer"):
        training_notebook(TWO_LAYER, {"kind": "toy", "name": "xor"}, {"optimizer": "lbfgs"})


# -- the stepper notebook -----------------------------------------------------------------------

def table_rows(printed):
    rows = []
    for line in printed.splitlines():
        parts = line.split()
        if parts and parts[0].isdigit():
            rows.append(parts)
    return rows


def test_stepper_notebook_prints_the_lecture_exercise_numbers():
    nb = stepper_notebook("square", x0=[2.0], lr=0.2, steps=5)
    validate(nb)
    _, printed = run(nb)
    rows = table_rows(printed)
    assert [r[1] for r in rows] == ["2", "1.2", "0.72", "0.432", "0.2592"]
    assert [r[4] for r in rows] == ["1.2", "0.72", "0.432", "0.2592", "0.15552"]
    assert rows[0][2:4] == ["4", "4"]            # f(2) = 4, f'(2) = 4
    assert "g_t = f′(s_t)" in printed


@pytest.mark.parametrize("function, method, settings", [
    ("zigzag", "sgd", {}), ("zigzag", "momentum", {"momentum": 0.7}), ("rosenbrock", "adam", {}),
    ("two_minima", "nesterov", {}), ("himmelblau", "rmsprop", {}), ("bowl", "adagrad", {}),
    ("x1^2 + 3*sin(x2) - exp(-x1/2) + sigmoid(x1 x2)", "gd", {}),
])
def test_stepper_notebook_follows_the_engine_path(function, method, settings):
    objective = descent.as_objective(function)
    path = descent.run(objective, lr=objective.lr, steps=8, method=method, **settings)
    nb = stepper_notebook(function, steps=8, method=method, settings=settings)
    ns, _ = run(nb)
    np.testing.assert_allclose(ns["path"], path.points, rtol=1e-12, atol=1e-12)


def test_a_diverging_run_stops_and_says_so():
    nb = stepper_notebook("square", x0=[2.0], lr=1.2, steps=100)
    ns, printed = run(nb)
    path = descent.run("square", x0=[2.0], lr=1.2, steps=100)
    assert "diverged after" in printed
    assert len(ns["path"]) == len(path.points)


@pytest.mark.parametrize("name", sorted(objectives.PRESETS))
def test_numpy_source_of_every_preset_gives_its_exact_gradient(name):
    objective = objectives.preset(name)
    f_tree, grad_trees = objective_trees(objective)
    variables = objective.variables
    namespace = {"np": np}
    exec(f"def f({', '.join(variables)}):\n    return {to_numpy_source(f_tree)}\n"
         f"def g({', '.join(variables)}):\n    return [{', '.join(to_numpy_source(t) for t in grad_trees)}]",
         namespace)
    for point in np.random.default_rng(1).uniform(-2, 2, size=(5, objective.dim)):
        assert namespace["f"](*point) == pytest.approx(objective.value(point), rel=1e-12, abs=1e-12)
        np.testing.assert_allclose(namespace["g"](*point), objective.gradient(point), rtol=1e-12, atol=1e-12)


def test_numpy_source_keeps_the_tree_order_and_brackets():
    cases = {"-s^2": "-s**2", "(-s)^2": "(-s)**2", "2^-s": "2**(-s)", "s - (s - 1)": "s - (s - 1)",
             "s/(2 s)": "s/(2*s)", "ln(s) + atan(s)": "np.log(s) + np.arctan(s)", "2^3^s": "2**(3**s)"}
    for formula, expected in cases.items():
        assert to_numpy_source(ex.parse(formula)) == expected


# -- the file, the command, and nothing downloaded ----------------------------------------------

def all_notebooks(tmp_path):
    folder = _picture_folder(tmp_path / "pics")
    pictures_spec = {"input_size": 16, "layers": [{"units": 2, "activation": "softmax"}]}
    yield training_notebook(TWO_LAYER, {"kind": "toy", "name": "xor"}, {"optimizer": "adam"})
    yield training_notebook(TWO_LAYER, {"kind": "toy", "name": "moons"}, {"optimizer": "rmsprop"}, language="ja")
    yield training_notebook(pictures_spec, {"kind": "pictures", "folder": str(folder), "size": 4}, {})
    yield training_notebook({"input_size": 1, "layers": [{"units": 1}]}, {"kind": "quadratic"}, {})
    yield stepper_notebook("zigzag", method="momentum", language="ja")
    yield stepper_notebook("exp(-s^2) + s/4")


def test_every_exported_notebook_validates_and_downloads_nothing(tmp_path):
    for nb in all_notebooks(tmp_path):
        validate(nb)
        for source in code_of(nb, include_colab_only=True):
            for line in source.splitlines():
                code = line.split("#", 1)[0] if not line.lstrip().startswith(("\"", "'")) else line
                assert not re.search(r"https?://|ftp://|\bpip\b|urlopen|urlretrieve|requests\.|wget|curl|"
                                     r"download=True|hub\.load", code), line
        text = json.dumps(nb, ensure_ascii=False)
        assert "http://" not in text and "https://" not in text


def test_explanations_are_in_the_chosen_language():
    ja = stepper_notebook("square", language="ja")
    en = training_notebook(TWO_LAYER, {"kind": "toy", "name": "xor"}, {}, language="en")
    ja_text = "".join("".join(c["source"]) for c in ja["cells"] if c["cell_type"] == "markdown")
    en_text = "".join("".join(c["source"]) for c in en["cells"] if c["cell_type"] == "markdown")
    assert "勾配法" in ja_text and "ステップ 2 に戻る" in ja_text
    assert "The loss" in en_text and not re.search("[\u3040-\u30ff]", en_text.replace("勾配ラボ", ""))


def test_write_notebook_replaces_the_file_whole_or_not_at_all(tmp_path):
    path = tmp_path / "exp.ipynb"
    nb = stepper_notebook("square")
    write_notebook(nb, path)
    assert nbformat.read(str(path), as_version=4)["cells"]
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_notebook({"cells": [object()]}, path)       # not serialisable: nothing written
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exp.ipynb"]


@pytest.mark.torch
def test_headless_command_exports_a_spec_a_session_and_refuses_bad_files(tmp_path):
    spec_path = tmp_path / "net.json"
    spec_path.write_text(json.dumps(TWO_LAYER))
    out, err = io.StringIO(), io.StringIO()
    assert notebook_main([str(spec_path), str(tmp_path / "a.ipynb"), "--data", "circles", "--epochs", "2"], out, err) == 0
    nb = nbformat.read(str(tmp_path / "a.ipynb"), as_version=4)
    nbformat.validate(nb)
    assert "circles(n=200" in "".join(code_of(nb))
    # a session as gui/persistence writes it: network weights and data as base64 of .npz
    net = Network.from_spec(TWO_LAYER, seed=2)
    X, y, names = make_toy("blobs", 30, 0.3, 1)
    session = {"format": "gradlab-session", "version": 1,
               "network": {"spec": net.spec, "seed": 2, "weights": _npz_text(net.params)},
               "dataset": {"name": "Two blobs", "class_names": names, "arrays": _npz_text({"X": X, "y": y})},
               "tools": {"training": {"settings": {"optimizer": "nesterov", "lr": 0.05, "batch_size": 4,
                                                   "epochs": 2, "seed": 2, "validation_fraction": 0.2,
                                                   "weight_decay": 0.0, "optimizer_settings": {"momentum": 0.5}}},
                         "stepper": {"function": {"preset": "quadratic", "settings": {"a": 1.0, "b": -2.0, "c": 2.0}},
                                     "lr": 0.25, "start": [3.0], "method": "gd", "hyper": {"gd": {}}, "substeps": 6}}}
    session_path = tmp_path / "s.gradlab"
    session_path.write_text(json.dumps(session))
    assert notebook_main([str(session_path), str(tmp_path / "b.ipynb")], out, err) == 0
    nb = nbformat.read(str(tmp_path / "b.ipynb"), as_version=4)
    ns, _ = run(nb, stop_at="training-loop")
    np.testing.assert_array_equal(ns["X"], X)
    assert "nesterov=True" in "".join(code_of(nb)) and "momentum=0.5" in "".join(code_of(nb))
    with torch.no_grad():
        np.testing.assert_allclose(ns["model"](torch.as_tensor(X)).numpy(), net.predict(X), atol=1e-5)
    assert notebook_main([str(session_path), str(tmp_path / "c.ipynb"), "--stepper"], out, err) == 0
    _, printed = run(nbformat.read(str(tmp_path / "c.ipynb"), as_version=4))
    assert table_rows(printed)[0][1:5] == ["3", "5", "4", "2"]      # s=3: f=9−6+2, f'=2·3−2, 3−0.25·4
    bad = tmp_path / "bad.json"
    bad.write_text("{\"hello\": 1}")
    err = io.StringIO()
    assert notebook_main([str(bad), str(tmp_path / "d.ipynb")], out, err) == 3
    assert "neither a network spec" in err.getvalue()
    assert not (tmp_path / "d.ipynb").exists()
    assert read_experiment(str(spec_path))["spec"] == TWO_LAYER


def _npz_text(arrays):
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def test_main_py_export_notebook_never_loads_qt(tmp_path):
    spec_path = tmp_path / "net.json"
    spec_path.write_text(json.dumps(TWO_LAYER))
    code = ("import sys, main\n"
            f"code = main.main(['export-notebook', {str(spec_path)!r}, {str(tmp_path / 'x.ipynb')!r}])\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'\n"
            "sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.ipynb").exists()


@pytest.mark.torch
@pytest.mark.parametrize("start", [None, {"a": np.array([0.5]), "b": np.array([-1.0]), "c": np.array([0.25])}])
def test_the_lecture_quadratic_model_trains_as_the_engine_trains_it(start):
    from engine.quadratic_model import QuadraticModel
    source = {"kind": "quadratic", "a": 2.0, "b": -3.0, "c": 1.0, "n": 40, "noise": 0.1, "seed": 1}
    settings = {"optimizer": "adam", "lr": 0.05, "batch_size": 8, "epochs": 5, "seed": 2,
                "validation_fraction": 0.2, "weight_decay": 0.01}
    nb = training_notebook("quadratic", source, settings, params=start)
    validate(nb)
    ns, printed = run(nb)
    model = QuadraticModel(*(float(start[k][0]) for k in "abc")) if start else QuadraticModel()
    X, y = engine_data(source)
    history = Trainer(model, "adam", lr=0.05, batch_size=8, epochs=5, seed=2, validation_fraction=0.2,
                      weight_decay=0.01).fit(X, y)
    np.testing.assert_allclose(ns["history"]["loss"], [r.loss for r in history.epochs], rtol=1e-9)
    for k in "abc":
        np.testing.assert_allclose(ns["get_weights"](ns["model"])[k], model.params[k], rtol=1e-9)
    assert "f(x) = " in printed
    with pytest.raises(NotebookError, match="one input and real targets"):
        training_notebook("quadratic", {"kind": "toy", "name": "xor"}, settings)


@pytest.mark.torch
def test_a_diverging_training_stops_at_the_same_batch_as_the_app_and_says_why(tmp_path):
    spec = {"input_size": 1, "layers": [{"units": 8, "activation": "relu"}, {"units": 1}]}
    nb = training_notebook(spec, {"kind": "quadratic"}, {"epochs": 20, "lr": 5.0, "validation_fraction": 0.0})
    _, printed = run(nb, cwd=tmp_path)
    X, y, _ = quadratic()
    ended = Trainer(Network.from_spec(spec), "sgd", lr=5.0, batch_size=32, epochs=20).fit(X, y).ended
    assert ended.reason == "diverged"
    assert f"the loss diverged at epoch {ended.epoch}, batch {ended.batch}: try a smaller learning rate" in printed


@pytest.mark.parametrize("damage", ["newer", "runs", "weights"])
def test_export_notebook_refuses_a_session_the_app_would_refuse(tmp_path, damage):
    from lab import session_file
    net = Network.from_spec(TWO_LAYER, seed=2)
    document = {"format": "gradlab-session", "version": session_file.VERSION,
                "network": {"spec": net.spec, "seed": 2, "weights": _npz_text(net.params)},
                "tools": {"training": {"settings": {"optimizer": "sgd", "lr": 0.1}, "runs": []}}}
    path = tmp_path / "s.gradlab"
    path.write_text(json.dumps(document))
    assert notebook_main([str(path), str(tmp_path / "ok.ipynb")], io.StringIO(), io.StringIO()) == 0
    if damage == "newer":
        document["version"] = session_file.VERSION + 1
    elif damage == "runs":
        document["tools"]["training"]["runs"] = [{"kind": "neither"}]
    else:
        document["network"]["weights"] = _npz_text({"W1": np.zeros((3, 3))})
    path.write_text(json.dumps(document))
    err = io.StringIO()
    assert notebook_main([str(path), str(tmp_path / "out.ipynb")], io.StringIO(), err) == 3
    assert "cannot be opened as a session" in err.getvalue()
    assert not (tmp_path / "out.ipynb").exists()
    with pytest.raises(session_file.SessionFileError):
        session_file.read(path)


def test_a_session_stepping_on_a_networks_weights_exports_a_notebook_that_says_so(tmp_path):
    """main.py export-notebook --stepper on a session saved after the Loss landscape's Step on it."""
    net = Network.from_spec(TWO_LAYER, seed=2)
    X, y, names = make_toy("blobs", 30, 0.3, 1)
    f = objectives.network_slice(net, X, y, ("W1", (0, 1)), ("b2", (0,)), span=1.0)
    part = {"weights": [["W1", [0, 1]], ["b2", [0]]], "span": 1.0,
            "network": {"spec": net.spec, "seed": 0, "dtype": "float64", "weights": _npz_text(f.net.params)},
            "data": _npz_text({"X": X, "y": y})}
    session = {"format": "gradlab-session", "version": 1,
               "network": {"spec": net.spec, "seed": 2, "weights": _npz_text(net.params)},
               "dataset": {"name": "Two blobs", "class_names": names, "arrays": _npz_text({"X": X, "y": y})},
               "tools": {"stepper": {"function": {"network_slice": part}, "lr": 0.5, "start": list(f.start),
                                     "method": "sgd", "substeps": 30}}}
    path = tmp_path / "slice.gradlab"
    path.write_text(json.dumps(session))
    out, err = io.StringIO(), io.StringIO()
    assert notebook_main([str(path), str(tmp_path / "n.ipynb"), "--stepper"], out, err) == 0, err.getvalue()
    nb = nbformat.read(str(tmp_path / "n.ipynb"), as_version=4)
    nbformat.validate(nb)
    assert "not a formula" in nb.cells[0].source and "W1\\[0,1\\]" in nb.cells[0].source
    ns, _ = run(nb)
    np.testing.assert_allclose(ns["path"], descent.run(f, lr=0.5, steps=10).points)   # the engine's path
    # a weight that network does not have: refused as File → Open refuses it
    part["weights"][1] = ["b2", [7]]
    path.write_text(json.dumps(session))
    assert notebook_main([str(path), str(tmp_path / "m.ipynb"), "--stepper"], out, err) == 3
    assert "outside b2" in err.getvalue()
