"""The lecture's four steps as a list, the current one highlighted, with its numbers."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from .formulas import gradient_name, point_name, step_text
from .texts import stop_message, vec

HIGHLIGHT = "background:#FFE9A8; border:1px solid #E0B000; border-radius:4px; padding:3px;"
NORMAL = "border:1px solid transparent; padding:3px; color:#333333;"


class StepsPanel(QFrame):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.rows = [QLabel() for _ in range(4)]
        for row in self.rows:
            row.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(row)
        self.formula = QLabel()
        self.formula.setObjectName("stepFormula")
        self.formula.setStyleSheet("font-size:13pt; font-weight:bold; color:#003d73; padding:4px;")
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setWordWrap(True)
        layout.addWidget(self.formula)
        self.message = QLabel()
        self.message.setObjectName("stopMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#9b1c1c; padding:4px;")
        self.message.hide()
        layout.addWidget(self.message)
        model.path_changed.connect(self.refresh)
        model.function_changed.connect(self.refresh)
        self.refresh()

    def step_texts(self):
        f = self._model.objective
        x, g = point_name(f), gradient_name(f)
        arg = x if f.dim == 1 else "x"
        return [self.tr("Step 1: set {x} to an initial value").replace("{x}", x),
                self.tr("Step 2: g := {g}({arg})").replace("{g}", g).replace("{arg}", arg),
                self.tr("Step 3: {x} := {x} − α g").replace("{x}", x),
                self.tr("Step 4: go back to Step 2")]

    def refresh(self):
        stepper = self._model.primary
        for i, (row, text) in enumerate(zip(self.rows, self.step_texts()), start=1):
            row.setText(text)
            row.setStyleSheet(HIGHLIGHT if stepper.phase == i else NORMAL)
        self.formula.setText(step_text(self._model.objective, stepper, self._model.lr))
        if stepper.stop is not None and stepper.stop.reason != "converged":
            self.message.setText(stop_message(stepper.stop, self._model.lr, vec(stepper.x)))
            self.message.show()
        else:
            self.message.hide()

    def current_step(self):
        return self._model.primary.phase
