"""One step of the gradient method with the gradients just computed: θ := θ − α ∂L/∂θ."""
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .texts import num
from .. import theme


class StepPanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.lr = QDoubleSpinBox()
        self.lr.setRange(0.0001, 10)
        self.lr.setDecimals(4)
        self.lr.setSingleStep(0.01)
        self.lr.setValue(0.05)
        self.lr.setToolTip(self.tr("The learning rate α"))
        self.button = QPushButton(self.tr("Take one gradient step"))
        self.button.setToolTip(self.tr("θ := θ − α ∂L/∂θ for every parameter, then trace again"))
        self.result = QLabel()
        self.result.setObjectName("stepResult")
        self.result.setWordWrap(True)
        about = QLabel(self.tr("Step 3 of the gradient method (see “Gradient stepper”), now for every parameter "
                               "at once. Pressing it again and again is gradient descent by hand on this one "
                               "example; “Training” does the same on mini-batches of many examples, "
                               "thousands of times."))
        about.setWordWrap(True)
        theme.colour_text(about, "muted")
        form = QFormLayout()
        form.addRow(self.tr("α ="), self.lr)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addWidget(about)
        layout.addStretch(1)
        self.button.clicked.connect(self.take_step)
        self.steps = 0

    def take_step(self):
        before, after = self.model.gradient_step(self.lr.value())
        self.steps += 1
        self.result.setText(self.tr("Step {n}: loss {before} → {after}").format(
            n=self.steps, before=num(before), after=num(after)))
        return before, after
