"""A log file in the user's log folder, and the text "Report a problem" copies.

    Linux    ~/.local/state/GradientLab/Gradient Lab/log/gradlab.log   (XDG_STATE_HOME)
    macOS    ~/Library/Preferences/GradientLab/Gradient Lab/log/gradlab.log
    Windows  %LOCALAPPDATA%/GradientLab/Gradient Lab/State/log/gradlab.log

(QStandardPaths.StateLocation). The file rotates at 1 MB, keeping three old ones. Qt's own
warnings and uncaught Python exceptions go to it too.
"""
import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path

LOG_NAME = "gradlab.log"
_handler = None

# Qt's notices that a platform plugin (offscreen, Wayland) cannot do something a window asked
# for; harmless, and printed on every headless run: neither shown nor logged.
KNOWN_QT_NOTICES = ("This plugin does not support propagateSizeHints()",
                    "This plugin does not support raise()")


def log_folder():
    from PySide6.QtCore import QStandardPaths
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    if not location:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) / "log"


def log_path():
    """The log file in use (or that would be used)."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_folder() / LOG_NAME


def setup(level=logging.INFO, qt_messages=True):
    """Send the 'gradlab' logger to the log file; returns its path (None if it cannot be written)."""
    global _handler
    logger = logging.getLogger("gradlab")
    if _handler is not None:
        return Path(_handler.baseFilename)
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"Gradient Lab: cannot write the log file in {folder}: {exc}\n")
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    logger.info("Gradient Lab %s started: %s", app_version(), platform_line())
    if qt_messages:
        _forward_qt_messages()
    return Path(handler.baseFilename)


def shutdown():
    """Close the log file (at exit, or between tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger("gradlab").removeHandler(_handler)
        _handler.close()
        _handler = None


def is_known_qt_notice(message):
    return message.strip() in KNOWN_QT_NOTICES


def quiet_known_qt_messages():
    """Install a Qt message handler that drops ``KNOWN_QT_NOTICES`` and prints the rest as
    Qt would (on stderr). Call before the QApplication is created."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    previous = None

    def handler(kind, context, message):
        if is_known_qt_notice(message):
            return
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def _forward_qt_messages():
    """Qt's warnings into the log as well as (as before) onto stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    qt_log = logging.getLogger("gradlab.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    previous = None

    def handler(kind, context, message):
        if is_known_qt_notice(message):
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)
        if previous is not None:
            previous(kind, context, message)
        elif kind != QtMsgType.QtDebugMsg:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def log_uncaught_exceptions():
    """Wrap sys.excepthook so that an uncaught exception is written to the log first."""
    hook = sys.excepthook
    logger = logging.getLogger("gradlab")

    def logging_hook(exc_type, exc, tb):
        logger.error("uncaught exception", exc_info=(exc_type, exc, tb))
        hook(exc_type, exc, tb)
    sys.excepthook = logging_hook


def app_version():
    try:
        from importlib.metadata import version
        return version("gradient-lab")
    except Exception:   # not installed (running from the source folder or a bundle)
        return "0.1.0"


def platform_line():
    return f"{platform.system()} {platform.release()} ({platform.machine()}), Python {platform.python_version()}"


def library_versions():
    """Versions of the libraries Gradient Lab uses (only those already imported or cheap)."""
    versions = {}
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        versions["PySide6"] = PySide6.__version__
        versions["Qt"] = qVersion()
    except ImportError:
        pass
    for name in ("numpy", "pyqtgraph"):
        try:
            versions[name] = __import__(name).__version__
        except ImportError:
            pass
    if "skimage" in sys.modules:
        versions["scikit-image"] = sys.modules["skimage"].__version__
    return versions


def last_lines(count=60):
    """The last ``count`` lines of the log file (an empty list if there is none yet)."""
    path = log_path()
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 64_000))
            text = f.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-count:]


def report_text(count=60):
    """What "Report a problem" copies: version, platform, libraries and the log's last lines."""
    if _handler is not None:
        _handler.flush()
    lines = [f"Gradient Lab {app_version()}", f"Platform: {platform_line()}",
             "Libraries: " + ", ".join(f"{k} {v}" for k, v in library_versions().items()),
             f"Log file: {log_path()}", "", f"Last lines of the log:"]
    lines += last_lines(count) or ["(the log is empty)"]
    return "\n".join(lines) + "\n"


def copy_report_to_clipboard(count=60):
    """Put ``report_text`` on the clipboard; returns the text."""
    from PySide6.QtGui import QGuiApplication
    text = report_text(count)
    QGuiApplication.clipboard().setText(text)
    logging.getLogger("gradlab").info("problem report copied to the clipboard")
    return text
