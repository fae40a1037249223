"""Gradient Lab as a desktop program: the launcher, the icon, the desktop entry, settings that
outlive the process, the log file and problem report, and the PyInstaller bundle."""
import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def gradlab_command():
    """The installed ``gradlab`` launcher (pip install -e . puts it beside this Python)."""
    script = Path(sys.executable).parent / ("gradlab.exe" if os.name == "nt" else "gradlab")
    if not script.is_file():
        pytest.fail(f"the gradlab launcher is not installed beside {sys.executable}: "
                    "run `pip install -e .` (tests/run.sh does)")
    return [str(script)]


def image_array(path):
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), f"{path} is not a picture"
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    # a copy: the QImage (and the memory it lends) is gone when this returns
    return data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].copy()


def test_the_gradlab_launcher_starts_the_program_and_draws_the_stepper(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(gradlab_command() + ["--screenshot", str(out), "--tool", "stepper"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pixels = image_array(out)
    assert pixels.shape[0] >= 720 and pixels.shape[1] >= 1280     # the whole window
    # a drawn window, not a blank one: many colours, and the contour map's plot area is not flat
    colours = np.unique(pixels.reshape(-1, 3), axis=0)
    assert len(colours) > 500
    assert pixels[150:700, 400:1200].std() > 20


def test_install_desktop_entry_puts_launcher_icons_and_file_type_in_the_users_folders(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(gradlab_command() + ["--install-desktop-entry"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    desktop = share / "applications" / "gradlab.desktop"
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Gradient Lab"
    assert section["Name[ja]"] == "勾配ラボ" and section["Icon"] == "gradlab"
    program = section["TryExec"]
    assert Path(program).is_file() and os.access(program, os.X_OK)   # double-click starts *this* one
    assert section["Exec"].startswith(program) and section["Exec"].endswith("%f")
    for size in (16, 48, 256):
        icon = QImage(str(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "gradlab.png"))
        assert (icon.width(), icon.height()) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "gradlab.svg").is_file()
    assert "*.gradlab" in (share / "mime" / "packages" / "gradlab.xml").read_text(encoding="utf-8")
    validator = shutil.which("desktop-file-validate")   # desktop-file-utils, where installed
    if validator:
        check = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    result = subprocess.run(gradlab_command() + ["--uninstall-desktop-entry"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 0 and not desktop.exists()


def test_the_icon_pngs_are_rendered_from_the_svg(qapp, tmp_path):
    """The committed PNGs are what render.py makes from gradlab.svg now (not stale)."""
    sys.path.insert(0, str(ICONS))
    try:
        import render
    finally:
        sys.path.remove(str(ICONS))
    [fresh] = render.render(sizes=(64,), folder=tmp_path)
    difference = np.abs(image_array(fresh).astype(int) - image_array(ICONS / "gradlab-64.png").astype(int))
    assert difference.mean() < 2
    pixels = image_array(fresh)
    assert pixels[32, 32].tolist() != pixels[2, 32].tolist()   # a picture, not a flat square


def test_the_window_has_the_application_icon(window):
    from gui.app import application_icon
    icon = application_icon()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert not icon.pixmap(32, 32).isNull()


SETTINGS_RUN = """
import os, sys
from PySide6.QtCore import QSettings
sys.path.insert(0, {root!r})
from gui.app import create_application
app = create_application()
from gui.main_window import MainWindow
from gui.persistence import settings
w = MainWindow()
w.show()
if sys.argv[1] == "first":
    w.session_dialogs.save_session({folder!r} + "/kept.gradlab")
    w.session.set_spec({{"input_size": 2, "layers": [{{"units": 13, "activation": "tanh"}},
                        {{"units": 2, "activation": "softmax"}}], "loss": "cross_entropy"}})
    settings.set_last_folder({folder!r}, "network")
    w.last_session.start_autosave()
    w.close()
    w.last_session.stop_autosave()
else:
    w.last_session.start(None)
    print(w.restoreGeometry(QSettings().value("window/geometry")), settings.last_folder("network"),
          [os.path.basename(f) for f in settings.recent_files()],
          [layer["units"] for layer in w.session.spec["layers"]])
"""


def test_settings_outlive_the_application(tmp_path):
    """The window's geometry, last folder, recent files and last network are there when the
    program starts again."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    code = SETTINGS_RUN.format(root=str(ROOT), folder=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", code, "first"], capture_output=True, text=True,
                           timeout=60, env=env)
    assert first.returncode == 0, first.stderr
    assert list((tmp_path / "config").rglob("*.conf"))          # QSettings wrote its file
    second = subprocess.run([sys.executable, "-c", code, "second"], capture_output=True, text=True,
                            timeout=60, env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["True", str(tmp_path), "['kept.gradlab']", "[13,", "2]"]


def test_log_file_is_written_and_report_a_problem_copies_version_platform_and_last_lines(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    from gui import logging_setup
    path = logging_setup.setup(qt_messages=False)
    try:
        assert path.name == "gradlab.log" and str(path).startswith(os.environ["XDG_STATE_HOME"])
        import logging
        logging.getLogger("gradlab.test").warning("the loss became NaN at epoch 3")
        window.help_actions.report_action.trigger()
        text = QGuiApplication.clipboard().text()
        assert text.startswith("Gradient Lab ")
        assert "Platform: " in text and "PySide6" in text and "numpy" in text
        assert text.rstrip().splitlines()[-1].endswith("the loss became NaN at epoch 3")
        assert "the loss became NaN at epoch 3" in path.read_text(encoding="utf-8")
    finally:
        logging_setup.shutdown()


def test_help_lists_keyboard_shortcuts_and_menus_have_icons(window, qtbot):
    rows = dict((keys, text) for text, keys in window.help_actions.shortcuts())
    assert rows["Ctrl+O"] == "File ▸ Open session" and rows["Ctrl+S"] == "File ▸ Save session"
    assert rows["F1"] == "Help ▸ Lesson"
    dialog = window.help_actions.show_shortcuts()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTableWidget
    table = dialog.findChild(QTableWidget)
    assert table.rowCount() == len(window.help_actions.shortcuts()) >= 5
    for action in (window.session_menus.open_action, window.session_menus.save_action,
                   window.help_actions.report_action, window.help_actions.lesson_action):
        assert not action.icon().isNull() and action.statusTip()
    dialog.close()


@pytest.mark.slow
def test_the_pyinstaller_bundle_builds_and_starts(tmp_path, request):
    """resources/packaging/build.py builds the bundle (over a minute on 2 cores; started in the
    background when the tests were collected, see tests/conftest.py) and starts it once."""
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (build.py installs it)")
    build = request.getfixturevalue("bundle_build")
    code, printed = build.wait()
    assert code == 0, printed[-6000:]
    dist = build.dist
    bundle = dist / "gradlab"
    internal = bundle / "_internal"
    assert (internal / "resources" / "icons" / "gradlab.svg").is_file()
    assert (internal / "resources" / "linux" / "gradlab.desktop").is_file()
    assert (internal / "skimage" / "data").is_dir()          # the sample pictures
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ja.qm").is_file()   # Qt's Japanese
    pixels = image_array(dist / "gradlab-check.png")
    assert pixels.shape[0] >= 720 and pixels[150:700, 400:1200].std() > 20
    # View → Language restarts the bundle's own program (not "program program --lang ja")
    program = bundle / "gradlab"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    printed = subprocess.run([str(program), "--print-restart-command"], capture_output=True,
                             text=True, timeout=60, env=env)
    assert printed.returncode == 0, printed.stderr
    command = json.loads(printed.stdout)
    assert command == [str(program)]
    restarted = subprocess.run(command + ["--lang", "ja", "--screenshot", str(tmp_path / "ja.png")],
                               capture_output=True, text=True, timeout=120, env=env)
    assert restarted.returncode == 0 and (tmp_path / "ja.png").is_file(), restarted.stderr


def test_the_language_switch_restarts_this_program_with_the_new_language(window, monkeypatch):
    """From the source folder: this Python and main.py; in the PyInstaller bundle: the bundle's
    program alone (sys.executable is the program there, and sys.argv[0] too)."""
    from PySide6.QtCore import QProcess, QSettings
    from PySide6.QtWidgets import QMessageBox
    source = subprocess.run([sys.executable, str(ROOT / "main.py"), "--print-restart-command"],
                            capture_output=True, text=True, timeout=60)
    assert json.loads(source.stdout) == [sys.executable, str(ROOT / "main.py")]
    started = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or False)
    try:
        window.set_language("ja")
        assert started[-1] == (sys.executable, [os.path.abspath(sys.argv[0]), "--lang", "ja"])
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", "/opt/Gradient Lab/gradlab")
        monkeypatch.setattr(sys, "argv", ["/opt/Gradient Lab/gradlab"])
        window.set_language("ja")
        assert started[-1] == ("/opt/Gradient Lab/gradlab", ["--lang", "ja"])
    finally:
        QSettings().remove("language")


def test_hovering_a_control_shows_its_tooltip_in_the_status_bar(window, qtbot):
    from PySide6.QtWidgets import QPushButton
    window.show_tool("network")
    buttons = [b for b in window.tools["network"].findChildren(QPushButton)
               if b.toolTip() and b.isVisible()]
    assert buttons, "no visible control with a tooltip"
    button = buttons[0]
    from gui.status_hints import plain_first_line
    assert button.statusTip() == plain_first_line(button.toolTip()) != ""
    window.statusBar().clearMessage()
    qtbot.mouseMove(window.tabs, window.tabs.rect().center())
    qtbot.mouseMove(button)             # the mouse enters the button
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == button.statusTip(), timeout=2000)


def test_a_control_made_later_gets_its_status_tip_when_its_tab_is_shown_and_only_that_tab_is_walked(
        window, monkeypatch):
    from PySide6.QtWidgets import QPushButton
    from gui import status_hints
    walked = []
    real = status_hints.fill_status_tips
    monkeypatch.setattr(status_hints, "fill_status_tips", lambda root: walked.append(root) or real(root))
    window.show_tool("stepper")
    walked.clear()
    later = QPushButton("later", window.tools["network"])
    later.setToolTip("Made after the window was built")
    window.show_tool("network")
    assert later.statusTip() == "Made after the window was built"
    assert walked == [window.tools["network"]]     # not the whole window on every tab change


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_closing_the_program_from_outside_autosaves_and_leaves_no_crash_behind(tmp_path):
    """SIGTERM (logout) ends Gradient Lab as closing its window does: autosaved, lock removed.
    A real start (not a screenshot) writes its log in the user's state folder."""
    import signal
    import time
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"))
    process = subprocess.Popen(gradlab_command(), env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    folder = tmp_path / "data" / "GradientLab" / "Gradient Lab"
    deadline = time.monotonic() + 60
    while not (folder / "running.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert (folder / "running.lock").exists(), "Gradient Lab did not start"
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert not (folder / "running.lock").exists()
    from lab import session_file
    assert session_file.read(folder / "autosave.gradlab")["network"].spec["layers"]
    [log] = (tmp_path / "state").rglob("gradlab.log")
    assert "Gradient Lab" in log.read_text(encoding="utf-8") and "started" in log.read_text(encoding="utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org launchers")
def test_double_clicking_a_session_file_runs_the_launchers_command_and_opens_it(window, tmp_path):
    """What the file manager does: the installed entry's Exec line with %f = the file."""
    import shlex
    import signal
    import time
    session = tmp_path / "my work.gradlab"          # a space, as users' file names have
    window.tools["stepper"].load_preset("rosenbrock")
    assert window.session_dialogs.save_session(str(session))
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), QT_QPA_PLATFORM="offscreen",
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    subprocess.run(gradlab_command() + ["--install-desktop-entry"], env=env, check=True,
                   capture_output=True, timeout=60)
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.read(tmp_path / "share" / "applications" / "gradlab.desktop", encoding="utf-8")
    command = [str(session) if part == "%f" else part
               for part in shlex.split(entry["Desktop Entry"]["Exec"])]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        logs = list((tmp_path / "state").rglob("gradlab.log"))
        if logs and "opened" in logs[0].read_text(encoding="utf-8"):
            log = logs[0].read_text(encoding="utf-8")
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert log is not None and f"opened {session}" in log
