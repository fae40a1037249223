"""The tabs that hold the tools, each page scrolling when the window is smaller than it.

A tool lays out plots and panels side by side and may need more room than a laptop or a
classroom projector gives (1280 × 720). Rather than forcing the window to that width, each
page sits in a scroll area; ``widget``, ``currentWidget``, ``indexOf`` and
``setCurrentWidget`` speak of the tools themselves, never of the scroll areas around them.
"""
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class _Page(QWidget):
    """Holds one tool and gives it the whole page, but never less than its minimum size.

    The scroll area would otherwise ask a tool with word-wrapped labels for its
    height-for-width, which is its comfortable height, not its smallest: the page would
    scroll even when the tool could fit. The page has no layout, so it is not asked.
    """

    def __init__(self, tool):
        super().__init__()
        self.tool = tool
        tool.setParent(self)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        return self.tool.minimumSizeHint().expandedTo(self.tool.minimumSize())

    def sizeHint(self):  # noqa: N802
        return self.tool.sizeHint()

    def resizeEvent(self, event):  # noqa: N802
        self.tool.setGeometry(self.rect())
        super().resizeEvent(event)


class ToolTabs(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocumentMode(True)

    def addTab(self, widget, label):  # noqa: N802 - Qt's name
        area = QScrollArea()
        area.setWidgetResizable(True)      # the tool fills the page when there is room
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(_Page(widget))
        return super().addTab(area, label)

    def widget(self, index):
        area = super().widget(index)
        return area.widget().tool if isinstance(area, QScrollArea) else area

    def currentWidget(self):  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, widget):  # noqa: N802
        return next((i for i in range(self.count()) if self.widget(i) is widget), -1)

    def setCurrentWidget(self, widget):  # noqa: N802
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
