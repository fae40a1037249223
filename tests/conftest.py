"""Shared test set-up: Qt offscreen, settings in a temporary place, no thread left behind."""
import atexit
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Even what runs while the tests are collected never sees the developer's own settings, data,
# log or autosave: every XDG folder points into a temporary one (each test then gets its own).
_SESSION_HOME = tempfile.mkdtemp(prefix="gradlab-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_SESSION_HOME, _name[4:].lower())


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


def _has_torch():
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def pytest_runtest_setup(item):
    """Tests marked ``torch`` compare exported notebooks with PyTorch. Without PyTorch they are
    skipped with the reason, unless it was asked for (GRADLAB_TORCH=1, as .ci/run does): then
    its absence is a failure, so CI can never skip them silently."""
    if item.get_closest_marker("torch") is None or _has_torch():
        return
    if os.environ.get("GRADLAB_TORCH") == "1":
        pytest.fail("GRADLAB_TORCH=1 asks for the PyTorch tests, but PyTorch is not installed "
                    "(tests/run.sh installs it with the extra 'torch')")
    pytest.skip("needs PyTorch, which the test command leaves out unless asked: "
                "GRADLAB_TORCH=1 bash tests/run.sh")


# -- the PyInstaller bundle, built beside the other tests ---------------------------------------
BUNDLE_TEST = "test_the_pyinstaller_bundle_builds_and_starts"
_BUNDLE = pytest.StashKey()


class BundleBuild:
    """``resources/packaging/build.py`` run in a background process at the lowest priority.

    The build takes over a minute, mostly on one core, while the tests use about one of the two:
    started when the tests are collected, it is done by the time its test runs (tests/gui, after
    the engine's, lab's and hostile files' tests), and costs the suite little of its time.
    """

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="gradlab-bundle-"))
        self.dist = self.folder / "dist"
        self._log = open(self.folder / "build.log", "w+", encoding="utf-8")
        lowest = (lambda: os.nice(19)) if hasattr(os, "nice") else None
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve().parents[1] / "resources" / "packaging" / "build.py"),
             "--skip-install", "--dist", str(self.dist), "--work", str(self.folder / "build")],
            stdout=self._log, stderr=subprocess.STDOUT, preexec_fn=lowest,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))

    def wait(self, timeout=1200):
        """(exit code, what the build printed) once it has ended."""
        code = self.process.wait(timeout)
        self._log.seek(0)
        return code, self._log.read()

    def discard(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def pytest_collection_finish(session):
    """Start building the bundle now if its test is among those that will run."""
    if (not session.config.option.collectonly and importlib.util.find_spec("PyInstaller")
            and any(item.name == BUNDLE_TEST for item in session.items)):
        session.config.stash[_BUNDLE] = BundleBuild()


def pytest_sessionfinish(session):
    build = session.config.stash.get(_BUNDLE, None)
    if build is not None:
        build.discard()


@pytest.fixture
def bundle_build(request):
    """The bundle's build, started with the session (or now, when started otherwise)."""
    build = request.config.stash.get(_BUNDLE, None)
    if build is None:
        build = request.config.stash[_BUNDLE] = BundleBuild()
    return build
