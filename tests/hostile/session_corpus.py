"""Hostile session files, written by the tests from a good document (nothing large is committed).

``CASES`` lists (name, change, expected outcome): ``change(document)`` edits a copy of a good
session document in place (or returns the bytes to write instead). Crafted .npz files: a zip
bomb (a small file that declares hundreds of MB) and an array whose header declares 10¹²
elements.
"""
import base64
import functools
import io
import json
import zipfile

import numpy as np

from lab.session_file import arrays_to_text

OPENED, REFUSED = "opened", "refused"
PAYLOAD = "__import__('os').system('touch PWNED')"
HOSTILE_TEXTS = [PAYLOAD, "x\n# PWNED heading\n", "<img src=x onerror=alert('PWNED')>", "**PWNED** [a](javascript:x)",
                 "'''\"\"\"\\", "$\\PWNED$ `code` | table |", "\x1b[31mPWNED\x00", "名前\u2028PWNED"]


def weights_of(document):
    raw = base64.b64decode(document["network"]["weights"])
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def set_weights(document, change):
    params = weights_of(document)
    change(params)
    document["network"]["weights"] = arrays_to_text(params)


def data_of(document):
    raw = base64.b64decode(document["dataset"]["arrays"])
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return data["X"], data["y"]


def set_data(document, X=None, y=None):
    X0, y0 = data_of(document)
    document["dataset"]["arrays"] = arrays_to_text({"X": X0 if X is None else X, "y": y0 if y is None else y})


def npz_text(members):
    """Base64 of a zip of ``members`` ({name: bytes or (declared shape, dtype str, data bytes)})."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def npy_header(shape, dtype="<f4"):
    header = repr({"descr": dtype, "fortran_order": False, "shape": tuple(shape)}).encode("latin1")
    header += b" " * (63 - (len(header) + 10) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header


@functools.lru_cache(maxsize=None)
def zip_bomb_text(name="W1.npy", megabytes=64):
    """A few hundred KB of base64 that inflate to ``megabytes`` MB of zeros (written in chunks)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            member.write(npy_header((megabytes * 2**18,)))
            chunk = bytes(2**20)
            for _ in range(megabytes):
                member.write(chunk)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def declared_10_12_elements_text(names=("W1", "b1", "W2", "b2")):
    return npz_text({f"{n}.npy": npy_header((10**12,)) + bytes(16) for n in names})


def _set(path, value):
    """A change that sets document[path...] = value."""
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value() if callable(value) else value
    return change


def _stepper(**values):
    def change(document):
        document["tools"]["stepper"].update({k: v() if callable(v) else v for k, v in values.items()})
    return change


def _slice(weights=(["W1", [0, 1]], ["b1", [0]]), data=None, **changes):
    """The stepper on the session network's loss over two weights (Step on it), changed."""
    def change(document):
        part = {"weights": [list(w) for w in weights], "span": 1.0, "network": dict(document["network"]),
                "data": data() if data else document["dataset"]["arrays"]}
        part.update(changes)
        document["tools"]["stepper"].update({"function": {"network_slice": part}, "start": [0.0, 0.0],
                                             "substeps": 4})
    return change


def _training(**values):
    def change(document):
        document["tools"]["training"]["settings"].update(values)
    return change


def _run(**values):
    """A change adding one run of the dashboard, with ``values`` in it."""
    def change(document):
        run = {"name": "Run 1", "settings": {"optimizer": "sgd", "lr": 0.1, "batch_size": 10, "epochs": 1,
                                             "seed": 0, "validation_fraction": 0.0, "weight_decay": 0.0,
                                             "optimizer_settings": {}, "continue": False},
               "kind": "classification",
               "class_names": ["a", "b"], "visible": True,
               "batches": [{"epoch": 1, "batch": 1, "batches_per_epoch": 1, "step": 1, "loss": 0.5,
                            "accuracy": 0.5, "samples_per_second": 100.0}],
               "epochs": [{"epoch": 1, "loss": 0.5, "accuracy": 0.5, "val_loss": None, "val_accuracy": None,
                           "seconds": 0.1}],
               "ended": {"reason": "completed", "message": "done", "epoch": 1, "batch": 1},
               "confusion": {"epoch": 1, "matrix": [[1, 0], [0, 1]], "predicted": [0, 1]}}
        for key, value in values.items():
            run[key] = value() if callable(value) else value
        document["tools"]["training"]["runs"] = [run]
    return change


