"""Export an experiment as a Jupyter notebook that runs in Google Colab with PyTorch (issue 9).

    nb = training_notebook(spec, {"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0},
                           {"optimizer": "adam", "lr": 0.01, "batch_size": 10, "epochs": 100})
    write_notebook(nb, "xor.ipynb")
    write_notebook(stepper_notebook("square", x0=[2.0], lr=0.2, steps=10), "square.ipynb")

A notebook is a JSON document (nbformat 4.5): a list of Markdown and code cells. It is built
here from plain dicts, so the app needs no Jupyter library. The code is *the same
experiment*: the app's own data generators and picture preprocessing (their source text is
copied in), the same starting weights, loss, optimizer rule, batch order and seed, so the
PyTorch network computes the numbers the engine computes (the tests check it to 1e-5).

Data sources (``data_source`` dicts):
  {"kind": "toy", "name": "xor", "n": 200, "noise": 0.1, "seed": 0}          engine.data.toy
  {"kind": "quadratic", "a": 2, "b": -3, "c": 1, "n": 50, "noise": 0.1, "seed": 0}
  {"kind": "pictures", "folder": "/path/pets", "size": 32, "color": "gray"}  engine.data.images
  {"kind": "arrays", "X": X, "y": y, "class_names": [...], "name": "..."}     embedded as .npz

Headless: ``python main.py export-notebook SPEC_OR_SESSION OUT.ipynb`` (see ``main``).
"""
import argparse
import base64
import inspect
import io
import json
import math
import os
import sys
import tempfile
import textwrap

import numpy as np

from engine import expression as ex
from engine import objectives, optimizers
from engine.data import images, split, toy
from engine.descent import DIVERGENCE_FACTOR, GRADIENT_TOLERANCE, METHODS, as_objective
from engine.spec import validate
from engine.data.dataset import is_classification as labels_are_classes

from . import session_file, tool_parts
from .notebook_texts import LOSS_NAMES, TITLES, markdown_escape, rule, text
from .numpy_source import objective_trees, to_numpy_source, uses_sigmoid

NBFORMAT, NBFORMAT_MINOR = 4, 5
LANGUAGES = ("en", "ja")
MAX_EMBEDDED_BYTES = 50 * 1024 ** 2     # weights or data larger than this are not put inline
MAX_STEPS = 100_000                     # steps a stepper notebook runs at most
OPTIMIZER_SETTINGS = ("momentum", "decay", "beta1", "beta2", "eps")
SKIP_TAG = "colab-only"                 # cells tests must not run (mounting Google Drive)
TORCH_ACTIVATIONS = {"identity": "nn.Identity()", "relu": "nn.ReLU()", "sigmoid": "nn.Sigmoid()",
                     "tanh": "nn.Tanh()", "softmax": "nn.Softmax(dim=1)"}


class NotebookError(ValueError):
    """The experiment cannot be exported as it is (the message says why)."""


# -- the notebook format ---------------------------------------------------------------

def _lines(source):
    """Notebook sources are lists of lines, each but the last ending with a newline."""
    lines = source.strip("\n").split("\n")
    return [line + "\n" for line in lines[:-1]] + lines[-1:]


def markdown_cell(source):
    return {"cell_type": "markdown", "metadata": {}, "source": _lines(source)}


def code_cell(source, tags=()):
    metadata = {"tags": list(tags)} if tags else {}
    return {"cell_type": "code", "execution_count": None, "metadata": metadata, "outputs": [],
            "source": _lines(source)}


def new_notebook(cells, kind, language):
    for i, cell in enumerate(cells):
        cell["id"] = f"gradlab-{i + 1}"
    return {
        "nbformat": NBFORMAT, "nbformat_minor": NBFORMAT_MINOR,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
            "colab": {"provenance": []},
            "gradlab": {"kind": kind, "language": language, "format": 1},
        },
        "cells": cells,
    }


def code_of(nb, include_colab_only=False):
    """The code cells' sources, in order (``colab-only`` cells left out unless asked)."""
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"
            and (include_colab_only or SKIP_TAG not in c["metadata"].get("tags", ()))]


def write_notebook(nb, path):
    """Write ``nb`` as an .ipynb file, atomically: a complete new file or the old one untouched."""
    data = json.dumps(nb, ensure_ascii=False, indent=1) + "\n"
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".notebook-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


# -- small helpers for writing code -------------------------------------------------------

def _source(*functions):
    return "\n\n\n".join(textwrap.dedent(inspect.getsource(f)).strip("\n") for f in functions)


def _number(x):
    """A float as Python text that reads back as the same float."""
    x = float(x)
    return repr(int(x)) + ".0" if x.is_integer() and abs(x) < 1e15 else repr(x)


def _base64_npz(arrays, what):
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    data = buffer.getvalue()
    if len(data) > MAX_EMBEDDED_BYTES:
        raise NotebookError(f"the {what} take {len(data) / 1024 ** 2:.0f} MB, too much to put inside "
                            f"a notebook (at most {MAX_EMBEDDED_BYTES // 1024 ** 2} MB)")
    encoded = base64.b64encode(data).decode("ascii")
    return "\n".join(encoded[i:i + 100] for i in range(0, len(encoded), 100))


def _optimizer_settings(settings):
    """An optimizer's settings ({"momentum": 0.9}) checked: known names, finite numbers."""
    if settings is None:
        return {}
    if not isinstance(settings, dict):
        raise NotebookError("the optimizer's settings must be names and numbers")
    checked = {}
    for name, value in settings.items():
        if name not in OPTIMIZER_SETTINGS:
            raise NotebookError(f"unknown optimizer setting {name!r}")
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value):
            raise NotebookError(f"the optimizer setting {name} must be a finite number")
        checked[name] = value
    return checked


def _language(language):
    return language if language in LANGUAGES else "en"


# -- the data -------------------------------------------------------------------------------

def normalise_data_source(source):
    """A checked copy of a data-source dict (see the module docstring)."""
    if not isinstance(source, dict) or "kind" not in source:
        raise NotebookError("the data source must say its kind: toy, quadratic, pictures or arrays")
    s = dict(source)
    kind = s["kind"]
    if kind == "toy":
        if s.get("name") not in toy.TOY_SETS:
            raise NotebookError(f"unknown toy data set {s.get('name')!r}; choose one of {', '.join(toy.TOY_SETS)}")
        s.setdefault("n", 200)
        s.setdefault("noise", 0.1)
        s.setdefault("seed", 0)
    elif kind == "quadratic":
        for key, value in (("a", 2.0), ("b", -3.0), ("c", 1.0), ("n", 50), ("noise", 0.1), ("seed", 0)):
            s.setdefault(key, value)
    elif kind == "pictures":
        if not s.get("folder"):
            raise NotebookError("a picture data source needs the folder it was loaded from")
        s.setdefault("size", 32)
        s.setdefault("color", "gray")
        if s["color"] not in images.COLORS:
            raise NotebookError(f"picture colour must be gray or rgb, not {s['color']!r}")
    elif kind == "arrays":
        if "X" not in s or "y" not in s:
            raise NotebookError("embedded data needs X and y")
        s["X"], s["y"] = np.asarray(s["X"], dtype=np.float32), np.asarray(s["y"])
        s.setdefault("class_names", [])
        s.setdefault("name", "")
    else:
        raise NotebookError(f"unknown data kind {kind!r} (toy, quadratic, pictures or arrays)")
    for key in ("n", "seed", "size"):
        if key in s:
            s[key] = int(s[key])
    return s


