"""The session file (.gradlab): JSON text, versioned, arrays as base64 of an .npz. No Qt here.

A session file looks like::

    {"format": "gradlab-session", "version": 1, "app_version": "0.1.0", "saved_at": "...",
     "network": {"spec": {...}, "seed": 0, "weights": "<base64 of an .npz: W1, b1, ...>"},
     "dataset": {"name": "XOR", "class_names": [...], "image_shape": null,
                 "arrays": "<base64 of an .npz: X, y>",
                 "source": {"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0}},
     "tools": {"stepper": {...}, "training": {...}},
     "current_tool": "stepper",
     "lesson": {"step": "gradient-method"}}

The data set's ``source`` (``Dataset.source``, lab/data_sources.py) says where the data came
from; opening makes the data again from it (a toy set, the quadratic) or, for a picture folder,
the pictures tool reads the folder again. The arrays are always saved too: they are what opens
when the source cannot be used (a folder that is gone, a value that is not valid), with a note
(``Note``) saying so, and what files without a source (before 2026-11) hold. ``lesson`` is the
lesson step the user was on (its id); files without it leave the lesson where it is.

Reading never runs code from the file: JSON, and ``np.load(..., allow_pickle=False)``.
Every part is decoded and checked *before* anything is changed, so a damaged file or one
from a newer Gradient Lab is refused with a message and the open session stays as it was.
Writing goes to a temporary file in the same folder, then ``os.replace`` renames it over
the old file in one step: a crash during a save leaves the previous file intact.
"""
import base64
import binascii
import datetime
import io
import json
import math
import os

import numpy as np

from engine import Network, SpecError, npz, safe_files, validate_spec
from engine import network as network_module
from engine.data import Dataset

from . import data_sources, tool_parts
from .atomic_file import write_atomic

FORMAT = "gradlab-session"
VERSION = 1                     # raise when the layout changes; readers refuse newer files
SUFFIX = ".gradlab"
MAX_BYTES = 512 * 1024 * 1024   # a session file larger than this is not one of ours


class Note:
    """Something of a session that opened without it, for the user. ``kind``: 'source' (where the
    data came from is not valid: the arrays saved are used), 'folder' (the picture folder is
    gone: the pictures saved are used) or 'lesson' (the lesson step is not valid); ``detail``:
    the reason in English (the GUI says each kind in the user's language), or the folder."""

    def __init__(self, kind, detail):
        self.kind, self.detail = kind, detail

    def __repr__(self):
        return f"Note({self.kind!r}, {self.detail!r})"

    def __eq__(self, other):
        return isinstance(other, Note) and (self.kind, self.detail) == (other.kind, other.detail)


class SessionFileError(Exception):
    """A session file that cannot be read. ``kind``: 'io', 'damaged', 'newer' or 'not-session'.

    ``message`` is English; the GUI shows its own translated sentence for each ``kind`` and
    puts ``message`` in the details.
    """

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


# -- arrays <-> text ----------------------------------------------------------------------
COMPRESS_BELOW = 4_000_000   # bytes; larger arrays (folders of pictures) are stored as they are,
                             # since zlib would freeze the window for seconds during an autosave


def arrays_to_text(arrays):
    """A dict of arrays as base64 text of an .npz (compressed when small)."""
    arrays = {k: np.asarray(v) for k, v in arrays.items()}
    buffer = io.BytesIO()
    if sum(a.nbytes for a in arrays.values()) < COMPRESS_BELOW:
        np.savez_compressed(buffer, **arrays)
    else:
        np.savez(buffer, **arrays)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


MAX_DATA_BYTES = 2 * MAX_BYTES   # numbers a data set's arrays may hold, decompressed
MAX_IMAGE_SIDE = 4096
MAX_SEED = 2 ** 32 - 1          # the seed boxes go to 2³¹ − 1; the builder's Reset adds 1