def _nan_weight(params):
    params["W1"][0, 0] = np.nan


def _inf_weight(params):
    params["b1"][0] = -np.inf


def _as(dtype):
    def change(params):
        params["W1"] = params["W1"].astype(dtype)
    return change


def _extra(params):
    params["W9"] = np.zeros((2, 2), np.float32)


def _missing(params):
    del params["b2"]


def _transposed(params):
    params["W1"] = params["W1"].T.copy()


def _big_confusion(document):
    _run(class_names=[f"c{i}" for i in range(2000)],
         confusion=lambda: {"epoch": 1, "matrix": [[0] * 2000 for _ in range(2000)], "predicted": [0, 1]})(document)


CASES = [
    # the whole file
    ("not JSON", lambda d: b"{not json", REFUSED),
    ("empty file", lambda d: b"", REFUSED),
    ("invalid UTF-8", lambda d: b"\xff\xfe" + json.dumps(d).encode("utf-16-le"), REFUSED),
    ("a JSON list", lambda d: b"[1, 2, 3]", REFUSED),
    ("nested 100000 deep", lambda d: b"[" * 100_000 + b"]" * 100_000, REFUSED),
    ("from a newer version", _set(["version"], 99), REFUSED),
    ("version as text", _set(["version"], "1"), REFUSED),
    ("not a session", _set(["format"], "something-else"), REFUSED),
    # the network (item 2): weights checked against the spec, NaN kept as a diverged run's
    ("NaN weight", lambda d: set_weights(d, _nan_weight), OPENED),
    ("infinite bias", lambda d: set_weights(d, _inf_weight), OPENED),
    ("integer weights", lambda d: set_weights(d, _as(np.int32)), REFUSED),
    ("boolean weights", lambda d: set_weights(d, _as(bool)), REFUSED),
    ("complex weights", lambda d: set_weights(d, _as(np.complex64)), REFUSED),
    ("float16 weights", lambda d: set_weights(d, _as(np.float16)), OPENED),
    ("an extra array", lambda d: set_weights(d, _extra), REFUSED),
    ("a missing bias", lambda d: set_weights(d, _missing), REFUSED),
    ("transposed weights", lambda d: set_weights(d, _transposed), REFUSED),
    ("weights not base64", _set(["network", "weights"], "not base64!"), REFUSED),
    ("weights a zip bomb of 64 MB", _set(["network", "weights"], lambda: zip_bomb_text("W1.npy", 64)), REFUSED),
    ("weights declaring 10^12 elements", _set(["network", "weights"], declared_10_12_elements_text), REFUSED),
    ("a million units", _set(["network", "spec", "layers", 0, "units"], 10**12), REFUSED),
    ("seed 10^12", _set(["network", "seed"], 10**12), REFUSED),
    ("negative seed", _set(["network", "seed"], -1), REFUSED),
    ("seed as text", _set(["network", "seed"], "0"), REFUSED),
    # the data set (item 14)
    ("NaN in X", lambda d: set_data(d, X=np.full((4, 2), np.nan, np.float32), y=np.zeros(4, np.int64)), REFUSED),
    ("empty data set", lambda d: set_data(d, X=np.zeros((0, 2), np.float32), y=np.zeros(0, np.int64)), REFUSED),
    ("3-D X", lambda d: set_data(d, X=np.zeros((4, 2, 1), np.float32), y=np.zeros(4, np.int64)), REFUSED),
    ("labels beyond the class names", lambda d: set_data(d, y=np.full(len(data_of(d)[1]), 7)), REFUSED),
    ("negative labels", lambda d: set_data(d, y=np.full(len(data_of(d)[1]), -1)), REFUSED),
    ("labels without class names", _set(["dataset", "class_names"], []), REFUSED),
    ("negative picture shape", _set(["dataset", "image_shape"], [-1, -2]), REFUSED),
    ("4-D picture shape", _set(["dataset", "image_shape"], [1, 1, 2, 1]), REFUSED),
    ("picture shape of 10^9 × 10^9", _set(["dataset", "image_shape"], [10**9, 10**9]), REFUSED),
    ("100,000 class names", _set(["dataset", "class_names"], lambda: [f"c{i}" for i in range(100_000)]), REFUSED),
    ("class names not text", _set(["dataset", "class_names"], [{"a": 1}, 2]), REFUSED),
    ("a data set name of 2 MB", _set(["dataset", "name"], "x" * 2**21), REFUSED),
    ("X and y of different lengths", lambda d: set_data(d, y=np.zeros(3, np.int64)), REFUSED),
    ("data arrays a zip bomb", _set(["dataset", "arrays"], lambda: zip_bomb_text("X.npy", 100)), REFUSED),
    ("data declaring 10^12 elements", _set(["dataset", "arrays"], lambda: declared_10_12_elements_text(("X", "y"))),
     REFUSED),
    # the stepper (items 1, 4, 9, 14)
    ("variable that is code", _stepper(function={"formula": "s^2", "variables": [PAYLOAD]}), REFUSED),
    ("variable with a newline", _stepper(function={"formula": "s^2", "variables": ["s\nimport os"]}), REFUSED),
    ("variable that is a keyword", _stepper(function={"formula": "s^2", "variables": ["lambda"]}), REFUSED),
    ("variables twice the same", _stepper(function={"formula": "x1^2", "variables": ["x1", "x1"]}), REFUSED),
    ("three variables", _stepper(function={"formula": "a+b+c", "variables": ["a", "b", "c"]}), REFUSED),
    ("formula not text", _stepper(function={"formula": ["s"]}), REFUSED),
    ("formula of 100,000 characters", _stepper(function={"formula": "s+" * 50_000 + "s"}), REFUSED),
    ("formula that overflows", _stepper(function={"formula": "s^2 + 2^2000"}), REFUSED),
    ("unknown optimizer setting", _stepper(hyper={"momentum": {"evil": 1.0}}), REFUSED),
    ("optimizer setting as text", _stepper(hyper={"adam": {"beta1": "evil"}}), REFUSED),
    ("NaN momentum", _stepper(hyper={"momentum": {"momentum": float("nan")}}), REFUSED),
    ("unknown method", _stepper(method="evil"), REFUSED),
    ("700 compared optimizers", _stepper(compare=["adam"] * 700), REFUSED),
    ("an unknown compared method", _stepper(compare=["evil"]), REFUSED),
    ("300,000 sub-steps", _stepper(substeps=300_000), REFUSED),
    ("20,000 sub-steps", _stepper(substeps=20_000), REFUSED),
    ("negative sub-steps", _stepper(substeps=-5), REFUSED),
    ("sub-steps as a fraction", _stepper(substeps=1.5), REFUSED),
    ("a path of 100,000 points", _stepper(path=lambda: [[0.0]] * 100_000), REFUSED),
    # the stepper on a network's two weights (the Loss landscape's Step on it, issue 14)
    ("a slice of the session's network", _slice(), OPENED),
    ("a slice naming a weight the network lacks", _slice(weights=(["W9", [0, 0]], ["b1", [0]])), REFUSED),
    ("a slice outside W1", _slice(weights=(["W1", [0, 10**6]], ["b1", [0]])), REFUSED),
    ("a slice whose weight is code", _slice(weights=([PAYLOAD, [0]], ["b1", [0]])), REFUSED),
    ("a slice of one weight twice", _slice(weights=(["b1", [0]], ["b1", [0]])), REFUSED),
    ("a slice with three weights", _slice(weights=(["b1", [0]], ["b1", [1]], ["b1", [2]])), REFUSED),
    ("a slice whose data is a zip bomb", _slice(data=lambda: zip_bomb_text("X.npy", 100)), REFUSED),
    ("a slice of span 10^300", _slice(span=1e300), REFUSED),
    ("coefficients of 1e308", _stepper(function={"preset": "quadratic", "settings": {"a": 1e308, "b": 0, "c": 0}}),
     REFUSED),
    ("unknown preset", _stepper(function={"preset": "evil"}), REFUSED),
    ("unknown preset setting", _stepper(function={"preset": "square", "settings": {"evil": 1}}), REFUSED),
    ("start of 1e308", _stepper(start=[1e308]), REFUSED),
    ("start of two numbers for f(s)", _stepper(start=[1.0, 2.0]), REFUSED),
    ("learning rate 0", _stepper(lr=0), REFUSED),
    ("negative learning rate", _stepper(lr=-1), REFUSED),
    ("learning rate as text", _stepper(lr="0.1"), REFUSED),
    # the dashboard (items 9, 14)
    ("negative epochs", _training(epochs=-3), REFUSED),
    ("10^12 epochs", _training(epochs=10**12), REFUSED),
    ("seed 10^12 for training", _training(seed=10**12), REFUSED),
    ("batch size 0", _training(batch_size=0), REFUSED),
    ("unknown optimizer", _training(optimizer="evil"), REFUSED),
    ("validation share 5", _training(validation_fraction=5.0), REFUSED),
    ("a good run", _run(), OPENED),
    ("a run with a NaN loss", _run(epochs=[{"epoch": 1, "loss": float("nan"), "accuracy": None, "val_loss": None,
                                            "val_accuracy": None, "seconds": 0.1}]), OPENED),
    ("a loss as text", _run(epochs=[{"epoch": 1, "loss": "x", "accuracy": None, "val_loss": None,
                                     "val_accuracy": None, "seconds": 0.1}]), REFUSED),
    ("zero batches per epoch", _run(batches=[{"epoch": 1, "batch": 1, "batches_per_epoch": 0, "step": 1, "loss": 0.5,
                                              "accuracy": 0.5, "samples_per_second": 1.0}]), REFUSED),
    ("a record with a field too many", _run(epochs=[{"epoch": 1, "loss": 1.0, "accuracy": None, "val_loss": None,
                                                     "val_accuracy": None, "seconds": 0.1, "evil": 1}]), REFUSED),
    ("an unknown end", _run(ended={"reason": "evil", "message": "", "epoch": 1, "batch": 1}), REFUSED),
    ("an unknown kind of run", _run(kind="evil"), REFUSED),
    ("a run without its epochs", _run(settings={"optimizer": "sgd", "lr": 0.1, "batch_size": 1}), REFUSED),
    ("a run of 10^12 epochs", _run(settings={"optimizer": "sgd", "lr": 0.1, "batch_size": 1, "epochs": 10**12}),
     REFUSED),
    ("a 2,000 × 2,000 confusion matrix", _big_confusion, REFUSED),
    ("a confusion matrix not square", _run(confusion={"epoch": 1, "matrix": [[1, 0]], "predicted": []}), REFUSED),
    ("a predicted class beyond the classes", _run(confusion={"epoch": 1, "matrix": [[1, 0], [0, 1]],
                                                             "predicted": [5]}), REFUSED),
    ("2,000 runs", lambda d: [_run()(d), d["tools"]["training"].update(runs=d["tools"]["training"]["runs"] * 2000)],
     REFUSED),
    ("runs as a dict", lambda d: d["tools"]["training"].update(runs={"a": 1}), REFUSED),
    ("the tools as a list", _set(["tools"], [1, 2]), REFUSED),
    ("hostile dataset and class names", lambda d: d["dataset"].update(name=HOSTILE_TEXTS[0]), OPENED),
    # where the data came from: a source that cannot be used opens the arrays saved, with a note
    ("data source: an unknown toy set", _set(["dataset", "source"], {"kind": "toy", "name": "banana", "n": 200,
                                                                     "noise": 0.1, "seed": 0}), OPENED),
    ("data source: 10^9 points", _set(["dataset", "source"], {"kind": "toy", "name": "xor", "n": 10**9,
                                                              "noise": 0.1, "seed": 0}), OPENED),
    ("data source: NaN noise", _set(["dataset", "source"], {"kind": "toy", "name": "xor", "n": 200,
                                                            "noise": {"$float": "NaN"}, "seed": 0}), OPENED),
    ("data source: text for a number", _set(["dataset", "source"], {"kind": "quadratic", "a": "2", "b": 0, "c": 0,
                                                                    "n": 50, "noise": 0.1, "seed": 0}), OPENED),
    ("data source: an unknown kind", _set(["dataset", "source"], {"kind": HOSTILE_TEXTS[0]}), OPENED),
    ("data source: pictures that do not fit the data", _set(["dataset", "source"], {
        "kind": "pictures", "folder": "/no/such/folder", "size": 32, "color": "gray"}), OPENED),
    ("data source: a folder path of 1 MB", _set(["dataset", "source"], {
        "kind": "pictures", "folder": "x" * 2**20, "size": 32, "color": "gray"}), OPENED),
    ("lesson step: a number", _set(["lesson"], {"step": 5}), OPENED),
    ("lesson step: of another lesson", _set(["lesson"], {"step": "no-such-step"}), OPENED),
    ("pictures part: a picture before the first", _set(["tools", "pictures"], {"shown": -1}), REFUSED),
    ("model part: a as text", _set(["tools", "model"], {"a": "1", "b": 0, "c": 0, "show_data": False}), REFUSED),
    ("Backprop part: an unknown panel", lambda d: d["tools"]["backprop"].update(panel="evil"), REFUSED),
]