def is_classification(source):
    if source["kind"] == "arrays":
        return labels_are_classes(source["y"])
    return source["kind"] != "quadratic"


def input_size_of(source):
    if source["kind"] == "toy":
        return 2
    if source["kind"] == "quadratic":
        return 1
    if source["kind"] == "pictures":
        return source["size"] ** 2 * (3 if source["color"] == "rgb" else 1)
    return int(source["X"].shape[1])


def _data_cells(s, lang):
    kind = s["kind"]
    if kind == "toy":
        generators = [toy.spiral, toy.spiral3] if s["name"] == "spiral3" else [toy.TOY_SETS[s["name"]]]
        code = (_source(toy._result, *generators) +
                f"\n\n\nX, y, class_names = {s['name']}(n={s['n']}, noise={_number(s['noise'])}, seed={s['seed']})\n"
                f"print(len(X), \"points of\", X.shape[1], \"numbers; classes:\", class_names)")
        return [markdown_cell(text(lang, "data_toy", name=s["name"], n=s["n"], noise=f"{s['noise']:g}", seed=s["seed"])),
                code_cell(code)]
    if kind == "quadratic":
        code = (_source(toy.quadratic) +
                f"\n\n\nX, y, class_names = quadratic({_number(s['a'])}, {_number(s['b'])}, {_number(s['c'])}, "
                f"n={s['n']}, noise={_number(s['noise'])}, seed={s['seed']})\n"
                f"print(len(X), \"points\")")
        md = text(lang, "data_quadratic", n=s["n"], a=f"{s['a']:g}", b=f"{s['b']:g}", c=f"{s['c']:g}",
                  noise=f"{s['noise']:g}", seed=s["seed"])
        return [markdown_cell(md), code_cell(code)]
    if kind == "pictures":
        return _picture_cells(s, lang)
    payload = {"X": s["X"], "y": s["y"]}
    names = repr([str(name) for name in s["class_names"]])   # a Python literal, whatever the names hold
    code = ("DATA_NPZ_BASE64 = \"\"\"\n" + _base64_npz(payload, "data") + "\n\"\"\"\n\n"
            "with np.load(io.BytesIO(base64.b64decode(DATA_NPZ_BASE64)), allow_pickle=False) as data:\n"
            "    X, y = data[\"X\"], data[\"y\"]\n"
            f"class_names = {names}\n"
            "print(len(X), \"examples of\", X.shape[1], \"numbers\")")
    md = text(lang, "data_arrays", name=markdown_escape(s["name"] or "data"), n=len(s["X"]),
              inputs=s["X"].shape[1])
    return [markdown_cell(md), code_cell(code)]


PICTURE_FOLDER_CODE = '''
def picture_files(folder):
    """The picture files under a class folder, in the app's order: name order, the files of a
    folder before those of its subfolders; hidden, system, empty and other files are left out."""
    files, seen, stack = [], set(), [folder]
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in seen:          # a link that loops back
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir(follow_symlinks=True)
                is_file = entry.is_file(follow_symlinks=True)
                size = entry.stat(follow_symlinks=True).st_size if is_file else 0
            except OSError:
                continue
            if entry.name.startswith("."):
                continue
            if is_folder:
                subfolders.append(entry.path)
            elif (is_file and entry.name.lower() not in SYSTEM_FILES and size > 0
                  and os.path.splitext(entry.name.lower())[1] in EXTENSIONS):
                files.append(entry.path)
        stack.extend(reversed(subfolders))
    return files


def load_folder(folder, size=32, color="gray"):
    """(X, y, class_names): one row of N×N (×3) numbers in [0, 1] per readable picture."""
    classes = [e for e in sorted(os.scandir(folder), key=lambda e: e.name)
               if not e.name.startswith(".") and e.name.lower() not in SYSTEM_FILES
               and e.is_dir(follow_symlinks=True)]
    rows, labels, skipped = [], [], 0
    for label, entry in enumerate(classes):
        for path in picture_files(entry.path):
            try:
                rows.append(load_picture(path, size, color).reshape(-1))
                labels.append(label)
            except Exception:     # not a readable picture: skipped, as in the app
                skipped += 1
    if skipped:
        print("skipped", skipped, "unreadable file(s)")
    n = size * size * (3 if color == "rgb" else 1)
    X = np.array(rows, dtype=np.float32).reshape(-1, n)
    return X, np.array(labels, dtype=np.int64), [unicodedata.normalize("NFC", e.name) for e in classes]
'''


# In the app, pictures are opened only if they are regular files and decoded within a memory
# budget shared by its threads (engine/data/images.py); a notebook reads one picture at a time.
PICTURE_OPEN_CODE = '''
class _OneAtATime:
    def reserve(self, nbytes):
        return nullcontext()


DECODE_BUDGET = _OneAtATime()


@contextmanager
def _open_picture(path):
    with Image.open(path) as img:
        w, h = img.size
        if w * h > MAX_PIXELS:
            raise ValueError(f"too large ({w}×{h} pixels)")
        yield img
'''


def _picture_cells(s, lang):
    folder = os.path.abspath(s["folder"])
    base = os.path.basename(folder.rstrip(os.sep)) or "pictures"
    constants = (f"EXTENSIONS = {images.EXTENSIONS!r}\nSYSTEM_FILES = {sorted(images.SYSTEM_FILES)!r}\n"
                 f"HIGH_DEPTH = {images.HIGH_DEPTH!r}\nMAX_PIXELS = {images.MAX_PIXELS!r}\n"
                 f"MAX_DECODED_PIXELS = {images.MAX_DECODED_PIXELS!r}\n"
                 f"REDUCE_ABOVE_PIXELS = {images.REDUCE_ABOVE_PIXELS!r}")
    loading = ("import os\nimport unicodedata\nfrom contextlib import contextmanager, nullcontext\n\n"
               "from PIL import Image, ImageOps\n\n" + constants + "\n\n\n" + PICTURE_OPEN_CODE.strip("\n") +
               "\n\n\n" + _source(images._normalise, images._as_float, images._upright, images._decode_reduced,
                                  images.load_picture) + "\n\n\n" +
               PICTURE_FOLDER_CODE.strip("\n"))
    choose = (f"FOLDER = {('/content/drive/MyDrive/' + base)!r}   # where the folder is in Colab: change it\n"
              f"APP_FOLDER = {folder!r}   # where it was for Gradient Lab\n"
              "if not os.path.isdir(FOLDER) and os.path.isdir(APP_FOLDER):\n"
              "    FOLDER = APP_FOLDER     # running on the computer that had the folder\n"
              f"SIZE, COLOR = {s['size']}, {s['color']!r}\n\n"
              "X, y, class_names = load_folder(FOLDER, SIZE, COLOR)\n"
              "print(len(X), \"pictures of\", X.shape[1], \"numbers; classes:\", class_names)")
    n = input_size_of(s)
    return [markdown_cell(text(lang, "data_pictures", size=s["size"], n=n)),
            code_cell(text(lang, "drive"), tags=[SKIP_TAG]),
            code_cell(loading), code_cell(choose)]


