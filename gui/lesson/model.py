"""The lesson as data: load ``resources/lesson/lesson.json`` and check every step.

Pure Python (no Qt), so a teacher can check a lesson file from a terminal:

    python -m gui.lesson.model resources/lesson/lesson.json

A lesson is ``{"format": 1, "title": {...}, "steps": [step, ...]}``; a step is

    {"id": "exercise",                       unique, letters, digits, '-' and '_'
     "title": {"en": "...", "ja": "..."},    both languages, plain text
     "text": {"en": "...", "ja": "..."},     both languages, Qt rich text (<b>, <sub>, <sup>)
     "formula": "s := s − α g",              rich text, shown large; one text for both languages,
                                             or {"en": "...", "ja": "..."} when it has words
     "tool": "stepper",                      which tool the step shows (see TOOL_SETTINGS)
     "settings": {...},                      that tool's state (checked against TOOL_SETTINGS)
     "exercise": {...},                      optional: the s1 … s5 exercise (see EXERCISE)
     "predict": {...}}                       optional: a question before the reveal (prediction.py)

A bad file is refused with a ``LessonError`` naming the step and the field.
"""
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from engine import descent, objectives, optimizers, presets
from engine.data.samples import SAMPLES
from engine.data.toy import TOY_SETS

LESSON_FILE = Path(__file__).resolve().parents[2] / "resources" / "lesson" / "lesson.json"
LANGUAGES = ("en", "ja")
FORMAT = 1

# Names a lesson may use, read from the engine's registries (so a name the engine drops cannot
# stay valid here, and a new preset, toy set or sample is usable in a lesson at once).
STEPPER_PRESETS = tuple(objectives.PRESETS)
STEPPER_DIMENSIONS = {**dict.fromkeys(objectives.PRESETS_1D, 1),
                      **dict.fromkeys(objectives.PRESETS_2D, 2)}   # s, or (x1, x2)
STEPPER_METHODS = (*descent.METHODS, *descent.OLD_METHOD_NAMES)   # older lessons say "gd" for "sgd"
NETWORK_PRESETS = tuple(presets.NETWORK_PRESETS)
TRAINING_DATA = ("quadratic", *TOY_SETS)
TRAINING_OPTIMIZERS = tuple(optimizers.OPTIMIZERS)
PICTURE_SAMPLES = tuple(SAMPLES)


# -- value checkers: each returns an error text, or None when the value is fine ---------------
def _number(low=-math.inf, high=math.inf, positive=False):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or isinstance(value, float) and not math.isfinite(value):   # (an int of 400 digits has no float)
            return "must be a number"
        if positive and value <= 0:
            return "must be greater than 0"
        if not low <= value <= high:
            return f"must be between {low} and {high}"
        return None
    return check


def _integer(low=0, high=10**9):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        if not low <= value <= high:
            return f"must be between {low} and {high}"
        return None
    return check


def _choice(*names):
    def check(value):
        if value not in names:
            return f"must be one of {', '.join(names)} (not {value!r})"
        return None
    return check


def _boolean(value):
    return None if isinstance(value, bool) else "must be true or false"


def _text(value):
    return None if isinstance(value, str) and value.strip() else "must be a non-empty text"


def _point(value):
    if not isinstance(value, list) or len(value) not in (1, 2):
        return "must be a list of 1 or 2 numbers, e.g. [2.0] or [-4.0, 1.5]"
    for x in value:
        if _number()(x):
            return "must be a list of numbers"
    return None


