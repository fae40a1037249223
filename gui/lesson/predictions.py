"""Asks the current step's question before its reveal, and remembers the answers.

The window makes ``ask_first(tool, action, proceed)`` the guard of every tool's gate
(gui/reveal.py). On a step whose ``predict`` entry names that action, pressing Step ▶, Start or
Step → waits (nothing moves; the card in the lesson panel lights up and takes the focus) until
the student answers or skips; then the action goes on by itself and the card shows whether the
prediction was right, and why. An answer given before pressing is shown with the reveal.
The teacher switches the questions off with Lesson → Ask predictions (QSettings
``lesson/ask_predictions``); then every action goes through and the card shows only the reason.
Answers are lesson progress (QSettings ``lesson/predictions``, by step id), cleared by Restart.
"""
import json
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction

from .predict_card import PredictCard
from .prediction import Answer

ASK_KEY = "lesson/ask_predictions"
PROGRESS_KEY = "lesson/predictions"
MAX_SAVED = 256 * 1024              # characters of saved answers read back (a lesson has a handful)
LEARNING_RATE = {"stepper": lambda tool: tool.model.lr, "training": lambda tool: tool.model.setup.lr}


def _tr(text):
    return QCoreApplication.translate("Predictions", text)


def action_name(gate):
    """The button a gate holds back, as the student sees it."""
    return {"step": QCoreApplication.translate("ControlsPanel", "Step ▶"),
            "start": QCoreApplication.translate("DashboardTool", "Start"),
            "backward": QCoreApplication.translate("WalkPanel", "Step →")}[gate]


class Predictions(QObject):
    answered = Signal(str)          # the id of a step whose question was answered, skipped or revealed

    def __init__(self, dock, card: PredictCard):
        super().__init__(dock)
        self._dock, self.card = dock, card
        self.answers = self._load()      # step id -> Answer
        self._pending = None             # the action waiting for the answer
        self._step_id = None
        self._concealing = None          # the tool told to hide what would give the answer away
        self.ask_action = QAction(self, checkable=True)
        self.ask_action.setChecked(QSettings().value(ASK_KEY, True, type=bool))
        self.ask_action.toggled.connect(self._ask_toggled)
        card.committed.connect(self.commit)
        card.skipped.connect(self.skip)
        self.retranslate()

    def retranslate(self):
        self.ask_action.setText(_tr("Ask predictions"))
        self.ask_action.setStatusTip(_tr("Before the lesson's key moments, the students predict what will "
                                         "happen; then it is shown"))

    def asking(self):
        return self.ask_action.isChecked()

    def is_waiting(self):
        """An action was pressed and waits for the answer."""
        return self._pending is not None

    # -- the step shown ------------------------------------------------------------------------
    def show_step(self, step):
        """Show ``step``'s question (or hide the card); a new step drops a waiting action."""
        if step is None or step.id != self._step_id:
            self._pending = None
            self._step_id = step.id if step is not None else None
        self.refresh()

    def refresh(self):
        step = self._dock.current_step()
        prediction = step.predict if step is not None else None
        self.card.setVisible(prediction is not None)
        if prediction is not None:
            self.card.show_prediction(prediction, self._dock.language(), self.answers.get(step.id),
                                      self.asking(), self.is_waiting(), action_name(prediction.gate))
        self._conceal(step)

    def _conceal(self, step):
        """Until the answer is shown, the step's tool hides what would give it away (the
        stepper's stability hint says 'diverges' before the student predicts it)."""
        tool = None
        if step is not None and step.predict is not None and self.asking() and not self._dock.isHidden():
            answer = self.answers.get(step.id)
            if answer is None or not answer.revealed:
                tool = self._dock.tool(step.tool)
        if tool is not self._concealing:
            for widget, hidden in ((self._concealing, False), (tool, True)):
                if widget is not None and hasattr(widget, "conceal_answers"):
                    widget.conceal_answers(hidden)
            self._concealing = tool

    # -- the gate's guard ----------------------------------------------------------------------
    def ask_first(self, tool, action, proceed):
        """False (and ask) when ``action`` of ``tool`` must wait for the current step's answer."""
        step = self._dock.current_step()
        prediction = step.predict if step is not None else None
        if prediction is None or step.tool != tool or prediction.gate != action:
            return True
        if not self.asking() or self._dock.isHidden() or not self._lr_reached(tool, prediction):
            return True
        answer = self.answers.get(step.id)
        if answer is None:
            self._pending = proceed
            self.refresh()
            self._dock.show_prediction_card()
            return False
        if not answer.revealed:
            answer.revealed = True
            self._save()
            self.refresh()
            self.answered.emit(step.id)
        return True

    def _lr_reached(self, tool, prediction):
        if prediction.min_lr is None:
            return True
        tool_widget = self._dock.tool(tool)
        return tool_widget is not None and LEARNING_RATE[tool](tool_widget) >= prediction.min_lr

    # -- the student's answer ------------------------------------------------------------------
    def commit(self, value):
        step = self._dock.current_step()
        self._answer(step, Answer(value, step.predict.is_right(value)))

    def skip(self):
        self._answer(self._dock.current_step(), Answer())

    def _answer(self, step, answer):
        pending, self._pending = self._pending, None
        answer.revealed = pending is not None
        self.answers[step.id] = answer
        self._save()
        self.refresh()
        if pending is not None:
            pending()                    # the step, the start, the backward pass: the reveal
        self.answered.emit(step.id)

    def clear(self):
        """Forget every answer (Restart lesson)."""
        self.answers = {}
        self._pending = None
        self.card.prediction = None      # the next question starts with nothing ticked or typed
        self._save()
        self.refresh()

    def _ask_toggled(self, on):
        QSettings().setValue(ASK_KEY, bool(on))
        self._pending = None
        self.refresh()

    # -- lesson progress -------------------------------------------------------------------------
    def _save(self):
        QSettings().setValue(PROGRESS_KEY, json.dumps({k: asdict(a) for k, a in self.answers.items()}))

    @staticmethod
    def _load():
        text = QSettings().value(PROGRESS_KEY, "", type=str)
        try:
            saved = json.loads(text) if text and len(text) <= MAX_SAVED else {}
        except (ValueError, RecursionError):
            return {}
        if not isinstance(saved, dict):
            return {}
        answers = {k: Answer.from_saved(v) for k, v in saved.items() if isinstance(k, str)}
        return {k: a for k, a in answers.items() if a is not None}
