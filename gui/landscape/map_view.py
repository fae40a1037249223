"""The contour map of the slice, the recorded path on it and the current point.

The filled bands, lines and labels are the stepper's (gui/stepper/contour_map.py): the slice
is handed to it as a function of two variables whose values are the grid the worker computed.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..stepper import contour_map, drawing
from .texts import tr

PATH_COLOUR = "#D55E00"


class GridFunction:
    """The slice as the stepper's contour map reads a function: ``view``, ``values``, ``gradients``.

    ``values`` returns the computed grid (the map asks for exactly that grid); no gradient
    field is drawn (NaN gradients are left out).
    """

    def __init__(self, result):
        self.view = ((-result.span, result.span), (-result.span, result.span))
        self._L = np.where(np.isfinite(result.L), result.L, np.nan)

    def values(self, X1, X2):
        assert X1.shape == self._L.shape
        return self._L

    def gradients(self, G1, G2):
        return np.full(G1.shape + (2,), np.nan)


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
        self.path = item.plot(pen=drawing.pen(PATH_COLOUR, 2))
        self.path.setZValue(10)
        # one symbol made once and moved (re-making a symbol on every training snapshot
        # cost more than the rest of the update)
        self.point = pg.ScatterPlotItem(pos=[(0.0, 0.0)], size=13, brush=pg.mkBrush("#FFFFFF"),
                                        pen=drawing.pen("#111111", 2))
        self.point.setZValue(12)
        self.point.hide()
        item.addItem(self.point)
        self.map = None
        self._labels = []
        self.setToolTip(tr("The loss on a plane through the current weights: the white dot is "
                           "where the network is, the orange line the way training went."))
        model.slice_changed.connect(self.redraw_slice)
        model.path_changed.connect(self.redraw_path)
        self.redraw_slice()

    def redraw_slice(self):
        item = self.getPlotItem()
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        result = self._model.slice
        if result is None:
            self.map = None
            self.image.clear()
            self.lines.setData([], [])
            self.redraw_path()
            return
        fn = GridFunction(result)
        self.map = m = contour_map.compute(fn, len(result.L), field_n=1)
        span = result.span
        self.image.setImage(m.image, levels=None)
        self.image.setRect(QRectF(-span, -span, 2 * span, 2 * span))
        drawing.set_data(self.lines, *m.lines, connect="finite")
        for x, y, text in m.labels:
            label = pg.TextItem(text, color="#222222", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 170))
            label.setPos(x, y)
            label.setZValue(5)
            item.addItem(label)
            self._labels.append(label)
        names = self._axis_names(result)
        item.setLabel("bottom", names[0])
        item.setLabel("left", names[1])
        item.setRange(xRange=(-span, span), yRange=(-span, span), padding=0.02)
        self.redraw_path()

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
