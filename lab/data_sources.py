"""Where a data set came from (``Dataset.source``), checked, and the data made again from it.

A source is a small dict of plain values (engine/data/dataset.py)::

    {"kind": "toy", "name": "moons", "n": 200, "noise": 0.1, "seed": 0}
    {"kind": "quadratic", "a": 2.0, "b": -3.0, "c": 1.0, "n": 50, "noise": 0.1, "seed": 0}
    {"kind": "pictures", "folder": "/path/pets", "size": 32, "color": "gray"}
    {"kind": "drawn", "task": "classification"}      (your own points: the arrays are the data)

``check(source)`` returns a checked copy or raises ``SourceError`` (a sentence saying what is
wrong): a session file is read by strangers' hands, so every value is checked before use.
``make(source, name)`` makes the Dataset again when the source alone can (toy sets, the
quadratic); for a picture folder it returns None (the pictures tool reads the folder, in its
worker) and so it does for a kind whose data is only the arrays saved beside it.

To add a kind, add ``KINDS[kind] = Kind(check, make, fits)``: ``check(source) -> dict`` (raise
SourceError), ``make(source, name) -> Dataset`` or None, and ``fits(source, dataset)`` (raise
SourceError when the arrays saved are not what the source describes) or None. A session whose source is of a kind
not listed here still opens, from the arrays it saved, with a note.
"""
import math
import os
from dataclasses import dataclass

from engine.data import Dataset, make_toy, points, quadratic
from engine.data.images import COLORS, MAX_SIZE
from engine.data.toy import TOY_SETS

# What the training tab's data controls allow (gui/dashboard/model.py DATA_RANGES) and the
# pictures tool's N × N; a file asking for more is refused, not obeyed.
MIN_POINTS, MAX_POINTS = 10, 20_000
MAX_NOISE = 2.0
MAX_SEED = 2 ** 31 - 1
MAX_COEFFICIENT = 10.0
MIN_PICTURE_SIZE = 4
MAX_PATH = 4096


class SourceError(ValueError):
    """A source that cannot be used; the message names the value and why."""


@dataclass(frozen=True)
class Kind:
    check: object        # source -> checked copy (SourceError)
    make: object = None  # (source, name) -> Dataset, or None: the data comes another way
    fits: object = None  # (source, the Dataset saved) -> None, or SourceError when they disagree


def _whole(source, key, lo, hi):
    value = source.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise SourceError(f"the data's {key} {_shown(value)} is not a whole number from {lo} to {hi}")
    return value


def _number(source, key, lo, hi):
    value = source.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not lo <= value <= hi:
        raise SourceError(f"the data's {key} {_shown(value)} is not a number from {lo:g} to {hi:g}")
    return float(value)


def _shown(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _points(source):
    return {"n": _whole(source, "n", MIN_POINTS, MAX_POINTS), "noise": _number(source, "noise", 0.0, MAX_NOISE),
            "seed": _whole(source, "seed", 0, MAX_SEED)}


def _check_toy(source):
    name = source.get("name")
    if not isinstance(name, str) or name not in TOY_SETS:
        raise SourceError(f"the toy data set {_shown(name)} is not one of {', '.join(TOY_SETS)}")
    return {"kind": "toy", "name": name, **_points(source)}


def _make_toy(source, name):
    X, y, names = make_toy(source["name"], n=source["n"], noise=source["noise"], seed=source["seed"])
    return Dataset(X, y, names, name=name, source=source)


def _check_quadratic(source):
    abc = {k: _number(source, k, -MAX_COEFFICIENT, MAX_COEFFICIENT) for k in "abc"}
    return {"kind": "quadratic", **abc, **_points(source)}


def _make_quadratic(source, name):
    X, y, names = quadratic(source["a"], source["b"], source["c"], n=source["n"], noise=source["noise"],
                            seed=source["seed"])
    return Dataset(X, y, names, name=name, source=source)


def _fits_pictures(source, dataset):
    n = source["size"]
    shape = (n, n, 3) if source["color"] == "rgb" else (n, n)
    if tuple(dataset.image_shape or ()) != shape:
        raise SourceError(f"pictures of {n} × {n} {source['color']} do not fit the data saved "
                          f"(pictures of {dataset.image_shape})")


def _check_pictures(source):
    folder = source.get("folder")
    if not isinstance(folder, str) or not folder or len(folder) > MAX_PATH or "\0" in folder:
        raise SourceError(f"the picture folder {_shown(folder)} is not a folder's path")
    color = source.get("color")
    if color not in COLORS:
        raise SourceError(f"the picture colour {_shown(color)} is not one of {', '.join(COLORS)}")
    return {"kind": "pictures", "folder": folder, "size": _whole(source, "size", MIN_PICTURE_SIZE, MAX_SIZE),
            "color": color}


def _check_drawn(source):
    task = source.get("task")
    if task not in (points.CLASSIFICATION, points.REGRESSION):
        raise SourceError(f"your own points of the task {_shown(task)} are neither "
                          f"{points.CLASSIFICATION} nor {points.REGRESSION}")
    return {"kind": "drawn", "task": task}


def _fits_drawn(source, dataset):
    if points.task_of(dataset) != source["task"]:
        raise SourceError(f"the data saved are not points of {source['task']}")


KINDS = {
    "toy": Kind(_check_toy, _make_toy),
    "quadratic": Kind(_check_quadratic, _make_quadratic),
    "pictures": Kind(_check_pictures, fits=_fits_pictures),   # read again by the pictures tool
    "drawn": Kind(_check_drawn, fits=_fits_drawn),            # your own points: the arrays are the data
}


def check(source):
    """A checked copy of ``source``; SourceError if it cannot be used."""
    if not isinstance(source, dict):
        raise SourceError("where the data came from is not described")
    kind = source.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise SourceError(f"data of the kind {_shown(kind)} is not known to this Gradient Lab")
    return KINDS[kind].check(source)


def check_fits(source, dataset):
    """SourceError unless a checked ``source`` describes the arrays ``dataset`` saved with it
    (for kinds not made from the source alone: they keep those arrays)."""
    fits = KINDS[source["kind"]].fits
    if fits is not None:
        fits(source, dataset)


def make(source, name=""):
    """The Dataset made again from a checked ``source`` (None: not from the source alone)."""
    maker = KINDS[source["kind"]].make
    return None if maker is None else maker(source, name)


def missing_folder(source):
    """The picture folder of ``source`` when it is no longer there, else None."""
    if source is not None and source.get("kind") == "pictures" and not os.path.isdir(source["folder"]):
        return source["folder"]
    return None
