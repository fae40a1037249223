"""Training settings, a view of the dashboard's model (its TrainingSetup): optimizer and its
setting, learning rate, batch size, epochs, seed, validation share, L2 weight decay, pace."""
import math

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QSlider, QSpinBox, QWidget)

from .model import OPTIMIZER_NAMES, RANGES, STEP_PAUSES
from .. import theme

LR_MIN, LR_MAX, LR_STEPS_PER_DECADE = 1e-5, 10.0, 20


def tr(text):
    return QCoreApplication.translate("SettingsPanel", text)


def optimizer_titles():
    """{name: the optimizer's title in the user's language}."""
    return {"sgd": tr("SGD (gradient method)"), "momentum": tr("Momentum"), "nesterov": tr("Nesterov"),
            "adagrad": tr("AdaGrad"), "rmsprop": tr("RMSProp"), "adam": tr("Adam")}


class SettingsPanel(QGroupBox):
    """The settings a new run takes: shows ``model.setup`` and writes the user's edits to it."""

    def __init__(self, model, parent=None):
        super().__init__(self.tr("Training settings"), parent)
        self.model = model
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.optimizer = QComboBox()
        for name, title in optimizer_titles().items():
            self.optimizer.addItem(title, name)
        self.optimizer.setToolTip(self.tr("The rule that turns each batch's gradient into a change of the weights"))
        form.addRow(self.tr("Optimizer"), self.optimizer)
        self.momentum = QDoubleSpinBox(decimals=3, minimum=0.0, maximum=0.999, singleStep=0.05, value=0.9)
        self.momentum.setToolTip(self.tr("How much of the last step each step keeps (0: none)"))
        self.momentum_label = QLabel(self.tr("Momentum μ"))
        form.addRow(self.momentum_label, self.momentum)

        # learning rate: a log slider for feel, a text field for the exact value
        self.lr_slider = QSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setRange(0, int(round(math.log10(LR_MAX / LR_MIN) * LR_STEPS_PER_DECADE)))
        self.lr_slider.setToolTip(self.tr("The learning rate α on a logarithmic scale: each notch multiplies it"))
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
        theme.colour_text(self.lr_error, "error")
        self.lr_error.setWordWrap(True)
        self.lr_error.hide()
        form.addRow(self.lr_error)

        self.batch_size = QSpinBox(minimum=RANGES["batch_size"][0], maximum=RANGES["batch_size"][1])
        self.batch_size.setToolTip(self.tr("How many examples each step of gradient descent averages over"))
        form.addRow(self.tr("Batch size"), self.batch_size)
        self.epochs = QSpinBox(minimum=1, maximum=1_000_000, value=200)
        self.epochs.setToolTip(self.tr("How many times training goes through all the training data"))
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
        form.addRow(self.tr("Pace"), self.pace)
        self.locked_note = QLabel(self.tr("A run is in progress: stop it to change these settings."))
        self.locked_note.setWordWrap(True)
        theme.colour_text(self.locked_note, "muted")
        self.locked_note.hide()
        form.addRow(self.locked_note)

        self._tips = {}  # widget -> its own tooltip, shown again when unlocked
        self.optimizer.currentIndexChanged.connect(lambda _i: self._edited(optimizer=self.optimizer.currentData()))
        self.momentum.valueChanged.connect(lambda v: self._edited(momentum=v))
        self.lr_slider.valueChanged.connect(self._slider_moved)
        self.lr_edit.editingFinished.connect(self._lr_typed)
        for box, name in ((self.batch_size, "batch_size"), (self.epochs, "epochs"), (self.seed, "seed"),
                          (self.validation, "validation_fraction"), (self.weight_decay, "weight_decay")):
            box.valueChanged.connect(lambda value, name=name: self._edited(**{name: value}))
        self.continue_weights.toggled.connect(lambda on: self._edited(continue_weights=on))
        self.pace.currentIndexChanged.connect(lambda _i: self._edited(pace=self.pace.currentData()))
        model.setup_changed.connect(self.show_setup)
        self.show_setup()

    def step_pause(self):
        return self.model.setup.pace

    # -- the model's setup shown ---------------------------------------------------------------
    @Slot()
    def show_setup(self):
        s = self.model.setup
        widgets = (self.optimizer, self.momentum, self.lr_slider, self.batch_size, self.epochs, self.seed,
                   self.validation, self.weight_decay, self.continue_weights, self.pace)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.optimizer.setCurrentIndex(self.optimizer.findData(s.optimizer))
            self.momentum.setValue(s.momentum)
            position = math.log10(min(max(s.lr, LR_MIN), LR_MAX) / LR_MIN) * LR_STEPS_PER_DECADE
            self.lr_slider.setValue(int(round(position)))     # the nearest notch
            for box, value in ((self.batch_size, s.batch_size), (self.epochs, s.epochs), (self.seed, s.seed),
                               (self.validation, s.validation_fraction), (self.weight_decay, s.weight_decay)):
                box.setValue(value)
            self.continue_weights.setChecked(s.continue_weights)
            self.pace.setCurrentIndex(STEP_PAUSES.index(s.pace))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        if self.lr_edit.text() != f"{s.lr:g}":
            self.lr_edit.setText(f"{s.lr:g}")
            self.lr_error.hide()
        has_momentum = s.optimizer in ("momentum", "nesterov")
        self.momentum.setVisible(has_momentum)
        self.momentum_label.setVisible(has_momentum)

    # -- the user's edits written to the model -------------------------------------------------
    def _edited(self, **changes):
        self.model.set_setup(**changes)

    @Slot(int)
    def _slider_moved(self, position):
        lr = LR_MIN * 10 ** (position / LR_STEPS_PER_DECADE)
        self._edited(lr=float(f"{lr:.2g}"))

    @Slot()
    def _lr_typed(self):
        text = self.lr_edit.text().strip().replace(",", ".")
        try:
            self._edited(lr=float(text))
            self.lr_error.hide()
        except ValueError:
            self.lr_error.setText(self.tr("“{0}” is not a positive number; the learning rate stays {1}.")
                                  .format(text, f"{self.model.setup.lr:g}"))
            self.lr_error.show()
            self.lr_edit.setText(f"{self.model.setup.lr:g}")

    def set_locked(self, locked):
        """While a run is in progress its settings cannot change; say so."""
        why = self.tr("A run is in progress: stop it to change this.")
        for widget in (self.optimizer, self.momentum, self.lr_slider, self.lr_edit, self.batch_size,
                       self.epochs, self.seed, self.validation, self.weight_decay, self.continue_weights):
            self._tips.setdefault(widget, widget.toolTip())
            widget.setEnabled(not locked)
            widget.setToolTip(why if locked else self._tips[widget])
        self.locked_note.setVisible(locked)