def _npz(text, what, max_bytes=None):
    """An NpzReader of the base64 text written by ``arrays_to_text``; SessionFileError if damaged.

    Nothing larger than ``max_bytes`` is ever decompressed (default: what a stored file of this
    size can hold plus the compressed small arrays): a zip bomb is refused before it is read."""
    if not isinstance(text, str):
        raise SessionFileError("damaged", f"{what}: expected base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise SessionFileError("damaged", f"{what}: the arrays cannot be read ({exc})") from exc
    limit = min(len(raw) + 16 * COMPRESS_BELOW, MAX_DATA_BYTES) if max_bytes is None else max_bytes
    try:
        return npz.NpzReader(io.BytesIO(raw), limit, what)
    except ValueError as exc:
        raise SessionFileError("damaged", str(exc)) from exc


def text_to_arrays(text, what):
    """The dict of arrays written by ``arrays_to_text``; SessionFileError if damaged."""
    with _npz(text, what) as file:
        try:
            return file.read_all()
        except ValueError as exc:
            raise SessionFileError("damaged", str(exc)) from exc


# -- the network and the data set ----------------------------------------------------------
def encode_network(network, seed=0):
    return {"spec": network.spec, "seed": int(seed), "dtype": np.dtype(network.dtype).name,
            "weights": arrays_to_text(network.params)}


def decode_network(part):
    """An engine Network from its JSON part, its weights checked against its spec before they
    are read. Weights that are NaN or infinite (a run that diverged) are kept as they were."""
    if not isinstance(part, dict) or "spec" not in part or "weights" not in part:
        raise SessionFileError("damaged", "the network part is missing")
    try:
        spec = validate_spec(part["spec"])
    except SpecError as exc:
        raise SessionFileError("damaged", f"the network description is invalid: {exc}") from exc
    except (TypeError, KeyError, AttributeError, ValueError, RecursionError) as exc:
        raise SessionFileError("damaged", f"the network description is invalid: {exc!r}") from exc
    expected = network_module.parameter_shapes(spec)
    itemsize = 8 * sum(math.prod(shape) for shape in expected.values()) + 1024 * len(expected)
    with _npz(part["weights"], "network weights", max_bytes=itemsize) as file:
        try:
            network_module.check_parameter_shapes(spec, file.shapes)
            params = {key: file.read(key) for key in expected}
        except ValueError as exc:
            raise SessionFileError("damaged", str(exc)) from exc
    dtype = np.dtype(part["dtype"]) if part.get("dtype") in ("float32", "float64") else np.float32
    return Network(spec, {k: v.astype(dtype) for k, v in params.items()}, dtype=dtype)


def encode_dataset(dataset):
    part = {"name": dataset.name, "class_names": [str(c) for c in dataset.class_names],
            "image_shape": list(dataset.image_shape) if dataset.image_shape else None,
            "arrays": arrays_to_text({"X": dataset.X, "y": dataset.y})}
    if dataset.source is not None:
        part["source"] = dict(dataset.source)
    return part


def restore_source(dataset, part, notes):
    """The data set made again from the part's ``source`` when it can be (else ``dataset``, the
    arrays saved, with the source when it is valid); what could not be used is added to ``notes``."""
    if part.get("source") is None:
        return dataset
    try:
        source = data_sources.check(part["source"])
        made = data_sources.make(source, dataset.name)
        if made is None:
            data_sources.check_fits(source, dataset)
    except data_sources.SourceError as exc:
        notes.append(Note("source", str(exc)))
        return dataset
    if made is None:
        folder = data_sources.missing_folder(source)
        if folder is not None:
            notes.append(Note("folder", folder))
        return Dataset(dataset.X, dataset.y, dataset.class_names, name=dataset.name,
                       image_shape=dataset.image_shape, source=source)
    return made


def decode_dataset(part):
    """A Dataset from its JSON part, every array and name checked (see ``check_dataset``)."""
    if not isinstance(part, dict) or "arrays" not in part:
        raise SessionFileError("damaged", "the data set part is missing")
    names, name, shape = part.get("class_names") or [], part.get("name") or "", part.get("image_shape")
    try:
        names = tool_parts.class_names(names)
        name = tool_parts._text(name, "the data set's name")
    except ValueError as exc:
        raise SessionFileError("damaged", f"the data set description is damaged: {exc}") from exc
    with _npz(part["arrays"], "data set") as file:
        found = file.shapes
        if set(found) != {"X", "y"}:
            raise SessionFileError("damaged", "the data set arrays are damaged (X and y expected)")
        (x_shape, x_type), (y_shape, y_type) = found["X"], found["y"]
        if len(x_shape) != 2 or x_type.kind != "f" or y_type.kind not in "iuf" or not 1 <= len(y_shape) <= 2 \
                or y_shape[0] != x_shape[0]:
            raise SessionFileError("damaged", f"the data set arrays are damaged (X {x_shape} {x_type}, "
                                              f"y {y_shape} {y_type})")
        try:
            X, y = file.read("X"), file.read("y")
        except ValueError as exc:
            raise SessionFileError("damaged", str(exc)) from exc
    check_dataset(X, y, names, shape)
    if y.dtype.kind in "iu":
        y = y.astype(np.int64)
    return Dataset(X, y, names, name=name,
                   image_shape=tuple(shape) if shape else None)


def check_dataset(X, y, names, image_shape):
    """SessionFileError unless the arrays are a data set the tools can draw and train on: at
    least one example with at least one finite input; class labels 0 … K−1 for K class names
    (or real, finite targets and no class names); a picture shape (h, w) or (h, w, 3) whose
    pixels are the inputs."""
    def refuse(why):
        raise SessionFileError("damaged", f"the data set is damaged: {why}")
    if X.shape[0] < 1 or X.shape[1] < 1:
        refuse(f"it holds no examples (X is {X.shape[0]} × {X.shape[1]})")
    if not np.all(np.isfinite(X)):
        refuse("some inputs are NaN or infinite")
    if y.dtype.kind in "iu":
        if y.ndim != 1 or len(names) < 1:
            refuse("class labels without class names")
        if int(y.min()) < 0 or int(y.max()) >= len(names):
            refuse(f"labels from {int(y.min())} to {int(y.max())} for {len(names)} class names")
    else:
        if names:
            refuse("real-valued targets with class names")
        if not np.all(np.isfinite(y)):
            refuse("some targets are NaN or infinite")
    if image_shape is not None:
        if (not isinstance(image_shape, list) or len(image_shape) not in (2, 3)
                or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= MAX_IMAGE_SIDE
                           for v in image_shape)
                or (len(image_shape) == 3 and image_shape[2] != 3)):
            refuse(f"the picture shape {image_shape!r} is not height × width (× 3 colours)")
        if math.prod(image_shape) != X.shape[1]:
            refuse(f"pictures of {image_shape} do not have {X.shape[1]} pixels")


