"""The notebook format (nbformat 4.5 as plain dicts), writing it atomically, and small helpers
for writing code into cells. No Jupyter library needed."""
import base64
import inspect
import io
import json
import math
import os
import tempfile
import textwrap

import numpy as np

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
