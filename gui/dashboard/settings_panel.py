"""Training settings: optimizer and its setting, learning rate, batch size, epochs, seed,
validation fraction, L2 weight decay."""
import math

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QSlider, QSpinBox, QWidget)

OPTIMIZER_NAMES = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
LR_MIN, LR_MAX, LR_STEPS_PER_DECADE = 1e-5, 10.0, 20
STEP_PAUSES = (0.0, 0.02, 0.05, 0.1, 0.25)   # seconds to wait after each step: watch it learn


class SettingsPanel(QGroupBox):
    """The settings a new run takes. ``settings()`` returns them as a dict."""

    learning_rate_changed = Signal(float)
    step_pause_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(self.tr("Training settings"), parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.optimizer = QComboBox()
        labels = {"sgd": self.tr("SGD (gradient method)"), "momentum": self.tr("Momentum"),
                  "nesterov": self.tr("Nesterov"), "adagrad": self.tr("AdaGrad"),
                  "rmsprop": self.tr("RMSProp"), "adam": self.tr("Adam")}
        for name in OPTIMIZER_NAMES:
            self.optimizer.addItem(labels[name], name)
        form.addRow(self.tr("Optimizer"), self.optimizer)

        self.momentum = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.05, value=0.9)
        self.momentum_label = QLabel(self.tr("Momentum μ"))
        form.addRow(self.momentum_label, self.momentum)

        # learning rate: a log slider for feel, a text field for the exact value
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setRange(0, int(round(math.log10(LR_MAX / LR_MIN) * LR_STEPS_PER_DECADE)))
        self.lr_edit = QLineEdit()
        self.lr_edit.setMaximumWidth(80)
        self.lr_edit.setToolTip(self.tr("The learning rate α in s := s − α g; type any positive number"))
        row = QHBoxLayout()
        row.addWidget(self.lr_slider, 1)
        row.addWidget(self.lr_edit)
        self.lr_row = QWidget()
        self.lr_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Learning rate α"), self.lr_row)
        self.lr_error = QLabel()
        self.lr_error.setStyleSheet("color: #b00020")
        self.lr_error.setWordWrap(True)
        self.lr_error.hide()
        form.addRow(self.lr_error)

        self.batch_size = QSpinBox(minimum=1, maximum=100_000, value=10)
        form.addRow(self.tr("Batch size"), self.batch_size)
        self.epochs = QSpinBox(minimum=1, maximum=1_000_000, value=200)
        form.addRow(self.tr("Epochs"), self.epochs)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.seed.setToolTip(self.tr("Seed of the initial weights and of the batch order"))
        form.addRow(self.tr("Seed"), self.seed)
        self.validation = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.9, singleStep=0.05, value=0.2)
        self.validation.setToolTip(self.tr("Share of the data held out to check the network on examples "
                                           "it never trains on"))
        form.addRow(self.tr("Validation share"), self.validation)
        self.weight_decay = QDoubleSpinBox(decimals=5, minimum=0.0, maximum=10.0, singleStep=0.0001, value=0.0)
        self.weight_decay.setToolTip(self.tr("L2 weight decay λ: adds λ/2 Σ|W|² to the loss"))
        form.addRow(self.tr("L2 weight decay λ"), self.weight_decay)
        self.continue_weights = QCheckBox(self.tr("Continue from the current weights"))
        self.continue_weights.setToolTip(self.tr("Unticked, each run starts from fresh weights drawn "
                                                 "from the seed, so runs compare fairly"))
        form.addRow(self.continue_weights)
        # the pace can change during a run (it is not one of the run's settings)
        self.pace = QComboBox()
        for seconds in STEP_PAUSES:
            self.pace.addItem(self.tr("full speed") if not seconds else
                              self.tr("pause {0} s after each step").format(f"{seconds:g}"), seconds)
        self.pace.setToolTip(self.tr("Slow training down to watch the parameters and the curve move"))
        self.pace.currentIndexChanged.connect(lambda _i: self.step_pause_changed.emit(self.step_pause()))
        form.addRow(self.tr("Pace"), self.pace)
        self.locked_note = QLabel(self.tr("A run is in progress: stop it to change these settings."))
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet("color: #555")
        self.locked_note.hide()
        form.addRow(self.locked_note)

        self._lr = 0.03
        self._tips = {}  # widget -> its own tooltip, shown again when unlocked
        self.optimizer.currentIndexChanged.connect(self._optimizer_changed)
        self.lr_slider.valueChanged.connect(self._slider_moved)
        self.lr_edit.editingFinished.connect(self._lr_typed)
        self.set_learning_rate(self._lr)
        self._optimizer_changed()

    # -- learning rate ---------------------------------------------------------------------
    @property
    def learning_rate(self):
        return self._lr

    def set_learning_rate(self, lr):
        """Set α exactly (the slider shows the nearest notch)."""
        lr = float(lr)
        if not (lr > 0 and math.isfinite(lr)):
            raise ValueError(self.tr("The learning rate must be a positive number."))
        self._lr = lr
        self.lr_edit.setText(f"{lr:g}")
        self.lr_error.hide()
        self.lr_slider.blockSignals(True)
        position = math.log10(min(max(lr, LR_MIN), LR_MAX) / LR_MIN) * LR_STEPS_PER_DECADE
        self.lr_slider.setValue(int(round(position)))
        self.lr_slider.blockSignals(False)
        self.learning_rate_changed.emit(lr)

    @Slot(int)
    def _slider_moved(self, position):
        lr = LR_MIN * 10 ** (position / LR_STEPS_PER_DECADE)
        self.set_learning_rate(float(f"{lr:.2g}"))

    @Slot()
    def _lr_typed(self):
        text = self.lr_edit.text().strip().replace(",", ".")
        try:
            self.set_learning_rate(float(text))
        except ValueError:
            self.lr_error.setText(self.tr("“{0}” is not a positive number; the learning rate stays {1}.")
                                  .format(text, f"{self._lr:g}"))
            self.lr_error.show()
            self.lr_edit.setText(f"{self._lr:g}")

    # -- optimizer -------------------------------------------------------------------------
    def set_optimizer(self, name):
        index = self.optimizer.findData(name.lower())
        if index < 0:
            raise ValueError(self.tr("Unknown optimizer “{0}”; choose one of {1}.")
                             .format(name, ", ".join(OPTIMIZER_NAMES)))
        self.optimizer.setCurrentIndex(index)

    @Slot()
    def _optimizer_changed(self):
        has_momentum = self.optimizer.currentData() in ("momentum", "nesterov")
        self.momentum.setVisible(has_momentum)
        self.momentum_label.setVisible(has_momentum)

    # -- pace ------------------------------------------------------------------------------
    def step_pause(self):
        return float(self.pace.currentData())

    def set_step_pause(self, seconds):
        """Choose the pause after each step nearest to ``seconds`` (0: full speed)."""
        nearest = min(range(len(STEP_PAUSES)), key=lambda i: abs(STEP_PAUSES[i] - float(seconds)))
        self.pace.setCurrentIndex(nearest)

    # -- all of it -------------------------------------------------------------------------
    def settings(self):
        name = self.optimizer.currentData()
        extra = {"momentum": self.momentum.value()} if name in ("momentum", "nesterov") else {}
        return {"optimizer": name, "lr": self._lr, "batch_size": self.batch_size.value(),
                "epochs": self.epochs.value(), "seed": self.seed.value(),
                "validation_fraction": self.validation.value(),
                "weight_decay": self.weight_decay.value(), "optimizer_settings": extra,
                "continue": self.continue_weights.isChecked()}

    def set_locked(self, locked):
        """While a run is in progress its settings cannot change; say so."""
        why = self.tr("A run is in progress: stop it to change this.")
        for widget in (self.optimizer, self.momentum, self.lr_slider, self.lr_edit, self.batch_size,
                       self.epochs, self.seed, self.validation, self.weight_decay, self.continue_weights):
            self._tips.setdefault(widget, widget.toolTip())
            widget.setEnabled(not locked)
            widget.setToolTip(why if locked else self._tips[widget])
        self.locked_note.setVisible(locked)
