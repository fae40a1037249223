"""Check a gradient numerically: nudge one parameter by ε and compare the loss change with ε · ∂L/∂θ."""
import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout,
                               QWidget)

from .texts import name, num


class CheckPanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.parameter = QComboBox()
        self.parameter.setToolTip(self.tr("The parameter θ to nudge"))
        self.row = QSpinBox()
        self.row.setToolTip(self.tr("Row i of W (the unit the weight leads to), as in the lecture's W x"))
        self.col = QSpinBox()
        self.col.setToolTip(self.tr("Column j of W (the input the weight comes from)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 60)       # ε = 10^(−6 + s/10): from 10⁻⁶ to 1
        self.slider.setValue(30)
        self.slider.setToolTip(self.tr("The nudge ε: small ε gives the derivative, large ε shows the curvature"))
        self.eps_label = QLabel()
        self.result = QLabel()
        self.result.setObjectName("checkResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        which = QHBoxLayout()
        which.addWidget(self.parameter, 1)
        which.addWidget(self.row)
        which.addWidget(self.col)
        eps = QHBoxLayout()
        eps.addWidget(self.slider, 1)
        eps.addWidget(self.eps_label)
        form = QFormLayout()
        form.addRow(self.tr("θ ="), which)
        form.addRow(self.tr("ε ="), eps)
        intro = QLabel(self.tr("Is the backward pass right? Nudge one parameter by ε: the loss should change by "
                               "about ε · ∂L/∂θ."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.parameter.currentIndexChanged.connect(self._parameter_chosen)
        for widget in (self.row, self.col, self.slider):
            widget.valueChanged.connect(self.refresh)
        model.trace_changed.connect(self._fill)
        self._fill()

    @property
    def eps(self):
        return 10.0 ** (-6 + self.slider.value() / 10)

    def _fill(self):
        keys = ["a", "b", "c"] if self.model.mode == "quadratic" else list(self.model.trace.grads)
        if [self.parameter.itemData(i) for i in range(self.parameter.count())] != keys:
            self.parameter.blockSignals(True)
            self.parameter.clear()
            for key in keys:
                self.parameter.addItem(name(key), key)
            self.parameter.blockSignals(False)
        self._parameter_chosen()

    def _parameter_chosen(self):
        key = self.parameter.currentData()
        shape = self.model.parameters()[key].shape if key else (1,)
        matrix = len(shape) == 2
        self.row.setVisible(self.model.mode == "network")
        self.col.setVisible(matrix)
        for spin, size in ((self.row, shape[-1] if matrix else shape[0]), (self.col, shape[0] if matrix else 1)):
            spin.blockSignals(True)
            spin.setRange(1, max(1, size))
            spin.blockSignals(False)
        self.refresh()

    def index(self):
        """The engine index of the chosen entry (the lecture's W[i, j] is the engine's W[j, i])."""
        key = self.parameter.currentData()
        if self.model.mode == "quadratic" or key is None:
            return 0
        if self.model.parameters()[key].ndim == 2:
            return (self.col.value() - 1, self.row.value() - 1)
        return self.row.value() - 1

    def refresh(self):
        key = self.parameter.currentData()
        eps = self.eps
        self.eps_label.setText(num(eps, 2))
        if key is None:
            return
        check = self.model.nudge(key, self.index(), eps)
        label = name(key) + ("" if self.model.mode == "quadratic" else self._index_text())
        error = check.relative_error
        verdict = (self.tr("agree") if error < 1e-4 else self.tr("differ (try a smaller ε)")
                   if math.isfinite(error) else self.tr("cannot be compared (not a number)"))
        rows = [
            (self.tr("loss change L(θ + ε) − L(θ)"), num(check.change)),
            (self.tr("ε · ∂L/∂θ (what the gradient predicts)"), num(check.predicted)),
            (self.tr("central difference (L(θ + ε) − L(θ − ε)) / 2ε"), num(check.central, 6)),
            (self.tr("backpropagation ∂L/∂θ"), num(check.grad, 6)),
            (self.tr("relative error"), num(error, 2)),
        ]
        table = "".join(f"<tr><td>{k}</td><td align='right'>&nbsp;<b>{v}</b></td></tr>" for k, v in rows)
        self.result.setText(f"<p>θ = {label}</p><table>{table}</table><p>"
                            + self.tr("The two derivatives {verdict}.").format(verdict=verdict) + "</p>")

    def _index_text(self):
        return f"[{self.row.value()}, {self.col.value()}]" if self.col.isVisibleTo(self) else f"[{self.row.value()}]"