# -- the training notebook ----------------------------------------------------------------------

DEFAULT_TRAINING = {"optimizer": "sgd", "lr": 0.1, "batch_size": 32, "epochs": 5, "seed": 0,
                    "validation_fraction": 0.0, "weight_decay": 0.0, "optimizer_settings": {}}


def normalise_training(settings):
    s = dict(DEFAULT_TRAINING)
    s.update({k: v for k, v in (settings or {}).items() if v is not None})
    s["optimizer_settings"] = _optimizer_settings(s.get("optimizer_settings") or {})
    for key in OPTIMIZER_SETTINGS:   # flat settings are accepted too
        if key in s:
            s["optimizer_settings"].setdefault(key, s.pop(key))
    s["optimizer_settings"] = _optimizer_settings(s["optimizer_settings"])
    if not isinstance(s["optimizer"], str):
        raise NotebookError("the optimizer must be named")
    try:
        s["optimizer_instance"] = optimizers.make(s["optimizer"], lr=float(s["lr"]), **s["optimizer_settings"])
    except (TypeError, ValueError) as exc:
        raise NotebookError(f"cannot use the optimizer {s['optimizer']!r}: {exc}") from None
    s["optimizer"] = s["optimizer_instance"].name
    if not (float(s["lr"]) > 0 and math.isfinite(float(s["lr"]))):
        raise NotebookError("the learning rate must be a positive number")
    for key in ("batch_size", "epochs", "seed"):
        s[key] = int(s[key])
    if s["batch_size"] < 1 or s["epochs"] < 0:
        raise NotebookError("the batch size must be at least 1 and the epochs not negative")
    if not 0 <= float(s["validation_fraction"]) < 1:
        raise NotebookError("the validation share must be at least 0 and below 1")
    return s


def optimizer_code(opt):
    """PyTorch's optimizer with the engine's rule and settings (see notebook_texts.RULES)."""
    lr = _number(opt.lr)
    if opt.name == "sgd":
        return f"optimizer = torch.optim.SGD(model.parameters(), lr={lr})"
    if opt.name in ("momentum", "nesterov"):
        nesterov = ", nesterov=True" if opt.name == "nesterov" else ""
        return f"optimizer = torch.optim.SGD(model.parameters(), lr={lr}, momentum={_number(opt.momentum)}{nesterov})"
    if opt.name == "adagrad":
        return f"optimizer = torch.optim.Adagrad(model.parameters(), lr={lr}, eps={opt.eps!r})   # the app's ε"
    if opt.name == "rmsprop":
        return (f"optimizer = torch.optim.RMSprop(model.parameters(), lr={lr}, alpha={_number(opt.decay)}, "
                f"eps={opt.eps!r})")
    if opt.name == "adam":
        return (f"optimizer = torch.optim.Adam(model.parameters(), lr={lr}, "
                f"betas=({_number(opt.beta1)}, {_number(opt.beta2)}), eps={opt.eps!r})")
    raise NotebookError(f"no PyTorch optimizer for {opt.name!r}")


def _rule_values(opt):
    return {k: f"{getattr(opt, k):g}" for k in ("momentum", "decay", "beta1", "beta2") if hasattr(opt, k)}


def _loss_code(spec, classify):
    """(markdown key, code defining targets() and batch_loss())."""
    last = spec["layers"][-1]["activation"]
    n_out = spec["layers"][-1]["units"]
    if classify and n_out == 1:
        targets = ("def targets(yb):\n    \"\"\"One output: the teacher signal is the label itself, 0 or 1.\"\"\"\n"
                   "    return yb.to(torch.float32).reshape(-1, 1)")
    elif classify:
        targets = ("def targets(yb):\n    \"\"\"Teacher signals shaped like the output: one-hot rows for class labels.\"\"\"\n"
                   "    return F.one_hot(yb, N_OUTPUTS).to(torch.float32)")
    else:
        targets = ("def targets(yb):\n    \"\"\"Teacher signals shaped like the output: (N, outputs).\"\"\"\n"
                   "    return yb.to(torch.float32).reshape(len(yb), -1)")
    fused = spec["loss"] == "cross_entropy" and last in ("softmax", "sigmoid")
    if fused and last == "softmax":
        key = "loss_softmax"
        if classify:
            body = ("    loss = F.cross_entropy(scores, yb)   # −1/N Σ log softmax(scores)[label]")
        else:
            body = ("    loss = -(targets(yb) * F.log_softmax(scores, dim=1)).sum() / len(xb)")
    elif fused:
        key = "loss_sigmoid"
        body = ("    loss = F.binary_cross_entropy_with_logits(scores, targets(yb), reduction=\"sum\") / len(xb)")
    elif spec["loss"] == "squared_error":
        key = "loss_squared"
        body = ("    # the lecture's loss: 1/N Σ_i 1/2 |y_i − ŷ_i|²\n"
                "    loss = 0.5 * ((output - targets(yb)) ** 2).sum() / len(xb)")
    else:
        key = "loss_plain_ce"
        body = ("    loss = -(targets(yb) * torch.log(output.clamp(min=1e-7))).sum() / len(xb)")
    if fused:
        head = ("    scores = model[:-1](xb)      # everything but the last activation\n"
                "    output = model[-1](scores)   # ŷ, as the network's output")
    else:
        head = "    output = model(xb)           # ŷ"
    uses_targets = "targets(yb)" in body
    code = (f"N_OUTPUTS = {n_out}\n\n\n" + (f"{targets}\n\n\n" if uses_targets else "") +
            "def batch_loss(xb, yb, weight_decay=WEIGHT_DECAY):\n"
            "    \"\"\"(loss, ŷ): the loss averaged over the batch, and the network's output.\"\"\"\n"
            f"{head}\n{body}\n"
            "    if weight_decay:   # λ/2 Σ_k |W_k|², the weights only (not the biases)\n"
            "        loss = loss + 0.5 * weight_decay * sum((layer.weight ** 2).sum() for layer in linear_layers)\n"
            "    return loss, output\n\n\n"
            "def correct_count(output, yb):\n"
            "    \"\"\"How many rows predict their label: argmax, or above 0.5 for one output.\"\"\"\n"
            "    if output.shape[1] == 1:\n"
            "        return int(((output[:, 0] > 0.5) == (yb == 1)).sum())\n"
            "    return int((output.argmax(dim=1) == yb).sum())")
    return key, code


