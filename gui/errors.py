"""Uncaught exceptions in the UI: a dialog with copyable details, and the app keeps running."""
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def tr(text):
    return QCoreApplication.translate("ErrorDialog", text)


def show_error(title, message, details="", parent=None):
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setDetailedText(details)  # a read-only text box the user can select and copy
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def install_excepthook():
    """Route uncaught exceptions to a dialog instead of killing the application."""
    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.__stderr__.write(details)
        if QApplication.instance() is None:
            return
        show_error(tr("Unexpected error"),
                   tr("Something went wrong, but your work is still here. "
                      "The details below help us fix it."),
                   details)
    sys.excepthook = hook
