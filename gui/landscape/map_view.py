"""The contour map of the slice, the recorded path on it and the current point.

The filled bands, lines and labels are the stepper's (gui/stepper/contour_map.py), made in
the worker on a finer grid interpolated from the losses (smooth_map.py): this view only
shows them. A legend names the path, the current weights, blank (not finite) regions and a
log colour scale when they are on the map.

The path and the dot move ~6 times a second while a network trains, and each move repaints
most of the map. They, the contour lines and their values are plain Qt items, which Qt paints
without running Python. A pyqtgraph item's paint and bounds are Python, and each call waits for
the training thread to hand over the interpreter (~2 ms): with them a map repaint took ~40 ms
while a network trained, against ~3 ms alone (docs/landscape.md).
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (QApplication, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem,
                               QGraphicsRectItem, QGraphicsSimpleTextItem)

from ..stepper import drawing
from .texts import tr
from .. import presentation, theme
from ..plot_picture import PlotPicture

PATH_COLOUR = "#D55E00"
POINT_SIZE = 13             # px across, the current weights' dot


def _cosmetic(colour, width):
    pen = QPen(QColor(colour), presentation.line_width(width))
    pen.setCosmetic(True)           # pixels wide whatever the zoom
    return pen


class _Label:
    """A contour value: dark text on a translucent white box, as large at any zoom."""

    def __init__(self):
        self.box = QGraphicsRectItem()
        self.box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.box.setBrush(QBrush(QColor(255, 255, 255, 170)))
        self.box.setPen(QPen(Qt.PenStyle.NoPen))
        self.box.setZValue(5)
        self.text = QGraphicsSimpleTextItem(self.box)
        self.text.setBrush(QBrush(QColor("#222222")))

    def show(self, x, y, text):
        if self.text.text() != text:
            self.text.setText(text)
        self.box.setPos(x, y)
        self.fit()
        self.box.show()

    def fit(self):
        """Centre the box on its point, as large as the text (after a change of font)."""
        self.text.setFont(QApplication.font())   # the interface's: presenter mode scales it
        r = self.text.boundingRect()
        self.text.setPos(-r.width() / 2, -r.height() / 2)
        self.box.setRect(-r.width() / 2 - 3, -r.height() / 2 - 1, r.width() + 6, r.height() + 2)


class MapView(pg.PlotWidget):
    """Watches a LandscapeModel: the map on ``slice_changed``, the path on ``path_changed``."""

    def __init__(self, model, parent=None):
        super().__init__(parent, background="w")
        self._model = model
        item = self.getPlotItem()
        drawing.style_plot(item)
        item.showGrid(x=False, y=False)
        item.setMenuEnabled(False)
        item.setAspectLocked(True)
        self.image = PlotPicture()    # Qt paints it and knows its bounds without Python
        self.image.setZValue(-10)
        item.addItem(self.image)
        box = item.getViewBox()
        # the map and its contour lines change with each slice (about once a second while a
        # network trains), the path and the dot with each snapshot (~6 times a second): Qt
        # keeps the map's picture and copies it under them instead of painting it again
        self.lines = QGraphicsPathItem()
        box.addItem(self.lines, ignoreBounds=True)
        for layer in (self.image, self.lines):
            layer.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.path = QGraphicsPathItem()
        self.path.setZValue(10)
        box.addItem(self.path, ignoreBounds=True)
        self.point = QGraphicsEllipseItem()
        self.point.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.point.setBrush(QBrush(QColor("#FFFFFF")))
        self.point.setZValue(12)
        self.point.hide()
        box.addItem(self.point, ignoreBounds=True)
        self._path_xy = (np.zeros(0), np.zeros(0))
        self._labels = []             # the contour values (hidden when unused)
        self._restyle()
        presentation.changes().changed.connect(self._restyle)
        self.legend = self._legend(item)
        self.map = None
        self._shown = {"names": None, "span": None, "legend": "nothing yet"}   # what is drawn now
        self.setToolTip(tr("The loss on a plane through the current weights: the white dot is "
                           "where the network is, the orange line the way training went."))
        model.slice_changed.connect(self.redraw_slice)
        model.path_changed.connect(self.redraw_path)
        theme.follow(self)
        self.redraw_slice()

    def redraw_slice(self):
        """Draw the model's slice. While a network trains a new one comes every second or
        so: the items (contour labels, legend rows, axis names, range) are reused and only
        changed where they differ (building them anew held the window ~60 ms each time)."""
        item = self.getPlotItem()
        result = self._model.slice
        if result is None or result.drawing is None:
            self.map = None
            self.image.clear()
            self.lines.setPath(QPainterPath())
            self._show_labels([])
            self._show_legend(None)
            self.redraw_path()
            return
        self.map = m = result.drawing.map
        span = result.span
        half = span / (len(m.x1) - 1)          # each pixel centred on its grid point
        self.image.set_picture(m.image, QRectF(-span - half, -span - half, 2 * (span + half), 2 * (span + half)))
        x, y = (np.asarray(a, dtype=float) for a in m.lines)
        self.lines.setPath(pg.arrayToQPath(x, y, connect="finite") if np.isfinite(x).any() else QPainterPath())
        self._show_labels(m.labels)
        names = self._axis_names(result)
        if names != self._shown["names"]:
            self._shown["names"] = names
            item.setLabel("bottom", names[0])
            item.setLabel("left", names[1])
        if span != self._shown["span"]:
            self._shown["span"] = span
            item.setRange(xRange=(-span, span), yRange=(-span, span), padding=0.02)
        self._show_legend(result)
        self.redraw_path()

    def _show_labels(self, labels):
        """The contour lines' values, [(x, y, text)]: one label each, kept for the next map."""
        box = self.getPlotItem().getViewBox()
        while len(self._labels) < len(labels):
            label = _Label()
            box.addItem(label.box, ignoreBounds=True)
            self._labels.append(label)
        for label, (x, y, text) in zip(self._labels, labels):
            label.show(x, y, text)
        for label in self._labels[len(labels):]:
            label.box.hide()

    def labels_shown(self):
        """[(x, y, text)] of the contour values on the map now."""
        return [(label.box.pos().x(), label.box.pos().y(), label.text.text())
                for label in self._labels if label.box.isVisible()]

    def label_items(self):
        """The items that show contour values (reused from one map to the next)."""
        return [label.box for label in self._labels]

    def _restyle(self):
        """Pens and the dot as thick and large as presenter mode and the zoom want them."""
        self.path.setPen(_cosmetic(PATH_COLOUR, 2))
        self.lines.setPen(_cosmetic("#555555", 1))
        size = presentation.marker_size(POINT_SIZE)
        self.point.setRect(-size / 2, -size / 2, size, size)
        self.point.setPen(_cosmetic("#111111", 2))
        for label in self._labels:
            label.fit()

    def _legend(self, item):
        # one row under the bottom axis (row 4 of the plot's layout), not over the map's labels
        legend = pg.LegendItem(labelTextColor="#111111", colCount=2, horSpacing=18)
        legend.setParentItem(item)
        item.layout.addItem(legend, 4, 1)
        self._blank = pg.ScatterPlotItem(symbol="s", size=12, brush=pg.mkBrush("#FFFFFF"), pen=pg.mkPen("#888888"))
        self._log = pg.PlotDataItem([], [], pen=None)
        # what the legend draws for the path and the dot (they are plain Qt items)
        self._path_sample = pg.PlotDataItem([], [], pen=drawing.pen(PATH_COLOUR, 2))
        self._point_sample = pg.ScatterPlotItem(size=POINT_SIZE, brush=pg.mkBrush("#FFFFFF"),
                                                pen=drawing.pen("#111111", 2))
        return legend

    def _show_legend(self, result):
        """Path and current weights always; 'not finite' and 'log scale' when they apply."""
        rows = None if result is None else (bool(np.isinf(result.L).any()), bool(result.drawing.log))
        if rows == self._shown["legend"]:
            return
        self._shown["legend"] = rows
        self.legend.clear()
        if result is None:
            self.legend.hide()
            return
        self.legend.addItem(self._path_sample, tr("training path"))
        self.legend.addItem(self._point_sample, tr("current weights"))
        blank, log = rows
        if blank:
            self.legend.addItem(self._blank, tr("blank: loss not finite"))
        if log:
            self.legend.addItem(self._log, tr("colours: log scale of the loss"))
        self.legend.show()

    def _axis_names(self, result):
        if result.plane.kind == "weights":
            return tuple(f"Δ{key}[{','.join(map(str, index))}]" for key, index in self._model.weights)
        if result.plane.kind == "pca":
            return tr("s (1st principal direction)"), tr("t (2nd principal direction)")
        return tr("s (random direction 1)"), tr("t (random direction 2)")

    def redraw_path(self):
        model = self._model
        if model.slice is None:
            self._set_path(np.zeros(0), np.zeros(0))
            self.point.hide()
            return
        xy = np.asarray(model.path, dtype=float).reshape(-1, 2)
        finite = np.all(np.isfinite(xy), axis=1)
        self._set_path(xy[finite, 0], xy[finite, 1])
        if model.current is not None and np.all(np.isfinite(model.current)):
            self.point.setPos(float(model.current[0]), float(model.current[1]))
            self.point.show()
        else:
            self.point.hide()

    def _set_path(self, x, y):
        self._path_xy = (x, y)
        self.path.setPath(pg.arrayToQPath(x, y, connect="all") if len(x) else QPainterPath())

    def path_shown(self):
        """(xs, ys) of the orange training path drawn now."""
        return self._path_xy

    def current_shown(self):
        """(s, t) where the white dot of the current weights is drawn, or None."""
        return (self.point.pos().x(), self.point.pos().y()) if self.point.isVisible() else None
