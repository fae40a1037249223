"""The key to the three lines every run draws (per batch, epoch average, validation), shown
over a corner of a plot's view box as plain widgets.

A pyqtgraph legend is seven items in the plot's scene whose bounds and paint are Python, and
Qt asks each of them on every repaint of the plot (18 times a second while a network trains):
every such call waits for the training thread to hand the interpreter over. Widgets laid over
the plot are drawn by Qt alone.
"""
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from .. import presentation

GREY = "#666666"
SAMPLE = (26, 12)          # px: a sample of a line
KINDS = ("line", "dots", "dashed")


def sample(kind, ratio=1.0):
    """A grey sample of a line: 'line' (the per-batch line), 'dots' (a thin line through a dot:
    the epoch averages) or 'dashed' (validation)."""
    w, h = SAMPLE
    pixmap = QPixmap(round(w * ratio), round(h * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = Qt.PenStyle.DashLine if kind == "dashed" else Qt.PenStyle.SolidLine
    painter.setPen(QPen(QColor(GREY), 1 if kind == "dots" else 2, style))
    painter.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2))
    if kind == "dots":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(GREY))
        painter.drawEllipse(QPointF(w / 2, h / 2), 2.5, 2.5)
    painter.end()
    return pixmap


class LineLegend(QWidget):
    """``rows``: [(kind, text)]; ``offset``: (dx, dy) from the view box's edges in pixels, as
    pyqtgraph's legends: a negative dx counts from the right edge, a negative dy from the bottom.
    Where the view box is too small for it (a narrow accuracy plot) it shows nothing rather
    than cover the axis: the loss plot has the same key."""

    def __init__(self, plot, rows, offset):
        super().__init__(plot)          # a child of the PlotWidget: drawn over its picture
        self._plot, self._offset = plot, offset
        self.rows = QFrame(self)
        self.rows.setObjectName("lineLegend")
        self.rows.setBackgroundRole(QPalette.ColorRole.Base)     # the plot's white (or dark) backing
        self.rows.setAutoFillBackground(True)
        layout = QGridLayout(self.rows)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        self.labels = []
        for row, (kind, text) in enumerate(rows):
            icon = QLabel()
            icon.setPixmap(sample(kind, self.devicePixelRatioF()))
            label = QLabel(text)
            layout.addWidget(icon, row, 0)
            layout.addWidget(label, row, 1)
            self.labels.append(label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.rows)
        plot.getPlotItem().getViewBox().sigResized.connect(self.place)
        presentation.changes().changed.connect(self.place)     # the zoom: larger text
        self.place()

    def texts(self):
        return [label.text() for label in self.labels]

    def place(self):
        """At its corner of the view box, as large as its rows; its rows hidden if they do not fit."""
        box = self._plot.getPlotItem().getViewBox()
        area = self._plot.mapFromScene(box.sceneBoundingRect()).boundingRect()
        dx, dy = self._offset
        size = self.rows.sizeHint()
        self.rows.setVisible(size.width() + abs(dx) <= area.width() and size.height() + abs(dy) <= area.height())
        self.resize(size if self.rows.isVisibleTo(self) else QSize(0, 0))
        x = area.right() + 1 - self.width() + dx if dx < 0 else area.left() + dx
        y = area.bottom() + 1 - self.height() + dy if dy < 0 else area.top() + dy
        self.move(x, y)
