"""Which function: 1-D or 2-D, a preset, your own formula (checked inline), a, b, c."""
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from engine import objectives
from engine.expression import ExpressionError

from .texts import expression_error, network_description, network_title, preset_titles
from .. import theme


class FunctionPanel(QWidget):
    mode_changed = Signal(str)

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("1-D: f(s)"), "1d")
        self.mode.addItem(self.tr("2-D: f(x1, x2)"), "2d")
        self.preset = QComboBox()
        self.mode.setToolTip(self.tr("A function of one variable (a curve) or of two (a contour map)"))
        row.addWidget(self.mode)
        row.addWidget(self.preset, 1)
        layout.addLayout(row)
        formula_row = QHBoxLayout()
        self.formula = QLineEdit()
        self.formula.setPlaceholderText(self.tr("your own f, e.g. x1**2 + 3*sin(x2) or exp(-s^2)"))
        self.formula.setMaxLength(400)
        self.formula.setToolTip(self.tr("Type your own function: + − * / ^, sin, cos, exp, log, sqrt; "
                                        "variables s (1-D) or x1, x2 (2-D)"))
        self.apply = QPushButton(self.tr("Use"))
        self.apply.setToolTip(self.tr("Step on the function typed on the left"))
        formula_row.addWidget(QLabel("f ="))
        formula_row.addWidget(self.formula, 1)
        formula_row.addWidget(self.apply)
        layout.addLayout(formula_row)
        self.error = QLabel()
        self.error.setObjectName("formulaError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        theme.colour_text(self.error, "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.abc = QWidget()
        abc = QHBoxLayout(self.abc)
        abc.setContentsMargins(0, 0, 0, 0)
        self.coefficients = {}
        for name, value in (("a", 1.0), ("b", -2.0), ("c", 2.0)):
            box = QDoubleSpinBox()
            box.setRange(-20, 20)
            box.setDecimals(2)
            box.setSingleStep(0.1)
            box.setValue(value)
            box.valueChanged.connect(self._coefficients_changed)
            box.setToolTip(self.tr("{0} of f(s) = a s² + b s + c").format(name))
            abc.addWidget(QLabel(name))
            abc.addWidget(box)
            self.coefficients[name] = box
        layout.addWidget(self.abc)
        self.derivative = QLabel()
        self.derivative.setObjectName("derivative")
        self.derivative.setTextFormat(Qt.TextFormat.PlainText)
        self.derivative.setWordWrap(True)
        self.derivative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.derivative)
        self.mode.currentIndexChanged.connect(self._mode_chosen)
        self.preset.activated.connect(self._preset_chosen)
        self.apply.clicked.connect(self.use_formula)
        self.formula.returnPressed.connect(self.use_formula)
        model.function_changed.connect(self.refresh)
        self.refresh()

    # -- user actions ----------------------------------------------------------------------
    def _mode_chosen(self):
        mode = self.mode.currentData()
        if (mode == "2d") != (self._model.objective.dim == 2):
            self._model.set_objective(objectives.preset("zigzag" if mode == "2d" else "square"))
        self.mode_changed.emit(mode)

    def _preset_chosen(self):
        key = self.preset.currentData()
        if key == "quadratic":
            self._coefficients_changed()
        elif key not in ("formula", "network"):     # the network's loss stays until a preset is chosen
            self._model.set_objective(objectives.preset(key))
        self.error.hide()

    def _coefficients_changed(self):
        a, b, c = (self.coefficients[k].value() for k in "abc")
        self._model.set_objective(objectives.quadratic(a, b, c))

    def use_formula(self):
        """Parse the text field; a bad formula keeps the previous function and says why."""
        text = self.formula.text()
        try:
            self._model.set_formula(text)
        except ExpressionError as err:
            self.show_error(text, err)
            return False
        self.error.hide()
        return True

    def show_error(self, text, err):
        pos = min(err.position or 0, len(text))
        shown = text[:60]
        marked = (html.escape(shown[:pos]) + "<span style='background:#ffb3b3'>"
                  + (html.escape(shown[pos:pos + 1]) or "&nbsp;") + "</span>"
                  + html.escape(shown[pos + 1:]))
        self.error.setText("<code>" + marked + "</code><br>" + html.escape(expression_error(err)))
        self.error.show()

    # -- model -> panel ----------------------------------------------------------------------
    def refresh(self):
        f = self._model.objective
        mode = "2d" if f.dim == 2 else "1d"
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.mode.blockSignals(False)
        titles = preset_titles()
        keys = list(objectives.PRESETS_2D if f.dim == 2 else objectives.PRESETS_1D) + ["formula"]
        if f.key == "network":
            titles["network"] = network_title(f)
            keys.append("network")
        self.preset.blockSignals(True)
        self.preset.clear()
        for key in keys:
            self.preset.addItem(titles[key], key)
        self.preset.setCurrentIndex(self.preset.findData(f.key))
        self.preset.setToolTip(titles["network"] if f.key == "network"        # a long title, whole
                               else self.tr("A function to step on, from the lecture"))
        self.preset.blockSignals(False)
        self.abc.setVisible(f.key == "quadratic")
        if f.key == "quadratic":
            for k, box in self.coefficients.items():
                box.blockSignals(True)
                box.setValue(f.settings[k])
                box.blockSignals(False)
        if f.key == "network":
            self.formula.clear()       # not a formula: your own f starts from an empty field
            self.derivative.setText(network_description(f))
            return
        if f.key != "formula":
            self.formula.setText(f.formula)
        names = ["f′(s)"] if f.dim == 1 and f.variables == ("s",) else \
            [f"∂f/∂{v}" for v in f.variables]
        if f.dim == 1 and f.variables != ("s",):
            names = [f"f′({f.variables[0]})"]
        lines = [f"{n} = {d.replace('-', '−')}" for n, d in zip(names, f.derivative_formulas)]
        self.derivative.setText(self.tr("Exact derivative:") + "  " + ";   ".join(lines))
