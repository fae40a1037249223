"""A small plot of the selected layer's activation σ and its derivative σ′."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.activations import function_and_derivative

from .layer_row import activation_title
from .. import theme

X = np.linspace(-5, 5, 401)


def curves_for(name):
    """(σ(x), σ′(x)) on X. Softmax mixes its inputs; it is shown for two classes, where its
    first output is e^x / (e^x + e^0) = sigmoid(x)."""
    return function_and_derivative("sigmoid" if name == "softmax" else name, X)


class ActivationPlot(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.activation = None
        self._layer = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.plot = pg.PlotWidget()
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMinimumSize(220, 160)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getPlotItem().setMenuEnabled(False)
        legend = self.plot.addLegend(offset=(8, 8))
        theme.follow(self.plot)
        self.function_curve = self.plot.plot([], [], pen=pg.mkPen("#6a1b9a", width=2.5), name="σ(x)")
        self.derivative_curve = self.plot.plot([], [], pen=pg.mkPen("#2e7d32", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                                               name="σ′(x)")
        layout.addWidget(self.plot, 1)
        session.spec_changed.connect(self._on_spec)
        self.show_layer(0)

    def _on_spec(self):
        self.show_layer(self._layer)

    def show_layer(self, index):
        layers = self.session.spec["layers"]
        self._layer = max(0, min(index, len(layers) - 1))
        self.set_activation(layers[self._layer]["activation"], self._layer)

    def set_activation(self, name, layer=None):
        self.activation = name
        y, dy = curves_for(name)
        self.function_curve.setData(X, y)
        self.derivative_curve.setData(X, dy)
        where = "" if layer is None else self.tr("layer {0}: ").format(layer + 1)
        text = where + self.tr("σ = {0} and its derivative σ′").format(activation_title(name))
        if name == "softmax":
            text += self.tr(" (softmax shown for two classes: e^x / (e^x + 1))")
        self.caption.setText(text)
