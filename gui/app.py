"""Start the Qt application: checks, translation, the main window, screenshots."""
import ctypes.util
import os
import sys

# Shared libraries Qt's X11 (xcb) platform plugin needs, with the Debian package that has each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
}


def missing_system_libraries():
    """Debian packages whose libraries a real X11 window needs but are not installed."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return [package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def check_can_open_window():
    """A clear message instead of Qt's abort when no window can be opened. True if fine."""
    missing = missing_system_libraries()
    if missing:
        sys.stderr.write(
            "Gradient Lab cannot open a window: Qt needs system libraries that are not installed.\n"
            f"On Debian or Ubuntu:  sudo apt-get install {' '.join(missing)}\n"
            "(Or run without a screen: QT_QPA_PLATFORM=offscreen python main.py --screenshot out.png)\n")
        return False
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        sys.stderr.write(
            "Gradient Lab cannot open a window: there is no display (DISPLAY is not set).\n"
            "Start it from a desktop session, or without a screen:\n"
            "  QT_QPA_PLATFORM=offscreen python main.py --screenshot out.png\n")
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


def run(args):
    """Run the GUI as main.py's arguments say; returns the exit code."""
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if not check_can_open_window():
        return 1
    app = create_application(language=args.lang)
    from . import logging_setup
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
    # autosave, the offer to restore after a crash, the session file given, the last network
    window.session_menus.start(getattr(args, "session", None))
    app.aboutToQuit.connect(window.session_menus.stop_autosave)
    return app.exec()


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
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # let layouts, plots and timers settle
    loop.exec()
    ok = window.grab().save(args.screenshot)
    Job.stop_all()
    window.close()
    if not ok:
        sys.stderr.write(f"could not write {args.screenshot}\n")
        return 1
    print(args.screenshot)
    return 0
