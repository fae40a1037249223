"""The learning rate α and the start point, with the stability bound for quadratics."""
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from ..layout_rules import show_all_lines
from .texts import stability_hint


def _spin(lo, hi, decimals, step):
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    return box


class SettingsPanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lr = _spin(0.0001, 10.0, 4, 0.01)
        self.lr.setObjectName("learningRate")
        self.lr.setToolTip(self.tr("α: how far each step goes along −∇f"))
        layout.addRow(self.tr("learning rate α"), self.lr)
        start_row = QHBoxLayout()
        self.start = [_spin(-1000, 1000, 3, 0.1), _spin(-1000, 1000, 3, 0.1)]
        for box in self.start:
            box.setToolTip(self.tr("Where the descent starts (you can also click the map)"))
            start_row.addWidget(box)
            box.valueChanged.connect(self._start_edited)
        self.start_label = QLabel()
        layout.addRow(self.start_label, start_row)
        self.bound = QLabel()
        self.bound.setObjectName("stabilityBound")
        self.concealed = False     # a lesson question is about what this hint would say
        self.bound.setWordWrap(True)
        layout.addRow(self.bound)
        self.lr.valueChanged.connect(self._lr_edited)
        model.settings_changed.connect(self.refresh)
        model.function_changed.connect(self.refresh)
        self.refresh()

    def conceal_bound(self, hidden):
        """Hide the stability hint while the lesson asks what the path will do (it says it)."""
        self.concealed = hidden
        self.refresh()

    def _lr_edited(self, value):
        if abs(value - self._model.lr) > 1e-12:
            self._model.set_lr(value)

    def _start_edited(self):
        f = self._model.objective
        point = tuple(box.value() for box in self.start[:f.dim])
        if point != tuple(self._model.start):
            self._model.set_start(point)

    def refresh(self):
        model, f = self._model, self._model.objective
        for box, value in zip([self.lr] + self.start, [model.lr] + list(model.start) + [0.0]):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.start[1].setVisible(f.dim == 2)
        self.start_label.setText(self.tr("start s₀") if f.dim == 1 else self.tr("start (x1, x2)"))
        if f.key == "network":
            self.start_label.setText(self.tr("start ({w1}, {w2})").replace("{w1}", f.variables[0])
                                     .replace("{w2}", f.variables[1]))
        bound = f.stability_bound()
        if bound is None or self.concealed:
            self.bound.setText("")
            self.bound.hide()
            return
        text, case = stability_hint(model.lr, bound, local=f.key == "network")
        self.bound.setText(text)
        colour = {"converges": "color:#1b5e20;", "oscillates": "color:#8a5a00; font-weight:bold;",
                  "diverges": "color:#9b1c1c; font-weight:bold;"}[case]
        self.bound.setStyleSheet(colour)
        self.bound.show()
        show_all_lines(self.bound)