# tool -> {setting: checker}. "start" is the welcome page and takes no settings.
TOOL_SETTINGS = {
    "start": {},
    "stepper": {"preset": _choice(*STEPPER_PRESETS), "formula": _text, "start": _point,
                "lr": _number(positive=True, high=100), "method": _choice(*STEPPER_METHODS)},
    "network": {"preset": _choice(*NETWORK_PRESETS), "layer": _integer(0, 100),
                "data": _choice(*TRAINING_DATA[1:])},
    "training": {"data": _choice(*TRAINING_DATA, *PICTURE_SAMPLES), "model": _choice("network", "quadratic"),
                 "network": _choice(*NETWORK_PRESETS),
                 "a": _number(-10, 10), "b": _number(-10, 10), "c": _number(-10, 10),
                 "noise": _number(0, 10), "optimizer": _choice(*TRAINING_OPTIMIZERS),
                 "lr": _number(positive=True, high=100), "epochs": _integer(1, 10000),
                 "batch_size": _integer(1, 100000), "pause": _number(0, 1)},
    "pictures": {"sample": _choice(*PICTURE_SAMPLES), "picture": _integer(0, 100000)},
    "model": {"a": _number(-5, 5), "b": _number(-5, 5), "c": _number(-5, 5), "show_data": _boolean},
    "backprop": {"mode": _choice("quadratic", "network"), "a": _number(-100, 100), "b": _number(-100, 100),
                 "c": _number(-100, 100), "x": _number(-100, 100), "y": _number(-100, 100),
                 "network": _choice(*NETWORK_PRESETS), "data": _choice(*TRAINING_DATA[1:]),
                 "walk": _choice("start", "forward", "backward", "end"), "steps": _integer(0, 1000),
                 "panel": _choice("example", "check", "step", "exercise"), "lr": _number(positive=True, high=10)},
    # the loss landscape: the training tab set up as for "training" (and started when "run"),
    # the plane of the map, its span and the view shown
    "landscape": {"data": _choice(*TRAINING_DATA[1:], *PICTURE_SAMPLES), "network": _choice(*NETWORK_PRESETS),
                  "optimizer": _choice(*TRAINING_OPTIMIZERS), "lr": _number(positive=True, high=100),
                  "epochs": _integer(1, 10000), "batch_size": _integer(1, 100000), "pause": _number(0, 1),
                  "plane": _choice("weights", "random", "pca"), "span": _number(positive=True, high=100),
                  "view": _choice("map", "surface", "range"), "run": _boolean},
}
EXERCISE = {"function": _choice("square"), "start": _number(-100, 100),
            "lr": _number(positive=True, high=10), "count": _integer(1, 10)}
EXERCISE_REQUIRED = ("start", "lr", "count")
STEP_FIELDS = ("id", "title", "text", "formula", "tool", "settings", "exercise", "predict")


class LessonError(ValueError):
    """A lesson file that cannot be used; ``step`` (1-based number or None) and ``field``."""

    def __init__(self, message, step=None, step_id=None, field=None):
        where = []
        if step is not None:
            where.append(f"step {step}" + (f" ({step_id!r})" if step_id else ""))
        if field:
            where.append(f"field {field!r}")
        super().__init__((", ".join(where) + ": " if where else "") + message)
        self.step = step
        self.step_id = step_id
        self.field = field


@dataclass(frozen=True)
class Exercise:
    """Gradient descent on f(s) = s² by hand: s_{t+1} = s_t − α f′(s_t) = (1 − 2α) s_t."""

    start: float
    lr: float
    count: int = 3
    function: str = "square"

    def answers(self):
        """The right s1 … s_count (for s0 = 2, α = 0.2: 1.2, 0.72, 0.432, 0.2592, 0.15552)."""
        s, out = self.start, []
        for _ in range(self.count):
            s = s - self.lr * 2.0 * s      # g = f′(s) = 2 s, then s := s − α g
            out.append(s)
        return out


@dataclass(frozen=True)
class Step:
    id: str
    title: dict
    text: dict
    formula: dict            # {language: rich text}; empty texts when the step has none
    tool: str
    settings: dict = field(default_factory=dict)
    exercise: Exercise = None
    predict: object = None   # a prediction.Prediction, asked before the step's reveal

    def title_in(self, language):
        return self.title.get(language) or self.title["en"]

    def text_in(self, language):
        return self.text.get(language) or self.text["en"]

    def formula_in(self, language):
        return self.formula.get(language) or self.formula["en"]


