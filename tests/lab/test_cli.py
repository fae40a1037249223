"""The headless commands: `python main.py train FOLDER` and `python main.py predict model.npz PICTURE`."""
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine import Network
from engine.data import sample_folder
from lab.cli import EXIT_DATA, EXIT_MODEL, EXIT_OK, EXIT_USAGE, load_model, main, picture_spec, save_model

ROOT = Path(__file__).resolve().parents[2]


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def faces(tmp_path_factory):
    return sample_folder("faces", tmp_path_factory.mktemp("appdata"))


@pytest.fixture(scope="module")
def faces_model(faces, tmp_path_factory):
    """The faces sample trained through main.py in a fresh interpreter, as a user would."""
    out = tmp_path_factory.mktemp("models") / "faces.npz"
    code = ("import sys, main; rc = main.main(sys.argv[1:]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; "
            "sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, "train", faces, "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done, out


def test_faces_sample_trains_headless_to_at_least_90_percent(faces_model):
    done, out = faces_model
    assert done.returncode == EXIT_OK, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("loaded 200 pictures of 32×32 = 1024 numbers in 2 classes (face 100, not face 100)")
    epochs = [line for line in lines if line.startswith("epoch")]
    assert len(epochs) == 20 and epochs[-1].startswith("epoch  20/20")
    accuracy = float(re.search(r"final validation accuracy: ([\d.]+)%", done.stdout).group(1))
    assert accuracy >= 90.0
    assert out.exists()


def test_the_saved_model_is_an_ordinary_network_with_its_class_names(faces_model):
    _, out = faces_model
    net = Network.load(out)                 # the network's own reader still reads it
    assert net.input_size == 1024 and net.output_size == 2
    net2, meta = load_model(out)
    assert meta["class_names"] == ["face", "not face"] and meta["image_shape"] == (32, 32)
    np.testing.assert_array_equal(net.params["W1"], net2.params["W1"])


def test_predict_prints_the_class_probabilities_of_each_picture(faces, faces_model):
    _, model = faces_model
    face = os.path.join(faces, "face", "faces_000.png")
    other = os.path.join(faces, "not face", "faces_000.png")
    code, out, err = run("predict", str(model), face, other)
    assert code == EXIT_OK, err
    blocks = out.split(other + ":")
    for block in blocks:
        probabilities = [float(p) for p in re.findall(r"^  .*?([\d.]+)%", block, flags=re.M)]
        assert len(probabilities) == 2 and abs(sum(probabilities) - 100) < 0.2
    assert out.startswith(face + ": face")


def test_an_unreadable_picture_is_reported_and_the_others_still_predicted(faces, faces_model, tmp_path):
    _, model = faces_model
    bad = tmp_path / "bad.png"
    bad.write_text("not a picture")
    code, out, err = run("predict", str(model), str(bad), os.path.join(faces, "face", "faces_001.png"))
    assert code == EXIT_DATA
    assert "bad.png: cannot read the picture" in err and "faces_001.png:" in out


def test_a_file_that_is_not_a_model_is_refused(tmp_path, faces):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"PK nothing")
    code, _, err = run("predict", str(junk), os.path.join(faces, "face", "faces_000.png"))
    assert code == EXIT_MODEL and "cannot read network file" in err
    plain = tmp_path / "plain.npz"
    Network.from_spec({"input_size": 4, "layers": [{"units": 2, "activation": "softmax"}]}).save(plain)
    code, _, err = run("predict", str(plain), os.path.join(faces, "face", "faces_000.png"))
    assert code == EXIT_MODEL and "not one trained on pictures" in err


def test_a_folder_with_one_class_is_refused_with_exit_code_3(tmp_path):
    (tmp_path / "cats").mkdir()
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(tmp_path / "cats" / "a.png")
    code, out, err = run("train", str(tmp_path), "--out", str(tmp_path / "m.npz"))
    assert code == EXIT_DATA and "only one class folder (cats)" in err
    assert not (tmp_path / "m.npz").exists()


def test_skipped_files_are_listed_and_options_are_used(tmp_path):
    for name, value in (("dark", 30), ("light", 220)):
        (tmp_path / name).mkdir()
        for k in range(10):
            Image.fromarray(np.full((6, 6), value + k, np.uint8)).save(tmp_path / name / f"{k}.png")
    (tmp_path / "light" / "notes.txt").write_text("hello")
    code, out, err = run("train", str(tmp_path), "--size", "4", "--hidden", "8,4", "--epochs", "3",
                         "--lr", "0.01", "--out", str(tmp_path / "m.npz"))
    assert code == EXIT_OK, err
    assert "skipped 1 file(s):" in out and "notes.txt: not a picture" in out
    assert "network 16 → 8 → 4 → 2" in out
    assert len([line for line in out.splitlines() if line.startswith("epoch")]) == 3


@pytest.mark.parametrize("argv", [["train"], ["train", "x", "--size", "zero"], ["train", "x", "--lr", "-1"],
                                  ["predict", "model.npz"], ["fly"]])
def test_a_wrong_command_line_exits_with_2(argv, capsys):
    assert main(argv) == EXIT_USAGE
    assert "usage" in capsys.readouterr().err


def test_the_model_file_is_the_one_network_format_with_its_description_inside(tmp_path):
    net = Network.from_spec(picture_spec(16, 2, [3]), seed=0)
    path = tmp_path / "m.npz"
    save_model(net, path, ["cat", "dog"], (4, 4))
    with np.load(path, allow_pickle=False) as data:
        assert set(data.files) == {"__spec__", "__meta__", "W1", "b1", "W2", "b2"}
    with zipfile.ZipFile(path) as archive:
        assert archive.comment == b""                   # no second format in the zip comment
    assert Network.load(path).meta["class_names"] == ["cat", "dog"]


def test_a_model_saved_by_the_earlier_command_line_is_refused_with_a_clear_message(tmp_path, faces):
    path = tmp_path / "old.npz"
    Network.from_spec(picture_spec(1024, 2, [3]), seed=0).save(path)
    with zipfile.ZipFile(path, "a") as archive:      # how main.py train saved class names before
        archive.comment = json.dumps({"format": "gradient-lab-pictures/1", "class_names": ["a", "b"],
                                      "image_shape": [32, 32], "color": "gray"}).encode()
    code, _, err = run("predict", str(path), os.path.join(faces, "face", "faces_000.png"))
    assert code == EXIT_MODEL and "train it again" in err
