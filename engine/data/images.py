"""A folder of pictures as a data set: one subfolder per class, each picture one row of X
(picture.py says how a picture becomes a vector).

    pets/                       one subfolder per class; the class name is the folder name
      猫/  a.jpg b.png ...       (any Unicode)
      犬 dogs/  c.JPG ...

Files that are not readable pictures are skipped, each with its reason; nothing raises
for a bad file. ``iter_load_image_folder`` is a generator yielding ``LoadProgress`` records
and finally the ``ImageFolder`` (so a GUI can run it in a worker thread with a Cancel
button); ``load_image_folder`` is the plain function on top of it.

Decoding uses a small thread pool when the pictures are large enough for it to pay: Pillow
releases the GIL while it decodes and resizes, so both cores of a laptop work at once
(see ``benchmarks/images.py``).
"""
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from . import picture
from .dataset import Dataset
from .picture import SkippedFile, load_picture, read_picture

__all__ = ["EXTENSIONS", "SYSTEM_FILES", "COLORS", "MAX_SIZE", "ImageFolderError", "SkippedFile", "LoadProgress",
           "ImageFolder", "load_picture", "read_picture", "plain_name", "natural_key", "scan_image_folder",
           "default_workers", "choose_workers", "iter_load_image_folder", "load_image_folder"]

EXTENSIONS = (".png", ".jpg", ".jpeg", ".jpe", ".bmp", ".gif", ".tif", ".tiff", ".webp")
SYSTEM_FILES = {"thumbs.db", "desktop.ini", "icon\r"}
COLORS = ("gray", "rgb")
MAX_SIZE = 256            # N at most: n = 65 536 gray inputs is already a lot for an MLP


class ImageFolderError(ValueError):
    """The folder as a whole cannot be used (fewer than two classes, an empty class...).

    kind ('missing', 'not_folder', 'unreadable_folder', 'no_class', 'one_class', 'empty_class',
    'unreadable_class') and names (the classes concerned) let a GUI say it in its language.
    """

    def __init__(self, message, kind="", names=()):
        super().__init__(message)
        self.kind = kind
        self.names = list(names)


@dataclass(frozen=True)
class LoadProgress:
    done: int        # files looked at so far
    total: int       # files to look at
    path: str        # the last one


@dataclass(frozen=True)
class ImageFolder:
    """The loaded folder. X: (N, n) float32 in [0, 1]; y: (N,) int64; paths: one per row."""
    X: np.ndarray
    y: np.ndarray
    class_names: list
    paths: list
    skipped: list
    image_shape: tuple
    name: str = ""
    color: str = "gray"
    folder: str = ""
    extra: dict = field(default_factory=dict)

    def class_counts(self):
        return np.bincount(self.y, minlength=len(self.class_names))

    def to_dataset(self):
        source = {"kind": "pictures", "folder": self.folder, "size": int(self.image_shape[0]), "color": self.color}
        return Dataset(self.X, self.y, list(self.class_names), name=self.name,
                       image_shape=tuple(self.image_shape), source=source)


# -- the folder --------------------------------------------------------------------------
def _nfc(name):
    return unicodedata.normalize("NFC", plain_name(name))  # macOS writes names decomposed (NFD)


