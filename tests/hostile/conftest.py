"""Hostile inputs (issue 17): a main window shared by a module's cases, and the summary.

The window is made once per test module (making one takes seconds) with settings and data in
a temporary folder; every case leaves it in a state that saves and reopens (hostile.py checks
it), so the cases can share it.
"""
import os

import pytest

import hostile


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    """One main window for the module's cases, its settings in a folder of its own."""
    from PySide6.QtCore import QCoreApplication
    home = tmp_path_factory.mktemp("hostile-home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            patch.setenv(name, str(home / name.lower()))
        patch.setenv("LANGUAGE", "en")
        QCoreApplication.setOrganizationName("GradientLabTests")
        QCoreApplication.setApplicationName("Gradient Lab")
        from gui.main_window import MainWindow
        window = MainWindow()
        window.show()
        yield window
        window.close()
        window.deleteLater()


def pytest_terminal_summary(terminalreporter):
    text = hostile.summary()
    if text:
        terminalreporter.write_sep("-", "hostile inputs")
        terminalreporter.write_line(text)
    if os.environ.get("GRADLAB_HOSTILE_REPORT"):
        with open(os.environ["GRADLAB_HOSTILE_REPORT"], "w", encoding="utf-8") as f:
            f.write(text + "\n")
