"""Your own points: drawn on the dashboard's 2-D view or read from a CSV file.

Two kinds of point sets, each a Dataset whose source says it was drawn:
  classes  x1, x2 and a class label     X: (N, 2), y: (N,) int      {"kind": "drawn", "task": "classification"}
  x, y     one input and its target     X: (N, 1), y: (N, 1) float  {"kind": "drawn", "task": "regression"}

Editing returns a new Dataset (the arrays of a run in progress are never changed under it).

The CSV file is ``x1,x2,label`` or ``x,y``, one point a line; a header line is optional, blank
lines and lines starting with ``#`` are skipped. A label is a class name (``cat``) or a small
whole number (0 … 9). A line ``# classes: A,B,C`` (CSV after the colon) fixes the order of
the classes, so a saved file reads back with the same colours; without it, names are taken in
the order they first appear. Any bad line is refused as a whole with its number
(``PointsFileError``): nothing is read half-way.
"""
import csv
import io
import math
import re

import numpy as np

from .dataset import Dataset
from .toy import make_toy, quadratic

CLASSIFICATION, REGRESSION = "classification", "regression"
MAX_POINTS = 20_000          # as many as the dashboard's toy sets may have
MAX_CLASSES = 10             # the class colours the dashboard tells apart
MAX_COORDINATE = 1e6         # a point beyond this is no drawing (and no plot shows it)
MAX_NAME = 100               # characters of a class name
MAX_BYTES = 8 * 2 ** 20      # 20,000 lines of long numbers fit well within this
CLASSES_LINE = "# classes:"
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
WHOLE = re.compile(r"[+-]?\d+")
NONFINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
DEFAULT_NAMES = "ABCDEFGHIJ"   # a class added by drawing is named by the next free letter


class PointsFileError(ValueError):
    """A CSV file of points refused. ``kind`` (below), ``line`` (1-based, or None) and ``value``
    (the text concerned) let a GUI say it in its language; the message is English.

    kinds: not_text, empty, columns, too_few_columns, too_many_columns, not_number, not_finite, too_large,
    label, name, too_many_classes, unknown_class, one_class, too_many_points, unreadable
    """

    def __init__(self, message, kind, line=None, value="", expected=None):
        super().__init__(f"line {line}: {message}" if line else message)
        self.kind, self.line, self.value, self.expected = kind, line, str(value)[:60], expected


def drawn_source(task):
    return {"kind": "drawn", "task": task}


def task_of(dataset):
    """CLASSIFICATION (x1, x2, label), REGRESSION (x, y), or None: points that cannot be drawn."""
    if dataset.is_classification and dataset.input_size == 2:
        return CLASSIFICATION
    if not dataset.is_classification and dataset.input_size == 1 and dataset.n_targets == 1:
        return REGRESSION
    return None


def drawn(X, y, class_names=(), name=""):
    """A Dataset of drawn points; X: (N, 2) with int labels y: (N,), or X: (N, 1) with y: (N, 1)."""
    X = np.asarray(X, dtype=np.float32).reshape(len(X), -1)
    if X.shape[1] == 2:
        return Dataset(X, np.asarray(y, dtype=np.int64).reshape(-1), list(class_names), name,
                       source=drawn_source(CLASSIFICATION))
    return Dataset(X, np.asarray(y, dtype=np.float32).reshape(-1, 1), [], name, source=drawn_source(REGRESSION))


def starting_points(dataset, task, name=""):
    """Points to start drawing from: a copy of ``dataset`` if it can be drawn as ``task``, else a
    few points (two small blobs, or 20 points of the lecture's quadratic)."""
    if task_of(dataset) == task:
        return drawn(dataset.X, dataset.y, dataset.class_names, name)
    if task == CLASSIFICATION:
        return drawn(*make_toy("blobs", n=20, noise=0.4, seed=0), name=name)
    X, y, _ = quadratic(n=20, noise=0.1, seed=0)
    return drawn(X, y, name=name)


# -- editing ----------------------------------------------------------------------------------
def added(dataset, point, label=0):
    """``dataset`` with one more point at ``point`` ((x1, x2) of class ``label``, or (x, y)).
    A label one past the last class adds a class, named by the next free letter."""
    x, v = float(point[0]), float(point[1])
    if dataset.is_classification:
        names = list(dataset.class_names)
        if not 0 <= label <= min(len(names), MAX_CLASSES - 1):
            raise ValueError(f"no class {label}")
        if label == len(names):
            names.append(next_class_name(names))
        return drawn(np.vstack([dataset.X, [[x, v]]]), np.append(dataset.y, label), names, dataset.name)
    return drawn(np.vstack([dataset.X, [[x]]]), np.vstack([dataset.y, [[v]]]), name=dataset.name)


