"""Work around a PySide6 6.12 bug on Python 3.11: every call of a Qt method that returns
nothing (``button.setEnabled(True)``, ``item.setData(...)``) drops one reference to ``None``
that it never took. Python 3.12 made None immortal, so the bug does not show there; on 3.11
None's reference count falls by one per call and the interpreter aborts with
"Fatal Python error: none_dealloc" after some tens of thousands of calls (seconds of live
training). Giving None (and True/False, seen at exit) a huge reference count makes them
immortal as on 3.12. This belongs at application start-up (gui/app.py, tests/conftest.py)
or goes away with a Python 3.12 environment; it is here so the dashboard can run now.
"""
import ctypes
import sys

_BIG = 1 << 40


def make_singletons_immortal():
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        if refcount.value < _BIG:
            refcount.value += _BIG


make_singletons_immortal()
