"""One row of the layer list: units, activation, and the message about this layer."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from engine.activations import ACTIVATIONS

# Larger than the engine allows, so that an absurd size can be typed and explained.
SPIN_MAXIMUM = 100_000_000


def activation_title(name):
    return {"identity": "identity", "relu": "ReLU", "sigmoid": "sigmoid", "tanh": "tanh",
            "softmax": "softmax"}.get(name, name)


class LayerRow(QWidget):
    """Editors for layer ``index``; they report what the user asked for, never change the model."""

    units_edited = Signal(int, int)          # layer index, units
    activation_edited = Signal(int, str)     # layer index, activation
    clicked = Signal(int)

    def __init__(self, index, layer, is_output, parent=None):
        super().__init__(parent)
        self.index = index
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        name = self.tr("output") if is_output else self.tr("layer {0}").format(index + 1)
        self.name_label = QLabel(f"<b>{name}</b>")
        self.name_label.setMinimumWidth(58)
        self.units = QSpinBox()
        self.units.setRange(0, SPIN_MAXIMUM)
        self.units.setKeyboardTracking(False)     # one edit when typing is finished
        self.units.setGroupSeparatorShown(True)
        self.units.setValue(layer["units"])
        self.units.setSuffix(self.tr(" units"))
        self.units.setToolTip(self.tr("number of neurons in this layer"))
        self.activation = QComboBox()
        for key in ACTIVATIONS:
            self.activation.addItem(activation_title(key), key)
        self.activation.setCurrentIndex(self.activation.findData(layer["activation"]))
        self.activation.setToolTip(self.tr("σ, applied to each neuron's W x + b"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c; background: #ffebee; border-radius: 3px; padding: 2px;")
        self.message.hide()
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.units, 0, 1)
        grid.addWidget(self.activation, 0, 2)
        grid.addWidget(self.message, 2, 0, 1, 3)
        self.follow = None
        if is_output:
            self.follow = QCheckBox(self.tr("follow the task"))
            self.follow.setToolTip(self.tr("size and activation chosen from the data: one softmax "
                                           "unit per class, or one identity unit for regression"))
            grid.addWidget(self.follow, 1, 1, 1, 2)
            self.warning = QLabel()
            self.warning.setWordWrap(True)
            self.warning.setStyleSheet("color: #8a4b00; background: #fff3e0; border-radius: 3px; padding: 2px;")
            self.warning.hide()
            grid.addWidget(self.warning, 3, 0, 1, 3)
        self.units.valueChanged.connect(lambda v: self.units_edited.emit(self.index, v))
        self.activation.activated.connect(
            lambda i: self.activation_edited.emit(self.index, self.activation.itemData(i)))

    def set_message(self, text):
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_warnings(self, warnings):
        if self.follow is None:
            return
        self.warning.setText("\n".join("⚠ " + w for w in warnings))
        self.warning.setVisible(bool(warnings))

    def set_editable(self, editable):
        self.units.setEnabled(editable)
        self.activation.setEnabled(editable)

    def mousePressEvent(self, event):
        self.clicked.emit(self.index)
        super().mousePressEvent(event)
