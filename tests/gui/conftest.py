"""GUI test helpers."""
import pytest
from PySide6.QtCore import QCoreApplication


@pytest.fixture
def app(qapp):
    QCoreApplication.setOrganizationName("GradientLabTests")
    QCoreApplication.setApplicationName("Gradient Lab")
    return qapp


@pytest.fixture
def window(app, qtbot):
    """The whole main window, shown offscreen, closed (and its threads stopped) afterwards."""
    from gui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
