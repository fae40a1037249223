"""The application shell: the window, its menus, screenshots, errors, missing libraries."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from gui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_has_file_view_and_help_menus_and_a_start_page(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Lesson", "Help"]   # Lesson: the teacher's Ask predictions
    assert window.tabs.tabText(0) == "Start"
    assert window.statusBar().currentMessage() == "Ready"


def test_the_language_menu_ticks_the_language_in_use(window, monkeypatch):
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    language = next(a.menu() for a in view.actions() if a.menu() and a.text().replace("&", "") == "Language")
    ticked = [a.text() for a in language.actions() if a.isCheckable() and a.isChecked()]
    assert ticked == ["English"]                                     # the tests run in English
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    saved = QSettings().value("language")
    try:
        language.actions()[1].trigger()                              # 日本語, but no restart now
    finally:
        QSettings().setValue("language", saved) if saved else QSettings().remove("language")
    assert [a.text() for a in language.actions() if a.isChecked()] == ["English"]


def test_about_names_the_version_and_the_libraries(window):
    text = window.about_text()
    assert "Gradient Lab 0.1.0" in text and "PySide6" in text and "NumPy" in text


def test_window_geometry_is_remembered(app, qtbot):
    from gui.main_window import MainWindow
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800×600
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_screenshot_command_writes_a_picture_of_the_window(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # not a blank picture: the window draws text and frames in several colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 3


def test_screenshot_of_an_unknown_tool_says_which_tools_exist(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "x.png"),
                             "--tool", "nonsense"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2
    assert "no tool named 'nonsense'" in result.stderr and "start" in result.stderr


def test_missing_x11_libraries_are_named_instead_of_a_qt_abort(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(app_module, "linker_cache", set)
    monkeypatch.setattr(app_module, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    assert app_module.check_can_open_window() is False
    message = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0" in message


def test_the_check_for_x11_libraries_reads_the_linkers_cache_once_and_agrees_with_ctypes(monkeypatch):
    """Every start on X11 checks 14 libraries: one run of ldconfig, not one per library
    (~45 ms of every start), with the same answer as asking ctypes for each."""
    import ctypes.util
    import subprocess
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    libraries = [lib for _package, lib in app_module.system_packages("window") if lib]
    assert len(libraries) >= 10
    expected = [package for package, lib in app_module.system_packages("window")
                if lib and ctypes.util.find_library(lib) is None]
    runs = []

    class Counted(subprocess.Popen):
        def __init__(self, args, *rest, **kwargs):
            if "ldconfig" in " ".join(map(str, args if isinstance(args, list) else [args])):
                runs.append(args)
            super().__init__(args, *rest, **kwargs)
    monkeypatch.setattr(subprocess, "Popen", Counted)
    assert app_module.missing_system_libraries() == expected
    assert len(runs) <= 1 + len(expected), runs        # a library not in the cache is asked for


def test_no_display_is_explained(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(app_module, "linker_cache", set)
    monkeypatch.setattr(app_module, "find_library", lambda name: f"lib{name}.so")
    assert app_module.check_can_open_window() is False
    assert "no display" in capsys.readouterr().err


def test_an_uncaught_exception_shows_a_dialog_with_copyable_details(window, qtbot, monkeypatch):
    from gui import errors
    shown = {}

    def close_dialog():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown["text"] = box.text()
            shown["details"] = box.detailedText()
            box.accept()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    QTimer.singleShot(100, close_dialog)
    try:
        raise ZeroDivisionError("a slip in the UI")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert "your work is still here" in shown["text"]
    assert "ZeroDivisionError: a slip in the UI" in shown["details"]
    assert window.isVisible()


def test_the_window_fits_a_1280_by_720_projector_and_tools_scroll_instead(window, qtbot):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    window.show_tool("stepper")
    stepper = window.tools["stepper"]
    assert window.tabs.currentWidget() is stepper
    area = stepper.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    window.resize(1000, 640)
    # the tool scrolls rather than being cut off
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() > 0, timeout=5_000)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0 and area.verticalScrollBar().maximum() == 0,
                    timeout=5_000)
    assert stepper.width() >= 1000  # and fills the page when there is room


FIRST_WINDOW = """
import sys
from gui.app import create_application, isolate_from_user_files
from gui.main_window import MainWindow
isolate_from_user_files()
app = create_application()
window = MainWindow()
window.show()
app.processEvents()
print(sorted(m for m in ("pyqtgraph", "skimage", "OpenGL", "gui.dashboard", "PIL", "numpy.random") if m in sys.modules))
"""


def test_the_first_window_appears_without_the_plotting_libraries():
    """The tools are built when first shown, so the window opens without importing pyqtgraph;
    Pillow waits for the first picture, and the shared data set and network (numpy.random) for
    the first tool that shows them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", FIRST_WINDOW], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_tab_shows_its_tool_when_first_chosen(window, qtbot):
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Training")
    window.tabs.setCurrentIndex(index)            # as a click on the tab does
    training = window.tools["training"]
    qtbot.waitUntil(training.isVisible)
    assert window.tabs.currentWidget() is training and training.width() > 400
