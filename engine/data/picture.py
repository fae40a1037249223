"""One picture file as the network sees it: the lecture's "a picture is a vector" (items 1–4).

    picture --(gray or RGB)--> (N, N) or (N, N, 3) --(/ max)--> values in [0, 1]
            --(flatten, row after row)--> x = (x_1, ..., x_n),  n = N × N  (× 3 for RGB)

Colour to gray is the luminance L = 0.299 R + 0.587 G + 0.114 B (ITU-R 601, as Pillow does).
Transparent pixels (RGBA, LA, palette with transparency) are composited on white, as a
viewer shows them. The resize to N×N is anti-aliased (each output pixel averages the input
pixels it covers), so a 4000×3000 photograph does not alias into noise. The aspect ratio is
not kept: the picture is stretched to a square, as most course code does.

A file that is not a readable picture raises OSError or ValueError with a readable message
(``load_picture``), or comes back as a ``SkippedFile`` with its reason (``load_or_skip``).
Pictures are decoded within a memory budget shared by the threads that load a folder
(images.py), and large ones are reduced as they are decoded. Pillow is imported by the functions
that read a picture, when the first is read: the application starts ~30 ms sooner without it.
"""
import threading
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from ..safe_files import UnsafeFileError, open_regular_file

MAX_PIXELS = 200_000_000  # refuse pictures larger than this (a "decompression bomb")
MAX_FILE_BYTES = 512 * 2**20   # a picture file larger than this is not read at all
# A picture that must be decoded whole (PNG, TIFF, ...: only JPEG decodes at 1/8 scale) is refused
# above this: a 560 KB PNG can declare 144 megapixels, 576 MB once decoded. 40 megapixels is a
# large photograph; N ≤ 256 needs a small part of it.
MAX_DECODED_PIXELS = 40_000_000
SHOW_SIDE = 1024          # read_picture (the picture as shown) decodes at most about this size
# Decoded pictures held in memory at once, over all decoding threads: a small PNG can unpack to
# 144 megapixels (576 MB as RGBA), so four threads could hold gigabytes. A picture larger than
# the budget is decoded alone.
DECODE_BUDGET_BYTES = 640 * 2**20
# Above this, a decoded picture is first shrunk by an integer factor (a box average, before its
# colour conversions copy it). Below it the preprocessing is exactly the one the exported
# notebooks repeat (lab/notebook.py); above it they can differ by a rounding step.
REDUCE_ABOVE_PIXELS = 4_000_000


@dataclass(frozen=True)
class SkippedFile:
    """A file that is not in the data set. kind: hidden, system, not_regular, not_picture,
    empty, damaged, truncated, too_large, unreadable, loop, outside, folder, stray."""
    path: str
    reason: str
    kind: str = ""


HIGH_DEPTH = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")


def _normalise(img, color):
    """A Pillow image of any mode -> mode "L" or "RGB" (8 bits), or "F" in [0, 1] for 16-bit.

    Transparent pixels are composited on white; CMYK, YCbCr, palette and 1-bit pictures are
    converted by Pillow (colour to gray: L = 0.299 R + 0.587 G + 0.114 B).
    """
    from PIL import Image
    if img.mode in HIGH_DEPTH:
        # 16-bit and 32-bit gray: scale by the range of the type, not by 255.
        a = np.asarray(img, dtype=np.float32)
        top = 65535.0 if img.mode.startswith("I;16") or a.max(initial=0) > 255 else 255.0
        if img.mode == "F" and a.max(initial=0) <= 1.0:
            top = 1.0
        img = Image.fromarray(np.clip(a / top, 0.0, 1.0).astype(np.float32), mode="F")
        return img if color == "gray" else Image.merge("RGB", [img.convert("L")] * 3)
    if img.mode == "P" and "transparency" in img.info or img.mode == "PA":
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "La", "RGBa"):
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, img.convert("RGBA"))
    return img.convert("L" if color == "gray" else "RGB")


def _as_float(img):
    a = np.asarray(img, dtype=np.float32)
    return a if img.mode == "F" else a / 255.0


class _DecodeBudget:
    """Bytes of decoded pictures in memory at once (see DECODE_BUDGET_BYTES): a thread waits
    until its picture fits; a picture larger than the whole budget waits until it is alone."""

    def __init__(self, limit):
        self.limit, self.used = limit, 0
        self._changed = threading.Condition()

    @contextmanager
    def reserve(self, nbytes):
        with self._changed:
            self._changed.wait_for(lambda: self.used == 0 or self.used + nbytes <= self.limit)
            self.used += nbytes
        try:
            yield
        finally:
            with self._changed:
                self.used -= nbytes
                self._changed.notify_all()


DECODE_BUDGET = _DecodeBudget(DECODE_BUDGET_BYTES)


