"""Choose the optimizer and its settings; tick others to compare them from the same start."""
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QLabel, QVBoxLayout, QWidget)

from .model import HYPERPARAMETERS
from .texts import hyperparameter_titles, method_titles


class OptimizerPanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.method = QComboBox()
        for key, title in method_titles().items():
            self.method.addItem(title, key)
        self.method.setToolTip(self.tr("The rule that turns the gradient into a step"))
        form.addRow(self.tr("method"), self.method)
        self.boxes = {}
        self.rows = {}
        for name, title in hyperparameter_titles().items():
            box = QDoubleSpinBox()
            box.setRange(0.0, 0.9999)
            box.setDecimals(4)
            box.setSingleStep(0.01)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(lambda v, n=name: self._hyper_edited(n, v))
            box.setToolTip(self.tr("{0}: a setting of the method (between 0 and 1)").format(title))
            label = QLabel(title)
            form.addRow(label, box)
            self.boxes[name], self.rows[name] = box, label
        layout.addLayout(form)
        group = QGroupBox(self.tr("Compare with"))
        grid = QGridLayout(group)
        self.compare = {}
        for i, (key, title) in enumerate(method_titles().items()):
            box = QCheckBox(title)
            box.setToolTip(self.tr("Also step with {0} from the same start, drawn beside").format(title))
            box.toggled.connect(self._compare_edited)
            grid.addWidget(box, i // 3, i % 3)
            self.compare[key] = box
        layout.addWidget(group)
        self.method.currentIndexChanged.connect(self._method_chosen)
        model.settings_changed.connect(self.refresh)
        self.refresh()

    def _method_chosen(self):
        self._model.set_method(self.method.currentData())

    def _hyper_edited(self, name, value):
        method = self._model.method
        if name in self._model.hyper[method] and self._model.hyper[method][name] != value:
            self._model.set_hyperparameter(method, name, value)

    def _compare_edited(self):
        chosen = [k for k, box in self.compare.items() if box.isChecked()]
        if chosen != self._model.compare:
            self._model.set_compare(chosen)

    def refresh(self):
        model = self._model
        self.method.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(model.method))
        self.method.blockSignals(False)
        settings = HYPERPARAMETERS[model.method]
        for name, box in self.boxes.items():
            visible = name in settings
            box.setVisible(visible)
            self.rows[name].setVisible(visible)
            if visible:
                box.blockSignals(True)
                box.setValue(model.hyper[model.method][name])
                box.blockSignals(False)
        for key, box in self.compare.items():
            box.blockSignals(True)
            box.setChecked(key in model.compare and key != model.method)
            box.setEnabled(key != model.method)
            box.blockSignals(False)
