"""1-D view: the curve f(s), the current point and its trail, the tangent and the move arrow.

Any finite function can be drawn: a flat one (f = 10000000) or one that varies by 1e-9 around
1e9 still gets a visible range, values beyond ±1e300 are clipped for the plot only, and a
point where f or its slope is not a finite number is said in the label instead of drawn.
"""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from . import drawing
from .texts import method_titles, num
from .. import theme


class CurveView(pg.PlotWidget):
    """Watches a StepperModel; all items are created once and updated with setData."""

    def __init__(self, model, parent=None):
        super().__init__(parent, background="w")
        self._model = model
        item = self.getPlotItem()
        drawing.style_plot(item)
        item.setLabel("bottom", "s")
        item.setLabel("left", "f(s)")
        item.setMenuEnabled(False)
        self.curve = item.plot(pen=drawing.pen("#333333", 2))
        self.trail = item.plot(pen=drawing.pen("#999999", 1, Qt.PenStyle.DotLine), symbol="o",
                               symbolSize=7, symbolBrush="#BBBBBB", symbolPen="#888888")
        self.tangent = item.plot(pen=drawing.pen(drawing.TANGENT_COLOUR, 2))
        self.move = item.plot(pen=drawing.pen(drawing.MOVE_COLOUR, 3))
        self.drop = item.plot(pen=drawing.pen(drawing.MOVE_COLOUR, 1, Qt.PenStyle.DashLine))
        self.point = item.plot(symbol="o", symbolSize=13, symbolBrush=drawing.POINT_COLOUR,
                               symbolPen="w", pen=None)
        self.label = pg.TextItem(color="#111111", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 220))
        self.label.setZValue(20)
        item.addItem(self.label)
        self._head = pg.ArrowItem(headLen=16, tipAngle=40, brush=drawing.MOVE_COLOUR,
                                  pen=drawing.pen(drawing.MOVE_COLOUR, 1))
        self._head.setZValue(10)
        self._head.hide()
        item.addItem(self._head)
        self.others = {}      # method -> point item in comparison mode
        self.legend = item.addLegend(offset=(-10, 10), **theme.legend_style(220))
        self.legend.setVisible(False)
        self._legend_key = (None, ())
        model.function_changed.connect(self.redraw_function)
        model.path_changed.connect(self.redraw_path)
        theme.follow(self)
        self.redraw_function()

    def redraw_function(self):
        f = self._model.objective
        if f.dim != 1:
            return
        lo, hi = f.view[0]
        s = np.linspace(lo, hi, 600)
        y = _drawable(f.values(s))
        drawing.set_data(self.curve, s, y, connect="finite")
        self._yrange = value_range(y)
        self.getPlotItem().setRange(xRange=(lo, hi), yRange=self._yrange, padding=0)
        self.redraw_path()

    def redraw_path(self):
        model = self._model
        f = model.objective
        if f.dim != 1:
            return
        stepper = model.primary
        points = stepper.points()[:, 0]
        values = _drawable(f.values(points))
        drawing.set_data(self.trail, _drawable(points[:-1]), values[:-1], connect="finite")
        x = float(stepper.x[0])
        fx = stepper.value if stepper.value is not None else np.nan
        drawing.set_data(self.point, [x], [fx])
        lo, hi = f.view[0]
        width = hi - lo
        self.tangent.setData([], [])
        self.move.setData([], [])
        self.drop.setData([], [])
        text = ""
        finite = math.isfinite(x) and math.isfinite(fx)
        if not finite and stepper.phase != 3:
            text = self.tr("f({0}) is not a finite number: nothing to draw here").format(num(x))
        elif stepper.phase == 2 and stepper.gradient is not None:
            # Step 2: the tangent at s has slope g = f'(s): y = f(s) + g (u − s), drawn with the
            # same length on screen whatever its slope (hypot never overflows, even for g = 1e300)
            g = float(stepper.gradient[0])
            text = "g = f′({0}) = {1}".format(num(x), num(g))
            if math.isfinite(g):
                slope = g * (width / (self._yrange[1] - self._yrange[0]))
                half = 0.18 * width / math.hypot(1.0, slope) if math.isfinite(slope) else 0.0
                u = np.array([x - half, x + half])
                with np.errstate(all="ignore"):
                    drawing.set_data(self.tangent, u, _drawable(fx + g * (u - x)))
            else:
                text += "  " + self.tr("(the slope is not a finite number)")
        elif stepper.phase == 3 and stepper.records:
            # Step 3: the move from s to s − α g, drawn at the height f(s_t)
            r = stepper.records[-1]
            x0, x1, y0 = float(r.x[0]), float(r.x_next[0]), float(r.value)
            ax, ay = drawing.arrows([[x0, y0]], [[x1, y0]], head=0.0)
            drawing.set_data(self.move, ax, ay, connect="finite")
            self._arrow_head(x0, x1, y0)
            drawing.set_data(self.drop, _drawable([x1, x1]), _drawable([y0, fx]))
            text = "s: {0} → {1}".format(num(x0), num(x1))
            if not finite:
                text += "  " + self.tr("(f there is not a finite number)")
        if stepper.phase != 3:
            self._head.hide()
        self.label.setText(text)
        self.label.setVisible(bool(text))   # an empty label would still paint its white box
        if text:
            self.label.setPos(*_drawable([x if math.isfinite(x) else 0.0, fx if math.isfinite(fx) else 0.0]))
        self._draw_others()

    def _arrow_head(self, x0, x1, y):
        self._head.setStyle(angle=180 if x1 >= x0 else 0)
        self._head.setPos(x1, y)
        self._head.show()

    def _draw_others(self):
        """In comparison mode, every other method's current point in its colour."""
        model = self._model
        wanted = {m: s for m, s in model.steppers[1:]}
        key = (model.method, tuple(wanted))
        if key != self._legend_key:
            self._legend_key = key
            for method in list(self.others):
                self.getPlotItem().removeItem(self.others.pop(method))
            self.legend.clear()
            names = method_titles()
            if wanted:
                self.legend.addItem(self.point, names[model.method])
            for method in wanted:
                colour = drawing.METHOD_COLOURS[method]
                self.others[method] = self.getPlotItem().plot(
                    pen=drawing.pen(colour, 1), symbol=drawing.METHOD_SYMBOLS[method], symbolSize=8, symbolBrush=colour,
                    name=names[method])
            self.legend.setVisible(bool(wanted))
        for method, stepper in wanted.items():
            pts = stepper.points()[:, 0]
            drawing.set_data(self.others[method], _drawable(pts), _drawable(model.objective.values(pts)),
                             connect="finite")


LIMIT = 1e300   # beyond this a plot's own arithmetic (ranges, ticks) would overflow


def _drawable(values):
    """The values as a plot can take them: ±inf and NaN stay gaps, the rest within ±LIMIT."""
    a = np.asarray(values, dtype=float)
    return np.where(np.isfinite(a), np.clip(a, -LIMIT, LIMIT), np.nan)


def value_range(y):
    """A y range showing the finite values of ``y`` with 8 % margins, never empty: a flat
    f = 10000000, or s²/1e9 + 1e9 (which varies by 1e-8 around 1e9), still gets a range a
    float can tell apart (at least a millionth of the values' size)."""
    finite = np.asarray(y, dtype=float)
    finite = finite[np.isfinite(finite)]
    if not finite.size:
        return (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    size = max(abs(lo), abs(hi))
    pad = max(0.08 * (hi - lo), 1e-6 * size, 1e-9)
    return (max(lo - pad, -2 * LIMIT), min(hi + pad, 2 * LIMIT))