WEIGHT_CODE = '''
def initial_weights(seed):
    """The app's starting weights: He (√(2/n_in)) before ReLU, Xavier (√(1/n_in)) otherwise; b = 0."""
    rng = np.random.default_rng(seed)
    params = {}
    for k, (n_in, n_out, activation) in enumerate(LAYERS, start=1):
        kind = INIT if INIT != "auto" else ("he" if activation == "relu" else "xavier")
        scale = np.sqrt((2.0 if kind == "he" else 1.0) / n_in)
        params[f"W{k}"] = (rng.standard_normal((n_in, n_out)) * scale).astype(np.float32)
        params[f"b{k}"] = np.zeros(n_out, dtype=np.float32)
    return params


def set_weights(model, params):
    """Copy the app's W1, b1, W2, ... into the PyTorch layers (y = x W + b, so A = Wᵀ)."""
    with torch.no_grad():
        for k, layer in enumerate(linear_layers, start=1):
            layer.weight.copy_(torch.as_tensor(params[f"W{k}"].T))
            layer.bias.copy_(torch.as_tensor(params[f"b{k}"]))


def get_weights(model):
    """The layers' numbers back in the app's names and layout (W = Aᵀ)."""
    params = {}
    for k, layer in enumerate(linear_layers, start=1):
        params[f"W{k}"] = layer.weight.detach().cpu().numpy().T.copy()
        params[f"b{k}"] = layer.bias.detach().cpu().numpy().copy()
    return params
'''

TRAIN_CODE = '''
X_train_t = torch.as_tensor(X_train, dtype=torch.float32, device=device)
y_train_t = torch.as_tensor(y_train, device=device)
X_val_t = torch.as_tensor(X_val, dtype=torch.float32, device=device)
y_val_t = torch.as_tensor(y_val, device=device)


def train_step(xb, yb):
    """One step of the gradient method on one mini-batch: (loss, ŷ before the step)."""
    model.train()
    optimizer.zero_grad()
    loss, output = batch_loss(xb, yb)
    if torch.isfinite(loss):          # a diverged loss moves nothing
        loss.backward()               # backpropagation: ∂loss/∂θ for every parameter θ
        optimizer.step()              # θ := θ − α g (or the optimizer's rule)
    return loss.item(), output.detach()


def evaluate(X_t, y_t, chunk=4096):
    """(loss, accuracy or None) over a whole data set, without weight decay."""
    model.eval()
    total = correct = 0.0
    with torch.no_grad():
        for start in range(0, len(X_t), chunk):
            xb, yb = X_t[start:start + chunk], y_t[start:start + chunk]
            loss, output = batch_loss(xb, yb, weight_decay=0.0)
            total += loss.item() * len(xb)
            if CLASSIFY:
                correct += correct_count(output, yb)
    n = max(len(X_t), 1)
    return total / n, (correct / n if CLASSIFY else None)
'''

TRAIN_LOOP_CODE = '''
history = {"batch_loss": [], "epoch": [], "loss": [], "accuracy": [], "val_loss": [], "val_accuracy": []}
rng = np.random.default_rng(SEED)     # the app's batch order: a new permutation every epoch
n = len(X_train_t)
batches = math.ceil(n / BATCH_SIZE)
report_every = max(1, EPOCHS // 20)
diverged = False
for epoch in range(1, EPOCHS + 1):
    order = torch.as_tensor(rng.permutation(n), device=device)
    loss_sum = correct = 0.0
    for batch in range(batches):
        idx = order[batch * BATCH_SIZE:(batch + 1) * BATCH_SIZE]
        xb, yb = X_train_t[idx], y_train_t[idx]
        loss, output = train_step(xb, yb)
        if not math.isfinite(loss):
            print(f"the loss diverged at epoch {epoch}, batch {batch + 1}: try a smaller learning rate")
            diverged = True
            break
        history["batch_loss"].append(loss)
        loss_sum += loss * len(idx)
        if CLASSIFY:
            correct += correct_count(output, yb)
    if diverged:
        break
    history["epoch"].append(epoch)
    history["loss"].append(loss_sum / n)
    history["accuracy"].append(correct / n if CLASSIFY else None)
    val_loss, val_accuracy = evaluate(X_val_t, y_val_t) if len(X_val_t) else (None, None)
    history["val_loss"].append(val_loss)
    history["val_accuracy"].append(val_accuracy)
    if epoch % report_every == 0 or epoch == EPOCHS:
        line = f"epoch {epoch:4d}/{EPOCHS}  loss {loss_sum / n:.4f}"
        if CLASSIFY:
            line += f"  accuracy {100 * correct / n:5.1f}%"
        if val_loss is not None:
            line += f"  validation loss {val_loss:.4f}"
            if CLASSIFY:
                line += f"  accuracy {100 * val_accuracy:5.1f}%"
        print(line)
'''

PLOT_CODE = '''
panels = 2 if CLASSIFY else 1
fig, axes = plt.subplots(1, panels, figsize=(6 * panels, 4), squeeze=False)
ax = axes[0, 0]
if history["batch_loss"]:
    per_batch = np.arange(1, len(history["batch_loss"]) + 1) / batches
    ax.plot(per_batch, history["batch_loss"], color="0.75", linewidth=0.8, label="mini-batch loss")
ax.plot(history["epoch"], history["loss"], label="training loss")
if any(v is not None for v in history["val_loss"]):
    ax.plot(history["epoch"], history["val_loss"], label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.legend()
if CLASSIFY:
    ax = axes[0, 1]
    ax.plot(history["epoch"], history["accuracy"], label="training accuracy")
    if any(v is not None for v in history["val_accuracy"]):
        ax.plot(history["epoch"], history["val_accuracy"], label="validation accuracy")
    ax.set_xlabel("epoch")
    ax.set_ylabel("accuracy")
    ax.set_ylim(0, 1.02)
    ax.legend()
plt.tight_layout()
plt.show()
'''


QUADRATIC_MODEL = "quadratic"      # pass as the spec: the lecture's model a x² + b x + c

QUADRATIC_CODE = '''
class QuadraticModel(nn.Module):
    """The lecture's model f_Θ(x) = a x² + b x + c, Θ = {a, b, c} (float64, as in the app)."""

    def __init__(self, a=0.0, b=0.0, c=0.0):
        super().__init__()
        self.a = nn.Parameter(torch.tensor([a], dtype=torch.float64))
        self.b = nn.Parameter(torch.tensor([b], dtype=torch.float64))
        self.c = nn.Parameter(torch.tensor([c], dtype=torch.float64))

    def forward(self, x):
        x = x.to(torch.float64).reshape(-1, 1)
        return self.a * x * x + self.b * x + self.c


def get_weights(model):
    """a, b and c as the app names them."""
    return {k: getattr(model, k).detach().cpu().numpy().copy() for k in "abc"}


'''

QUADRATIC_LOSS_CODE = '''
def batch_loss(xb, yb, weight_decay=WEIGHT_DECAY):
    """(loss, ŷ): the lecture's squared error 1/N Σ_i 1/2 (ŷ_i − y_i)², and the model's output."""
    output = model(xb)
    loss = 0.5 * ((output - yb.to(torch.float64).reshape(-1, 1)) ** 2).sum() / len(xb)
    if weight_decay:   # λ/2 (a² + b²): c, like a bias, is not decayed
        loss = loss + 0.5 * weight_decay * (model.a ** 2 + model.b ** 2).sum()
    return loss, output
'''


