"""The lecture's exercise: the student types s1 … s5 and is told whether each is right.

Answers are read by ``model.parse_answer`` (kind: "1.20", "1,2", "１．２", "6/5"; never eval)
and judged within rounding by ``model.answer_is_right``.
"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from .model import answer_is_right, parse_answer

RIGHT = "#1a7f37"
WRONG = "#c62828"


def _num(x):
    return f"{x:.6g}".replace("-", "−")


class ExerciseWidget(QGroupBox):
    """Fields s1 … s_count; ``check()`` marks each; ``reveal()`` shows the answers."""

    checked = Signal(list)         # [True/False/None per field] after each check

    def __init__(self, parent=None):
        super().__init__(parent)
        self.exercise = None
        self.fields = []
        self.marks = []
        self._grid = QGridLayout()
        self.check_button = QPushButton()
        self.reveal_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.check_button.clicked.connect(self.check)
        self.reveal_button.clicked.connect(self.reveal)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.check_button)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Your turn"))
        self.check_button.setText(self.tr("Check my answers"))
        self.reveal_button.setText(self.tr("Show the answers"))
        self.check_button.setToolTip(self.tr("Check the values you typed"))
        self.reveal_button.setToolTip(self.tr("Show the right values (try first!)"))
        for i, field in enumerate(self.fields):
            field.setPlaceholderText(self.tr("s{0} = ?").format(i + 1))

    def set_exercise(self, exercise):
        """Build one field per answer (fields are kept when the exercise is the same)."""
        if exercise == self.exercise and self.fields:
            return
        self.exercise = exercise
        for widget in self.fields + self.marks:
            widget.deleteLater()
        self.fields, self.marks = [], []
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i in range(exercise.count):
            name = QLabel(f"s<sub>{i + 1}</sub> =")
            field = QLineEdit()
            field.setObjectName(f"answer_s{i + 1}")
            field.returnPressed.connect(self.check)
            mark = QLabel()
            mark.setTextFormat(Qt.TextFormat.RichText)
            mark.setWordWrap(True)
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(field, i, 1)
            self._grid.addWidget(mark, i, 2)
            self.fields.append(field)
            self.marks.append(mark)
        self._grid.setColumnStretch(2, 1)
        self.summary.clear()
        self.retranslate()

    def set_answers(self, texts):
        """Type answers into the fields (for tests and demonstrations)."""
        for field, text in zip(self.fields, texts):
            field.setText(text)

    def check(self):
        """Mark every field: right, wrong, not a number, or empty. Returns the verdicts."""
        verdicts = []
        expected = self.exercise.answers()
        for i, (field, mark, right) in enumerate(zip(self.fields, self.marks, expected)):
            text = field.text()
            value = parse_answer(text)
            if not text.strip():
                verdict, message = None, ""
            elif value is None:
                verdict = False
                # the example shows the form only: it must never be one of the answers
                message = self.tr("“{0}” is not a number: write it with digits, like 2.5 or 5/2").format(
                    text.strip())
            elif answer_is_right(value, right):
                verdict, message = True, self.tr("✔ right")
            else:
                verdict = False
                previous = parse_answer(self.fields[i - 1].text()) if i else self.exercise.start
                if previous is not None and answer_is_right(
                        value, previous - self.exercise.lr * 2 * previous):
                    message = self.tr("✘ your step is right, but it starts from a wrong s{0}").format(i)
                else:
                    message = self.tr("✘ not yet: g = 2 s{0}, then s{1} = s{0} − α g").format(i, i + 1)
            colour = RIGHT if verdict else WRONG
            mark.setText(f"<span style='color:{colour}'>{message}</span>" if message else "")
            verdicts.append(verdict)
        done = sum(v is True for v in verdicts)
        if done == len(verdicts):
            self.summary.setText(self.tr("All right! Each step multiplies s by 1 − 2α = {0}.")
                                 .format(_num(1 - 2 * self.exercise.lr)))
        else:
            self.summary.setText(self.tr("{0} of {1} right.").format(done, len(verdicts)))
        self.checked.emit(verdicts)
        return verdicts

    def reveal(self):
        """Show the right values beside the fields."""
        for mark, right in zip(self.marks, self.exercise.answers()):
            mark.setText(f"<span style='color:#444'>{_num(right)}</span>")
        answers = self.exercise.answers()
        self.summary.setText(self.tr("s1 … s{0} = {1}").format(
            len(answers), ", ".join(_num(x) for x in answers)))

    def clear(self):
        for field, mark in zip(self.fields, self.marks):
            field.clear()
            mark.clear()
        self.summary.clear()
