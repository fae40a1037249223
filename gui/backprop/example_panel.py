"""What is traced: the quadratic model with its numbers, or the session's network on one example."""
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from engine.backprop import parse_number

from .model import QUADRATIC_START
from .texts import num
from .. import theme


class ExamplePanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.mode = QComboBox()
        self.mode.addItem(self.tr("The quadratic model ŷ = a x² + b x + c"), "quadratic")
        self.mode.addItem(self.tr("The network and data of this session"), "network")
        self.mode.setToolTip(self.tr("Trace the lecture's model, or the network built in “Network” on the data "
                                     "of “Training”"))
        self.spins = {}
        quad = QWidget()
        form = QFormLayout(quad)
        for key, tip in (("a", self.tr("Parameter a")), ("b", self.tr("Parameter b")),
                         ("c", self.tr("Parameter c")), ("x", self.tr("The example's input x")),
                         ("y", self.tr("The teacher value y for this x"))):
            spin = QDoubleSpinBox()
            spin.setRange(-1000, 1000)
            spin.setDecimals(3)
            spin.setSingleStep(0.5)
            spin.setValue(QUADRATIC_START[key])
            spin.setToolTip(tip)
            spin.valueChanged.connect(lambda v, k=key: self.model.set_quadratic(**{k: v}))
            form.addRow(f"{key} =", spin)
            self.spins[key] = spin
        net = QWidget()
        net_form = QFormLayout(net)
        self.index = QSpinBox()
        self.index.setToolTip(self.tr("Which example of the session's data (toy points or pictures) is traced"))
        self.index.valueChanged.connect(lambda i: self.model.set_example_index(i - 1))
        net_form.addRow(self.tr("Example no."), self.index)
        self.example_label = QLabel()
        self.example_label.setWordWrap(True)
        net_form.addRow(self.example_label)
        self.picture = QLabel()              # the example as a picture, when the data are pictures
        self.picture.setObjectName("examplePicture")
        self.picture.hide()
        net_form.addRow(self.picture)
        self.typed_x = QLineEdit()
        self.typed_x.setPlaceholderText(self.tr("e.g. 0.5, −1"))
        self.typed_x.setToolTip(self.tr("Your own input numbers, separated by commas or spaces"))
        self.typed_y = QLineEdit()
        self.typed_y.setPlaceholderText(self.tr("class number or target"))
        self.typed_y.setToolTip(self.tr("The class (0, 1, …) or the target number(s) for your input"))
        self.use_typed = QPushButton(self.tr("Trace these numbers"))
        self.use_typed.setToolTip(self.tr("Run the forward and backward pass on the numbers typed above"))
        self.use_typed.clicked.connect(self.apply_typed)
        self.typed_message = QLabel()
        theme.colour_text(self.typed_message, "error")
        self.typed_message.setWordWrap(True)
        net_form.addRow(self.tr("Input x"), self.typed_x)
        net_form.addRow(self.tr("Teacher y"), self.typed_y)
        net_form.addRow(self.use_typed)
        net_form.addRow(self.typed_message)
        self.pages = QStackedWidget()
        self.pages.addWidget(quad)
        self.pages.addWidget(net)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(lambda i: self.model.set_mode(self.mode.itemData(i)))
        model.trace_changed.connect(self.refresh)
        self.refresh()

    def refresh(self):
        model = self.model
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(0 if model.mode == "quadratic" else 1)
        self.mode.blockSignals(False)
        self.pages.setCurrentIndex(self.mode.currentIndex())
        for key, spin in self.spins.items():
            if abs(spin.value() - model.quadratic[key]) > 1e-12:
                spin.blockSignals(True)
                spin.setValue(model.quadratic[key])
                spin.blockSignals(False)
        if model.session is None or model.mode != "network":
            return
        data = model.session.dataset
        self.index.blockSignals(True)
        self.index.setRange(1, max(1, len(data.X)))
        self.index.setValue(model.example_index + 1)
        self.index.blockSignals(False)
        x, y = model.example()
        if data.is_classification and model.typed_example is None:
            teacher = data.class_names[int(y)] if int(y) < len(data.class_names) else str(y)
        else:
            teacher = ", ".join(num(v, 3) for v in (y if getattr(y, "ndim", 0) else [y]))
        shape = self.tr("{n} numbers").format(n=len(x)) if len(x) > 4 else ", ".join(num(v, 3) for v in x)
        image_shape = data.image_shape
        show_picture = bool(image_shape) and model.typed_example is None and not model.mismatch
        if show_picture:
            from gui.pictures.qimages import row_picture, to_pixmap
            self.picture.setPixmap(to_pixmap(row_picture(x, image_shape), 96))
        self.picture.setVisible(show_picture)
        self.example_label.setText(self.tr("x = ({x}), teacher: {y}").format(x=shape, y=teacher))

    def apply_typed(self):
        """Parse the typed numbers safely (never evaluated) and trace them."""
        import numpy as np
        net = self.model.session.network
        try:
            parts = [p for p in self.typed_x.text().replace(";", " ").replace("、", " ").replace(",", " ").split()]
            x = [parse_number(p) for p in parts]
            y_parts = self.typed_y.text().replace(",", " ").split()
            y = [parse_number(p) for p in y_parts]
        except ValueError:
            self.typed_message.setText(self.tr("Type numbers only, like 0.5, −1.2"))
            return
        if len(x) != net.input_size:
            self.typed_message.setText(self.tr("The network takes {n} input numbers; you typed {m}.").format(
                n=net.input_size, m=len(x)))
            return
        data = self.model.session.dataset
        if data.is_classification:
            if len(y) != 1 or y[0] != int(y[0]) or not 0 <= y[0] < max(data.n_classes, 2):
                self.typed_message.setText(self.tr("The teacher is a class number from 0 to {k}.").format(
                    k=max(data.n_classes, 2) - 1))
                return
            label = np.array(int(y[0]))
        else:
            if len(y) != net.output_size:
                self.typed_message.setText(self.tr("The network predicts {n} number(s); type as many targets.")
                                           .format(n=net.output_size))
                return
            label = np.array(y, dtype=np.float64)
        self.typed_message.setText("")
        self.model.set_typed_example(x, label)