def _network_code(spec):
    lines = []
    n_in = spec["input_size"]
    for layer in spec["layers"]:
        lines.append(f"    nn.Linear({n_in}, {layer['units']}), {TORCH_ACTIVATIONS[layer['activation']]},")
        n_in = layer["units"]
    return ("model = nn.Sequential(\n" + "\n".join(lines) + "\n).to(device)\n"
            "linear_layers = [m for m in model if isinstance(m, nn.Linear)]\n"
            "print(model)\n"
            "print(sum(p.numel() for p in model.parameters()), \"parameters\")")


def describe_data(s):
    """The data source in a few words, e.g. 'moons (n = 200, noise = 0.1, seed = 0)'."""
    if s["kind"] == "toy":
        return f"{s['name']} (n = {s['n']}, noise = {s['noise']:g}, seed = {s['seed']})"
    if s["kind"] == "quadratic":
        return f"y = {s['a']:g} x² + {s['b']:g} x + {s['c']:g} (n = {s['n']}, noise = {s['noise']:g}, seed = {s['seed']})"
    if s["kind"] == "pictures":
        return f"{os.path.basename(os.path.abspath(s['folder']))} ({s['size']}×{s['size']}, {s['color']})"
    return f"{s.get('name') or 'data'} ({len(s['X'])} × {s['X'].shape[1]}, embedded)"


def training_notebook(spec, data_source, trainer_settings=None, language="en", params=None):
    """A notebook dict training ``spec`` on ``data_source`` with ``trainer_settings`` in PyTorch.

    trainer_settings: optimizer, lr, batch_size, epochs, seed, validation_fraction,
    weight_decay, optimizer_settings ({"momentum": 0.9}, ...), as the dashboard's settings.
    params: the network's current weights (W1, b1, ...) to embed, or None to start from the
    app's initial weights for the seed. Raises NotebookError (or SpecError) when impossible.
    spec may be ``QUADRATIC_MODEL`` ("quadratic"): the lecture's a x² + b x + c (params a, b, c).
    """
    lang = _language(language)
    quadratic_model = isinstance(spec, str) and spec == QUADRATIC_MODEL
    spec = {"input_size": 1, "layers": [{"units": 1}], "loss": "squared_error"} if quadratic_model else validate(spec)
    source = normalise_data_source(data_source)
    training = normalise_training(trainer_settings)
    opt = training["optimizer_instance"]
    classify = is_classification(source)
    n_inputs = input_size_of(source)
    if quadratic_model and (classify or n_inputs != 1):
        raise NotebookError("the quadratic model a x² + b x + c needs one input and real targets")
    if n_inputs != spec["input_size"]:
        raise NotebookError(f"the network expects {spec['input_size']} inputs but the data has {n_inputs}")
    if params is not None and quadratic_model:
        try:
            params = {k: float(np.asarray(params[k]).reshape(-1)[0]) for k in "abc"}
        except (KeyError, IndexError) as exc:
            raise NotebookError(f"the quadratic model needs a, b and c, not {sorted(params)}") from exc
    elif params is not None:
        params = {k: np.asarray(v, dtype=np.float32) for k, v in params.items()}
        from engine.network import Network   # checks every shape against the spec
        Network(spec, params)
    seed = training["seed"]
    if quadratic_model:
        network_text = "f(x) = a x² + b x + c"
    else:
        sizes = " → ".join(str(u) for u in [spec["input_size"]] + [layer["units"] for layer in spec["layers"]])
        network_text = sizes + " (" + ", ".join(layer["activation"] for layer in spec["layers"]) + ")"
    title = text(lang, "train_title", title=TITLES[lang]["training"], data=markdown_escape(describe_data(source)),
                 network=network_text, loss=LOSS_NAMES[lang][spec["loss"]],
                 optimizer=f"{opt.name}, α = {opt.lr:g}")
    cells = [markdown_cell(title), markdown_cell(text(lang, "setup")),
             code_cell("import base64\nimport io\nimport json\nimport math\n\n"
                       "import matplotlib.pyplot as plt\nimport numpy as np\nimport torch\n"
                       "import torch.nn as nn\nimport torch.nn.functional as F\n\n"
                       "device = torch.device(\"cuda\" if torch.cuda.is_available() else \"cpu\")\n"
                       f"SEED = {seed}\ntorch.manual_seed(SEED)\nprint(\"device:\", device)")]
    cells += _data_cells(source, lang)
    fraction = float(training["validation_fraction"])
    if fraction > 0:
        cells.append(markdown_cell(text(lang, "split", percent=f"{100 * fraction:g}%")))
        cells.append(code_cell(_source(split.train_validation_split) +
                               f"\n\n\nVALIDATION_FRACTION = {_number(fraction)}\n"
                               "X_train, y_train, X_val, y_val = train_validation_split(X, y, VALIDATION_FRACTION, SEED)\n"
                               "print(len(X_train), \"for training,\", len(X_val), \"for validation\")"))
    else:
        cells.append(markdown_cell(text(lang, "no_split")))
        cells.append(code_cell("X_train, y_train = X, y\nX_val, y_val = X[:0], y[:0]"))
    if quadratic_model:
        cells += _quadratic_model_cells(lang, params)
    else:
        cells += _network_cells(spec, lang, params, seed)
    wd = float(training["weight_decay"])
    if quadratic_model:
        loss_key, loss_code = "loss_squared", QUADRATIC_LOSS_CODE.strip("\n")
    else:
        loss_key, loss_code = _loss_code(spec, classify)
    loss_md = text(lang, loss_key) + (text(lang, "weight_decay", wd=f"{wd:g}") if wd else "")
    cells.append(markdown_cell(loss_md))
    cells.append(code_cell(f"CLASSIFY = {classify}\nWEIGHT_DECAY = {_number(wd)}\n\n\n" + loss_code))
    cells.append(markdown_cell(text(lang, "optimizer", rule=rule(lang, opt.name, **_rule_values(opt)),
                                    lr=f"{opt.lr:g}", batch=training["batch_size"],
                                    epochs=training["epochs"], seed=seed)))
    cells.append(code_cell(f"BATCH_SIZE = {training['batch_size']}\nEPOCHS = {training['epochs']}\n"
                           + optimizer_code(opt)))
    cells.append(markdown_cell(text(lang, "loop")))
    cells.append(code_cell(TRAIN_CODE.strip("\n")))
    cells.append(code_cell(TRAIN_LOOP_CODE.strip("\n"), tags=["training-loop"]))
    cells.append(markdown_cell(text(lang, "plot")))
    cells.append(code_cell(PLOT_CODE.strip("\n"), tags=["plot"]))
    if quadratic_model:
        cells.append(code_cell("a, b, c = (getattr(model, k).item() for k in \"abc\")\n"
                               "print(f\"f(x) = {a:.4f} x² + {b:+.4f} x {c:+.4f}\")", tags=["save"]))
    else:
        cells.append(markdown_cell(text(lang, "save")))
        cells.append(code_cell(
            f"SPEC_JSON = {json.dumps(spec, ensure_ascii=False)!r}\n\n\n"
            "def save_for_gradient_lab(path):\n"
            "    \"\"\"Save the network as Gradient Lab saves it: the spec and W1, b1, ... in an .npz file.\"\"\"\n"
            "    np.savez(path, __spec__=np.array(SPEC_JSON), **get_weights(model))\n\n\n"
            "save_for_gradient_lab(\"gradient_lab_network.npz\")\nprint(\"saved gradient_lab_network.npz\")",
            tags=["save"]))
    return new_notebook(cells, "training", lang)


