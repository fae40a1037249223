"""File → Export: the submenu the main window places. The export itself (gui/export_notebook.py,
which brings the notebook writer and the training tab's names) is imported when it is chosen,
not at start-up."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle


def tr(text):
    return QCoreApplication.translate("ExportNotebook", text)


def export_menu(window):
    """The Export submenu with its one action, Notebook for Google Colab…"""
    menu = QMenu(tr("&Export"), window)
    menu.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
    action = QAction(tr("&Notebook for Google Colab…"), menu)
    action.setStatusTip(tr("Write the experiment as a Jupyter notebook that runs in Google Colab with PyTorch"))
    action.triggered.connect(lambda _=False: _ask_export(window))
    menu.addAction(action)
    return menu


def _ask_export(window):
    from .export_notebook import ask_export
    return ask_export(window)