@dataclass(frozen=True)
class Lesson:
    title: dict
    steps: tuple

    def __len__(self):
        return len(self.steps)

    def index_of(self, step_id):
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        raise KeyError(step_id)


# -- checking ---------------------------------------------------------------------------------
def _languages(value, number, step_id, name):
    if not isinstance(value, dict):
        raise LessonError('must be {"en": "...", "ja": "..."}', number, step_id, name)
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise LessonError(f"the {language!r} text is missing or empty", number, step_id,
                              f"{name}.{language}")
    return {language: value[language].strip() for language in LANGUAGES}


def check_step(raw, number=None):
    """A ``Step`` from one step's dict, or a ``LessonError`` naming the step and field."""
    if not isinstance(raw, dict):
        raise LessonError("a step must be an object {...}", number)
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not re.fullmatch(r"[A-Za-z0-9_-]+", step_id):
        raise LessonError("must be a short name of letters, digits, '-' or '_'", number, None, "id")
    unknown = sorted(set(raw) - set(STEP_FIELDS))
    if unknown:
        raise LessonError(f"unknown field (known: {', '.join(STEP_FIELDS)})", number, step_id,
                          unknown[0])
    title = _languages(raw.get("title"), number, step_id, "title")
    text = _languages(raw.get("text"), number, step_id, "text")
    formula = raw.get("formula", "")
    if isinstance(formula, dict):      # a formula with words ("so that") says them in each language
        formula = _languages(formula, number, step_id, "formula")
    elif isinstance(formula, str):
        formula = {language: formula.strip() for language in LANGUAGES}
    else:
        raise LessonError('must be a text (rich text HTML allowed) or {"en": "...", "ja": "..."}',
                          number, step_id, "formula")
    tool = raw.get("tool")
    if tool not in TOOL_SETTINGS:
        raise LessonError(f"must be one of {', '.join(TOOL_SETTINGS)} (not {tool!r})", number,
                          step_id, "tool")
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        raise LessonError("must be an object {...}", number, step_id, "settings")
    known = TOOL_SETTINGS[tool]
    for key, value in settings.items():
        if key not in known:
            names = ", ".join(known) or "none"
            raise LessonError(f"the {tool} tool has no such setting (it has: {names})", number,
                              step_id, f"settings.{key}")
        problem = known[key](value)
        if problem:
            raise LessonError(problem, number, step_id, f"settings.{key}")
    if tool == "stepper":
        _check_stepper_start(settings, number, step_id)
    exercise = None
    if "exercise" in raw:
        exercise = _check_exercise(raw["exercise"], number, step_id)
    predict = None
    if "predict" in raw:
        from .prediction import check_prediction   # it uses this module's checkers
        predict = check_prediction(raw["predict"], tool, number, step_id)
    return Step(step_id, title, text, formula, tool, dict(settings), exercise, predict)


def _check_stepper_start(settings, number, step_id):
    """The formula is one the stepper accepts, and the start has one number per variable:
    [2.0] for a function of s, [-4.0, 1.5] for one of x1 and x2."""
    dimension = STEPPER_DIMENSIONS.get(settings.get("preset"), 1)
    if "formula" in settings:
        from engine.expression import ExpressionError, guess_variables, parse   # only for formulas
        variables = guess_variables(settings["formula"])
        try:
            parse(settings["formula"], variables)
        except ExpressionError as error:
            raise LessonError(f"not a formula the stepper accepts: {error}", number, step_id,
                              "settings.formula") from None
        dimension = len(variables)
    start = settings.get("start")
    if start is not None and len(start) != dimension:
        raise LessonError(f"the function has {dimension} variable(s), so the start needs {dimension} "
                          f"number(s), not {len(start)}", number, step_id, "settings.start")


