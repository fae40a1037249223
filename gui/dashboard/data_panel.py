"""Which data the network learns: a 2-D toy set, the lecture's quadratic, or the session's
data set (e.g. a picture folder from the Pictures tab); and which model learns it."""
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSpinBox

TOY_KEYS = ["blobs", "xor", "circles", "moons", "spiral", "spiral3"]
QUADRATIC, SESSION = "quadratic", "session"
NETWORK_MODEL, QUADRATIC_MODEL = "network", "quadratic"


class DataPanel(QGroupBox):
    """Data and model choices; ``changed`` fires when the user asks for other data."""

    changed = Signal()
    model_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Data and model"), parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        names = {"blobs": self.tr("Two blobs"), "xor": self.tr("XOR"), "circles": self.tr("Circles"),
                 "moons": self.tr("Moons"), "spiral": self.tr("Spiral (2 classes)"),
                 "spiral3": self.tr("Spiral (3 classes)")}
        for key in TOY_KEYS:
            self.kind.addItem(names[key], key)
        self.kind.addItem(self.tr("Quadratic y = a x² + b x + c"), QUADRATIC)
        self.kind.addItem(self.tr("The session's data set"), SESSION)
        self.kind.setToolTip(self.tr("“The session's data set” is the data chosen in another tab, "
                                     "for example a picture folder"))
        form.addRow(self.tr("Data"), self.kind)

        self.n = QSpinBox(minimum=10, maximum=20_000, singleStep=50, value=200)
        form.addRow(self.tr("Points"), self.n)
        self.noise = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=2.0, singleStep=0.05, value=0.1)
        form.addRow(self.tr("Noise"), self.noise)
        self.data_seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        form.addRow(self.tr("Data seed"), self.data_seed)
        self.coefficients = []
        self.coefficient_labels = []
        for letter, value in (("a", 2.0), ("b", -3.0), ("c", 1.0)):
            box = QDoubleSpinBox(decimals=2, minimum=-10.0, maximum=10.0, singleStep=0.25, value=value)
            label = QLabel(letter)
            form.addRow(label, box)
            self.coefficients.append(box)
            self.coefficient_labels.append(label)
            box.valueChanged.connect(self._changed)

        self.model = QComboBox()
        self.model.addItem(self.tr("Network from the builder"), NETWORK_MODEL)
        self.model.addItem(self.tr("Quadratic model a x² + b x + c"), QUADRATIC_MODEL)
        form.addRow(self.tr("Model"), self.model)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        form.addRow(self.note)

        self.kind.currentIndexChanged.connect(self._changed)
        for box in (self.n, self.noise, self.data_seed):
            box.valueChanged.connect(self._changed)
        self.model.currentIndexChanged.connect(self.model_changed)
        self._update_visibility()

    def choice(self):
        """{'kind', 'n', 'noise', 'seed', 'abc'} as the user set them."""
        return {"kind": self.kind.currentData(), "n": self.n.value(), "noise": self.noise.value(),
                "seed": self.data_seed.value(), "abc": tuple(b.value() for b in self.coefficients)}

    def model_kind(self):
        return self.model.currentData()

    def set_choice(self, kind, n=None, noise=None, seed=None, abc=None, quiet=False):
        """Show these values (quiet: without firing ``changed``)."""
        widgets = [self.kind, self.n, self.noise, self.data_seed, *self.coefficients]
        if quiet:
            for w in widgets:
                w.blockSignals(True)
        try:
            self.kind.setCurrentIndex(self.kind.findData(kind))
            if n is not None:
                self.n.setValue(n)
            if noise is not None:
                self.noise.setValue(noise)
            if seed is not None:
                self.data_seed.setValue(seed)
            for box, value in zip(self.coefficients, abc or ()):
                box.setValue(value)
        finally:
            if quiet:
                for w in widgets:
                    w.blockSignals(False)
        self._update_visibility()
        if not quiet:
            self.changed.emit()

    def set_model_kind(self, kind):
        self.model.setCurrentIndex(self.model.findData(kind))

    def set_locked(self, locked):
        for w in (self.kind, self.n, self.noise, self.data_seed, self.model, *self.coefficients):
            w.setEnabled(not locked)

    @Slot()
    def _changed(self):
        self._update_visibility()
        self.changed.emit()

    def _update_visibility(self):
        kind = self.kind.currentData()
        generated = kind != SESSION
        for w in (self.n, self.noise, self.data_seed):
            w.setVisible(generated)
            self.layout().labelForField(w).setVisible(generated)
        for box, label in zip(self.coefficients, self.coefficient_labels):
            box.setVisible(kind == QUADRATIC)
            label.setVisible(kind == QUADRATIC)
        quadratic_model = self.model.findData(QUADRATIC_MODEL)
        self.model.model().item(quadratic_model).setEnabled(kind == QUADRATIC)
        if kind != QUADRATIC and self.model.currentData() == QUADRATIC_MODEL:
            self.model.setCurrentIndex(self.model.findData(NETWORK_MODEL))
