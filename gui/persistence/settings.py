"""What Gradient Lab remembers between runs with QSettings, besides the window's geometry.

Keys (all under the application's QSettings):
    recent/files         the last session files opened or saved, newest first
    folders/<kind>       the last folder used for a kind of file ("session", "network", ...)
    network/last_spec    the last network's spec (JSON), rebuilt at the next start
    language, window/*, lesson/*   kept by their owners (gui.i18n, the main window, the lesson)
"""
import json
import os

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def recent_files():
    """The recent session files that still exist, newest first."""
    files = QSettings().value("recent/files", [], type=list) or []
    return [f for f in files if isinstance(f, str) and os.path.isfile(f)][:MAX_RECENT]


def add_recent_file(path):
    path = os.path.abspath(path)
    files = [path] + [f for f in recent_files() if os.path.abspath(f) != path]
    QSettings().setValue("recent/files", files[:MAX_RECENT])


def clear_recent_files():
    QSettings().setValue("recent/files", [])


def last_folder(kind="session", *also):
    """The folder last used for ``kind`` of file (else for the kinds in ``also``, in order),
    else the user's documents folder, else the home folder: always one that exists."""
    for key in (kind, *also):
        folder = QSettings().value(f"folders/{key}", "", type=str)
        if folder and os.path.isdir(folder):
            return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (documents, os.path.expanduser("~")):
        if folder and os.path.isdir(folder):
            return folder
    return os.getcwd()


def start_path(kind, name="", also=()):
    """Where a file dialog for ``kind`` should open: the last folder used (see ``last_folder``),
    with ``name``."""
    folder = last_folder(kind, *also)
    return os.path.join(folder, name) if name else folder


def set_last_folder(path, kind="session"):
    """Remember the folder of ``path`` (a file or a folder) for ``kind``."""
    folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    QSettings().setValue(f"folders/{kind}", folder)


def save_last_network(spec):
    QSettings().setValue("network/last_spec", json.dumps(spec))


def last_network_spec():
    """The spec saved by ``save_last_network`` (a dict), or None."""
    text = QSettings().value("network/last_spec", "", type=str)
    if not text:
        return None
    try:
        spec = json.loads(text)
    except json.JSONDecodeError:
        return None
    return spec if isinstance(spec, dict) else None


def reset_settings():
    """Forget everything remembered: layout, language, folders, recent files, lesson progress."""
    settings = QSettings()
    settings.clear()
    settings.sync()
    return settings.status() == QSettings.Status.NoError
