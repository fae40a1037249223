"""The property every hostile input must keep (issue 17), shared by the tests of this folder.

    Any file Gradient Lab can be given either opens completely or is refused with a message;
    in both cases the state before is unchanged, and can still be saved and reopened. No case
    hangs; where it matters, the memory it takes is bounded.

To add a kind of file, register how the window opens it and how a refusal is shown:

    OPENERS["lesson"] = Opener(open=lambda window, path: window.lesson.load(path),
                               message=lambda window: window.lesson.last_error)

then, in a test, ``check_open(window, "lesson", path, case="deep nesting")``. The corpus is
written by the tests themselves (``tmp_path``), never committed. Every case is recorded in
``RESULTS``; the summary (how many inputs, the slowest, the most memory) is printed at the end
of the session by conftest.py.
"""
import contextlib
import faulthandler
import json
import re
import signal
import sys
import threading
import time
import tracemalloc
from dataclasses import dataclass

CASE_SECONDS = 10          # no case may take longer (a watchdog interrupts it)
RESULTS = []               # (kind, case, outcome, seconds, peak bytes or None)


@dataclass
class Opener:
    open: object       # (window, path) -> bool: True when opened, False when refused
    message: object    # (window) -> str: the refusal the user was shown


OPENERS = {
    "session": Opener(open=lambda window, path: window.session_dialogs.open_session(str(path)),
                      message=lambda window: window.session_dialogs.last_error),
}


# -- time and memory ------------------------------------------------------------------------
@contextlib.contextmanager
def watchdog(seconds=CASE_SECONDS, what="the case"):
    """Fail (TimeoutError) when the body runs longer than ``seconds``. In the main thread a
    timer signal interrupts Python code and blocking calls; if even that does not come back,
    faulthandler dumps every stack and ends the process rather than hang the suite."""
    main = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if main:
        def expired(_signum, _frame):
            raise TimeoutError(f"{what} took longer than {seconds} s")
        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(3 * seconds + 30, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        if main:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def measured(function, *args, memory=False, seconds=CASE_SECONDS, what="the case"):
    """(result, seconds, peak bytes allocated or None) of ``function(*args)`` under the watchdog.
    Exceptions are returned as the result, so a refusal can be inspected."""
    if memory:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        with watchdog(seconds, what):
            try:
                result = function(*args)
            except TimeoutError:
                raise
            except Exception as exc:  # noqa: BLE001 - the caller decides what a refusal is
                result = exc
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if memory else None
        if memory:
            tracemalloc.stop()
    return result, elapsed, peak


def record(kind, case, outcome, seconds, peak=None):
    RESULTS.append((kind, case, outcome, seconds, peak))


def summary():
    """One paragraph: how many inputs were tried, the slowest and the hungriest."""
    if not RESULTS:
        return ""
    kinds = {}
    for kind, *_ in RESULTS:
        kinds[kind] = kinds.get(kind, 0) + 1
    slowest = max(RESULTS, key=lambda r: r[3])
    lines = [f"hostile inputs tried: {len(RESULTS)} (" + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")",
             f"slowest: {slowest[3]:.2f} s ({slowest[0]}: {slowest[1]}, {slowest[2]})"]
    with_memory = [r for r in RESULTS if r[4] is not None]
    if with_memory:
        hungriest = max(with_memory, key=lambda r: r[4])
        lines.append(f"most memory: {hungriest[4] / 2**20:.1f} MB ({hungriest[0]}: {hungriest[1]})")
    return "\n".join(lines)


# -- the whole state of a window ---------------------------------------------------------------
def whole_state(window):
    """Everything a session file would hold, as comparable text (the time of saving left out)."""
    from gui.persistence import state
    from lab import session_file
    document = json.loads(session_file.dumps(state.collect(window)))
    document.pop("saved_at")
    return json.dumps(document, sort_keys=True)


def check_open(window, kind, path, case, expect=None, seconds=CASE_SECONDS, tmp_path=None):
    """Open ``path`` as ``kind``: it must open, or be refused with a message and change nothing.
    Then the window must still save and reopen its state. Returns 'opened' or 'refused'.
    ``expect`` ('opened' or 'refused') is checked when given."""
    opener = OPENERS[kind]
    before = whole_state(window)
    result, elapsed, _ = measured(opener.open, window, path, seconds=seconds, what=f"{kind}: {case}")
    if isinstance(result, Exception):
        raise AssertionError(f"{kind} {case}: opening raised {result!r}") from result
    outcome = "opened" if result else "refused"
    if outcome == "refused":
        assert opener.message(window), f"{kind} {case}: refused without a message"
        assert whole_state(window) == before, f"{kind} {case}: refused, yet the state changed"
    record(kind, case, outcome, elapsed)
    if expect is not None:
        assert outcome == expect, f"{kind} {case}: {outcome}, expected {expect} ({opener.message(window)})"
    if tmp_path is not None:
        assert_saves_and_reopens(window, tmp_path / "after.gradlab")
    return outcome


def assert_saves_and_reopens(window, path):
    """The window's state saves, and that file reopens to the same state."""
    menus = window.session_dialogs
    state = whole_state(window)
    assert menus.save_session(str(path)), f"the state could not be saved: {menus.last_error}"
    assert menus.open_session(str(path)), f"the saved state could not be reopened: {menus.last_error}"
    assert whole_state(window) == state, "the state changed on its way through a file"


# -- exported notebooks -------------------------------------------------------------------------
def assert_notebook_is_safe(nb, marker="PWNED"):
    """No user text became code or Markdown: every code cell is valid Python in which ``marker``
    appears only inside string literals or comments that end where they began; in Markdown it
    never starts a line, and no raw HTML tag got through."""
    import ast
    import io
    import tokenize
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            ast.parse(source)
            for token in tokenize.generate_tokens(io.StringIO(source).readline):
                if token.type == tokenize.NAME:
                    assert token.string not in (marker, "__import__", "system"), \
                        f"user text became code: {token.line!r}"
        else:
            for line in source.split("\n"):
                assert not line.lstrip("#* -").startswith(marker), f"user text became Markdown: {line!r}"
            assert not re.search(r"(?<!\\)<img|(?<!\\)\]\(javascript", source), f"raw HTML or link in {source!r}"