def _release_freed_memory():
    """Give memory freed after a large decode back to the system (Linux, glibc).

    Each loading thread has its own malloc arena, and glibc keeps large freed blocks there for
    reuse: with four threads the process would keep up to four decoded pictures' worth of
    memory after the budget let them go. malloc_trim(0) returns it at once.
    """
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _find_libc():
    import ctypes
    import ctypes.util
    import sys
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _find_libc()
TRIM_ABOVE_BYTES = 64 * 2**20


def _upright(img, orientation):
    """The picture turned as its EXIF orientation (1–8) says a viewer shows it."""
    from PIL import Image
    turns = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
             5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
             8: Image.Transpose.ROTATE_90}
    return img.transpose(turns[orientation]) if orientation in turns else img


@contextmanager
def _open_picture(path):
    """Image.open on a regular file of a plausible size only (never a FIFO or a device, even
    one swapped in after the folder was listed), refusing decompression bombs by the header."""
    from PIL import Image
    with open_regular_file(path, MAX_FILE_BYTES) as f, Image.open(f) as img:
        w, h = img.size
        if w * h > MAX_PIXELS:
            raise ValueError(f"too large ({w}×{h} pixels)")
        yield img
    if w * h * 8 > TRIM_ABOVE_BYTES:    # the decoded picture is closed now: hand its memory back
        _release_freed_memory()


def _decode_reduced(img, side, color):
    """Decode ``img`` no larger than needed for ``side`` × ``side`` (about 2 × side on its short
    side), upright, within the decode budget; then normalised (see _normalise).

    JPEG decodes at 1/2, 1/4 or 1/8 scale directly (draft); other formats are decoded whole and
    at once reduced by an integer factor (a box average), before any conversion copies them.
    """
    img.draft("RGB" if color == "rgb" else "L", (2 * side, 2 * side))
    w, h = img.size
    if w * h > MAX_DECODED_PIXELS:
        raise ValueError(f"too large to decode ({w}×{h} pixels; at most {MAX_DECODED_PIXELS // 10**6} "
                         f"megapixels, or a JPEG)")
    orientation = img.getexif().get(0x0112, 1)
    # RGBA (4 bytes a pixel) and its premultiplied copy while it is reduced
    with DECODE_BUDGET.reserve(w * h * 8):
        img.load()
        factor = min(img.size) // (2 * side)
        if factor >= 2 and w * h > REDUCE_ABOVE_PIXELS:
            try:
                img = img.reduce(factor)
            except ValueError:      # palette and 1-bit pictures cannot be reduced in place
                pass
        return _normalise(_upright(img, orientation), color)


def read_picture(path, color="gray", max_side=SHOW_SIDE):
    """The picture as floats in [0, 1] for showing it, (H, W) or (H, W, 3), reduced by an
    integer factor when it is larger than about ``max_side``."""
    with _open_picture(path) as img:
        return _as_float(_decode_reduced(img, max(1, max_side // 2), color))


def load_picture(path, size=32, color="gray"):
    """One picture as the network sees it: (N, N) or (N, N, 3) float32 in [0, 1].

    Raises OSError / ValueError (with a readable message) when it is not a readable picture.
    """
    from PIL import Image
    with _open_picture(path) as img:
        img = _decode_reduced(img, size, color)
    # Anti-aliased resize: the BOX filter averages exactly the input pixels each output pixel
    # covers. Enlarging (a 1×1 or 10×10 picture) interpolates bilinearly instead.
    down = img.width >= size and img.height >= size
    small = img.resize((size, size), Image.Resampling.BOX if down else Image.Resampling.BILINEAR)
    return np.clip(_as_float(small), 0.0, 1.0)


def load_or_skip(path, size, color):
    """(vector, None) or (None, SkippedFile with the reason): never raises for a bad file."""
    from PIL import Image
    try:
        return load_picture(path, size, color).reshape(-1), None
    except Image.DecompressionBombError as exc:
        return None, SkippedFile(path, f"too large: {exc}", "too_large")
    except Exception as exc:  # noqa: BLE001 - any unreadable file is skipped with its reason
        return None, SkippedFile(path, *_reason(exc))


def _reason(exc):
    if isinstance(exc, UnsafeFileError):
        return f"cannot read it: {exc}", exc.kind
    text = str(exc) or type(exc).__name__
    if "cannot identify image file" in text:
        return "not a picture, or a damaged one (the format was not recognised)", "damaged"
    low = text.lower()
    if "truncated" in low or "broken data stream" in low or "premature end" in low:
        return "truncated picture (the file ends too early)", "truncated"
    if text.startswith("too large"):
        return text, "too_large"
    return f"cannot read the picture: {text}", "unreadable"
