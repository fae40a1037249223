"""The data cells of a training notebook: toy sets, the quadratic, picture folders (the app's
own loading code copied in) or arrays embedded as .npz."""
import os

import numpy as np

from engine.data import images, picture, toy
from engine.data.dataset import is_classification as labels_are_classes

from .notebook_cells import _base64_npz, _number, _source, code_cell, markdown_cell, NotebookError, SKIP_TAG
from .notebook_texts import markdown_escape, text


# -- the data -------------------------------------------------------------------------------

def data_source_of(dataset):
    """How a notebook gets ``dataset`` (engine.data.Dataset): made again where it came from
    (``Dataset.source``: a toy set or the quadratic and its settings, a picture folder that is
    still there), your own points as numbers, else the arrays themselves, embedded."""
    source = dataset.source
    if source is not None and source["kind"] == "drawn":     # your own points, written out as numbers
        return {"kind": "drawn", "X": dataset.X, "y": dataset.y, "class_names": list(dataset.class_names),
                "name": dataset.name}
    if source is not None and (source["kind"] in ("toy", "quadratic")
                               or source["kind"] == "pictures" and os.path.isdir(source["folder"])):
        return dict(source)
    return {"kind": "arrays", "X": dataset.X, "y": dataset.y, "class_names": list(dataset.class_names),
            "name": dataset.name}


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
    elif kind in ("arrays", "drawn"):
        if "X" not in s or "y" not in s:
            raise NotebookError("embedded data needs X and y")
        s["X"], s["y"] = np.asarray(s["X"], dtype=np.float32), np.asarray(s["y"])
        s.setdefault("class_names", [])
        s.setdefault("name", "")
    else:
        raise NotebookError(f"unknown data kind {kind!r} (toy, quadratic, pictures, drawn or arrays)")
    for key in ("n", "seed", "size"):
        if key in s:
            s[key] = int(s[key])
    return s


def is_classification(source):
    if source["kind"] in ("arrays", "drawn"):
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
    if kind == "drawn":
        return _drawn_cells(s, lang)
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


def _literal(value):
    """A finite float32 as the shortest Python float literal that reads back as it (0.1, not
    0.10000000149011612): ``repr`` of a float, never text from elsewhere."""
    value = float(str(np.float32(value)))
    if not np.isfinite(value):
        raise NotebookError("a point is not a finite number")
    return repr(value)


def _drawn_cells(s, lang):
    """Your own points (drawn or loaded in the app), written out as number literals to edit."""
    X, y = s["X"], s["y"]
    classify = labels_are_classes(y)
    rows = ",\n".join("    [" + ", ".join(_literal(v) for v in row) + "]" for row in X)
    if classify:
        labels = ", ".join(str(int(k)) for k in y)
        targets = f"y = np.array([{labels}], dtype=np.int64)\n"
    else:
        targets = ("y = np.array([\n" + ",\n".join(f"    [{_literal(v)}]" for v in y.reshape(len(y), -1)[:, 0])
                   + "\n], dtype=np.float32)\n")
    names = repr([str(name) for name in s["class_names"]])   # a Python literal, whatever the names hold
    code = (f"X = np.array([\n{rows}\n], dtype=np.float32)\n" + targets + f"class_names = {names}\n"
            "print(len(X), \"points\")")
    md = text(lang, "data_drawn", name=markdown_escape(s["name"] or "points"), n=len(X))
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
# budget shared by its threads (engine/data/picture.py); a notebook reads one picture at a time.
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
                 f"HIGH_DEPTH = {picture.HIGH_DEPTH!r}\nMAX_PIXELS = {picture.MAX_PIXELS!r}\n"
                 f"MAX_DECODED_PIXELS = {picture.MAX_DECODED_PIXELS!r}\n"
                 f"REDUCE_ABOVE_PIXELS = {picture.REDUCE_ABOVE_PIXELS!r}")
    loading = ("import os\nimport unicodedata\nfrom contextlib import contextmanager, nullcontext\n\n"
               "from PIL import Image, ImageOps\n\n" + constants + "\n\n\n" + PICTURE_OPEN_CODE.strip("\n") +
               "\n\n\n" + _source(picture._normalise, picture._as_float, picture._upright, picture._decode_reduced,
                                  picture.load_picture) + "\n\n\n" +
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



def describe_data(s):
    """The data source in a few words, e.g. 'moons (n = 200, noise = 0.1, seed = 0)'."""
    if s["kind"] == "toy":
        return f"{s['name']} (n = {s['n']}, noise = {s['noise']:g}, seed = {s['seed']})"
    if s["kind"] == "quadratic":
        return f"y = {s['a']:g} x² + {s['b']:g} x + {s['c']:g} (n = {s['n']}, noise = {s['noise']:g}, seed = {s['seed']})"
    if s["kind"] == "pictures":
        return f"{os.path.basename(os.path.abspath(s['folder']))} ({s['size']}×{s['size']}, {s['color']})"
    if s["kind"] == "drawn":
        return f"{s.get('name') or 'your points'} ({len(s['X'])} points)"
    return f"{s.get('name') or 'data'} ({len(s['X'])} × {s['X'].shape[1]}, embedded)"
