"""The session file (.gradlab): JSON text, versioned, arrays as base64 of an .npz. No Qt here.

A session file looks like::

    {"format": "gradlab-session", "version": 1, "app_version": "0.1.0", "saved_at": "...",
     "network": {"spec": {...}, "seed": 0, "weights": "<base64 of an .npz: W1, b1, ...>"},
     "dataset": {"name": "XOR", "class_names": [...], "image_shape": null,
                 "arrays": "<base64 of an .npz: X, y>"},
     "tools": {"stepper": {...}, "training": {...}},
     "current_tool": "stepper"}

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
import os
import tempfile
import zipfile

import numpy as np

from engine import Network, SpecError, validate_spec
from engine.data import Dataset
from engine.spec import layer_shapes

FORMAT = "gradlab-session"
VERSION = 1                     # raise when the layout changes; readers refuse newer files
SUFFIX = ".gradlab"
MAX_BYTES = 512 * 1024 * 1024   # a session file larger than this is not one of ours


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


def text_to_arrays(text, what):
    """The dict of arrays written by ``arrays_to_text``; SessionFileError if damaged."""
    if not isinstance(text, str):
        raise SessionFileError("damaged", f"{what}: expected base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            return {k: data[k] for k in data.files}
    except (binascii.Error, UnicodeEncodeError, ValueError, OSError, EOFError,
            zipfile.BadZipFile) as exc:
        raise SessionFileError("damaged", f"{what}: the arrays cannot be read ({exc})") from exc


# -- the network and the data set ----------------------------------------------------------
def encode_network(network, seed=0):
    return {"spec": network.spec, "seed": int(seed), "dtype": np.dtype(network.dtype).name,
            "weights": arrays_to_text(network.params)}


def decode_network(part):
    """An engine Network from its JSON part, its weights checked against its spec."""
    if not isinstance(part, dict) or "spec" not in part or "weights" not in part:
        raise SessionFileError("damaged", "the network part is missing")
    try:
        spec = validate_spec(part["spec"])
    except SpecError as exc:
        raise SessionFileError("damaged", f"the network description is invalid: {exc}") from exc
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        raise SessionFileError("damaged", f"the network description is invalid: {exc!r}") from exc
    params = text_to_arrays(part["weights"], "network weights")
    expected = {}
    for shape in layer_shapes(spec):
        expected[f"W{shape.index}"] = (shape.n_in, shape.n_out)
        expected[f"b{shape.index}"] = (shape.n_out,)
    if set(params) != set(expected):
        raise SessionFileError("damaged", "the weights do not belong to the network described")
    for key, want in expected.items():
        value = params[key]
        if value.shape != want or value.dtype.kind != "f" or not np.all(np.isfinite(value)):
            raise SessionFileError("damaged", f"the weights {key} are damaged "
                                              f"(shape {value.shape}, expected {want})")
    dtype = np.dtype(part.get("dtype", "float32")) if part.get("dtype") in ("float32", "float64") \
        else np.float32
    return Network(spec, {k: v.astype(dtype) for k, v in params.items()}, dtype=dtype)


def encode_dataset(dataset):
    return {"name": dataset.name, "class_names": [str(c) for c in dataset.class_names],
            "image_shape": list(dataset.image_shape) if dataset.image_shape else None,
            "arrays": arrays_to_text({"X": dataset.X, "y": dataset.y})}


def decode_dataset(part):
    if not isinstance(part, dict) or "arrays" not in part:
        raise SessionFileError("damaged", "the data set part is missing")
    arrays = text_to_arrays(part["arrays"], "data set")
    X, y = arrays.get("X"), arrays.get("y")
    if X is None or y is None or X.ndim != 2 or len(X) != len(y) or X.dtype.kind != "f":
        raise SessionFileError("damaged", "the data set arrays are damaged")
    shape = part.get("image_shape")
    names = part.get("class_names") or []
    if not isinstance(names, list) or (shape is not None and not isinstance(shape, list)):
        raise SessionFileError("damaged", "the data set description is damaged")
    return Dataset(X, y, [str(n) for n in names], name=str(part.get("name") or ""),
                   image_shape=tuple(int(v) for v in shape) if shape else None)


# -- whole files ----------------------------------------------------------------------------
def dumps(state, app_version="0.1.0"):
    """The file's text for ``state`` (a JSON-able dict, see the module docstring)."""
    document = {"format": FORMAT, "version": VERSION, "app_version": app_version,
                "saved_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    document.update(state)
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)


def loads(text):
    """The checked document from a file's text (a dict); SessionFileError when refused."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SessionFileError("damaged", f"the file is not valid JSON ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionFileError("not-session", "the file is not a Gradient Lab session")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionFileError("damaged", f"the file's version {version!r} is not valid")
    if version > VERSION:
        raise SessionFileError(
            "newer", f"the file was written by a newer Gradient Lab "
                     f"({document.get('app_version', '?')}, format {version}); this one reads "
                     f"format {VERSION}")
    return document


def read(path):
    """Read and check a session file: a dict with decoded 'network' (Network), 'seed',
    'dataset' (Dataset or None), 'tools' (dict), 'current_tool'. Raises SessionFileError."""
    try:
        if os.path.getsize(path) > MAX_BYTES:
            raise SessionFileError("not-session", "the file is far too large to be a session")
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise SessionFileError("io", f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError("not-session", "the file is not text: not a Gradient Lab session") from exc
    return decode(loads(text))


def decode(document):
    """The decoded parts of a checked document (see ``read``)."""
    network = decode_network(document.get("network"))
    seed = document["network"].get("seed", 0)
    dataset = decode_dataset(document["dataset"]) if document.get("dataset") is not None else None
    tools = document.get("tools") or {}
    if not isinstance(tools, dict) or not all(isinstance(v, dict) for v in tools.values()):
        raise SessionFileError("damaged", "the tools' part is damaged")
    current = document.get("current_tool")
    return {"network": network, "seed": int(seed) if isinstance(seed, int) else 0,
            "dataset": dataset, "tools": tools,
            "current_tool": current if isinstance(current, str) else None,
            "version": document["version"], "app_version": document.get("app_version")}


def write_atomic(path, text):
    """Write ``text`` to ``path`` through a temporary file renamed over it (``os.replace``):
    either the whole new file is there afterwards, or the old one is untouched."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".",
                                     suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            try:
                os.chmod(temporary, os.stat(path).st_mode & 0o777)
            except OSError:
                pass
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write(path, state, app_version="0.1.0"):
    write_atomic(path, dumps(state, app_version))
