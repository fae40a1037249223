"""Gradient Lab's memory: session files (.gradlab), autosave and crash restore, settings.

The file format itself is lab/session_file.py (no Qt), which the notebook export reads too.

    state          a main window's whole state as a session document, and back
    tool_states    each tool's part of it, saved and restored
    autosave       the autosave file (snapshot on the UI thread, written by a worker), the lock
                   that detects a crash
    dialogs        opening and saving session files: the file dialogs and the messages
    last_session   at start-up: restore after a crash, continue after a clean exit; at exit
    settings       QSettings: recent files, last folders, last network, reset
    menus          the File menu's actions: Open/Save/Save as/Recent/Reset settings

See docs/desktop.md and docs/lab.md.
"""
from lab.session_file import SUFFIX, VERSION, SessionFileError, read, write

__all__ = ["SUFFIX", "VERSION", "SessionFileError", "read", "write"]
