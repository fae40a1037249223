"""Predict, then reveal: a step's question, asked before the action that shows the answer.

Students who commit to a prediction before a demonstration learn more from it than those who
only watch (Crouch et al., Am. J. Phys. 72, 835, 2004). A step may carry one ``predict`` entry:

    "predict": {"gate": "step",                          which action waits for the answer (GATES)
                "question": {"en": "...", "ja": "..."},
                "kind": "number",                        or "choice"
                "answer": 1.2,                           the number; for a choice, its number from 1
                "tolerance": 0.05,                       optional (number): how far off is still right
                "choices": [{"en": "...", "ja": "..."}, ...],   2 to 6, for a choice only
                "reason": {"en": "...", "ja": "..."},    one line, shown after the reveal
                "min_lr": 10}                            optional: ask only when α is at least this

Pure Python (no Qt); checked with the rest of the lesson file by ``model.check_step``.
"""
from dataclasses import dataclass

from .model import LessonError, _languages, _number, answer_is_right

# gate -> the tool whose action it holds back (the step's tool must be this one)
GATES = {"step": "stepper",        # Step ▶, Whole iteration ▶▶ and Run
         "start": "training",      # Start
         "backward": "backprop"}   # Step → or To the end, into the backward pass
KINDS = ("choice", "number")
FIELDS = ("gate", "question", "kind", "answer", "tolerance", "choices", "reason", "min_lr")
MAX_CHOICES = 6


@dataclass(frozen=True)
class Prediction:
    gate: str
    question: dict                 # {language: rich text}
    kind: str                      # "choice" or "number"
    answer: float                  # the right number, or the right choice counted from 1
    reason: dict
    choices: tuple = ()            # ({language: text}, ...) for a choice
    tolerance: float = None        # None: right to 2 decimals or 1 % (as the exercise)
    min_lr: float = None

    def is_right(self, value):
        """Whether the student's prediction (a choice number or a number) is right."""
        if value is None:
            return False
        if self.kind == "choice":
            return value == self.answer
        if self.tolerance is None:
            return answer_is_right(value, self.answer)
        return abs(value - self.answer) <= self.tolerance + 1e-12

    def question_in(self, language):
        return self.question.get(language) or self.question["en"]

    def reason_in(self, language):
        return self.reason.get(language) or self.reason["en"]

    def choices_in(self, language):
        return [choice.get(language) or choice["en"] for choice in self.choices]


@dataclass
class Answer:
    """What the student did with a step's question: part of the lesson progress."""
    value: object = None           # the choice number or the number predicted; None: skipped
    right: object = None           # True or False; None when skipped
    revealed: bool = False         # the action has shown the answer since

    @classmethod
    def from_saved(cls, saved):
        """An ``Answer`` from its saved dict, or None for anything else (never trusted)."""
        if not isinstance(saved, dict):
            return None
        value, right, revealed = saved.get("value"), saved.get("right"), saved.get("revealed", False)
        if value is not None and _number()(value):
            return None
        if not (right is None or isinstance(right, bool)) or not isinstance(revealed, bool):
            return None
        return cls(value, right, revealed)


def check_prediction(raw, tool, number=None, step_id=None):
    """A ``Prediction`` from a step's ``predict`` entry, or a ``LessonError`` naming the step and
    the field (``predict.kind``, ``predict.choices.2.ja``, ...)."""
    def fail(message, name=""):
        raise LessonError(message, number, step_id, "predict" + (f".{name}" if name else ""))

    if not isinstance(raw, dict):
        fail("must be an object {...}")
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        fail(f"unknown field (known: {', '.join(FIELDS)})", unknown[0])
    for name in ("gate", "question", "kind", "answer", "reason"):
        if name not in raw:
            fail("is missing", name)
    gate = raw["gate"]
    if gate not in GATES:
        fail(f"must be one of {', '.join(GATES)} (not {gate!r})", "gate")
    if GATES[gate] != tool:
        fail(f"the {gate!r} gate holds back the {GATES[gate]} tool, but this step shows the {tool} tool",
             "gate")
    question = _languages(raw["question"], number, step_id, "predict.question")
    reason = _languages(raw["reason"], number, step_id, "predict.reason")
    kind = raw["kind"]
    if kind not in KINDS:
        fail(f"must be one of {', '.join(KINDS)} (not {kind!r})", "kind")
    choices, tolerance = (), None
    answer = raw["answer"]
    if kind == "choice":
        if "tolerance" in raw:
            fail("is only for kind 'number'", "tolerance")
        listed = raw.get("choices")
        if not isinstance(listed, list) or not 2 <= len(listed) <= MAX_CHOICES:
            fail(f"a choice needs a list of 2 to {MAX_CHOICES} choices", "choices")
        choices = tuple(_languages(c, number, step_id, f"predict.choices.{i}")
                        for i, c in enumerate(listed, start=1))
        if isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= len(choices):
            fail(f"must be the number of the right choice, from 1 to {len(choices)}", "answer")
    else:
        if "choices" in raw:
            fail("is only for kind 'choice'", "choices")
        problem = _number()(answer)
        if problem:
            fail(problem, "answer")
        if "tolerance" in raw:
            problem = _number(low=0)(raw["tolerance"])
            if problem:
                fail(problem, "tolerance")
            tolerance = float(raw["tolerance"])
    min_lr = raw.get("min_lr")
    if min_lr is not None:
        if gate == "backward":
            fail("the Backprop walk has no α to wait for", "min_lr")
        problem = _number(positive=True)(min_lr)
        if problem:
            fail(problem, "min_lr")
        min_lr = float(min_lr)
    return Prediction(gate, question, kind, answer if kind == "choice" else float(answer), reason,
                      choices, tolerance, min_lr)
