"""`main.py train` and `main.py predict` on hostile input: names that are not UTF-8, names with
terminal escape codes, crafted model files. Every case ends with a message and the documented
exit code (0 ok, 3 folder or picture, 4 model file), never a traceback, each under a time limit."""
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine import Network
from lab.cli import EXIT_DATA, EXIT_MODEL, EXIT_OK, load_model, main, picture_spec, save_model
from files_timeout import finishes_within, watched_fifo

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="byte names, links and FIFOs as on Linux")


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = finishes_within(60, main, [os.fspath(a) if not isinstance(a, bytes) else os.fsdecode(a)
                                      for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def picture_folder(root, names, n=4):
    """root/<name>/k.png for each class name (bytes names are written as such)."""
    root = os.fsencode(root)
    rng = np.random.default_rng(0)
    for c, name in enumerate(names):
        folder = os.path.join(root, os.fsencode(name))
        os.makedirs(folder, exist_ok=True)
        for k in range(n):
            Image.fromarray((rng.random((6, 6)) * 120 + 100 * c).astype(np.uint8)).save(
                os.fsdecode(os.path.join(folder, b"%d.png" % k)))
        Image.fromarray(np.zeros((6, 6), np.uint8)).save(os.fsdecode(os.path.join(folder, b"\xff\xfe.png")))
    return os.fsdecode(root)


@posix_only
def test_train_on_folder_names_that_are_not_utf8_prints_them_visibly_and_keeps_them_in_the_model(tmp_path):
    folder = picture_folder(tmp_path / "pets", [b"caf\xe9", b"\x9d\x80dogs"])
    model = tmp_path / "model.npz"
    code, out, err = run("train", folder, "--size", "6", "--epochs", "1", "--validation", "0", "--out", model)
    assert code == EXIT_OK, err
    assert "caf\\xe9 5" in out and "\\x9d\\x80dogs 5" in out          # a visible marker per byte
    out.encode("utf-8")                                               # printable as it is
    net, meta = load_model(model)
    assert meta["class_names"] == ["caf\\xe9", "\\x9d\\x80dogs"]
    picture = os.path.join(os.fsencode(folder), b"caf\xe9", b"0.png")
    code, out, err = run("predict", model, os.fsdecode(picture))
    assert code == EXIT_OK and "caf\\xe9" in out and "\\xff" not in out + err


@posix_only
def test_class_names_with_terminal_escape_codes_are_printed_escaped(tmp_path):
    folder = picture_folder(tmp_path / "pets", ["\x1b[31mred\x1b[0m", "bell\x07"])
    code, out, err = run("train", folder, "--size", "6", "--epochs", "1", "--validation", "0",
                         "--out", tmp_path / "m.npz")
    assert code == EXIT_OK, err
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b[31mred\\x1b[0m" in out and "bell\\x07" in out


@pytest.fixture(scope="module")
def good_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "good.npz"
    net = Network.from_spec(picture_spec(16, 2, [3]), seed=0)
    save_model(net, path, ["cat", "dog"], (4, 4))
    return path


def with_meta(good, path, meta):
    """The good model with its saved description (``__meta__``) replaced by ``meta``: JSON of a
    value, text as it is, or bytes that are not UTF-8 as an array of bytes."""
    with np.load(good, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    if isinstance(meta, bytes):
        try:
            arrays["__meta__"] = np.array(meta.decode("utf-8"))
        except UnicodeDecodeError:
            arrays["__meta__"] = np.array(meta)
    else:
        arrays["__meta__"] = np.array(json.dumps(meta))
    np.savez(path, **arrays)
    return path


META = {"format": "gradient-lab-pictures/1", "class_names": ["cat", "dog"], "image_shape": [4, 4], "color": "gray"}
CRAFTED_METAS = {
    "meta is a list": ["format"],
    "meta is a string": "gradient-lab-pictures/1",
    "not UTF-8": b"\xff\xfe\x00",
    "not JSON": b"{format",
    "nested 5,000 deep": b"[" * 5000 + b"]" * 5000,
    "5,000-digit number": b'{"format": "gradient-lab-pictures/1", "image_shape": [' + b"9" * 5000 + b"]}",
    "no class names": {**META, "class_names": []},
    "class names not text": {**META, "class_names": [1, 2]},
    "three names for two outputs": {**META, "class_names": ["a", "b", "c"]},
    "class names as text": {**META, "class_names": "cat,dog"},
    "picture size as text": {**META, "image_shape": "4x4"},
    "picture size 0": {**META, "image_shape": [0, 0]},
    "picture size not square": {**META, "image_shape": [2, 8]},
    "picture size of booleans": {**META, "image_shape": [True, True]},
    "picture size too large": {**META, "image_shape": [10**9, 10**9]},
    "rgb for a gray network": {**META, "color": "rgb", "image_shape": [4, 4, 3]},
    "unknown colour": {**META, "color": ["gray"]},
    "input size mismatch": {**META, "image_shape": [5, 5]},
}


@pytest.mark.parametrize("name", list(CRAFTED_METAS))
def test_predict_with_a_crafted_model_says_why_and_exits_4(good_model, tmp_path, name):
    model = with_meta(good_model, tmp_path / "crafted.npz", CRAFTED_METAS[name])
    picture = tmp_path / "p.png"
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(picture)
    code, out, err = run("predict", model, picture)
    assert code == EXIT_MODEL and err.startswith("error: ") and "Traceback" not in err, (code, err)


CRAFTED_FILES = {
    "empty": b"",
    "text": b"hello",
    "a zip with nothing": None,
    "truncated model": "truncate",
}


@pytest.mark.parametrize("name", list(CRAFTED_FILES))
def test_predict_with_a_file_that_is_no_model_says_why_and_exits_4(good_model, tmp_path, name):
    model = tmp_path / "crafted.npz"
    content = CRAFTED_FILES[name]
    if content is None:
        zipfile.ZipFile(model, "w").close()
    elif content == "truncate":
        model.write_bytes(good_model.read_bytes()[:200])
    else:
        model.write_bytes(content)
    code, out, err = run("predict", model, good_model)
    assert code == EXIT_MODEL and err.startswith("error: ") and "Traceback" not in err, (code, err)


@posix_only
def test_predict_with_a_fifo_or_a_device_as_model_or_picture_never_blocks(good_model, tmp_path):
    fifo = tmp_path / "model.npz"
    hung = watched_fifo(fifo, seconds=5)
    code, out, err = run("predict", fifo, good_model)
    assert code == EXIT_MODEL and not hung.is_set()
    picture_fifo = tmp_path / "p.png"
    hung = watched_fifo(picture_fifo, seconds=5)
    code, out, err = run("predict", good_model, picture_fifo, "/dev/zero")
    assert code == EXIT_DATA and not hung.is_set()
    assert err.count("error:") == 2 and "not a file" in err


def test_predict_through_main_py_never_ends_in_a_traceback(good_model, tmp_path):
    """The real command line in a fresh interpreter, as a user types it."""
    model = with_meta(good_model, tmp_path / "crafted.npz", {**META, "class_names": [[]]})
    done = subprocess.run([sys.executable, "main.py", "predict", str(model), str(good_model)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == EXIT_MODEL and "Traceback" not in done.stderr and done.stderr.startswith("error:")
