"""f(xₜ) — or the distance |xₜ − x*| to the minimum — against t, with a log-scale toggle.

The names follow the function's own variable: f(sₜ) for f(s), f(xₜ) for f(x1, x2)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from . import drawing
from .formulas import point_name
from .texts import method_titles
from .. import theme


class HistoryPlot(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.quantity = QComboBox()
        self.quantity.addItem("", "value")
        self.quantity.addItem("", "distance")
        self.quantity.setToolTip(self.tr("What the plot shows for each step"))
        self.log = QCheckBox(self.tr("log scale"))
        self.log.setToolTip(self.tr("A logarithmic y axis: a steady fall becomes a straight line"))
        row.addWidget(self.quantity)
        row.addWidget(self.log)
        row.addStretch(1)
        layout.addLayout(row)
        self.plot = pg.PlotWidget(background="w")
        drawing.style_plot(self.plot.getPlotItem())
        self.plot.getPlotItem().setLabel("bottom", "t")
        self.plot.getPlotItem().setMenuEnabled(False)
        self.legend = self.plot.getPlotItem().addLegend(offset=(-10, 10), **theme.legend_style())
        theme.follow(self.plot)
        layout.addWidget(self.plot)
        self.curves = {}
        self._label = None
        self._range = None       # (t_max, y_low, y_high) now shown
        self.quantity.currentIndexChanged.connect(self._reset_range)
        self.log.toggled.connect(self._reset_range)
        model.path_changed.connect(self.refresh)
        model.function_changed.connect(self._function_changed)
        self._function_changed()

    def _reset_range(self):
        self._range = None
        self.refresh()

    def _function_changed(self):
        self._range = None
        x = point_name(self._model.objective)      # s for f(s), x for f(x1, x2)
        self.quantity.setItemText(0, self.tr("f({0}ₜ)").format(x))
        self.quantity.setItemText(1, self.tr("|{0}ₜ − {0}*| (distance to the nearest minimum)").format(x))
        has_minimum = bool(self._model.objective.minima)
        index = self.quantity.findData("distance")
        self.quantity.model().item(index).setEnabled(has_minimum)
        if not has_minimum:
            self.quantity.setCurrentIndex(0)
        self.refresh()

    def series(self, stepper):
        """The y values for one run: f(x_t) or |x_t − x*|, for t = 0 … T."""
        f = self._model.objective
        pts = stepper.points()
        if self.quantity.currentData() == "distance" and f.minima:
            minima = np.asarray(f.minima, dtype=float)
            return np.min(np.linalg.norm(pts[:, None, :] - minima[None], axis=2), axis=1)
        return f.values(*pts.T)

    def refresh(self):
        item = self.plot.getPlotItem()
        methods = [m for m, _ in self._model.steppers]
        if list(self.curves) != methods:
            for curve in self.curves.values():
                item.removeItem(curve)
            self.legend.clear()
            names = method_titles()
            self.curves = {m: item.plot(pen=drawing.pen(drawing.METHOD_COLOURS[m], 2, drawing.METHOD_LINES[m]),
                                        name=names[m]) for m in methods}
            self.legend.setVisible(len(methods) > 1)
        log = self.log.isChecked()
        label = self.quantity.currentText().split(" (")[0]     # log: the ticks read 10^k
        if (label, log) != self._label:        # (re)set only on change: each costs a relayout
            self._label = (label, log)
            item.getAxis("left").setLogMode(False, log)
            item.setLabel("left", label)
            self._range = None
        lows, highs, longest = [], [], 1
        for method, stepper in self._model.steppers:
            y = self.series(stepper).astype(float)
            if log:
                with np.errstate(all="ignore"):
                    y = np.where(y > 0, np.log10(np.abs(y)), np.nan)
            y[~np.isfinite(y)] = np.nan
            drawing.set_data(self.curves[method], np.arange(len(y)), y, connect="finite")
            if np.isfinite(y).any():
                lows.append(np.nanmin(y))
                highs.append(np.nanmax(y))
            longest = max(longest, len(y) - 1)
        self._fit_range(longest, min(lows, default=0.0), max(highs, default=1.0))

    def _fit_range(self, t_max, low, high):
        """Grow the axes in jumps, not every step: a changing axis is the costliest repaint."""
        old = self._range
        if old is not None and t_max <= old[0] and old[1] <= low and high <= old[2]:
            return
        t_hi = 10 if t_max <= 10 else int(np.ceil(t_max * 1.5 / 10) * 10)
        # a flat history (one point, or stuck at a stationary point) still gets a readable
        # span: ticks 1e-14 apart would read "−109.37499999995 (x0.001)"
        span = max(high - low, 0.1 * max(abs(low), abs(high)), 1e-3)
        pad = 0.08 * span
        if high - low < span:
            low, high = (low + high - span) / 2, (low + high + span) / 2
        self._range = (t_hi, low - pad, high + pad)
        self.plot.getPlotItem().setRange(xRange=(0, t_hi), yRange=self._range[1:], padding=0)
