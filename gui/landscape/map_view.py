"""The contour map of the slice, the recorded path on it and the current point.

The filled bands, lines and labels are the stepper's (gui/stepper/contour_map.py), made in
the worker on a finer grid interpolated from the losses (smooth_map.py): this view only
shows them. A legend names the path, the current weights, blank (not finite) regions and a
log colour scale when they are on the map.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..stepper import drawing
from .texts import tr
from .. import theme

PATH_COLOUR = "#D55E00"


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
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        item.addItem(self.image)
        self.lines = item.plot(pen=drawing.pen("#555555", 1))
        # the map and its contour lines change with each slice (about once a second while a
        # network trains), the path and the dot with each snapshot (~6 times a second): Qt
        # keeps the map's picture and copies it under them instead of painting it again
        for layer in (self.image, self.lines.curve):
            layer.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.path = item.plot(pen=drawing.pen(PATH_COLOUR, 2))
        self.path.setZValue(10)
        # one symbol made once and moved (re-making a symbol on every training snapshot
        # cost more than the rest of the update)
        self.point = pg.ScatterPlotItem(pos=[(0.0, 0.0)], size=13, brush=pg.mkBrush("#FFFFFF"),
                                        pen=drawing.pen("#111111", 2))
        self.point.setZValue(12)
        self.point.hide()
        item.addItem(self.point)
        self.legend = self._legend(item)
        self.map = None
        self._labels = []             # TextItems of the contour values (hidden when unused)
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
            self.lines.setData([], [])
            self._show_labels([])
            self._show_legend(None)
            self.redraw_path()
            return
        self.map = m = result.drawing.map
        span = result.span
        self.image.setImage(m.image, levels=None)
        half = span / (len(m.x1) - 1)          # each pixel centred on its grid point
        self.image.setRect(QRectF(-span - half, -span - half, 2 * (span + half), 2 * (span + half)))
        drawing.set_data(self.lines, *m.lines, connect="finite")
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
        """The contour lines' values, [(x, y, text)]: one TextItem each, kept for the next map."""
        item = self.getPlotItem()
        while len(self._labels) < len(labels):
            label = pg.TextItem("", color="#222222", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 170))
            label.setZValue(5)
            item.addItem(label)
            self._labels.append(label)
        for label, (x, y, text) in zip(self._labels, labels):
            if label.toPlainText() != text:
                label.setText(text)
            label.setPos(x, y)
            label.show()
        for label in self._labels[len(labels):]:
            label.hide()

    def _legend(self, item):
        # one row under the bottom axis (row 4 of the plot's layout), not over the map's labels
        legend = pg.LegendItem(labelTextColor="#111111", colCount=2, horSpacing=18)
        legend.setParentItem(item)
        item.layout.addItem(legend, 4, 1)
        self._blank = pg.ScatterPlotItem(symbol="s", size=12, brush=pg.mkBrush("#FFFFFF"), pen=pg.mkPen("#888888"))
        self._log = pg.PlotDataItem([], [], pen=None)
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
        self.legend.addItem(self.path, tr("training path"))
        self.legend.addItem(self.point, tr("current weights"))
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
            self.path.setData([], [])
            self.point.hide()
            return
        drawing.set_data(self.path, model.path[:, 0], model.path[:, 1]) if len(model.path) \
            else self.path.setData([], [])
        if model.current is not None and np.all(np.isfinite(model.current)):
            self.point.setPos(float(model.current[0]), float(model.current[1]))
            self.point.show()
        else:
            self.point.hide()

    def current_shown(self):
        """(s, t) where the white dot of the current weights is drawn, or None."""
        return (self.point.pos().x(), self.point.pos().y()) if self.point.isVisible() else None
