"""What the data asks of the network: where the input size comes from, the loss, presets."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from engine.losses import LOSSES

from ..class_names import display_data_name, display_names
from .presets import matching_preset, preset_titles


class TaskPanel(QGroupBox):
    loss_chosen = Signal(str)
    preset_chosen = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(self.tr("Task"), parent)
        self.session = session
        form = QFormLayout(self)
        self.data_label = QLabel()
        self.data_label.setWordWrap(True)
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        self.output_label = QLabel()
        self.output_label.setWordWrap(True)
        self.loss = QComboBox()
        self.loss.setToolTip(self.tr("The loss the network learns to make small"))
        losses = {"squared_error": self.tr("squared error  ½ Σ |y − ŷ|²"),
                  "cross_entropy": self.tr("cross-entropy  −Σ t log ŷ")}
        for name in LOSSES:
            self.loss.addItem(losses[name], name)
        self.loss.setToolTip(self.tr("how the mismatch between output ŷ and teacher y is measured"))
        presets = QWidget()
        row = QHBoxLayout(presets)
        row.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()       # as wide as its longest name (Japanese ones too)
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset.addItem(self.tr("(custom network)"), None)   # shown when no preset matches
        for name, title in preset_titles().items():
            self.preset.addItem(title, name)
        self.preset.setToolTip(self.tr("A ready-made network of the lecture"))
        self.use_preset = QPushButton(self.tr("Use"))
        self.use_preset.setToolTip(self.tr("Replace the network with the preset chosen on the left"))
        row.addWidget(self.preset, 1)
        row.addWidget(self.use_preset)
        form.addRow(self.tr("Data:"), self.data_label)
        form.addRow(self.tr("Input:"), self.input_label)
        form.addRow(self.tr("Output:"), self.output_label)
        form.addRow(self.tr("Loss:"), self.loss)
        # the presets get the panel's whole width under their label, so no name is cut
        form.addRow(QLabel(self.tr("Preset:")))
        form.addRow(presets)
        self.loss.activated.connect(lambda i: self.loss_chosen.emit(self.loss.itemData(i)))
        self.use_preset.clicked.connect(lambda: self.preset_chosen.emit(self.preset.currentData()))
        self.preset.currentIndexChanged.connect(
            lambda: self.use_preset.setEnabled(self.preset.currentData() is not None))
        session.spec_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self):
        s = self.session
        self.data_label.setText(self.tr("{0}: {1}").format(display_data_name(s.dataset.name) or self.tr("(unnamed)"),
                                                           s.task_description()))
        if s.n_classes >= 2:
            self.data_label.setToolTip(", ".join(display_names(s.dataset.class_names)))
        self.input_label.setText(s.input_explanation())
        task = s.task_output_layer()
        if s.n_classes >= 2:
            text = self.tr("{0} classes → {1} softmax units (probabilities)").format(s.n_classes, task["units"])
        else:
            text = self.tr("{0} number(s) → {0} identity unit(s)").format(task["units"])
        self.output_label.setText(text)
        self.loss.setCurrentIndex(self.loss.findData(s.spec["loss"]))
        # the box names the preset the network is now, or says it is a custom one
        self.preset.setCurrentIndex(max(self.preset.findData(matching_preset(s)), 0))
        self.use_preset.setEnabled(self.preset.currentData() is not None)
