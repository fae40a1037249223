"""2-D view: filled contour map, labelled contour lines, gradient field, paths, click-to-start."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from . import contour_map, drawing
from .texts import method_titles, tr, vec
from .. import theme


class ContourView(pg.PlotWidget):
    """Watches a StepperModel. The map is recomputed on ``function_changed`` only; a sub-step
    only moves the path, the gradient arrow and the velocity arrows (setData)."""

    grid_size = 200

    def __init__(self, model, parent=None):
        super().__init__(parent, background="w")
        self._model = model
        item = self.getPlotItem()
        drawing.style_plot(item)
        item.showGrid(x=False, y=False)
        item.setLabel("bottom", "x1")
        item.setLabel("left", "x2")
        item.setMenuEnabled(False)
        item.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        item.addItem(drawing.cache(self.image))
        # the map's static layers are painted once into pixmaps (computed once per function)
        self.lines = item.plot(pen=drawing.pen("#555555", 1))
        self.field = item.plot(pen=drawing.pen("#777777", 1))
        drawing.cache(self.lines.curve)
        drawing.cache(self.field.curve)
        self.minima = item.plot(pen=None, symbol="star", symbolSize=14, symbolBrush="#FFFFFF",
                                symbolPen="#333333")
        self.start = item.plot(pen=None, symbol="o", symbolSize=14, symbolBrush=None,
                               symbolPen=drawing.pen("#111111", 2))
        self.gradient = item.plot(pen=drawing.pen(drawing.GRADIENT_COLOUR, 3))
        self.gradient.setZValue(15)
        self.gradient_label = pg.TextItem(color=drawing.GRADIENT_COLOUR, anchor=(0, 1),
                                          fill=pg.mkBrush(255, 255, 255, 210))
        self.gradient_label.setZValue(20)
        item.addItem(self.gradient_label)
        self.legend = item.addLegend(offset=(-10, 10), **theme.legend_style(220))
        self.paths = {}          # method -> path line
        self.dots = {}           # method -> the points of the path
        self.velocities = {}     # method -> velocity arrow item
        self._labels = []
        self._start_shown = None
        self.map = None
        self.setToolTip(tr("Click on the map to start from there."))
        self.scene().sigMouseClicked.connect(self._clicked)
        model.function_changed.connect(self.redraw_function)
        model.path_changed.connect(self.redraw_path)
        theme.follow(self)
        self.redraw_function()

    # -- once per function -----------------------------------------------------------------
    def redraw_function(self):
        f = self._model.objective
        if f.dim != 2:
            return
        item = self.getPlotItem()
        n = min(self.grid_size, f.grid or self.grid_size)
        self.map = m = contour_map.compute(f, n, min(17, getattr(f, "field", 17)))
        (lo1, hi1), (lo2, hi2) = f.view
        item.setLabel("bottom", f.variables[0])      # x1, x2, or the network's two weights
        item.setLabel("left", f.variables[1])
        self.image.setImage(m.image, levels=None)
        self.image.setRect(QRectF(lo1, lo2, hi1 - lo1, hi2 - lo2))
        drawing.set_data(self.lines, *m.lines, connect="finite")
        drawing.set_data(self.field, *m.field, connect="finite")
        for label in self._labels:
            item.removeItem(label)
        self._labels = []
        for x, y, text in m.labels:
            label = pg.TextItem(text, color="#222222", anchor=(0.5, 0.5),
                                fill=pg.mkBrush(255, 255, 255, 170))
            label.setPos(x, y)
            label.setZValue(5)
            item.addItem(drawing.cache(label))
            self._labels.append(label)
        if f.minima:
            mins = np.array(f.minima, dtype=float)
            self.minima.setData(mins[:, 0], mins[:, 1])
        else:
            self.minima.setData([], [])
        item.setRange(xRange=(lo1, hi1), yRange=(lo2, hi2), padding=0.02)
        self.redraw_path()

    # -- every sub-step --------------------------------------------------------------------
    def redraw_path(self):
        model = self._model
        f = model.objective
        if f.dim != 2 or self.map is None:
            return
        self._sync_items()
        for method, stepper in model.steppers:
            pts = stepper.points()
            drawing.set_data(self.paths[method], pts[:, 0], pts[:, 1])
            self._update_dots(self.dots[method], pts)
            v = stepper.optimizer_state().get("velocity")
            if v is not None and stepper.t > 0:
                drawing.set_data(self.velocities[method],
                                 *drawing.arrows(stepper.x, stepper.x + v, head=0.3),
                                 connect="finite")
            else:
                self.velocities[method].setData([], [])
        if self._start_shown != tuple(model.start):
            self._start_shown = tuple(model.start)
            self.start.setData([model.start[0]], [model.start[1]])
        self._draw_gradient(model.primary)

    @staticmethod
    def _update_dots(dots, pts):
        pts = pts[np.all(np.isfinite(pts), axis=1)]
        shown = np.column_stack([dots.data["x"], dots.data["y"]])
        n = len(shown)
        if 0 < n <= len(pts) and np.array_equal(shown, pts[:n]):
            if len(pts) > n:
                dots.addPoints(pos=pts[n:])
        else:
            dots.setData(pos=pts)

    def _draw_gradient(self, stepper):
        g = stepper.gradient
        if g is None or stepper.phase not in (2, 3) or not np.all(np.isfinite(stepper.x)):
            self.gradient.setData([], [])
            self.gradient_label.setText("")
            self.gradient_label.hide()   # an empty label would still paint its white box
            return
        # the gradient where it was computed, drawn with a fixed length (its size is shown)
        x = stepper.records[-1].x if stepper.phase == 3 else stepper.x
        (lo1, hi1), (lo2, hi2) = self._model.objective.view
        length = 0.12 * max(hi1 - lo1, hi2 - lo2)
        norm = float(np.hypot(*g))
        tip = x + (g / norm * length if norm > 0 else 0 * g)
        drawing.set_data(self.gradient, *drawing.arrows(x, tip, head=0.3), connect="finite")
        self.gradient_label.setText("∇f = " + vec(g, 4))
        self.gradient_label.setPos(float(tip[0]), float(tip[1]))
        self.gradient_label.show()

    def _sync_items(self):
        """One path (and velocity arrow) per run, with a legend entry, in the method's colour."""
        item = self.getPlotItem()
        methods = [m for m, _ in self._model.steppers]
        if list(self.paths) == methods:
            return
        for method in list(self.paths):
            item.removeItem(self.paths.pop(method))
            item.removeItem(self.velocities.pop(method))
            item.removeItem(self.dots.pop(method))
        self.legend.clear()
        names = method_titles()
        for method in methods:
            colour = drawing.METHOD_COLOURS[method]
            # the line and the points are separate items: on a sub-step the points are only
            # appended to (re-making every symbol would cost more than the rest of the step)
            symbol = drawing.METHOD_SYMBOLS[method]
            path = item.plot(pen=drawing.pen(colour, 2))
            path.setZValue(10)
            # the legend shows the line and the marker: optimizers differ without colour too
            self.legend.addItem(pg.PlotDataItem(pen=drawing.pen(colour, 2), symbol=symbol, symbolSize=8,
                                                symbolBrush=colour, symbolPen="w"), names[method])
            dots = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(colour), pen=pg.mkPen("w"), symbol=symbol)
            dots.setZValue(12)
            item.addItem(dots)
            self.dots[method] = dots
            velocity = item.plot(pen=drawing.pen(colour, 2, Qt.PenStyle.DashLine))
            velocity.setZValue(11)
            self.paths[method], self.velocities[method] = path, velocity
        self.legend.setVisible(len(methods) > 1)

    # -- click to set the start ------------------------------------------------------------
    def _clicked(self, event):
        if event.button() != Qt.MouseButton.LeftButton or self._model.objective.dim != 2:
            return
        view = self.getPlotItem().vb
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        p = view.mapSceneToView(event.scenePos())
        (lo1, hi1), (lo2, hi2) = self._model.objective.view
        if lo1 <= p.x() <= hi1 and lo2 <= p.y() <= hi2:
            self._model.set_start((round(p.x(), 2), round(p.y(), 2)))
            event.accept()

