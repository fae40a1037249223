"""The lesson panel's "Predict first" card: the step's question and the student's answer, then,
after the reveal, whether it was right and why (the entries: prediction.py).

It is part of the panel, not a dialog: the tools stay usable and the keyboard moves freely;
``predictions.py`` decides when an action waits for it.
"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from .exercise import RIGHT, WRONG
from .model import parse_answer
from .rich_text import keep_formulas_together

BORDER = "#8c959f"
WAITING = "#D55E00"      # Okabe–Ito vermilion: the card the pressed button waits for


def _num(x):
    return f"{x:.6g}".replace("-", "−")


class PredictCard(QFrame):
    committed = Signal(object)     # the prediction: a choice number (from 1) or a number
    skipped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("predictCard")
        self.prediction = None
        self.language = "en"
        self.radios = []
        self._group = QButtonGroup(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.question = self._rich_label()
        self.choices = QWidget()
        self._choice_layout = QVBoxLayout(self.choices)
        self._choice_layout.setContentsMargins(0, 0, 0, 0)
        self.number = QLineEdit()
        self.number.setObjectName("predict_number")
        self.number.returnPressed.connect(self.commit)
        self.commit_button = QPushButton()
        self.commit_button.clicked.connect(self.commit)
        self.skip_button = QPushButton()
        self.skip_button.setFlat(True)
        self.skip_button.clicked.connect(self.skipped)
        self.status = self._rich_label()
        self.reason = self._rich_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.commit_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.question, self.choices, self.number):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.reason)
        self._show_waiting(False)
        self.retranslate()

    @staticmethod
    def _rich_label():
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def retranslate(self):
        self.commit_button.setText(self.tr("Lock in my prediction"))
        self.commit_button.setToolTip(self.tr("Your answer is kept; the lesson then shows what really happens"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Go on without predicting"))
        self.number.setPlaceholderText(self.tr("your prediction"))
        self.number.setToolTip(self.tr("A number, e.g. 0.5 or 1/2"))

    # -- what the card shows -------------------------------------------------------------------
    def show_prediction(self, prediction, language, answer=None, asking=True, waiting=False, action=""):
        """The question of ``prediction`` (a new one clears what was typed); ``answer`` (an
        Answer or None) decides the rest; ``asking`` False: the teacher switched questions off,
        only the reason is shown; ``waiting``: the button ``action`` was pressed before an answer."""
        if prediction != self.prediction or language != self.language:
            self._set_question(prediction, language)
        locked = answer is not None
        self.heading.setText(self.tr("Predict first") if asking else self.tr("Why"))
        self.question.setVisible(asking)
        for button in (self.commit_button, self.skip_button):
            button.setVisible(asking and not locked)
        self.choices.setVisible(asking and prediction.kind == "choice")
        self.number.setVisible(asking and prediction.kind == "number")
        self.choices.setEnabled(not locked)
        self.number.setReadOnly(locked)
        if locked and answer.value is not None:
            self._put(answer.value)
        revealed = not asking or locked and answer.revealed
        self.reason.setText(keep_formulas_together(prediction.reason_in(language)))
        self.reason.setVisible(revealed)
        if not asking:
            self.status.clear()
        elif revealed:
            self.status.setText(self._verdict(answer))
        elif locked:
            self.status.setText(self.tr("Your prediction is in. Now press <b>{0}</b> and see.").format(action))
        elif waiting:
            self.status.setText(self.tr("<b>{0}</b> waits for your prediction: answer, or skip.").format(action))
        else:
            self.status.clear()
        self.status.setVisible(bool(self.status.text()))
        self._show_waiting(asking and waiting and not locked)

    def _set_question(self, prediction, language):
        self.prediction, self.language = prediction, language
        self.question.setText(keep_formulas_together(prediction.question_in(language)))
        for radio in self.radios:
            self._group.removeButton(radio)
            self._choice_layout.removeWidget(radio)
            radio.hide()            # now: deleteLater waits for the event loop
            radio.deleteLater()
        self.radios = []
        for number, text in enumerate(prediction.choices_in(language), start=1):
            radio = QRadioButton(text)
            radio.setObjectName(f"predict_choice_{number}")
            radio.setToolTip(self.tr("Choose this as your prediction"))
            self._group.addButton(radio, number)
            self._choice_layout.addWidget(radio)
            radio.show()            # at once, not when the layout gets round to it: it may take the focus
            self.radios.append(radio)
        self.number.clear()

    def _put(self, value):
        if self.prediction.kind == "choice":
            self.radios[int(value) - 1].setChecked(True)
        elif parse_answer(self.number.text()) != value:
            self.number.setText(_num(value))

    def _answer_text(self, value):
        if self.prediction.kind == "choice":
            return self.prediction.choices_in(self.language)[int(value) - 1]
        return _num(value)

    def _verdict(self, answer):
        right = self._answer_text(self.prediction.answer)
        if answer.value is None:
            return self.tr("Skipped. The answer: {0}").format(right)
        if answer.right:
            return f"<span style='color:{RIGHT}'>" + self.tr("✔ Right: {0}").format(right) + "</span>"
        return f"<span style='color:{WRONG}'>" + self.tr("✘ Not this time. The answer: {0}").format(right) + "</span>"

    def _show_waiting(self, on):
        colour, width = (WAITING, 3) if on else (BORDER, 1)
        self.setStyleSheet(f"QFrame#predictCard {{ border: {width}px solid {colour}; border-radius: 4px }}")

    # -- the student -----------------------------------------------------------------------------
    def focus_answer(self):
        """Put the keyboard focus where the answer goes (the first choice, or the number field)."""
        target = self.number if self.prediction.kind == "number" else (
            self._group.checkedButton() or self.radios[0])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, number):
        """Tick choice ``number`` (from 1), as a click would."""
        self.radios[number - 1].setChecked(True)

    def commit(self):
        """Send the answer given, or say what is missing."""
        if self.prediction.kind == "choice":
            value = self._group.checkedId()
            if value < 1:
                self._say(self.tr("Choose one of the answers first (or skip)."))
                return
        else:
            text = self.number.text().strip()
            value = parse_answer(text)
            if value is None:
                self._say(self.tr("“{0}” is not a number: write it with digits, like 0.5 or 1/2").format(
                    text.replace("&", "&amp;").replace("<", "&lt;")) if text else self.tr("Type a number first (or skip)."))
                return
        self.committed.emit(value)

    def _say(self, text):
        self.status.setText(f"<span style='color:{WRONG}'>{text}</span>")
        self.status.show()

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        # Enter on a ticked choice locks it in, as in the number field
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.commit_button.isVisible():
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)
