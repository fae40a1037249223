"""Start the Qt application: checks, translation, the main window, screenshots."""
import os
import sys

from pathlib import Path

# OpenBLAS's threads spin while they wait for work: on a small machine they take the cores
# from the training thread and the UI thread alike. On the 2-core development machine (load
# about 8.5) the [1024, 128, 2] network of benchmarks/dashboard.py trained 369 samples/s
# headless with the default threads and 11,799 with one. Set before NumPy loads OpenBLAS,
# and only if the user has not chosen.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The one list of Debian/Ubuntu packages (also read by tests/run.sh and quoted by the README).
SYSTEM_PACKAGES = Path(__file__).resolve().parent.parent / "resources" / "linux" / "system-packages.txt"


def system_packages(group):
    """[(package, library or None)] of ``group`` ('window', 'japanese', 'tests') in the list."""
    try:
        text = SYSTEM_PACKAGES.read_text(encoding="utf-8")
    except OSError:
        return []
    rows = []
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 2 and fields[0] == group:
            rows.append((fields[1], fields[2] if len(fields) > 2 else None))
    return rows


def missing_system_libraries():
    """Debian packages whose libraries a real X11 window needs but are not installed."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    known = linker_cache()
    return [package for package, lib in system_packages("window")
            if lib and lib not in known and find_library(lib) is None]


def linker_cache():
    """Names ('xcb-cursor', ...) of the shared libraries in the dynamic linker's cache, from one
    run of ``ldconfig -p``; empty if it cannot be read. (ctypes.util.find_library runs it once
    per library asked for: 14 runs, ~45 ms of every start on X11.)"""
    import subprocess
    try:
        listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, timeout=10,
                                 env={"LC_ALL": "C", "LANG": "C"}).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    names = set()
    for line in listing.splitlines()[1:]:             # "\tlibxcb-cursor.so.0 (libc6,x86-64) => /usr/lib/..."
        soname = line.strip().split(" ", 1)[0]
        if soname.startswith("lib") and ".so" in soname:
            names.add(soname[3:soname.index(".so")])
    return names


def find_library(name):
    """ctypes.util.find_library: for a library the linker's cache does not list (the slow way)."""
    import ctypes.util
    return ctypes.util.find_library(name)


def own_command():
    """The command that starts this Gradient Lab again (the language switch restarts with it):
    the program itself in a PyInstaller bundle, else this Python with this script."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, os.path.abspath(sys.argv[0])]


def check_can_open_window():
    """A clear message instead of Qt's abort when no window can be opened. True if fine."""
    missing = missing_system_libraries()
    if missing:
        sys.stderr.write(
            "Gradient Lab cannot open a window: Qt needs system libraries that are not installed.\n"
            f"On Debian or Ubuntu:  sudo apt-get install {' '.join(missing)}\n"
            "(Or run without a screen: QT_QPA_PLATFORM=offscreen " + " ".join(own_command()) + " --screenshot out.png)\n")
        return False
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        sys.stderr.write(
            "Gradient Lab cannot open a window: there is no display (DISPLAY is not set).\n"
            "Start it from a desktop session, or without a screen:\n"
            "  QT_QPA_PLATFORM=offscreen " + " ".join(own_command()) + " --screenshot out.png\n")
        return False
    return True


def create_application(argv=None, language=None):
    """The QApplication with organisation names (for QSettings) and the translation."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("GradientLab")
    app.setApplicationName("Gradient Lab")
    app.setDesktopFileName("gradlab")   # Linux: ties the window to resources/linux/gradlab.desktop
    app.setWindowIcon(application_icon())
    i18n.install(app, language or i18n.preferred_language())
    return app


def application_icon():
    """The icon (resources/icons, drawn in gradlab.svg) at every size rendered from it."""
    from pathlib import Path

    from PySide6.QtGui import QIcon
    icons = Path(__file__).resolve().parent.parent / "resources" / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("gradlab-*.png")):
        icon.addFile(str(png))
    return icon


def isolate_from_user_files():
    """For headless runs (--screenshot): settings, data, log and cache go to a temporary folder
    removed at exit, so nothing the user set is read and nothing of theirs is written.

    QSettings gets an INI file there on every platform; on Linux the XDG variables send
    QStandardPaths (data, state, cache) there too. Call before the QApplication exists."""
    import atexit
    import shutil
    import tempfile

    from PySide6.QtCore import QSettings
    folder = tempfile.mkdtemp(prefix="gradlab-headless-")
    atexit.register(shutil.rmtree, folder, True)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = os.path.join(folder, name[4:].lower())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, os.path.join(folder, "settings"))
    return folder


def run(args):
    """Run the GUI as main.py's arguments say; returns the exit code."""
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if not check_can_open_window():
        return 1
    from . import logging_setup
    logging_setup.quiet_known_qt_messages()   # notices of the offscreen plugin that mean nothing
    headless = bool(args.screenshot)
    if headless:
        isolate_from_user_files()
    app = create_application(language=args.lang)
    if not headless:
        logging_setup.setup()   # gradlab.log in the user's log folder (see gui/logging_setup.py)
    from .errors import install_excepthook
    from .main_window import MainWindow
    from .worker import Job
    install_excepthook()
    logging_setup.log_uncaught_exceptions()
    window = MainWindow()
    app.aboutToQuit.connect(Job.stop_all)
    if args.screenshot:
        return screenshot(app, window, args)
    window.show()
    if getattr(args, "presenter", False):
        window.presentation.set_presenting(True)
    close_on_terminate(window)
    # autosave, the offer to restore after a crash, the session file given, the last network
    window.last_session.start(getattr(args, "session", None))
    app.aboutToQuit.connect(window.last_session.stop_autosave)
    return app.exec()


def close_on_terminate(window):
    """Ctrl+C in the terminal, or SIGTERM at logout: close the window as if the user did,
    so the session is autosaved and the lock removed (not a 'crash' next time)."""
    import signal

    from PySide6.QtCore import QTimer

    def close(_signum, _frame):
        QTimer.singleShot(0, window.close)
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    # Python runs signal handlers only between bytecodes: wake it up now and then
    timer = QTimer(window, interval=300)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def screenshot(app, window, args):
    """Render the window with the chosen tool to a PNG and exit."""
    from PySide6.QtCore import QEventLoop, QTimer

    from .worker import Job
    window.resize(*(getattr(args, "size", None) or (1600, 960)))
    window.show()
    try:
        tool = window.show_tool(args.tool or "")
    except KeyError:
        sys.stderr.write(f"no tool named {args.tool!r}; choose one of: start, {', '.join(window.tools)}\n")
        return 2
    if hasattr(tool, "prepare_screenshot"):
        tool.prepare_screenshot(**({"step": args.step} if args.step is not None else {}))
    if getattr(args, "presenter", False):
        window.presentation.allow_full_screen = False    # the picture is as large as --size
        window.presentation.set_presenting(True)
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # let layouts, plots and timers settle
    loop.exec()
    if window.presentation.is_presenting:
        window.presentation.update()     # what was drawn meanwhile, scaled too
        QTimer.singleShot(200, loop.quit)
        loop.exec()
    ok = window.grab().save(args.screenshot)
    Job.stop_all()
    window.close()
    if not ok:
        sys.stderr.write(f"could not write {args.screenshot}\n")
        return 1
    print(args.screenshot)
    return 0
