"""Shared test set-up: Qt offscreen, settings in a temporary place, no thread left behind."""
import os
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and user data go to a fresh folder, never the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en")
    yield


@pytest.fixture(autouse=True)
def _no_thread_left_running(request):
    """Fail any test that leaves a worker thread (Qt or Python) running."""
    before = {t.ident for t in threading.enumerate()}
    yield
    if "PySide6.QtCore" in __import__("sys").modules:
        from gui.worker import Job
        jobs = Job.running_jobs()
        if jobs:
            Job.stop_all()
            pytest.fail(f"{len(jobs)} worker job(s) still running after the test")
    left = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()
            and not t.daemon]
    if left:
        pytest.fail(f"threads left running: {[t.name for t in left]}")