# -- whole files ----------------------------------------------------------------------------
# JSON has no NaN or infinity; a diverged run has them (a NaN loss, a point at infinity). They
# are written as {"$float": "NaN"} (or "Infinity", "-Infinity") and read back as those floats.
NONFINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def _with_nonfinite_marked(value):
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"$float": "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")}
    if isinstance(value, dict):
        return {k: _with_nonfinite_marked(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_with_nonfinite_marked(v) for v in value]
    if isinstance(value, np.generic):
        return _with_nonfinite_marked(value.item())
    return value


def _unmark_nonfinite(obj):
    if len(obj) == 1 and obj.get("$float") in NONFINITE:
        return NONFINITE[obj["$float"]]
    return obj


def dumps(state, app_version="0.1.0"):
    """The file's text for ``state`` (a JSON-able dict, see the module docstring)."""
    document = {"format": FORMAT, "version": VERSION, "app_version": app_version,
                "saved_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    document.update(state)
    return json.dumps(_with_nonfinite_marked(document), ensure_ascii=False, indent=1, allow_nan=False)


def loads(text):
    """The checked document from a file's text (a dict); SessionFileError when refused."""
    try:
        document = json.loads(text, object_hook=_unmark_nonfinite)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise SessionFileError("damaged", f"the file is not valid JSON ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionFileError("not-session", "the file is not a Gradient Lab session")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFileError("damaged", f"the file's version {version!r} is not valid")
    if version > VERSION:
        raise SessionFileError(
            "newer", f"the file was written by a newer Gradient Lab "
                     f"({str(document.get('app_version', '?'))[:40]}, format {version}); this one reads "
                     f"format {VERSION}")
    return document


def read(path):
    """Read and check a session file: a dict with decoded 'network' (Network), 'seed',
    'dataset' (Dataset or None), 'tools' (dict), 'current_tool', 'lesson_step' (an id or None)
    and 'notes' (``Note``s: what opened without its part). Raises SessionFileError."""
    try:
        with safe_files.open_regular_file(path, MAX_BYTES) as f:
            raw = f.read(os.fstat(f.fileno()).st_size + 1)   # no buffer larger than the file
    except safe_files.UnsafeFileError as exc:
        kind = "not-session" if exc.kind == "too_large" else "io"
        raise SessionFileError(kind, str(exc)) from exc
    except OSError as exc:
        raise SessionFileError("io", f"cannot read {os.fsdecode(path)}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError("not-session", "the file is not text: not a Gradient Lab session") from exc
    return decode(loads(text))


def decode(document):
    """The decoded parts of a checked document (see ``read``): every part, the tools' too, is
    checked here, before anything is changed."""
    network = decode_network(document.get("network"))
    seed = document["network"].get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise SessionFileError("damaged", f"the seed {str(seed)[:40]} is not a whole number from 0 to {MAX_SEED}")
    notes = []
    dataset = None
    if document.get("dataset") is not None:
        dataset = restore_source(decode_dataset(document["dataset"]), document["dataset"], notes)
    tools = document.get("tools") or {}
    if not isinstance(tools, dict) or not all(isinstance(v, dict) for v in tools.values()):
        raise SessionFileError("damaged", "the tools' part is damaged")
    for key, part in tools.items():
        try:
            tool_parts.check_tool(key, part)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise SessionFileError("damaged", f"the {key} part is damaged: {exc}") from exc
    current = document.get("current_tool")
    return {"network": network, "seed": seed,
            "dataset": dataset, "tools": tools,
            "current_tool": current if isinstance(current, str) else None,
            "lesson_step": _lesson_step(document.get("lesson"), notes), "notes": notes,
            "version": document["version"], "app_version": document.get("app_version")}


MAX_STEP_ID = 100


def _lesson_step(part, notes):
    """The id of the lesson step saved (None if none was, or with a note if it is damaged)."""
    if part is None:
        return None
    step = part.get("step") if isinstance(part, dict) else None
    if not isinstance(step, str) or not 0 < len(step) <= MAX_STEP_ID:
        notes.append(Note("lesson", f"the lesson step {str(step)[:40]!r} is not a step's name"))
        return None
    return step


def write(path, state, app_version="0.1.0"):
    write_atomic(path, dumps(state, app_version))
