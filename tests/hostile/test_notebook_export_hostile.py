"""Exported notebooks never run what a shared session file holds (issue 17, item 1).

Variable names become Python names (``def f(x1, x2):``): they are checked against the formula
language when a session is read, so a hostile one is refused. Every other text that reaches a
notebook (a data set's name, class names, a folder's name) is escaped where it lands.
"""
import copy
import json

import pytest

import hostile
from session_corpus import HOSTILE_TEXTS, PAYLOAD

from engine import objectives
from engine.expression import ExpressionError
from gui.persistence import state
from lab import notebook, session_file

HOSTILE_VARIABLES = [[PAYLOAD], ["x3=__import__('os').system('touch PWNED')"], ["s\n    import os"], ["lambda"],
                     ["True"], ["np"], ["sin"], ["x_1"], ["s", "s"], ["a", "b", "c"], ["PWNED)\ndef g("], [""]]


@pytest.fixture(scope="module")
def good_document(shared_window):
    return json.loads(session_file.dumps(state.collect(shared_window)))


def session_with(good_document, tmp_path, change):
    document = copy.deepcopy(good_document)
    change(document)
    path = tmp_path / "shared.gradlab"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize("variables", HOSTILE_VARIABLES, ids=repr)
def test_a_session_whose_variable_names_are_code_exports_no_notebook_and_does_not_open(
        shared_window, good_document, tmp_path, variables, capsys):
    def change(document):
        document["tools"]["stepper"]["function"] = {"formula": "s^2", "variables": variables}
    path = session_with(good_document, tmp_path, change)
    out = tmp_path / "out.ipynb"
    code, seconds, _ = hostile.measured(notebook.main, ["export-notebook", str(path), str(out), "--stepper"])
    hostile.record("export-notebook", f"variables {variables!r}", "refused" if code else "written", seconds)
    assert code == notebook.EXIT_INPUT and not out.exists()
    assert "error:" in capsys.readouterr().err
    hostile.check_open(shared_window, "session", path, f"variables {variables!r}", expect="refused")


@pytest.mark.parametrize("variables", HOSTILE_VARIABLES, ids=repr)
def test_the_engine_refuses_hostile_variable_names_wherever_they_come_from(variables):
    with pytest.raises(ExpressionError):
        objectives.from_formula("s^2", variables)
    good = objectives.from_formula("s^2")
    good.variables = tuple(variables)      # an Objective made some other way
    with pytest.raises(notebook.NotebookError):
        notebook.stepper_notebook(good)


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=range(len(HOSTILE_TEXTS)))
def test_hostile_data_set_and_class_names_are_escaped_in_the_command_line_export(
        good_document, tmp_path, text, capsys):
    def change(document):
        document["dataset"]["name"] = text
        document["dataset"]["class_names"] = [text, text + "2"]
        document["dataset"].pop("source", None)     # no toy set to make again: the arrays, named, are embedded
    path = session_with(good_document, tmp_path, change)
    out = tmp_path / "out.ipynb"
    code, seconds, _ = hostile.measured(notebook.main, ["export-notebook", str(path), str(out)])
    hostile.record("export-notebook", f"data set named {text!r}", "written" if code == 0 else "refused", seconds)
    assert code == notebook.EXIT_OK, capsys.readouterr().err
    nb = json.loads(out.read_text(encoding="utf-8"))
    hostile.assert_notebook_is_safe(nb)
    code_text = "\n".join(notebook.code_of(nb))
    assert repr(text) in code_text      # the class names, exactly, as a Python string


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=range(len(HOSTILE_TEXTS)))
def test_hostile_names_are_escaped_in_the_notebook_exported_from_the_window(shared_window, tmp_path, text):
    from engine.data import Dataset
    from gui.export_notebook import STEPPER, TRAINING, export_notebook
    session = shared_window.session
    before = session.dataset
    try:
        session.set_dataset(Dataset(before.X, before.y, [text, "b"], name=text))
        for kind in (TRAINING, STEPPER):
            nb, seconds, _ = hostile.measured(export_notebook, shared_window, tmp_path / f"{kind}.ipynb", kind,
                                              True, "ja")
            hostile.record("notebook from the window", f"{kind}, names {text!r}", "written", seconds)
            assert isinstance(nb, dict), nb
            hostile.assert_notebook_is_safe(nb)
    finally:
        session.set_dataset(before)


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=range(len(HOSTILE_TEXTS)))
def test_a_hostile_picture_folder_name_stays_a_string_in_the_notebook(tmp_path, text):
    folder = tmp_path / "pets"
    folder.mkdir()
    source = {"kind": "pictures", "folder": str(folder) + "/" + text.replace("/", "_").replace("\x00", ""),
              "size": 8, "color": "gray"}
    spec = {"input_size": 64, "layers": [{"units": 2, "activation": "softmax"}], "loss": "cross_entropy"}
    nb = notebook.training_notebook(spec, source)
    hostile.record("notebook", f"picture folder {text!r}", "written", 0.0)
    hostile.assert_notebook_is_safe(nb)


def test_the_stepper_formula_reaches_the_notebook_on_one_line_and_escaped():
    objective = objectives.from_formula("x1^2 *\n 3*x2^2")
    nb = notebook.stepper_notebook(objective)
    title = "".join(nb["cells"][0]["source"])
    assert "x1^2 \\* 3\\*x2^2" in title.split("\n")[0]
    assert '"""f(x1, x2) = x1^2 * 3*x2^2"""' in "".join(notebook.code_of(nb))
    hostile.assert_notebook_is_safe(nb)


@pytest.mark.parametrize("settings", [{"momentum": "__import__('os')"}, {"evil": 1.0}, {"momentum": float("nan")},
                                      "momentum"], ids=repr)
def test_optimizer_settings_that_are_not_numbers_export_no_notebook(settings):
    with pytest.raises(notebook.NotebookError):
        notebook.stepper_notebook("square", method="momentum", settings=settings)
    spec = {"input_size": 2, "layers": [{"units": 2, "activation": "softmax"}], "loss": "cross_entropy"}
    with pytest.raises(notebook.NotebookError):
        notebook.training_notebook(spec, {"kind": "toy", "name": "xor"},
                                   {"optimizer": "momentum", "optimizer_settings": settings})


def test_main_py_export_notebook_refuses_a_session_whose_variable_is_code(good_document, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    def change(document):
        document["tools"]["stepper"]["function"] = {"formula": "s^2", "variables": [PAYLOAD]}
    path = session_with(good_document, tmp_path, change)
    out = tmp_path / "out.ipynb"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "export-notebook", str(path), str(out), "--stepper"],
                          cwd=root, capture_output=True, text=True, timeout=60)
    hostile.record("main.py export-notebook", "variable that is code", "refused", 0.0)
    assert done.returncode == notebook.EXIT_INPUT and not out.exists()
    assert "error:" in done.stderr and "Traceback" not in done.stderr