def _quadratic_model_cells(lang, params):
    a, b, c = (params[k] for k in "abc") if params else (0.0, 0.0, 0.0)
    md = text(lang, "quadratic_model") + ("" if params is None else text(lang, "quadratic_from_app"))
    return [markdown_cell(md),
            code_cell(QUADRATIC_CODE.strip("\n") + f"\n\n\nmodel = QuadraticModel({a!r}, {b!r}, {c!r}).to(device)\n"
                      "print(\"a, b, c =\", [getattr(model, k).item() for k in \"abc\"])")]


def _network_cells(spec, lang, params, seed):
    cells = [markdown_cell(text(lang, "network")), code_cell(_network_code(spec))]
    layers = [(s_in, layer["units"], layer["activation"]) for s_in, layer in
              zip([spec["input_size"]] + [layer["units"] for layer in spec["layers"]], spec["layers"])]
    weights = (f"LAYERS = {layers!r}   # (inputs, outputs, activation) of each layer\n"
               f"INIT = {spec['init']!r}\n" + WEIGHT_CODE)
    if params is not None:
        cells.append(markdown_cell(text(lang, "weights_app", seed=seed)))
        weights += ("\n\nAPP_WEIGHTS_NPZ_BASE64 = \"\"\"\n" + _base64_npz(params, "weights") + "\n\"\"\"\n\n\n"
                    "def app_weights():\n"
                    "    \"\"\"The weights the app had when it exported this notebook (an .npz file, no pickle).\"\"\"\n"
                    "    with np.load(io.BytesIO(base64.b64decode(APP_WEIGHTS_NPZ_BASE64)), allow_pickle=False) as data:\n"
                    "        return {k: data[k] for k in data.files}\n\n\n"
                    "START_FROM_APP_WEIGHTS = True\n"
                    "set_weights(model, app_weights() if START_FROM_APP_WEIGHTS else initial_weights(SEED))")
    else:
        cells.append(markdown_cell(text(lang, "weights_seed", seed=seed)))
        weights += "\n\nset_weights(model, initial_weights(SEED))"
    cells.append(code_cell(weights))
    return cells


# -- the stepper notebook -------------------------------------------------------------------

UPDATE_CODE = {
    "gd": ("def update(x, g, state):\n"
           "    \"\"\"Step 3: x := x − α g.\"\"\"\n"
           "    return x - LR * g"),
    "momentum": ("def update(x, g, state):\n"
                 "    \"\"\"v := μ v − α g;  x := x + v.\"\"\"\n"
                 "    v = state.get(\"velocity\", np.zeros_like(x))\n"
                 "    state[\"velocity\"] = v = MOMENTUM * v - LR * g\n"
                 "    return x + v"),
    "nesterov": ("def update(x, g, state):\n"
                 "    \"\"\"v := μ v − α g;  x := x + μ v − α g (looking ahead).\"\"\"\n"
                 "    v = state.get(\"velocity\", np.zeros_like(x))\n"
                 "    state[\"velocity\"] = v = MOMENTUM * v - LR * g\n"
                 "    return x + (MOMENTUM * v - LR * g)"),
    "adagrad": ("def update(x, g, state):\n"
                "    \"\"\"h := h + g²;  x := x − α g / (√h + ε).\"\"\"\n"
                "    h = state.get(\"h\", np.zeros_like(x))\n"
                "    state[\"h\"] = h = h + g * g\n"
                "    return x - LR * g / (np.sqrt(h) + EPS)"),
    "rmsprop": ("def update(x, g, state):\n"
                "    \"\"\"h := ρ h + (1 − ρ) g²;  x := x − α g / (√h + ε).\"\"\"\n"
                "    h = state.get(\"h\", np.zeros_like(x))\n"
                "    state[\"h\"] = h = DECAY * h + (1 - DECAY) * g * g\n"
                "    return x - LR * g / (np.sqrt(h) + EPS)"),
    "adam": ("def update(x, g, state):\n"
             "    \"\"\"m := β1 m + (1 − β1) g;  v := β2 v + (1 − β2) g²;  x := x − α m̂ / (√v̂ + ε).\"\"\"\n"
             "    t = state[\"t\"] = state.get(\"t\", 0) + 1\n"
             "    m = state[\"m\"] = BETA1 * state.get(\"m\", np.zeros_like(x)) + (1 - BETA1) * g\n"
             "    v = state[\"v\"] = BETA2 * state.get(\"v\", np.zeros_like(x)) + (1 - BETA2) * g * g\n"
             "    m_hat = m / (1 - BETA1 ** t)\n"
             "    v_hat = v / (1 - BETA2 ** t)\n"
             "    return x - LR * m_hat / (np.sqrt(v_hat) + EPS)"),
}

STEPPER_RUN_CODE = '''
def num(x, digits=8):
    """A number as the stepper shows it: no floating-point noise, − for minus."""
    return format_number(x, digits).replace("-", "−")


def vec(x, digits=6):
    return num(x[0], digits) if len(x) == 1 else "(" + ", ".join(num(v, digits) for v in x) + ")"


def show(row, widths=WIDTHS):
    print("".join((str(cell) + "  ").ljust(w) for cell, w in zip(row, widths)).rstrip())


show(HEADER)
x = np.array(X0, dtype=float)
state = {}
path = [x.copy()]
with np.errstate(all="ignore"):
    value = f(*x)
for t in range(STEPS):
    with np.errstate(all="ignore"):
        g = gradient(*x)                      # Step 2: g := ∇f(x)
    if not np.all(np.isfinite(g)):
        print("stopped: the gradient is not defined at", vec(x))
        break
    with np.errstate(all="ignore"):
        x_next = update(x, g, state)          # Step 3: move x
    show((t, vec(x), num(value) if np.isfinite(value) else "—", vec(g), vec(x_next)))
    path.append(x_next.copy())
    if not np.all(np.isfinite(x_next)) or np.max(np.abs(x_next)) > LIMIT:
        print(f"diverged after {t + 1} steps: the learning rate α = {LR} is too large here")
        break
    x = x_next                                # Step 4: back to step 2
    with np.errstate(all="ignore"):
        value = f(*x)
    if not np.isfinite(value):
        print("stopped: f is not defined at", vec(x))
        break
    with np.errstate(all="ignore"):
        if np.linalg.norm(gradient(*x)) < GRADIENT_TOLERANCE:
            print("the gradient is zero: a stationary point")
            break
path = np.array(path)
'''

