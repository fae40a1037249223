"""What the model does with the data: decision regions under the points (2-D classification,
as TensorFlow Playground draws them) or the fitted curve over the points (1-D regression)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QLabel, QStackedLayout, QWidget

from engine.metrics import data_bounds

from .plots import class_colour, class_symbol, make_plot
from .. import theme
from ..plot_picture import PlotPicture


def region_colours(probs):
    """Class probabilities (R, R, K) -> an RGB image (R, R, 3) uint8.

    Each pixel mixes the class colours by probability, paler where the model is unsure, so
    that the points drawn on top stay visible.
    """
    k = probs.shape[2]
    palette = np.array([QColor(class_colour(i)).getRgb()[:3] for i in range(k)], dtype=np.float32)
    probs = np.nan_to_num(probs, nan=1.0 / k)
    mix = probs @ palette
    confidence = (probs.max(axis=2, keepdims=True) - 1.0 / k) / (1 - 1.0 / k)
    strength = 0.15 + 0.45 * np.clip(confidence, 0, 1)
    return (255 - (255 - mix) * strength).astype(np.uint8)


class RegionsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot(self.tr("What the model does"), "x₂", "x₁")
        self.plot.getPlotItem().setAspectLocked(False)
        self.image = PlotPicture()     # the map: a picture Qt paints itself
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.curve = self.plot.plot(pen=pg.mkPen("#D55E00", width=3))
        self.points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=0.8))
        # The data do not change while a network trains, the map under them ~6 times a second:
        # Qt keeps the points as a picture, instead of asking pyqtgraph to paint them again (in
        # Python, 200 points, waiting each time for the training thread to let go of the GIL)
        self.points.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.addItem(self.points)
        self.marked = pg.ScatterPlotItem(size=15, brush=None, pen=pg.mkPen("#000", width=2))
        self.marked.hide()            # shown only with examples to circle: Qt asks a shown item
        self.plot.addItem(self.marked)  # for its bounds at every repaint, in Python
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.colour_text(self.message, "muted", "padding: 12px")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.plot)
        self._stack.addWidget(self.message)
        self.dataset = None
        self.bounds = None
        self.drawable = False   # whether this data has a 2-D picture at all
        self.map_updates = 0

    def set_dataset(self, dataset, bounds=None):
        """Draw the points of a 2-D classification or 1-D regression set; explain otherwise."""
        self.dataset, self.bounds = dataset, bounds
        self.image.clear()
        self.curve.setData([], [])
        self._set_marked([], [])
        X = dataset.X
        self._draw_points(dataset)
        if dataset.is_classification and X.shape[1] == 2:
            self.plot.getPlotItem().setLabels(left="x₂", bottom="x₁")
            self.plot.getPlotItem().setTitle(self.tr("Decision regions"), color=theme.text_colours()["text"], size="10pt")
            (x0, x1), (y0, y1) = bounds
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self._stack.setCurrentWidget(self.plot)
            self.drawable = True
        elif not dataset.is_classification and X.shape[1] == 1:
            self.plot.getPlotItem().setLabels(left="y", bottom="x")
            self.plot.getPlotItem().setTitle(self.tr("The fitted curve over the data"), color=theme.text_colours()["text"],
                                             size="10pt")
            self.plot.getPlotItem().enableAutoRange()
            self._stack.setCurrentWidget(self.plot)
            self.drawable = True
        else:
            self.message.setText(self.tr("This data has {0} inputs per example: there is no 2-D picture "
                                         "of its decision regions. Watch the loss, the accuracy and "
                                         "the confusion matrix instead.").format(X.shape[1]))
            self._stack.setCurrentWidget(self.message)
            self.drawable = False

    def _draw_points(self, dataset):
        X, y = dataset.X, dataset.y
        if dataset.is_classification and X.shape[1] == 2:
            # each class its colour and its marker: told apart without seeing colour
            brushes = [pg.mkBrush(class_colour(int(k))) for k in y]
            self.points.setData(X[:, 0], X[:, 1], brush=brushes, symbol=[class_symbol(int(k)) for k in y])
        elif not dataset.is_classification and X.shape[1] == 1:
            self.points.setData(X[:, 0], np.asarray(y).reshape(len(y), -1)[:, 0], brush=pg.mkBrush(class_colour(1)))
        else:
            self.points.setData([], [])

    def show_points(self, dataset):
        """The same view with its points edited (one added, moved or removed): the range, the
        regions and the curve stay; the regions' bounds grow to take in a point moved out."""
        self.dataset = dataset
        self._draw_points(dataset)
        self._set_marked([], [])
        if self.bounds is not None:
            (x0, x1), (y0, y1) = self.bounds
            (a0, a1), (b0, b1) = data_bounds(dataset.X)
            if a0 < x0 or a1 > x1 or b0 < y0 or b1 > y1:
                self.bounds = (min(x0, a0), max(x1, a1)), (min(y0, b0), max(y1, b1))

    def show_grid(self, probs):
        """probs: (R, R, K) class probabilities at the grid of ``bounds`` ([r, c] = (x_c, y_r))."""
        if probs is None or self.bounds is None:
            return
        (x0, x1), (y0, y1) = self.bounds
        r = probs.shape[0]
        dx, dy = (x1 - x0) / (r - 1), (y1 - y0) / (r - 1)      # each grid point its cell's middle
        cells = QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
        self.image.set_picture(region_colours(probs), cells)
        self.map_updates += 1

    def show_curve(self, x, y):
        self.curve.setData(x, y)
        self.map_updates += 1

    def mark(self, indices):
        """Circle these examples of the data set (e.g. one cell of the confusion matrix)."""
        if self.dataset is None or self.dataset.X.shape[1] != 2 or len(indices) == 0:
            self._set_marked([], [])
            return
        X = self.dataset.X[indices]
        self._set_marked(X[:, 0], X[:, 1])

    def _set_marked(self, xs, ys):
        self.marked.setData(xs, ys)
        self.marked.setVisible(len(xs) > 0)
