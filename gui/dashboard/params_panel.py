"""The quadratic model's parameters a, b, c as training moves them (lecture item 3)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .plots import make_plot
from .. import theme

PARAM_COLOURS = {"a": "#0072B2", "b": "#D55E00", "c": "#009E73"}


class ParamsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot(self.tr("Parameters Θ = {a, b, c}"), self.tr("value"), self.tr("batches"))
        self.plot.getPlotItem().addLegend(offset=(10, 10), **theme.legend_style())
        self.curves = {k: self.plot.plot(pen=pg.mkPen(c, width=2), name=k) for k, c in PARAM_COLOURS.items()}
        self.values = QLabel()
        self.values.setStyleSheet("font-size: 13pt; padding: 2px")
        self.values.setWordWrap(True)    # a long line must not widen the dashboard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.values)
        layout.addWidget(self.plot, 1)

    def show_run(self, run):
        if run is None or not run.param_values:
            for curve in self.curves.values():
                curve.setData([], [])
            self.values.setText(self.tr("f(x) = a x² + b x + c: start training to watch a, b, c move"))
            return
        steps = np.asarray(run.param_steps, dtype=np.float64)
        values = np.asarray(run.param_values)
        for i, key in enumerate("abc"):
            self.curves[key].setData(steps, values[:, i])
        a, b, c = values[-1]
        self.values.setText(self.tr("f(x) = {0} x² {1} x {2}").format(
            f"{a:.3f}", f"{'+' if b >= 0 else '−'} {abs(b):.3f}", f"{'+' if c >= 0 else '−'} {abs(c):.3f}"))