def removed(dataset, index):
    """``dataset`` without point ``index``; ValueError for the last point (a data set has one)."""
    if len(dataset.X) <= 1:
        raise ValueError("the last point cannot be removed")
    keep = np.arange(len(dataset.X)) != index
    return drawn(dataset.X[keep], dataset.y[keep], dataset.class_names, dataset.name)


def moved(dataset, index, point):
    """``dataset`` with point ``index`` at ``point`` ((x1, x2), or (x, y): input and target)."""
    X, y = dataset.X.copy(), dataset.y.copy()
    if dataset.is_classification:
        X[index] = point[0], point[1]
    else:
        X[index, 0], y[index, 0] = point[0], point[1]
    return drawn(X, y, dataset.class_names, dataset.name)


def plane(dataset):
    """The points as they are drawn: (N, 2), x across and y up (x1, x2, or x and the target)."""
    if dataset.is_classification:
        return dataset.X
    return np.column_stack([dataset.X[:, 0], dataset.y[:, 0]])


def nearest(dataset, point, scale=(1.0, 1.0)):
    """(index, distance) of the point nearest ``point``; ``scale`` divides each axis (e.g. the
    size of a screen pixel, so that the distance is in pixels)."""
    P = plane(dataset).astype(np.float64)
    d = np.hypot((P[:, 0] - point[0]) / scale[0], (P[:, 1] - point[1]) / scale[1])
    index = int(np.argmin(d))
    return index, float(d[index])


def next_class_name(names):
    return next((c for c in DEFAULT_NAMES if c not in names), f"class {len(names)}")


# -- CSV ----------------------------------------------------------------------------------------
def _number(text, line):
    text = text.strip()
    if text.lower() in NONFINITE:
        raise PointsFileError(f"{text} is not a finite number", "not_finite", line, text)
    if not NUMBER.fullmatch(text):
        raise PointsFileError(f"“{text}” is not a number", "not_number", line, text)
    value = float(text)
    if not math.isfinite(value) or abs(value) > MAX_COORDINATE:
        raise PointsFileError(f"{text} is beyond ±{MAX_COORDINATE:,.0f}", "too_large", line, text)
    return value


def _name(text, line):
    if not text or len(text) > MAX_NAME or not text.isprintable():
        shown = text[:60] if text.isprintable() else ascii(text[:60])
        raise PointsFileError(f"the label “{shown}” is not a class name (printable text of 1 to "
                              f"{MAX_NAME} characters) or a whole number from 0 to {MAX_CLASSES - 1}",
                              "name", line, shown)
    return text


def _fields(text, line):
    try:
        return next(csv.reader([text], strict=True, skipinitialspace=True), [])
    except csv.Error as exc:
        raise PointsFileError(str(exc), "unreadable", line) from None


def _rows(text):
    """(line number, fields) of each line that holds something; the declared classes or None."""
    declared, rows = None, []
    for line, content in enumerate(text.split("\n"), start=1):
        content = content.rstrip("\r")
        if content.lstrip().startswith("#"):
            if content.strip().lower().startswith(CLASSES_LINE) and declared is None and not rows:
                names = _fields(content.strip()[len(CLASSES_LINE):], line)
                declared = [_name(n.strip(), line) for n in names if n.strip()]
                if len(declared) > MAX_CLASSES or len(set(declared)) != len(declared):
                    raise PointsFileError(f"the classes line declares {len(declared)} classes; at most "
                                          f"{MAX_CLASSES}, each once", "too_many_classes", line)
            continue
        if not content.strip():
            continue
        fields = [f.strip() for f in _fields(content, line)]
        if not any(fields):
            continue
        rows.append((line, fields))
        if len(rows) > MAX_POINTS + 1:
            raise PointsFileError(f"more than {MAX_POINTS:,} points", "too_many_points", line)
    return rows, declared