def plain_name(name):
    """A file or folder name as valid text. Linux allows names that are not UTF-8; Python keeps
    their bytes as lone surrogates, which cannot be printed, saved as JSON or shown. Each such
    byte becomes a visible, reversible \\xNN: b"caf\\xe9" -> "caf\\xe9" (a backslash and xe9)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def natural_key(name):
    """Sort key for folder names: runs of digits by their value, the rest as text.

    ["10", "2", "1"] sorts as 1, 2, 10 (not "1", "10", "2"); "digit 9" before "digit 10";
    full-width digits (０–９) count as digits too.
    """
    parts = re.split(r"(\d+)", unicodedata.normalize("NFKC", name).casefold())
    # text and numbers alternate, starting with text: (text, number, text, ...)
    return [int(part) if i % 2 else part for i, part in enumerate(parts)], name


def _skip_reason(entry_name, st):
    """Why a directory entry is not a candidate picture: (reason, kind), or None if it is one."""
    low = entry_name.lower()
    if entry_name.startswith("."):
        return "hidden file", "hidden"
    if low in SYSTEM_FILES:
        return "system file (made by the operating system, not a picture)", "system"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file", "not_regular"
    ext = os.path.splitext(low)[1]
    if ext not in EXTENSIONS:
        return f"not a picture ({ext or 'no extension'}; pictures are {', '.join(EXTENSIONS)})", "not_picture"
    if st.st_size == 0:
        return "empty file (0 bytes)", "empty"
    return None


def _inside(real, root):
    """Is the real (link-free) path ``real`` the folder ``root`` or inside it?"""
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder, skipped, root, seen):
    """Candidate picture files under ``folder`` (recursively), in name order.

    Symbolic links are followed only while they stay inside the chosen folder ``root`` (real
    path): a link out of it (to /etc, to the home folder) is skipped, and so is a folder already
    visited (``seen`` holds the chosen folder, every class folder and every folder walked), so a
    link such as dogs/up → .. cannot load the cats again as dogs, nor loop.
    """
    files = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            real = os.path.realpath(current)
            if not _inside(real, root):
                skipped.append(SkippedFile(current, "a link that leads out of the chosen folder", "outside"))
                continue
            if current != folder and real in seen:
                skipped.append(SkippedFile(current, "folder already visited (a link that loops)", "loop"))
                continue
            seen.add(real)
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(SkippedFile(current, f"cannot open the folder: {exc.strerror or exc}", "folder"))
            continue
        subfolders = []
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as exc:
                if getattr(exc, "errno", None) == errno.ELOOP:
                    skipped.append(SkippedFile(entry.path, "a link that loops", "loop"))
                else:
                    skipped.append(SkippedFile(entry.path, f"cannot open it: {exc.strerror or exc}", "unreadable"))
                continue
            if stat.S_ISDIR(st.st_mode):
                if entry.name.startswith("."):
                    skipped.append(SkippedFile(entry.path, "hidden folder", "hidden"))
                else:
                    subfolders.append(entry.path)
                continue
            if entry.is_symlink() and not _inside(os.path.realpath(entry.path), root):
                skipped.append(SkippedFile(entry.path, "a link that leads out of the chosen folder", "outside"))
                continue
            reason = _skip_reason(entry.name, st)
            if reason:
                skipped.append(SkippedFile(entry.path, *reason))
            else:
                files.append(entry.path)
        stack.extend(reversed(subfolders))
    return files


def scan_image_folder(path):
    """(classes, skipped): classes = [(class name, [picture files])], in natural name order.

    Raises ImageFolderError when the folder cannot be used as it is.
    """
    path = os.fspath(path)
    if not os.path.isdir(path):
        if os.path.exists(path):
            raise ImageFolderError(f"{path} is not a folder", "not_folder", [path])
        raise ImageFolderError(f"the folder {path} does not exist", "missing", [path])
    skipped, classes = [], []
    try:
        entries = sorted(os.scandir(path), key=lambda e: natural_key(e.name))
    except OSError as exc:
        raise ImageFolderError(f"cannot open the folder {path}: {exc.strerror or exc}",
                               "unreadable_folder", [path]) from exc
    root = os.path.realpath(path)
    seen, class_folders = {root}, []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        real = os.path.realpath(entry.path)
        if entry.name.startswith(".") or entry.name.lower() in SYSTEM_FILES:
            skipped.append(SkippedFile(entry.path, "hidden or system file", "hidden"))
        elif not is_dir:
            skipped.append(SkippedFile(entry.path, "not inside a class folder (stray file at the top level)",
                                       "stray"))
        elif not _inside(real, root):
            skipped.append(SkippedFile(entry.path, "a link that leads out of the chosen folder", "outside"))
        elif real in seen:
            skipped.append(SkippedFile(entry.path, "folder already visited (a link that loops)", "loop"))
        else:
            seen.add(real)
            class_folders.append(entry)
    for entry in class_folders:
        classes.append((_nfc(entry.name), _walk(entry.path, skipped, root, seen)))
    if len(classes) < 2:
        found = "no class folder" if not classes else f"only one class folder ({classes[0][0]})"
        raise ImageFolderError(
            f"{path} has {found}: put the pictures of each class in its own subfolder, "
            f"at least two (e.g. cats/ and dogs/)", "one_class" if classes else "no_class",
            [name for name, _ in classes])
    empty = [name for name, files in classes if not files]
    if empty:
        raise ImageFolderError(f"these class folders hold no picture: {', '.join(empty)}", "empty_class", empty)
    return classes, skipped


def _check_settings(size, color):
    if not isinstance(size, (int, np.integer)) or not 1 <= size <= MAX_SIZE:
        raise ValueError(f"the picture size N must be a whole number from 1 to {MAX_SIZE}, not {size!r}")
    if color not in COLORS:
        raise ValueError(f"color must be one of {', '.join(COLORS)}, not {color!r}")


def default_workers():
    return max(1, min(4, os.cpu_count() or 1))


POOL_MIN_BYTES = 32 * 1024  # below this average file size, one thread is faster


def choose_workers(files):
    """Threads only pay off when decoding dominates: for pictures of a few kilobytes the
    per-file Python work (which holds the GIL) dominates and a pool only adds overhead.
    Measured in benchmarks/images.py: 80×60 pictures 0.8× with two threads, 640×480 1.8×."""
    sample = files[:: max(1, len(files) // 64)][:64]
    try:
        mean = sum(os.path.getsize(f) for f in sample) / max(len(sample), 1)
    except OSError:
        mean = 0
    return default_workers() if mean >= POOL_MIN_BYTES else 1


def iter_load_image_folder(path, size=32, color="gray", workers=None):
    """Yield LoadProgress(done, total, path) while decoding, then the ImageFolder.

    Raises ImageFolderError (before any decoding when it can) for an unusable folder.
    Closing the generator early (Cancel) stops the work promptly.
    """
    from concurrent.futures import ThreadPoolExecutor, wait     # (imported when first needed)
    _check_settings(size, color)
    classes, skipped = scan_image_folder(path)
    jobs = [(label, f) for label, (_, files) in enumerate(classes) for f in files]
    total = len(jobs)
    n = size * size * (3 if color == "rgb" else 1)
    # One row per file, filled in order: a skipped file leaves no gap, and the rows of the
    # skipped ones (at the end) are never written, so they never take memory.
    X = np.empty((total, n), dtype=np.float32)
    kept = []     # the job of each filled row
    workers = choose_workers([f for _, f in jobs]) if workers is None else max(1, int(workers))
    yield LoadProgress(0, total, "")
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="picture-loader") if workers > 1 else None
    try:
        window = 4 * workers  # files in flight: enough to keep the workers busy, no more
        futures = {}
        for i in range(total):
            if pool is None:
                vector, reason = picture.load_or_skip(jobs[i][1], size, color)
            else:
                for j in range(i, min(i + window, total)):
                    if j not in futures:
                        futures[j] = pool.submit(picture.load_or_skip, jobs[j][1], size, color)
                while not futures[i].done():   # say so while waiting: a Cancel is seen at once
                    wait([futures[i]], timeout=0.1)
                    yield LoadProgress(i, total, jobs[i][1])
                vector, reason = futures.pop(i).result()
            if vector is None:
                skipped.append(reason)
            else:
                X[len(kept)] = vector
                kept.append(i)
            yield LoadProgress(i + 1, total, jobs[i][1])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    labels = np.array([jobs[i][0] for i in kept], dtype=np.int64)
    names = [name for name, _ in classes]
    counts = np.bincount(labels, minlength=len(names))
    unreadable = [names[k] for k in range(len(names)) if counts[k] == 0]
    if unreadable:
        raise ImageFolderError(f"no readable picture in the class folder(s): {', '.join(unreadable)}",
                               "unreadable_class", unreadable)
    shape = (size, size) if color == "gray" else (size, size, 3)
    folder = os.path.abspath(os.fspath(path))
    yield ImageFolder(X[:len(kept)], labels, names, [jobs[i][1] for i in kept], skipped, shape,
                      name=plain_name(os.path.basename(folder.rstrip(os.sep)) or folder), color=color, folder=folder)


def load_image_folder(path, size=32, color="gray", progress=None, workers=None):
    """Load a folder of class subfolders: an ImageFolder (X, y, class_names, skipped, ...).

    progress: optional callable receiving each LoadProgress.
    """
    for record in iter_load_image_folder(path, size, color, workers):
        if isinstance(record, ImageFolder):
            return record
        if progress is not None:
            progress(record)
    raise AssertionError("the loader ended without a result")  # pragma: no cover
