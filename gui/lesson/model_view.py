"""The parametric model f_Θ(x) = a x² + b x + c with sliders, and its squared error (items 3, 9).

Moving a, b, c reshapes the curve; with the data shown, each point's residual y_i − ŷ_i is a
red segment and the squared error L = ½ Σ_i (y_i − ŷ_i)² is written above the plot. The
plot items are made once and updated with setData.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout,
                               QWidget)

from engine.data import quadratic
from engine.quadratic_model import QuadraticModel
from .. import theme

SCALE = 100              # slider units per 1.0: a, b, c move in steps of 0.01
LIMIT = 5.0              # a, b, c in [−5, 5]
DATA = {"a": 2.0, "b": -3.0, "c": 1.0, "n": 12, "noise": 0.25, "seed": 3}   # the points to fit
X_RANGE = (-1.0, 2.5)


def _signed(value):
    return f"{'+' if value >= 0 else '−'} {abs(value):.2f}"


class ModelView(QWidget):
    """The "Model and loss" tab. Public API: ``set_parameters(a, b, c)``, ``parameters()``,
    ``set_data_visible(bool)``, ``loss()`` (None when the data are hidden)."""

    parameters_changed = Signal(float, float, float)

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.model = QuadraticModel(1.0, 0.0, 0.0)
        X, y, _ = quadratic(DATA["a"], DATA["b"], DATA["c"], n=DATA["n"], noise=DATA["noise"],
                            seed=DATA["seed"], x_range=X_RANGE)
        self.X, self.y = X.astype(np.float64), y.astype(np.float64).ravel()
        self._xs = np.linspace(X_RANGE[0] - 0.25, X_RANGE[1] + 0.25, 200)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setStyleSheet("font-size: 15pt; padding: 4px")
        self.loss_label = QLabel()
        self.loss_label.setTextFormat(Qt.TextFormat.RichText)
        self.loss_label.setStyleSheet("font-size: 13pt; padding: 2px 4px")

        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("bottom", "x", color=theme.text_colours()["text"])
        item.setLabel("left", "y", color=theme.text_colours()["text"])
        theme.follow(self.plot)
        self.plot.setXRange(self._xs[0], self._xs[-1], padding=0)
        self.plot.setYRange(-4, 8, padding=0)
        self.plot.setMouseEnabled(False, False)
        self.residuals = self.plot.plot(pen=pg.mkPen("#D55E00", width=2), connect="pairs")
        self.curve = self.plot.plot(pen=pg.mkPen("#0072B2", width=3))
        self.points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#222"), pen=pg.mkPen("w"))
        self.plot.addItem(self.points)

        self.sliders = {}
        self.value_labels = {}
        grid = QGridLayout()
        for row, key in enumerate("abc"):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(int(-LIMIT * SCALE), int(LIMIT * SCALE))
            slider.setSingleStep(5)
            slider.setPageStep(50)
            slider.valueChanged.connect(self._slider_moved)
            slider.setToolTip(self.tr("{0} of y = a x² + b x + c: move it and watch the loss").format(key))
            label = QLabel()
            label.setMinimumWidth(90)
            name = QLabel(f"<b>{key}</b>")
            grid.addWidget(name, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(label, row, 2)
            self.sliders[key] = slider
            self.value_labels[key] = label
        self.show_data = QCheckBox(self.tr("Show the data points and the residuals"))
        self.show_data.setToolTip(self.tr("The points the loss is measured on, and each point's error"))
        self.show_data.toggled.connect(self._redraw)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.loss_label)
        layout.addWidget(self.plot, 1)
        layout.addLayout(controls)
        layout.addWidget(self.show_data)
        layout.addWidget(self.hint)
        self.set_parameters(1.0, 0.0, 0.0)
        self.set_data_visible(False)

    def title(self):
        return self.tr("Model and loss")

    # -- public API ------------------------------------------------------------------------
    def set_parameters(self, a, b, c):
        """Put the sliders (and the curve) at a, b, c (clipped to [−5, 5])."""
        for key, value in zip("abc", (a, b, c)):
            slider = self.sliders[key]
            slider.blockSignals(True)
            slider.setValue(int(round(float(np.clip(value, -LIMIT, LIMIT)) * SCALE)))
            slider.blockSignals(False)
        self._slider_moved()

    def parameters(self):
        return self.model.coefficients

    def set_data_visible(self, visible):
        self.show_data.setChecked(bool(visible))
        self._redraw()

    def data_visible(self):
        return self.show_data.isChecked()

    def loss(self):
        """½ Σ_i (y_i − ŷ_i)² over the data points, or None when they are hidden."""
        if not self.data_visible():
            return None
        residual = self.y - self.model.predict(self.X).ravel()
        return 0.5 * float(np.sum(residual * residual))

    # -- session files (gui/persistence) ------------------------------------------------------
    def save_state(self):
        a, b, c = self.parameters()
        return {"a": a, "b": b, "c": c, "show_data": self.data_visible()}

    def restore_state(self, state):
        """a, b, c (numbers, clipped to the sliders) and whether the data is shown; ValueError on
        a damaged part, before anything changes."""
        if not isinstance(state, dict):
            raise ValueError("the model part is damaged")
        values = [state.get(key, 0.0) for key in "abc"]
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) or not np.isfinite(v) for v in values):
            raise ValueError("the model's a, b, c are not numbers")
        if not isinstance(state.get("show_data", False), bool):
            raise ValueError("the model part is damaged")
        self.set_parameters(*values)
        self.set_data_visible(state.get("show_data", False))

    def prepare_screenshot(self, **kwargs):
        self.set_parameters(0.5, 0.0, 0.0)
        self.set_data_visible(True)

    # -- drawing ---------------------------------------------------------------------------
    def _slider_moved(self, *_):
        a, b, c = (self.sliders[k].value() / SCALE for k in "abc")
        for key, value in zip("abc", (a, b, c)):
            self.model.params[key][0] = value
            self.value_labels[key].setText(f"{value:+.2f}".replace("-", "−"))
        self._redraw()
        self.parameters_changed.emit(a, b, c)

    def _redraw(self, *_):
        a, b, c = self.model.coefficients
        self.heading.setText(f"f<sub>Θ</sub>(x) = {a:.2f} x<sup>2</sup> {_signed(b)} x {_signed(c)}"
                             .replace("-", "−"))
        self.curve.setData(self._xs, self.model.predict(self._xs.reshape(-1, 1)).ravel())
        if self.data_visible():
            x = self.X.ravel()
            y_hat = self.model.predict(self.X).ravel()
            self.points.setData(x, self.y)
            # one segment per point, from (x_i, y_i) to (x_i, ŷ_i): the residual
            self.residuals.setData(np.repeat(x, 2), np.column_stack([self.y, y_hat]).ravel())
            self.loss_label.setText(self.tr("squared error  L = ½ Σ<sub>i</sub> (y<sub>i</sub> − "
                                            "ŷ<sub>i</sub>)<sup>2</sup> = <b>{0}</b>")
                                    .format(f"{self.loss():.3f}"))
            self.hint.setText(self.tr("The red segments are the residuals y − ŷ. Move a, b and c "
                                      "to make the squared error as small as you can."))
        else:
            self.points.setData([], [])
            self.residuals.setData([], [])
            self.loss_label.setText(self.tr("Θ = {a, b, c}: each slider changes the curve's shape."))
            self.hint.setText(self.tr("Move the sliders a, b and c and watch the curve change."))
