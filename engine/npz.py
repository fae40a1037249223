"""Reading .npz files (NumPy's zip of ``.npy`` arrays) that someone else may have made.

    with NpzReader(path_or_file, max_bytes=64 * 2**20, what="network file") as npz:
        npz.shapes                   # {"W1": ((2, 8), dtype('float32')), ...}: from the headers
        W1 = npz.read("W1")

Nothing is unpickled (``allow_pickle=False``) and nothing is allocated before its size is
known: the sizes the zip declares and the shape each ``.npy`` header declares are checked
first, so a "zip bomb" or an array declared with 10¹² elements is refused with a ValueError
instead of filling the memory. The caller can check the shapes against what it expects before
reading any number.
"""
import math
import zipfile
import zlib

import numpy as np

MAX_MEMBERS = 1_000
_ERRORS = (OSError, EOFError, ValueError, KeyError, IndexError, RuntimeError, NotImplementedError,
           OverflowError, zipfile.BadZipFile, zlib.error)


class NpzReader:
    def __init__(self, source, max_bytes, what="the file"):
        self.what = what
        try:
            self._zip = zipfile.ZipFile(source)
        except _ERRORS as exc:
            raise ValueError(f"{what}: not a NumPy .npz file ({exc})") from None
        try:
            self.shapes = self._headers(max_bytes)
        except BaseException:
            self._zip.close()
            raise

    def _headers(self, max_bytes):
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ValueError(f"{self.what}: {len(infos)} arrays, more than {MAX_MEMBERS}")
        declared = sum(info.file_size for info in infos)
        if declared > max_bytes:
            raise ValueError(f"{self.what}: its arrays would take {declared / 2**20:.0f} MB, more than "
                             f"the {max_bytes / 2**20:.0f} MB such a file can need")
        shapes, self._infos = {}, {}
        for info in infos:
            name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            if name in shapes:
                raise ValueError(f"{self.what}: the array {name!r} is there twice")
            try:
                with self._zip.open(info) as member:
                    shape, dtype = _header(member)
            except _ERRORS as exc:
                raise ValueError(f"{self.what}: the array {name!r} cannot be read ({exc})") from None
            if dtype.hasobject:
                raise ValueError(f"{self.what}: the array {name!r} holds Python objects")
            if math.prod(shape) * dtype.itemsize > info.file_size:
                raise ValueError(f"{self.what}: the array {name!r} declares {math.prod(shape)} numbers, "
                                 f"more than it holds")
            shapes[name] = (shape, dtype)
            self._infos[name] = info
        return shapes

    def read(self, name):
        """The array ``name`` (its size was checked when the file was opened)."""
        try:
            with self._zip.open(self._infos[name]) as member:
                return np.lib.format.read_array(member, allow_pickle=False)
        except _ERRORS as exc:
            raise ValueError(f"{self.what}: the array {name!r} cannot be read ({exc})") from None

    def read_all(self):
        return {name: self.read(name) for name in self.shapes}

    def close(self):
        self._zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _header(member):
    """(shape, dtype) from a ``.npy`` header (format 1.0 or 2.0), without reading the data."""
    version = np.lib.format.read_magic(member)
    if version == (1, 0):
        shape, _, dtype = np.lib.format.read_array_header_1_0(member)
    elif version == (2, 0):
        shape, _, dtype = np.lib.format.read_array_header_2_0(member)
    else:
        raise ValueError(f".npy format {version} is not supported")
    return tuple(int(n) for n in shape), np.dtype(dtype)


def load(source, max_bytes, what="the file"):
    """Every array of an .npz file, sizes checked before reading (see ``NpzReader``)."""
    with NpzReader(source, max_bytes, what) as npz:
        return npz.read_all()