def parse_points_csv(text, name=""):
    """The Dataset of a CSV text (see the module docstring); PointsFileError if any line is bad."""
    rows, declared = _rows(text)
    if rows and not NUMBER.fullmatch(rows[0][1][0]) and rows[0][1][0].lower() not in NONFINITE:
        rows = rows[1:]                                   # a header: x1,x2,label or x,y
    if not rows:
        raise PointsFileError("the file holds no points", "empty")
    if len(rows) > MAX_POINTS:
        raise PointsFileError(f"more than {MAX_POINTS:,} points", "too_many_points", rows[MAX_POINTS][0])
    width = len(rows[0][1])
    for line, fields in rows:
        if len(fields) > 3:
            raise PointsFileError(f"{len(fields)} values; a point is x1,x2,label or x,y", "too_many_columns",
                                  line, len(fields))
        if len(fields) < 2:
            raise PointsFileError(f"{len(fields)} value; a point is x1,x2,label or x,y", "too_few_columns",
                                  line, len(fields))
        if len(fields) != width:
            raise PointsFileError(f"{len(fields)} values where the first point has {width}; a point is "
                                  "x1,x2,label or x,y", "columns", line, len(fields), width)
    X = np.array([[_number(f, line) for f in fields[:2]] for line, fields in rows], dtype=np.float64)
    if width == 2:
        return drawn(X[:, :1], X[:, 1:], name=name)
    labels, names = _labels([(line, fields[2]) for line, fields in rows], declared)
    if len(names) < 2:
        raise PointsFileError(f"all points are of the one class “{names[0]}”: a classifier needs two or more",
                              "one_class", None, names[0])
    return drawn(X, labels, names, name)


def _labels(items, declared):
    """(labels, class names) of (line, label text) items: names, or whole numbers 0 … 9."""
    for line, label in items:
        if NUMBER.fullmatch(label) and not WHOLE.fullmatch(label) or label.lower() in NONFINITE:
            raise PointsFileError(f"the label {label} is not a whole number from 0 to {MAX_CLASSES - 1}",
                                  "label", line, label)
    names = list(declared or [])
    numbered = not declared and all(WHOLE.fullmatch(label) for _, label in items)
    labels = []
    for line, label in items:
        if numbered or (label not in names and WHOLE.fullmatch(label) and declared):
            k = int(label)
            if not 0 <= k < (len(names) if declared else MAX_CLASSES):
                raise PointsFileError(f"the label {label} is not a whole number from 0 to "
                                      f"{(len(names) if declared else MAX_CLASSES) - 1}", "label", line, label)
            labels.append(k)
            continue
        if label not in names:
            if declared:
                raise PointsFileError(f"the class “{label}” is not on the classes line", "unknown_class",
                                      line, label)
            names.append(_name(label, line))
            if len(names) > MAX_CLASSES:
                raise PointsFileError(f"more than {MAX_CLASSES} classes", "too_many_classes", line, label)
        labels.append(names.index(label))
    if numbered:
        names = [str(k) for k in range(max(labels) + 1)]
    return labels, names


def read_points_csv(path, name=None):
    """The Dataset of a CSV file (named after the file); PointsFileError, or OSError if unreadable."""
    import os
    from .. import safe_files
    raw = safe_files.read_regular_bytes(path, MAX_BYTES)
    try:
        text = raw.decode("utf-8-sig")   # the byte order mark of a spreadsheet's “CSV UTF-8” is skipped
    except UnicodeDecodeError as exc:
        raise PointsFileError(f"the file is not UTF-8 text (byte {exc.start})", "not_text", None,
                              exc.start) from None
    return parse_points_csv(text, os.path.basename(os.fspath(path)) if name is None else name)


def points_csv_text(dataset):
    """The CSV text of points (read back by ``parse_points_csv`` as the same points, classes in
    the same order). Each number is written as the shortest text of its float32 value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if task_of(dataset) == CLASSIFICATION:
        names = [str(n) for n in dataset.class_names]
        out.write(CLASSES_LINE + " ")
        writer.writerow(names)
        writer.writerow(["x1", "x2", "label"])
        for (x1, x2), k in zip(dataset.X, dataset.y):
            writer.writerow([_short(x1), _short(x2), names[int(k)]])
    elif task_of(dataset) == REGRESSION:
        writer.writerow(["x", "y"])
        for x, v in zip(dataset.X[:, 0], dataset.y[:, 0]):
            writer.writerow([_short(x), _short(v)])
    else:
        raise ValueError("only 2-D points with classes, or x and y, can be saved as points")
    return out.getvalue()


def _short(value):
    """The shortest decimal text that reads back as the same float32 (e.g. 0.1, not 0.100000001)."""
    return repr(float(str(np.float32(value))))