PLOT_1D = '''
lo, hi = VIEW[0]
lo, hi = min(lo, path[:, 0].min()), max(hi, path[:, 0].max())
s = np.linspace(lo, hi, 400)
with np.errstate(all="ignore"):
    curve = f(s) + 0 * s
    heights = np.array([f(p[0]) for p in path])
plt.figure(figsize=(7, 4))
plt.plot(s, curve, label="f")
plt.plot(path[:, 0], heights, "o-", color="tab:red", markersize=4, label=VARIABLES[0] + "_t")
plt.title(f"α = {LR}, {len(path) - 1} steps")
plt.xlabel(VARIABLES[0])
plt.ylabel("f")
plt.legend()
plt.show()
'''

PLOT_2D = '''
(lo1, hi1), (lo2, hi2) = VIEW
x1, x2 = np.meshgrid(np.linspace(lo1, hi1, 200), np.linspace(lo2, hi2, 200))
with np.errstate(all="ignore"):
    z = f(x1, x2) + 0 * x1
plt.figure(figsize=(7, 5))
plt.contour(x1, x2, z, levels=30, cmap="viridis")
plt.plot(path[:, 0], path[:, 1], "o-", color="tab:red", markersize=4)
plt.xlim(lo1, hi1)
plt.ylim(lo2, hi2)
plt.title(f"α = {LR}, {len(path) - 1} steps")
plt.xlabel("x1")
plt.ylabel("x2")
plt.show()
'''

