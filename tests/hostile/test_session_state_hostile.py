"""What a real session can hold and must survive (issue 17, items 3, 6, 9): NaN and infinity
after a diverging run, a failing autosave, saves killed half-way, long stepper paths."""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

import hostile

from gui.persistence import state
from lab import session_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def good_file(shared_window, tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "good.gradlab"
    path.write_text(session_file.dumps(state.collect(shared_window)), encoding="utf-8")
    return path


@pytest.fixture
def window(shared_window, good_file):
    yield shared_window
    for box in shared_window.findChildren(QMessageBox):
        box.close()
    assert shared_window.session_dialogs.open_session(str(good_file))   # the next test starts from it


def test_a_diverged_stepper_run_saves_reopens_and_never_blocks_opening_a_good_file(window, good_file, tmp_path):
    stepper = window.tools["stepper"]
    assert stepper.set_formula("2e307*s")
    stepper.set_learning_rate(10)
    for _ in range(5):
        stepper.iterate()
    assert stepper.model.primary.stop.reason == "diverged"
    assert not np.all(np.isfinite(stepper.model.primary.points()))   # x₁ = −∞
    hostile.assert_saves_and_reopens(window, tmp_path / "diverged.gradlab")
    assert window.autosaver.active is False or window.autosaver.save_now()
    before = time.perf_counter()
    assert window.session_dialogs.open_session(str(good_file)), window.session_dialogs.last_error
    hostile.record("session", "a good file opened after a diverged run", "opened", time.perf_counter() - before)


def test_a_failing_autosave_is_said_not_silent(window, monkeypatch, tmp_path):
    menus = window.session_dialogs
    autosaver = window.autosaver
    monkeypatch.setattr(autosaver, "active", True)
    monkeypatch.setattr(autosaver, "path", str(tmp_path / "no-such-folder" / "x" / "autosave.gradlab"))

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(session_file, "write", full_disk)
    assert autosaver.save_now() is False
    assert "could not be autosaved" in menus.last_error
    assert "could not be autosaved" in window.statusBar().currentMessage()


KILLED_SAVE = """
import os, signal, sys
from lab import session_file
session_file.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)   # killed half-way
session_file.write_atomic(sys.argv[1], "x" * 1_000_000)
"""
HOLDING_A_SAVE = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="flock and SIGKILL")
def test_temporaries_of_killed_saves_are_removed_by_the_next_save_but_not_one_still_writing(window, tmp_path):
    path = tmp_path / "class.gradlab"
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(path)], cwd=ROOT, timeout=60)
        assert done.returncode == -9
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    assert len(left) == 1 and left[0].startswith(".class.gradlab.")   # each save removed the one before
    writing = tmp_path / ".class.gradlab.writing.tmp"
    other = tmp_path / ".other.gradlab.abcdefgh.tmp"
    other.write_text("someone else's")
    holder = subprocess.Popen([sys.executable, "-c", HOLDING_A_SAVE, str(writing)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert window.session_dialogs.save_session(str(path))
        remaining = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
        assert remaining == sorted([writing.name, other.name])
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    json.loads(path.read_text(encoding="utf-8"))


def _stepper_file(good_file, tmp_path, substeps, compare=()):
    document = json.loads(good_file.read_text(encoding="utf-8"))
    document["tools"]["stepper"].update(function={"formula": "x1^2 + 3*sin(x2)", "variables": ["x1", "x2"]},
                                        start=[-2.0, 1.5], lr=0.001, substeps=substeps, compare=list(compare))
    path = tmp_path / f"run{substeps}.gradlab"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _open_cpu_seconds(window, path, case):
    """Opened, and the processor time it took (wall time depends on what else the machine runs)."""
    started = time.process_time()
    hostile.check_open(window, "session", path, case, expect="opened")
    return time.process_time() - started


def test_a_students_60_second_run_reopens_in_well_under_a_second(window, good_file, tmp_path):
    path = _stepper_file(good_file, tmp_path, 4 * 60)    # Run at its usual speed, 4 sub-steps a second
    seconds = _open_cpu_seconds(window, path, "a 60-second Run at 4 steps/s")
    assert window.tools["stepper"].model.primary.t == 80
    assert seconds < 1.0, f"{seconds:.2f} s to reopen a 60-second Run"


def test_replaying_a_stepper_path_is_linear_in_its_length(window, good_file, tmp_path):
    # once first, so that no measured opening also builds the stepper tool (it did: the
    # empty path's time held the build, the 2,000 steps' difference came out too small)
    _open_cpu_seconds(window, _stepper_file(good_file, tmp_path, 0, compare=["adam"]), "warm-up")
    times = {n: _open_cpu_seconds(window, _stepper_file(good_file, tmp_path, n, compare=["adam"]),
                                  f"{n} sub-steps, two methods") for n in (0, 2_000, 8_000)}
    assert window.tools["stepper"].model.primary.t == 2_667
    replay_2000, replay_8000 = times[2_000] - times[0], times[8_000] - times[0]
    assert replay_8000 < 8 * max(replay_2000, 0.05), times   # 4× the steps: about 4× the time, not 16×
    assert times[8_000] < 6.0, times                        # 4,000 took 11.8 s: every sub-step redrew
