"""Hostile CSV files of points (Training → Edit points → Load…): refused with a message that names
the line, nothing changed, never a hang; the points that do load can be saved in a session and
reopened (issue 16)."""
import os
from unittest import mock

import pytest
from PySide6.QtWidgets import QFileDialog

import hostile
from files_timeout import watched_fifo


def _load(window, path):
    """Training → CSV… → Load points from CSV…, picking ``path``."""
    load = window.tools["training"].point_editor.bar.load_action
    data = window.session.dataset
    with mock.patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        load.trigger()
    return window.session.dataset is not data


hostile.OPENERS["points"] = hostile.Opener(open=_load, message=lambda w: w.tools["training"].last_message)

REFUSED = {   # case: (bytes, what the message must say)
    "empty file": (b"", "no points"),
    "a header only": (b"x1,x2,label\n", "no points"),
    "not UTF-8 (Shift JIS from a spreadsheet)": ("x1,x2,label\n1,2,猫\n".encode("shift_jis"), "UTF-8"),
    "random bytes": (bytes(range(256)) * 40, "UTF-8"),
    "NaN": (b"x,y\n1,2\n3,nan\n", "Line 3"),
    "infinity": (b"1,2,A\n-inf,2,B\n", "Line 2"),
    "a huge value": (b"1,2\n3,1e308\n", "Line 2"),
    "an overflowing value": (b"1,2\n3,1e999\n", "Line 2"),
    "too many columns": (b"1,2,0,7,8\n", "Line 1"),
    "a short line": (b"1,2,0\n3,4,1\n5,6\n", "Line 3"),
    "a label that is a fraction": (b"1,2,0\n3,4,0.5\n", "Line 2"),
    "a label that is a big number": (b"1,2,0\n3,4,123456789012345678901234567890\n", "Line 2"),
    "a label with a control character": (b"1,2,A\n3,4,B\x1b[31m\n", "Line 2"),
    "a 5,000-character label": (b"1,2,A\n3,4," + b"x" * 5000 + b"\n", "Line 2"),
    "eleven classes": (b"".join(b"1,2,c%d\n" % k for k in range(11)), "Line 11"),
    "one class": (b"1,2,A\n3,4,A\n", "one class"),
    "an unclosed quote": (b'1,2,A\n3,4,"B\n', "Line 2"),
    "a field past the csv limit": (b"1,2," + b"a" * 200_000 + b"\n", "Line 1"),
    "code as a number": (b"x,y\n__import__('os').system('true'),1\n", "Line 2"),
    "21,000 points": (b"1,2\n" * 21_000, "20,000"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_hostile_points_file_is_refused_with_its_line_and_changes_nothing(shared_window, tmp_path, case):
    content, said = REFUSED[case]
    path = tmp_path / "points.csv"
    path.write_bytes(content)
    hostile.check_open(shared_window, "points", path, case, expect="refused")
    assert said in shared_window.tools["training"].last_message


def test_a_file_too_large_is_refused_before_it_is_read(shared_window, tmp_path):
    path = tmp_path / "points.csv"
    with open(path, "wb") as f:
        f.truncate(64 * 2**20)
    hostile.check_open(shared_window, "points", path, "64 MB of zeros", expect="refused")
    assert "too large" in shared_window.tools["training"].last_message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_and_a_folder_are_refused_at_once(shared_window, tmp_path):
    hung = watched_fifo(tmp_path / "fifo.csv", seconds=5)
    hostile.check_open(shared_window, "points", tmp_path / "fifo.csv", "a FIFO", expect="refused")
    assert not hung.is_set()
    hostile.check_open(shared_window, "points", tmp_path, "a folder", expect="refused")


def test_odd_but_valid_files_open_and_survive_a_session(shared_window, tmp_path):
    cases = {
        "byte order mark, CRLF, spaces, names in Japanese": "\ufeffx1, x2, label\r\n1, 2, 猫\r\n3, 4, 犬\r\n".encode(),
        "a label that looks like code stays a name": b"1,2,__import__('os')\n3,4,B\n",
        "x, y with comments and blank lines": b"# my points\n\nx,y\n1,2\n\n3,-4e2\n",
    }
    for case, content in cases.items():
        path = tmp_path / "points.csv"
        path.write_bytes(content)
        hostile.check_open(shared_window, "points", path, case, expect="opened", tmp_path=tmp_path)