METHOD_NAMES = {"gd": "gradient descent", "momentum": "momentum", "nesterov": "Nesterov momentum",
                "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}


def stepper_notebook(function, x0=None, lr=None, steps=10, method="gd", language="en", settings=None):
    """A notebook running the gradient method on ``function`` in plain NumPy.

    function: a preset name ('square', 'zigzag', ...), a formula ('x1^2 + 3*sin(x2)') or an
    ``objectives.Objective``. x0, lr default to the function's lesson settings; settings are
    the method's (momentum=0.9, decay=0.99, beta1=0.9, beta2=0.999).
    """
    lang = _language(language)
    try:
        objective = as_objective(function)
    except ex.ExpressionError as exc:
        raise NotebookError(f"not a formula: {exc}") from None
    if method not in METHODS:
        raise NotebookError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    x0 = np.asarray(objective.start if x0 is None else x0, dtype=float).reshape(-1)
    if x0.size != objective.dim:
        raise NotebookError(f"the start needs {objective.dim} number(s), not {x0.size}")
    lr = float(objective.lr if lr is None else lr)
    if not (lr > 0 and math.isfinite(lr)):
        raise NotebookError("the learning rate must be a positive number")
    if not np.all(np.isfinite(x0)):
        raise NotebookError("the start must be finite numbers")
    steps = int(steps)
    if not 0 <= steps <= MAX_STEPS:
        raise NotebookError(f"the number of steps must be between 0 and {MAX_STEPS}")
    opt = optimizers.make("sgd" if method == "gd" else method, lr=lr, **_optimizer_settings(settings))
    f_tree, grad_trees = objective_trees(objective)
    try:
        variables = objectives.check_variables(objective.variables)   # they become Python names below
    except ex.ExpressionError as exc:
        raise NotebookError(f"not a formula: {exc}") from None
    formula = " ".join(objective.formula.split())   # one line, in a docstring and in Markdown
    if '"' in formula or "\\" in formula:
        raise NotebookError("the formula holds characters a formula cannot have")
    args = ", ".join(variables)
    point = variables[0] if objective.dim == 1 else "x"
    gname = f"f′({point})" if objective.dim == 1 else "∇f(x)"
    helper = ("def sigmoid(u):\n    return 1 / (1 + np.exp(-u))\n\n\n"
              if uses_sigmoid(f_tree) or any(uses_sigmoid(t) for t in grad_trees) else "")
    derivative_lines = "\n".join(f"    # ∂f/∂{v} = {ex.Expression(t, variables).text()}" for v, t in zip(variables, grad_trees))
    function_code = (helper +
                     f"def f({args}):\n    \"\"\"f({args}) = {formula}\"\"\"\n"
                     f"    return {to_numpy_source(f_tree)}\n\n\n"
                     f"def gradient({args}):\n    \"\"\"The exact gradient, one component per variable.\"\"\"\n"
                     f"{derivative_lines}\n"
                     f"    return np.array([{', '.join(to_numpy_source(t) for t in grad_trees)}], dtype=float)")
    constants = {"momentum": ("MOMENTUM", "momentum"), "decay": ("DECAY", "decay"),
                 "beta1": ("BETA1", "beta1"), "beta2": ("BETA2", "beta2"), "eps": ("EPS", "eps")}
    settings_lines = [f"VARIABLES = {variables!r}",
                      f"X0 = {[float(v) for v in x0]!r}     # the start",
                      f"LR = {lr!r}     # the learning rate α",
                      f"STEPS = {steps}",
                      f"LIMIT = {DIVERGENCE_FACTOR * objective.view_radius()!r}   # |x| beyond this: diverged",
                      f"GRADIENT_TOLERANCE = {GRADIENT_TOLERANCE!r}",
                      f"VIEW = {[tuple(float(v) for v in r) for r in objective.view]!r}"]
    for attr, (name, _) in constants.items():
        if hasattr(opt, attr):
            settings_lines.append(f"{name} = {getattr(opt, attr)!r}")
    header = ("t", f"{point}_t", f"f({point}_t)", f"g_t = f′({point}_t)" if objective.dim == 1 else "g_t = ∇f(x_t)",
              f"{point}_t+1")
    settings_lines.append(f"HEADER = {header!r}")
    settings_lines.append("WIDTHS = (5, 16, 16, 22, 16)   # table columns" if objective.dim == 1 else
                          "WIDTHS = (5, 26, 16, 26, 26)   # table columns")
    method_title = METHOD_NAMES[method] if lang == "en" else {"gd": TITLES["ja"]["gd"]}.get(method, METHOD_NAMES[method])
    rule_name = "sgd" if method == "gd" else method
    title = text(lang, "stepper_title", args=f"({args})", formula=markdown_escape(formula), x=point,
                 x0=", ".join(f"{v:g}" for v in x0), gname=gname, lr=f"{lr:g}")
    cells = [markdown_cell(title),
             code_cell("import math\n\nimport matplotlib.pyplot as plt\nimport numpy as np"),
             markdown_cell(text(lang, "stepper_function")),
             code_cell(function_code),
             markdown_cell(text(lang, "stepper_method", method=method_title,
                                rule=rule(lang, rule_name, **_rule_values(opt)))),
             code_cell("\n".join(settings_lines) + "\n\n\n" + UPDATE_CODE[method]),
             markdown_cell(text(lang, "stepper_run")),
             code_cell(_source(ex.format_number) + "\n\n\n" + STEPPER_RUN_CODE.strip("\n"), tags=["table"]),
             markdown_cell(text(lang, "stepper_plot")),
             code_cell((PLOT_1D if objective.dim == 1 else PLOT_2D).strip("\n"), tags=["plot"])]
    return new_notebook(cells, "stepper", lang)


# -- headless: python main.py export-notebook SPEC_OR_SESSION OUT.ipynb ---------------------------

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3


def _from_session(path):
    """What a session file holds, read by the app's own reader (lab/session_file.py): every
    part checked exactly as File → Open checks it."""
    try:
        decoded = session_file.read(path)
    except session_file.SessionFileError as exc:
        raise NotebookError(f"{path} cannot be opened as a session: {exc.message}") from None
    net = decoded["network"]
    found = {"spec": net.spec, "params": net.params, "seed": decoded["seed"]}
    dataset = decoded["dataset"]
    if dataset is not None:
        found["data"] = {"kind": "arrays", "X": dataset.X, "y": dataset.y,
                         "class_names": list(dataset.class_names), "name": dataset.name}
    tools = decoded["tools"]
    settings = (tools.get("training") or {}).get("settings")
    if isinstance(settings, dict):
        found["training"] = settings
    if "stepper" in tools:
        stepper = tool_parts.parse_stepper(tools["stepper"])
        found["stepper"] = {"function": stepper["objective"], "x0": stepper["start"], "lr": stepper["lr"],
                            "steps": max(10, stepper["substeps"] // 3), "method": stepper["method"],
                            "settings": stepper["hyper"].get(stepper["method"], {})}
    return found


def read_experiment(path):
    """What an experiment file holds, as a dict with some of the keys "spec", "params",
    "training", "data", "stepper". Raises NotebookError.

    Read: a network spec (.json with input_size, layers); a network saved by the app (.npz:
    spec and weights); a Gradient Lab session (.gradlab, read by lab/session_file.py as the
    app reads it); or a plain JSON object written by hand with "network" (a spec, or
    {"spec", "weights": {"W1": [[...]], ...}}), "training" (the dashboard's settings),
    "data" (a data source) and "stepper" ({"function", "x0", "lr", "steps", "method",
    "settings"}).
    """
    path = os.fspath(path)
    if path.lower().endswith(".npz"):
        from engine.network import Network
        try:
            net = Network.load(path)
        except (OSError, ValueError) as exc:
            raise NotebookError(str(exc)) from None
        return {"spec": net.spec, "params": net.params}
    if path.lower().endswith(session_file.SUFFIX):
        return _from_session(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except OSError as exc:
        raise NotebookError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise NotebookError(f"{path} is not a JSON file: {exc}") from None
    if not isinstance(doc, dict):
        raise NotebookError(f"{path} must hold a JSON object")
    if doc.get("format") == session_file.FORMAT:
        return _from_session(path)
    if "input_size" in doc:                 # a bare network spec
        return {"spec": doc}
    if "network" not in doc and "stepper" not in doc:
        raise NotebookError(f"{path} is neither a network spec (input_size, layers) nor a session "
                            f"(with \"network\" and \"training\", or \"stepper\")")
    found = {}
    network = doc.get("network")
    if isinstance(network, dict):
        found["spec"] = network.get("spec", network)
        weights = network.get("weights", network.get("params"))
        if isinstance(weights, dict):
            found["params"] = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        if "seed" in network:
            found["seed"] = network["seed"]
    if isinstance(doc.get("training"), dict):
        found["training"] = doc["training"]
    if isinstance(doc.get("data"), dict):
        found["data"] = doc["data"]
    if isinstance(doc.get("stepper"), dict):
        found["stepper"] = doc["stepper"]
    return found


def build_parser():
    p = argparse.ArgumentParser(prog="gradlab export-notebook",
                                description="Write a Jupyter notebook (Google Colab, PyTorch) of an experiment.")
    p.add_argument("source", help="a network spec (.json), a session (.gradlab) or a saved network (.npz)")
    p.add_argument("out", help="the notebook to write (.ipynb)")
    p.add_argument("--stepper", action="store_true", help="export the session's stepper experiment instead")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the explanations")
    p.add_argument("--data", help="toy set (blobs, xor, circles, moons, spiral, spiral3), 'quadratic', "
                                  "or a folder of pictures")
    p.add_argument("--n", type=int, help="number of points of a toy set or the quadratic")
    p.add_argument("--noise", type=float)
    p.add_argument("--data-seed", type=int)
    p.add_argument("--size", type=int, help="pictures become N×N")
    p.add_argument("--color", choices=images.COLORS)
    p.add_argument("--optimizer", choices=sorted(optimizers.OPTIMIZERS))
    p.add_argument("--lr", type=float)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--epochs", type=int)
    p.add_argument("--seed", type=int)
    p.add_argument("--validation", type=float)
    p.add_argument("--weight-decay", type=float)
    p.add_argument("--momentum", type=float)
    p.add_argument("--no-weights", action="store_true", help="do not embed the weights found in the source")
    return p


def _data_from_args(args, found):
    data = dict(found.get("data") or {})
    if args.data:
        if args.data in toy.TOY_SETS:
            data = {"kind": "toy", "name": args.data}
        elif args.data == "quadratic":
            data = {"kind": "quadratic"}
        else:
            data = {"kind": "pictures", "folder": args.data}
    if not data:
        data = {"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0}   # the app's first data
    for key, value in (("n", args.n), ("noise", args.noise), ("seed", args.data_seed), ("size", args.size),
                       ("color", args.color)):
        if value is not None:
            data[key] = value
    return data


def export_from_args(args):
    found = read_experiment(args.source)
    if args.stepper:
        st = found.get("stepper")
        if not st:
            raise NotebookError(f"{args.source} holds no stepper experiment")
        return stepper_notebook(st.get("function", "square"), st.get("x0"), st.get("lr"), st.get("steps", 10),
                                st.get("method", "gd"), args.lang, st.get("settings"))
    if "spec" not in found:
        raise NotebookError(f"{args.source} holds no network")
    training = dict(found.get("training") or {})
    for key, value in (("optimizer", args.optimizer), ("lr", args.lr), ("batch_size", args.batch_size),
                       ("epochs", args.epochs), ("seed", args.seed), ("validation_fraction", args.validation),
                       ("weight_decay", args.weight_decay), ("momentum", args.momentum)):
        if value is not None:
            training[key] = value
    params = None if args.no_weights else found.get("params")
    return training_notebook(found["spec"], _data_from_args(args, found), training, args.lang, params)


def main(argv=None, out=None, err=None):
    """``python main.py export-notebook SOURCE OUT.ipynb [options]``; returns the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "export-notebook":
        argv = argv[1:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        nb = export_from_args(args)
        write_notebook(nb, args.out)
    except (NotebookError, ValueError) as exc:
        err.write(f"error: {exc}\n")
        return EXIT_INPUT
    except (TypeError, KeyError, AttributeError, IndexError) as exc:   # a value of the wrong kind
        err.write(f"error: {args.source} holds a value that cannot be exported ({exc!r})\n")
        return EXIT_INPUT
    except OSError as exc:
        err.write(f"error: cannot write {args.out}: {exc.strerror or exc}\n")
        return EXIT_INPUT
    cells = len(nb["cells"])
    out.write(f"wrote {args.out}: a {nb['metadata']['gradlab']['kind']} notebook with {cells} cells\n")
    return EXIT_OK


__all__ = ["training_notebook", "stepper_notebook", "write_notebook", "code_of", "read_experiment",
           "NotebookError", "main"]
