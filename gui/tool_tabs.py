"""The tabs that hold the tools, each page scrolling when the window is smaller than it.

A tool lays out plots and panels side by side and may need more room than a laptop or a
classroom projector gives (1280 × 720). Rather than forcing the window to that width, each
page sits in a scroll area; ``widget``, ``currentWidget``, ``indexOf`` and
``setCurrentWidget`` speak of the tools themselves, never of the scroll areas around them.

A page may be given a function that builds its tool instead of the tool: the tool is then
built when the page is first shown, or first asked for (``widget``), so the window appears
before every tool and its plotting library have been built.
"""
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class _Page(QWidget):
    """Holds one tool and gives it the whole page, but never less than its minimum size.

    The scroll area would otherwise ask a tool with word-wrapped labels for its
    height-for-width, which is its comfortable height, not its smallest: the page would
    scroll even when the tool could fit. The page has no layout, so it is not asked.
    """

    def __init__(self, tool_or_build):
        super().__init__()
        self.built = None             # the tool, once built
        self._build = tool_or_build
        if isinstance(tool_or_build, QWidget):
            self._adopt(tool_or_build)

    @property
    def tool(self):
        """The tool, built now if it has not been yet."""
        if self.built is None:
            self._adopt(self._build())
        return self.built

    def _adopt(self, tool):
        self.built = tool
        tool.setParent(self)
        tool.setGeometry(self.rect())
        tool.show()
        self.updateGeometry()

    def showEvent(self, event):  # noqa: N802
        self.tool      # the first time the page is shown, its tool is built
        super().showEvent(event)

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        if self.built is None:
            return super().minimumSizeHint()
        return self.built.minimumSizeHint().expandedTo(self.built.minimumSize())

    def sizeHint(self):  # noqa: N802
        return super().sizeHint() if self.built is None else self.built.sizeHint()

    def resizeEvent(self, event):  # noqa: N802
        if self.built is not None:
            self.built.setGeometry(self.rect())
        super().resizeEvent(event)


class ToolTabs(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocumentMode(True)

    def addTab(self, widget, label):  # noqa: N802 - Qt's name
        """``widget``: the tool, or a function that builds it when the page is first shown."""
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
        """The index of a tool's page (a tool not built yet is on no page)."""
        for index in range(self.count()):
            area = super().widget(index)
            page = area.widget() if isinstance(area, QScrollArea) else area
            if (page.built if isinstance(page, _Page) else page) is widget:
                return index
        return -1

    def setCurrentWidget(self, widget):  # noqa: N802
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def page(self, index):
        """The page at ``index`` (its ``tool`` builds the tool; ``built`` is it or None)."""
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area
