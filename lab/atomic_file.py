"""Writing a file so that a crash (or a kill) half-way leaves the previous file intact. No Qt.

``write_atomic(path, text)`` writes a temporary file in the same folder, flushes it to disk and
renames it over ``path`` in one step (``os.replace``). A save killed half-way leaves its
temporary behind (``.name.XXXXXXXX.tmp``): the next save of the same file removes those, but
not one that a save still writing holds a lock on.
"""
import os
import re
import stat
import tempfile
import time


STALE_AFTER = 3600   # seconds: where a temporary cannot be locked, one this old is left over


def _temporaries_pattern(path):
    return re.compile(r"\." + re.escape(os.path.basename(path)) + r"\.[A-Za-z0-9_]{8}\.tmp")


def remove_stale_temporaries(path):
    """Remove what saves of ``path`` killed half-way left behind (``.name.gradlab.XXXXXXXX.tmp``);
    a save still writing holds a lock on its temporary and is left alone."""
    folder = os.path.dirname(os.path.abspath(path))
    pattern = _temporaries_pattern(path)
    try:
        names = [n for n in os.listdir(folder) if pattern.fullmatch(n)]
    except OSError:
        return 0
    removed = 0
    for name in names:
        temporary = os.path.join(folder, name)
        try:
            fd = os.open(temporary, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if not stat_is_regular(fd) or not _unused(fd):
                continue
            os.unlink(temporary)
            removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def stat_is_regular(fd):
    return stat.S_ISREG(os.fstat(fd).st_mode)


def _lock(fd, blocking=True):
    """An exclusive lock on an open file (POSIX flock); False if another process holds it."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _unused(fd):
    locked = _lock(fd, blocking=False)
    if locked is None:   # no flock (Windows): only a temporary left for an hour counts as stale
        return time.time() - os.fstat(fd).st_mtime > STALE_AFTER
    return locked


def write_atomic(path, text):
    """Write ``text`` to ``path`` through a temporary file renamed over it (``os.replace``):
    either the whole new file is there afterwards, or the old one is untouched. Temporaries
    that earlier, killed saves left are removed first."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    remove_stale_temporaries(path)
    fd, temporary = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".",
                                     suffix=".tmp")
    try:
        _lock(fd)   # held until the file is closed: tells the cleaner this save is alive
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
