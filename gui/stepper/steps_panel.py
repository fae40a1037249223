"""The lecture's four steps as a list, the current one highlighted, with its numbers."""
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from .. import presentation
from ..layout_rules import follow_font
from .formulas import gradient_name, point_name, step_text
from .texts import stop_message, vec
from .. import theme

FORMULA_COLOUR = QColor("#003d73")


class FormulaView(QWidget):
    """The formula with its numbers, word-wrapped in a box of fixed height. Unlike a QLabel,
    a new text only repaints this box: it never asks the panel to lay itself out again,
    which on every sub-step cost more than drawing the map."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self):
        return self._text

    def setText(self, text):
        if text != self._text:
            self._text = text
            self.update()

    def sizeHint(self):
        return QSize(300, self.height())

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setPen(FORMULA_COLOUR)
        painter.setFont(self.font())
        painter.drawText(self.rect().adjusted(4, 4, -4, -4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap), self._text)


class StepsPanel(QFrame):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        self._texts = None          # the four steps' texts shown (the current one bold in presenter mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.rows = [QLabel() for _ in range(4)]
        for row in self.rows:
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setMargin(3)
            row.setAutoFillBackground(False)
            layout.addWidget(row)
        self._show_highlight()
        presentation.changes().changed.connect(self._show_highlight)
        self.formula = FormulaView()
        self.formula.setObjectName("stepFormula")
        self.formula.setFont(self._formula_font())
        # a fixed height (three lines, enough for a 2-D update): a changing formula must not
        # re-lay out the whole panel on every step
        follow_font(self.formula, lambda: self.formula.setFixedHeight(
            3 * QFontMetrics(self.formula.font()).lineSpacing() + 10))
        layout.addWidget(self.formula)
        self.message = QLabel()
        self.message.setObjectName("stopMessage")
        self.message.setWordWrap(True)
        theme.colour_text(self.message, "error", "padding:4px")
        self.message.hide()
        layout.addWidget(self.message)
        model.path_changed.connect(self.refresh)
        model.function_changed.connect(self.refresh)
        self.refresh()

    def _show_highlight(self):
        """The current step's background: pale, or strong in presenter mode (seen from the back
        of a room), where the current step is also bold."""
        self._bold_current()
        fill, _outline = presentation.highlight()
        for row in self.rows:
            palette = row.palette()
            palette.setColor(QPalette.ColorRole.Window, fill)
            row.setPalette(palette)

    def _bold_current(self):
        # bold in the text itself: a style sheet taken away would put back a font of another size
        for row, text in zip(self.rows, self._texts or ()):
            shown = f"<b>{text}</b>" if presentation.presenting() and row.autoFillBackground() else text
            if row.text() != shown:
                row.setText(shown)

    def _formula_font(self):
        font = self.formula.font()
        font.setPointSizeF(12)
        font.setBold(True)
        return font

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
        texts = self.step_texts()
        if texts != self._texts:
            self._texts = texts
            for row, text in zip(self.rows, texts):
                row.setText(text)
        for i, row in enumerate(self.rows, start=1):
            if row.autoFillBackground() != (stepper.phase == i):
                row.setAutoFillBackground(stepper.phase == i)
                # dark text on the pale highlight, the palette's text elsewhere (dark palettes too)
                row.setStyleSheet("color: #222222" if stepper.phase == i else "")
                row.update()
        self._bold_current()
        self.formula.setText(step_text(self._model.objective, stepper, self._model.lr))
        if stepper.stop is not None and stepper.stop.reason != "converged":
            self.message.setText(stop_message(stepper.stop, self._model.lr, vec(stepper.x),
                                              local=self._model.objective.key == "network"))
            self.message.show()
        elif not self.message.isHidden():
            self.message.hide()

    def highlighted(self):
        """The numbers (1–4) of the highlighted steps."""
        return [i for i, row in enumerate(self.rows, start=1) if row.autoFillBackground()]

    def current_step(self):
        return self._model.primary.phase
