"""Open a file the user named without ever hanging or reading gigabytes.

A name can point at a FIFO (opening it waits for a writer forever), at ``/dev/zero`` or
``/dev/urandom`` (reading never ends), or at a file swapped for one of those after a folder
was listed. ``open_regular_file`` opens without blocking, then checks on the open file itself
(``fstat``, so nothing can be swapped in between) that it is a regular file of a size we
accept, before a single byte is read.

    with open_regular_file(path, max_bytes=50 * 2**20) as f:   # a binary file object
        data = f.read()
    text = read_regular_text(path, max_bytes=2**20)              # str, or UnsafeFileError
"""
import os
import stat


class UnsafeFileError(OSError):
    """Not opened: ``kind`` is 'not_regular' (a folder, FIFO, device, socket) or 'too_large'."""

    def __init__(self, message, kind, path=""):
        super().__init__(message)
        self.kind = kind
        self.path = path
        self.strerror = message   # callers print ``exc.strerror or exc``


def _describe(mode):
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _megabytes(n):
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def open_regular_file(path, max_bytes):
    """A binary file object for ``path``, opened only if it is a regular file of at most
    ``max_bytes`` bytes; raises UnsafeFileError (an OSError) otherwise, never blocks.

    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; the
    checks then use the descriptor, so a file swapped in after a folder scan is caught too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFileError(f"{os.fsdecode(path)} is {_describe(st.st_mode)}, not a file", "not_regular",
                                  os.fsdecode(path))
        if st.st_size > max_bytes:
            raise UnsafeFileError(f"{os.fsdecode(path)} is too large ({_megabytes(st.st_size)}; at most "
                                  f"{_megabytes(max_bytes)})", "too_large", os.fsdecode(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)   # a regular file: ordinary reads from here on
        return _Bounded(os.fdopen(fd, "rb"), max_bytes)
    except BaseException:
        os.close(fd)
        raise


class _Bounded:
    """The file object, never reading past ``max_bytes`` (a file that grows while it is read,
    or a /proc file that says 0 bytes, stays bounded). Seeking back and reading again is fine."""

    def __init__(self, raw, max_bytes):
        self._raw, self._max = raw, max_bytes

    def read(self, n=-1):
        left = self._max + 1 - self._raw.tell()
        if n is None or n < 0:   # "all": as much as the file holds now (a buffer of max_bytes
            # would be allocated up front otherwise), and a little more to notice growth
            n = max(os.fstat(self._raw.fileno()).st_size - self._raw.tell(), 0) + 2**16
        n = max(min(n, left), 0)
        data = self._raw.read(n)
        if self._raw.tell() > self._max:
            raise UnsafeFileError(f"{self._raw.name} grew while it was read", "too_large")
        return data

    def __getattr__(self, name):
        return getattr(self._raw, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._raw.close()


def read_regular_bytes(path, max_bytes):
    """The whole content of a regular file of at most ``max_bytes`` (see open_regular_file)."""
    with open_regular_file(path, max_bytes) as f:
        return f.read()


def read_regular_text(path, max_bytes, encoding="utf-8"):
    """The content as text; UnicodeDecodeError if it is not ``encoding``."""
    return read_regular_bytes(path, max_bytes).decode(encoding)


# -- JSON from a file the user chose ---------------------------------------------------------
MAX_JSON_DEPTH = 64      # a network description or lesson nests 4 levels; a session a few more
MAX_INT_DIGITS = 30      # a whole number longer than this is no setting of ours (and int() of
                         # a 5,000-digit string raises, or takes quadratic time)


class JSONLimitError(ValueError):
    """Valid JSON, but nested too deeply (kind 'depth') or with an absurdly long number
    ('digits'); ``limit`` is the limit passed, for a translated message."""

    def __init__(self, message, kind, limit):
        super().__init__(message)
        self.kind, self.limit = kind, limit


def _check_int(text):
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JSONLimitError(f"a number with {len(text.lstrip('-'))} digits (at most {MAX_INT_DIGITS})",
                             "digits", MAX_INT_DIGITS)
    return int(text)


def _depth(value):
    """How deeply lists and objects nest in a decoded value (iteratively: no recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def parse_json(text, max_depth=MAX_JSON_DEPTH):
    """json.loads for text from a file: json.JSONDecodeError as usual for bad syntax,
    JSONLimitError (a ValueError) for nesting deeper than ``max_depth`` or a huge number."""
    import json
    try:
        value = json.loads(text, parse_int=_check_int)
    except RecursionError:
        raise JSONLimitError(f"lists or objects nested too deeply (at most {max_depth} levels)",
                             "depth", max_depth) from None
    if _depth(value) > max_depth:
        raise JSONLimitError(f"lists or objects nested too deeply (at most {max_depth} levels)",
                             "depth", max_depth)
    return value
