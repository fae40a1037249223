"""Hostile session files: each opens completely or is refused with a message, the state before
unchanged, and the window can still save and reopen (issue 17, items 2–4, 9, 14)."""
import copy
import json
import os
import sys

import pytest

import hostile
from session_corpus import CASES, OPENED, REFUSED

from gui.persistence import state
from lab import session_file


@pytest.fixture(scope="module")
def good_document(shared_window):
    return json.loads(session_file.dumps(state.collect(shared_window)))


@pytest.mark.parametrize("name,change,expected", CASES, ids=[c[0] for c in CASES])
def test_a_hostile_session_file_opens_completely_or_is_refused_and_changes_nothing(
        shared_window, good_document, tmp_path, name, change, expected):
    document = copy.deepcopy(good_document)
    content = change(document)
    path = tmp_path / "hostile.gradlab"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(document).encode("utf-8"))
    outcome = hostile.check_open(shared_window, "session", path, name, expect=expected,
                                 tmp_path=tmp_path if expected == OPENED else None)
    if outcome == OPENED:   # back to the good state for the next case, through a file as well
        path.write_text(json.dumps(good_document), encoding="utf-8")
        assert shared_window.session_dialogs.open_session(str(path))


HUGE = [c for c in CASES if any(word in c[0] for word in ("bomb", "elements", "100,000 class", "2,000 runs"))]


@pytest.mark.parametrize("name,change,expected", HUGE, ids=[c[0] for c in HUGE])
def test_reading_a_small_file_with_huge_contents_takes_little_memory(good_document, tmp_path, name, change, expected):
    """Checked before allocation: refusing takes a few MB beyond the file itself, not gigabytes."""
    document = copy.deepcopy(good_document)
    content = change(document)
    path = tmp_path / "huge.gradlab"
    path.write_bytes(content if isinstance(content, bytes) else json.dumps(document).encode("utf-8"))
    size = path.stat().st_size
    result, seconds, peak = hostile.measured(session_file.read, path, memory=True, what=name)
    hostile.record("session read", name, "refused" if isinstance(result, Exception) else "opened", seconds, peak)
    assert isinstance(result, session_file.SessionFileError), result
    assert peak < 12 * size + 64 * 2**20, f"{name}: {peak / 2**20:.0f} MB to refuse a {size / 2**20:.1f} MB file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
@pytest.mark.parametrize("kind", ["fifo", "folder", "/dev/zero", "sparse 600 MB", "missing"])
def test_a_session_that_is_no_regular_file_is_refused_at_once(shared_window, tmp_path, kind):
    path = tmp_path / "odd.gradlab"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "/dev/zero":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero")
        path.symlink_to("/dev/zero")
    elif kind.startswith("sparse"):
        with open(path, "wb") as f:
            f.truncate(600 * 2**20)
    hostile.check_open(shared_window, "session", path, kind, expect=REFUSED, seconds=5)


def test_the_corpus_is_written_by_the_tests_not_committed():
    here = os.path.dirname(__file__)
    assert all(os.path.getsize(os.path.join(here, f)) < 100_000 for f in os.listdir(here)
               if os.path.isfile(os.path.join(here, f))), sys.exc_info()
