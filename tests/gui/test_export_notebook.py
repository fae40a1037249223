"""File → Export → Notebook: the window's experiment becomes a notebook that computes the same."""
import contextlib
import io
import json

import matplotlib
import nbformat
import numpy as np
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

import gui.export_notebook as export
from engine import descent

matplotlib.use("Agg")
try:
    import torch
except ImportError:      # the tests marked torch are skipped (see tests/conftest.py)
    torch = None


def as_notebook(nb):
    """A notebook dict as nbformat reads it from a file (sources joined into strings)."""
    return nbformat.reads(json.dumps(nb), as_version=4)


def run_cells(nb, stop_at="training-loop"):
    namespace, out = {}, io.StringIO()
    with contextlib.redirect_stdout(out):
        for cell in nb.cells:
            tags = cell.metadata.get("tags", [])
            if cell.cell_type != "code" or "colab-only" in tags:
                continue
            if stop_at and stop_at in tags:
                break
            exec(compile(cell.source, "<notebook cell>", "exec"), namespace)
    matplotlib.pyplot.close("all")
    return namespace, out.getvalue()


def accept_dialog(monkeypatch, path, **choices):
    """Answer the dialog (with ``choices`` ticked) and the file dialog with ``path``."""
    def exec_(dialog):
        if choices.get("kind") == "stepper":
            dialog.stepper.setChecked(True)
        if "embed_weights" in choices:
            dialog.embed.setChecked(choices["embed_weights"])
        if "language" in choices:
            dialog.language.setCurrentIndex(dialog.language.findData(choices["language"]))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(export.ExportNotebookDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def export_notebook_action(window):
    """File → Export → Notebook for Google Colab…, found as a user finds it."""
    file_menu = window.menuBar().actions()[0].menu()
    export_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    return export_menu.actions()[0]


def test_file_menu_has_export_notebook_before_quit(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    export_index = texts.index("&Export")
    assert export_index < texts.index("&Quit")
    assert export_notebook_action(window).text() == "&Notebook for Google Colab…"


@pytest.mark.torch
def test_menu_exports_the_trained_network_and_its_toy_data(window, monkeypatch, tmp_path):
    training = window.tools["training"]
    training.set_toy_dataset("moons", n=60, noise=0.1, seed=3)
    training.set_optimizer("adam")
    training.set_learning_rate(0.02)
    training.set_settings(batch_size=8, epochs=3, seed=1, validation_fraction=0.25)
    net = window.session.network
    rng = np.random.default_rng(0)
    window.session.set_params({k: rng.normal(size=v.shape).astype(v.dtype) for k, v in net.params.items()})
    path = tmp_path / "moons"          # no suffix: .ipynb is added
    accept_dialog(monkeypatch, path)
    export_notebook_action(window).trigger()
    nb = nbformat.read(str(tmp_path / "moons.ipynb"), as_version=4)
    nbformat.validate(nb)
    code = "".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "moons(n=60, noise=0.1, seed=3)" in code
    assert "torch.optim.Adam(model.parameters(), lr=0.02" in code and "BATCH_SIZE = 8" in code
    ns, _ = run_cells(nb)
    X = window.session.dataset.X
    np.testing.assert_array_equal(ns["X"], X)
    with torch.no_grad():
        np.testing.assert_allclose(ns["model"](torch.as_tensor(X)).numpy(), net.predict(X), atol=1e-5)
    assert "moons.ipynb" in window.statusBar().currentMessage()


@pytest.mark.torch
def test_without_embedded_weights_the_notebook_draws_the_app_starting_weights(window, tmp_path):
    window.tools["training"].set_settings(seed=4)
    window.session.reset_weights(4)
    start = {k: v.copy() for k, v in window.session.network.params.items()}
    window.session.set_params({k: v + 1 for k, v in start.items()})
    nb = as_notebook(export.export_notebook(window, tmp_path / "t.ipynb", embed_weights=False))
    assert "APP_WEIGHTS_NPZ_BASE64" not in "".join(c.source for c in nb.cells)
    ns, _ = run_cells(nb)
    for key, value in ns["get_weights"](ns["model"]).items():
        np.testing.assert_array_equal(value, start[key])


def test_stepper_experiment_prints_the_stepper_table_in_japanese_notebook(window, monkeypatch, tmp_path):
    stepper = window.tools["stepper"]
    window.show_tool("stepper")
    stepper.load_preset("square")
    stepper.set_start(2.0)
    stepper.set_learning_rate(0.2)
    accept_dialog(monkeypatch, tmp_path / "square.ipynb", language="ja")
    export_notebook_action(window).trigger()
    nb = nbformat.read(str(tmp_path / "square.ipynb"), as_version=4)
    nbformat.validate(nb)
    assert "勾配法" in nb.cells[0].source
    _, printed = run_cells(nb, stop_at=None)
    column = [line.split()[4] for line in printed.splitlines() if line[:1].isdigit()]
    assert column[:3] == ["1.2", "0.72", "0.432"]


def test_stepper_formula_and_method_are_exported_as_shown(window, tmp_path):
    stepper = window.tools["stepper"]
    assert stepper.set_formula("x1^2 + 2*sin(x2)")
    stepper.set_start((1.0, 1.0))
    stepper.set_learning_rate(0.1)
    stepper.set_method("momentum", momentum=0.5)
    for _ in range(12):
        stepper.iterate()
    nb = as_notebook(export.export_notebook(window, tmp_path / "f.ipynb", kind="stepper"))
    ns, _ = run_cells(nb, stop_at=None)
    expected = descent.run("x1^2 + 2*sin(x2)", x0=[1.0, 1.0], lr=0.1, steps=12, method="momentum", momentum=0.5)
    np.testing.assert_allclose(ns["path"], expected.points, rtol=1e-12)
    assert ns["STEPS"] == 12


@pytest.mark.torch
def test_pictures_data_is_read_again_from_its_folder(window, qtbot, tmp_path):
    from PIL import Image
    rng = np.random.default_rng(1)
    for name in ("a", "b"):
        (tmp_path / "pics" / name).mkdir(parents=True)
        for i in range(3):
            Image.fromarray(rng.integers(0, 255, (12, 10, 3), dtype=np.uint8)).save(tmp_path / "pics" / name / f"{i}.png")
    pictures = window.tools["pictures"]
    pictures.size.setValue(6)
    job = pictures.open_folder(str(tmp_path / "pics"))
    with qtbot.waitSignal(job.ended, timeout=10000):
        pass
    qtbot.waitUntil(lambda: window.session.dataset.input_size == 36, timeout=5000)
    source = export.data_source(window)
    assert source["kind"] == "pictures" and source["size"] == 6
    nb = as_notebook(export.export_notebook(window, tmp_path / "p.ipynb"))
    ns, _ = run_cells(nb)
    np.testing.assert_array_equal(ns["X"], window.session.dataset.X)


def test_an_unwritable_place_is_reported_and_nothing_changes(window, monkeypatch, tmp_path):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    accept_dialog(monkeypatch, tmp_path / "missing folder" / "x.ipynb")
    spec_before = window.session.spec
    assert export.ask_export(window) is None
    assert warnings and "could not be written" in warnings[0]
    assert window.session.spec == spec_before


def test_cancelling_the_dialog_writes_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(export.ExportNotebookDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert export.ask_export(window) is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.torch
def test_the_quadratic_model_is_exported_with_its_fitted_coefficients(window, tmp_path):
    training = window.tools["training"]
    training.set_quadratic_data(a=2.0, b=-3.0, c=1.0, noise=0.1, n=30, seed=2, model="quadratic")
    training.set_optimizer("sgd")
    training.set_learning_rate(0.05)
    training.set_settings(batch_size=5, epochs=2, seed=0, validation_fraction=0.0)
    training.model.quadratic_model.params["a"][0] = 1.5      # as if trained a little
    nb = as_notebook(export.export_notebook(window, tmp_path / "q.ipynb"))
    code = "".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "quadratic(2.0, -3.0, 1.0, n=30" in code and "QuadraticModel(1.5, 0.0, 0.0)" in code
    ns, _ = run_cells(nb)
    X = window.session.dataset.X
    with torch.no_grad():
        np.testing.assert_allclose(ns["model"](torch.as_tensor(X)).numpy(), training.model.quadratic_model.predict(X))


@pytest.mark.torch
def test_your_own_points_are_written_into_the_notebook_as_numbers(window, tmp_path):
    from engine.data import points
    training = window.tools["training"]
    mine = points.drawn([[0.1, -2.5], [1.0, 1.0], [-0.3, 0.7]], [0, 1, 2], ["A", "B", "print('PWNED')"], "mine.csv")
    training.use_points(mine)
    training.use_points(points.moved(window.session.dataset, 0, (0.25, -2.0)), edited=True)
    nb = as_notebook(export.export_notebook(window, tmp_path / "mine.ipynb"))
    code = "".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "[0.25, -2.0]," in code and "[1.0, 1.0]," in code and "DATA_NPZ_BASE64" not in code
    ns, _ = run_cells(nb)
    np.testing.assert_array_equal(ns["X"], window.session.dataset.X)
    np.testing.assert_array_equal(ns["y"], window.session.dataset.y)
    assert ns["class_names"] == ["A", "B", "print('PWNED')"]    # a name stays a string
    training.use_points(points.drawn([[0.5], [1.5]], [[2.0], [-1.0]], name="xy"))
    ns, _ = run_cells(as_notebook(export.export_notebook(window, tmp_path / "xy.ipynb")))
    np.testing.assert_array_equal(ns["y"], np.array([[2.0], [-1.0]], dtype=np.float32))