def _check_exercise(raw, number, step_id):
    if not isinstance(raw, dict):
        raise LessonError("must be an object {...}", number, step_id, "exercise")
    for key in EXERCISE_REQUIRED:
        if key not in raw:
            raise LessonError("is missing", number, step_id, f"exercise.{key}")
    for key, value in raw.items():
        if key not in EXERCISE:
            raise LessonError(f"unknown field (known: {', '.join(EXERCISE)})", number, step_id,
                              f"exercise.{key}")
        problem = EXERCISE[key](value)
        if problem:
            raise LessonError(problem, number, step_id, f"exercise.{key}")
    return Exercise(float(raw["start"]), float(raw["lr"]), int(raw["count"]),
                    raw.get("function", "square"))


def parse_lesson(data):
    """A ``Lesson`` from the decoded JSON, every step checked."""
    if not isinstance(data, dict):
        raise LessonError('the file must hold one object {"format": 1, "steps": [...]}')
    if data.get("format", FORMAT) != FORMAT:
        raise LessonError(f"unknown format {data.get('format')!r} (this version reads {FORMAT})",
                          field="format")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise LessonError("must be a non-empty list of steps", field="steps")
    title = data.get("title") or {"en": "Lesson", "ja": "レッスン"}
    title = _languages(title, None, None, "title")
    checked, seen = [], {}
    for number, raw in enumerate(steps, start=1):
        step = check_step(raw, number)
        if step.id in seen:
            raise LessonError(f"the same id is already used by step {seen[step.id]}", number,
                              step.id, "id")
        seen[step.id] = number
        checked.append(step)
    return Lesson(title, tuple(checked))


MAX_LESSON_BYTES = 4 * 1024 * 1024   # the shipped lesson of 18 steps in two languages is ~60 KB


def load_lesson(path=LESSON_FILE):
    """Read and check a lesson file; ``LessonError`` says what is wrong and where."""
    from engine.safe_files import JSONLimitError, parse_json, read_regular_text   # plain Python
    path = Path(path)
    try:
        text = read_regular_text(path, MAX_LESSON_BYTES)   # never a FIFO or a device
    except OSError as exc:
        raise LessonError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise LessonError(f"{path} is not UTF-8 text") from None
    try:
        data = parse_json(text)
    except json.JSONDecodeError as exc:
        raise LessonError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                          f"column {exc.colno}") from None
    except JSONLimitError as exc:
        raise LessonError(f"{path.name} cannot be a lesson: {exc}") from None
    return parse_lesson(data)


# -- the exercise's answers -------------------------------------------------------------------
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋　", "0123456789.,-+ ")


def parse_answer(text):
    """The number a student typed, or None. Kind but never eval:

    "1.2", " 1.20 ", "１．２" (full-width), "1,2" (decimal comma), "−0.5" (minus sign),
    "6/5" (a fraction) are read; anything else is None.
    """
    s = str(text).translate(_FULL_WIDTH).strip().replace("−", "-").replace("–", "-")
    s = s.replace(" ", "")
    if not s:
        return None
    if "," in s:
        if "." in s or s.count(",") != 1:
            return None
        s = s.replace(",", ".")
    if "/" in s:
        top, _, bottom = s.partition("/")
        if not (_NUMBER.fullmatch(top) and _NUMBER.fullmatch(bottom)) or float(bottom) == 0:
            return None
        return float(top) / float(bottom)
    return float(s) if _NUMBER.fullmatch(s) else None


def answer_is_right(value, expected):
    """Right within rounding: to 2 decimals (0.43 for 0.432) or 1 %, whichever is looser."""
    if value is None:
        return False
    return abs(value - expected) <= max(0.005 + 1e-12, 0.01 * abs(expected))


if __name__ == "__main__":   # python -m gui.lesson.model FILE: check a lesson file
    import sys
    try:
        lesson = load_lesson(sys.argv[1] if len(sys.argv) > 1 else LESSON_FILE)
    except ValueError as error:   # a LessonError (prediction.py raises gui.lesson.model's, not __main__'s)
        print(f"refused: {error}", file=sys.stderr)
        sys.exit(1)
    print(f"ok: {len(lesson)} steps")
