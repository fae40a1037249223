"""Which data the network learns (a 2-D toy set, the lecture's quadratic, or the session's data
set, e.g. a picture folder from the Pictures tab) and which model learns it: a view of the
dashboard's model (its DataChoice and model choice)."""
from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSpinBox

from .model import DRAWN, DRAWN_XY, NETWORK_MODEL, QUADRATIC, QUADRATIC_MODEL, SESSION, TOY_KEYS, DataChoice
from .. import theme


def tr(text):
    return QCoreApplication.translate("DataPanel", text)


def _tool_tr(text):
    return QCoreApplication.translate("DashboardTool", text)


def data_name(choice):
    """The name of the data set made from ``choice`` (a toy set, the quadratic, your points)."""
    if choice.kind != QUADRATIC:
        return data_titles()[choice.kind]
    a, b, c = choice.abc
    return _tool_tr("y = {0} x² {1} x {2}").format(
        f"{a:g}", f"{'+' if b >= 0 else '−'} {abs(b):g}", f"{'+' if c >= 0 else '−'} {abs(c):g}")


def data_titles():
    """{toy key, QUADRATIC or SESSION: its title in the user's language}."""
    return {"blobs": tr("Two blobs"), "xor": tr("XOR"), "circles": tr("Circles"), "moons": tr("Moons"),
            "spiral": tr("Spiral (2 classes)"), "spiral3": tr("Spiral (3 classes)"),
            QUADRATIC: tr("Quadratic y = a x² + b x + c"), DRAWN: tr("Your points: classes"),
            DRAWN_XY: tr("Your points: x, y"), SESSION: tr("The session's data set")}


class DataPanel(QGroupBox):
    """Shows ``model.data`` and ``model.model_kind``; the user's edits go to the model."""

    def __init__(self, model, parent=None):
        super().__init__(self.tr("Data and model"), parent)
        self.dashboard_model = model
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        for key, title in data_titles().items():
            self.kind.addItem(title, key)
        self.kind.setToolTip(self.tr("“Your points” are drawn on the plot (Edit points) or loaded from a CSV "
                                     "file; “The session's data set” is the data chosen in another tab, "
                                     "for example a picture folder"))
        form.addRow(self.tr("Data"), self.kind)

        self.n = QSpinBox(minimum=10, maximum=20_000, singleStep=50, value=200)
        self.n.setToolTip(self.tr("How many points the data set has"))
        form.addRow(self.tr("Points"), self.n)
        self.noise = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=2.0, singleStep=0.05, value=0.1)
        self.noise.setToolTip(self.tr("How far the points stray from the pattern"))
        form.addRow(self.tr("Noise"), self.noise)
        self.data_seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=0)
        self.data_seed.setToolTip(self.tr("Another seed draws other points of the same kind"))
        form.addRow(self.tr("Data seed"), self.data_seed)
        self.coefficients = []
        self.coefficient_labels = []
        for letter, value in (("a", 2.0), ("b", -3.0), ("c", 1.0)):
            box = QDoubleSpinBox(decimals=2, minimum=-10.0, maximum=10.0, singleStep=0.25, value=value)
            box.setToolTip(self.tr("{0} of the curve y = a x² + b x + c the points come from").format(letter))
            label = QLabel(letter)
            form.addRow(label, box)
            self.coefficients.append(box)
            self.coefficient_labels.append(label)

        self.model_box = QComboBox()
        self.model_box.addItem(self.tr("Network from the builder"), NETWORK_MODEL)
        self.model_box.addItem(self.tr("Quadratic model a x² + b x + c"), QUADRATIC_MODEL)
        self.model_box.setToolTip(self.tr("What learns the data: the network from the builder, "
                                          "or the quadratic model of the lecture"))
        form.addRow(self.tr("Model"), self.model_box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.colour_text(self.note, "muted")
        form.addRow(self.note)

        for box in (self.kind, self.model_box):
            box.currentIndexChanged.connect(self._edited)
        for box in (self.n, self.noise, self.data_seed, *self.coefficients):
            box.valueChanged.connect(self._edited)
        model.data_changed.connect(self.show_choice)
        model.model_changed.connect(self.show_choice)
        self.show_choice()

    def _widgets(self):
        return [self.kind, self.n, self.noise, self.data_seed, self.model_box, *self.coefficients]

    @Slot()
    def show_choice(self):
        choice, model = self.dashboard_model.data, self.dashboard_model
        for w in self._widgets():
            w.blockSignals(True)
        try:
            self.kind.setCurrentIndex(self.kind.findData(choice.kind))
            self.n.setValue(choice.n)
            self.noise.setValue(choice.noise)
            self.data_seed.setValue(choice.seed)
            for box, value in zip(self.coefficients, choice.abc):
                box.setValue(value)
            self.model_box.setCurrentIndex(self.model_box.findData(model.model_kind))
        finally:
            for w in self._widgets():
                w.blockSignals(False)
        generated = choice.kind != SESSION and not choice.is_drawn
        for w in (self.n, self.noise, self.data_seed):
            w.setVisible(generated)
            self.layout().labelForField(w).setVisible(generated)
        for box, label in zip(self.coefficients, self.coefficient_labels):
            box.setVisible(choice.kind == QUADRATIC)
            label.setVisible(choice.kind == QUADRATIC)
        self.model_box.model().item(self.model_box.findData(QUADRATIC_MODEL)).setEnabled(
            choice.fits_quadratic_model)

    @Slot()
    def _edited(self):
        """The user changed a field: the model gets the new choice (the model, or else the data)."""
        model = self.dashboard_model
        if self.model_box.currentData() != model.model_kind:
            model.set_model_kind(self.model_box.currentData())
            return
        model.set_data(DataChoice(self.kind.currentData(), self.n.value(), self.noise.value(),
                                  self.data_seed.value(), tuple(b.value() for b in self.coefficients)))

    def set_locked(self, locked):
        for w in self._widgets():
            w.setEnabled(not locked)
