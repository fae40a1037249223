"""The lesson panel: a dock beside the tools with the step's title, text, formula, Back / Next.

``LessonDock(window)`` loads ``resources/lesson/lesson.json`` (another file that is bad: the shipped
lesson with a notice saying why; a bad shipped file shows its error
instead of steps), and on every step change calls
``drive.apply_step`` to put the tools into the state the step needs. The tools stay live.
Keys (``keys.py``): → / Page Down, ← / Page Up, Home / End, wherever the focus is, except in a
text field, spin box, slider or open list being used.
Progress is remembered in QSettings ("lesson/step"; the answers to the steps' questions,
"lesson/predictions": predictions.py).
"""
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from .. import i18n
from . import drive
from .exercise import ExerciseWidget
from .keys import LessonKeys
from .model import LESSON_FILE, LessonError, load_lesson
from .predict_card import PredictCard
from .predictions import Predictions
from .rich_text import keep_formulas_together
from .. import theme

SETTINGS_KEY = "lesson/step"


class LessonDock(QDockWidget):
    step_changed = Signal(int)

    def __init__(self, window, lesson_file=None):
        super().__init__(window)
        lesson_file = LESSON_FILE if lesson_file is None else lesson_file
        self.setObjectName("lesson_dock")
        self._window = window
        self.index = 0
        self.lesson = None
        self._settings = None
        self.error = ""
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._build()
        self.predictions = Predictions(self, self.predict_card)
        # a closed lesson asks nothing, so its tool hides nothing either
        self.visibilityChanged.connect(lambda _visible: self.predictions.refresh())
        try:
            self.lesson = load_lesson(lesson_file)
        except LessonError as error:
            self.error = str(error)
            self._fall_back(lesson_file)
        self._fill_contents()
        self.keys = LessonKeys(self)
        self.retranslate()
        if self.lesson is not None:
            self.go_to(self._remembered_index(), apply=False)

    def _fall_back(self, lesson_file):
        """A bad lesson file other than the shipped one: show the shipped lesson, and say why."""
        if Path(lesson_file).resolve() == Path(LESSON_FILE).resolve():
            return
        try:
            self.lesson = load_lesson(LESSON_FILE)
        except LessonError:
            return
        self.notice.setText(self.tr("The lesson file {0} cannot be used, so the built-in lesson is shown: {1}").format(
            Path(lesson_file).name, self.error))
        self.notice.show()

    # -- building ----------------------------------------------------------------------------
    def _build(self):
        body = QWidget()
        body.setMinimumWidth(340)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.counter = QLabel()
        theme.colour_text(self.counter, "muted", "font-size: 11pt")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setStyleSheet("font-size: 12pt")
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.formula.setFrameShape(QFrame.Shape.StyledPanel)
        self.formula.setStyleSheet("font-size: 14pt; padding: 8px; background: #f6f8fa;"
                                   "font-family: 'DejaVu Serif', serif")
        self.predict_card = PredictCard()
        self.predict_card.hide()
        self.exercise = ExerciseWidget()
        self.exercise.hide()
        self.contents = QComboBox()
        self.contents.activated.connect(self.go_to)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.restart_button = QPushButton()
        self.restart_button.setFlat(True)
        self.restart_button.clicked.connect(self.restart)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(lambda: self.go_to(self.index))

        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.restart_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(wordWrap=True)   # why the built-in lesson is shown instead of a file
        theme.colour_text(self.notice, "error")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        inner_layout.addWidget(self.notice)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.text)
        inner_layout.addWidget(self.formula)
        inner_layout.addWidget(self.predict_card)
        inner_layout.addWidget(self.exercise)
        inner_layout.addStretch(1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(body)
        layout.addWidget(self.contents)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.show_button)
        layout.addLayout(buttons)
        self.setWidget(body)

    def _fill_contents(self):
        self.contents.clear()
        if self.lesson is None:
            self.contents.setEnabled(False)
            return
        for number, step in enumerate(self.lesson.steps, start=1):
            self.contents.addItem(f"{number}. {step.title_in(self.language())}")
        self.contents.setCurrentIndex(self.index)

    def language(self):
        return i18n.current_language()

    def retranslate(self):
        self.setWindowTitle(self.tr("Lesson"))
        self.back_button.setText(self.tr("← Back"))
        self.next_button.setText(self.tr("Next →"))
        self.restart_button.setText(self.tr("Restart lesson"))
        self.back_button.setToolTip(self.tr("The previous step (← or Page Up)"))
        self.next_button.setToolTip(self.tr("The next step (→ or Page Down)"))
        self.restart_button.setToolTip(self.tr("Back to the first step; your answers are forgotten"))
        self.show_button.setText(self.tr("Set up the tools for this step"))
        self.show_button.setToolTip(self.tr("Put the tool back into the state this step needs"))
        self.contents.setToolTip(self.tr("Jump to any step"))
        self.exercise.retranslate()
        self.predict_card.retranslate()
        self.predictions.retranslate()
        if self.lesson is None:
            self.heading.setText(self.tr("The lesson cannot be shown"))
            self.text.setText(self.tr("The lesson file is not valid:") + "<br><tt>"
                              + self.error.replace("&", "&amp;").replace("<", "&lt;") + "</tt>")
            for widget in (self.back_button, self.next_button, self.restart_button, self.show_button):
                widget.setEnabled(False)
            return
        self._fill_contents()
        self._show_text()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- moving ------------------------------------------------------------------------------
    def count(self):
        return len(self.lesson) if self.lesson is not None else 0

    def current_step(self):
        return self.lesson.steps[self.index] if self.lesson is not None else None

    @Slot()
    def next(self):
        if self.index + 1 < self.count():
            self.go_to(self.index + 1)

    @Slot()
    def back(self):
        if self.index > 0:
            self.go_to(self.index - 1)

    @Slot()
    def first(self):
        self.go_to(0)

    @Slot()
    def last(self):
        self.go_to(self.count() - 1)

    @Slot()
    def restart(self):
        """Start the lesson again from step 1 (answers typed and predictions so far are cleared)."""
        self.exercise.clear()
        self.predictions.clear()
        self.go_to(0)

    @Slot(int)
    def go_to(self, index, apply=True):
        """Show step ``index`` (0-based) and, unless apply=False, set its tool up."""
        if self.lesson is None:
            return
        index = max(0, min(int(index), self.count() - 1))
        self.index = index
        if self._settings is None:
            self._settings = QSettings()    # kept: a new QSettings writes its file (~30 ms) when it goes
        self._settings.setValue(SETTINGS_KEY, self.current_step().id)
        self._show_text()
        if apply:
            drive.apply_step(self._window, self.current_step())
        self.step_changed.emit(index)

    def _remembered_index(self):
        saved = QSettings().value(SETTINGS_KEY, "", type=str)
        try:
            return self.lesson.index_of(saved)
        except KeyError:
            return 0

    def _show_text(self):
        step = self.current_step()
        language = self.language()
        self.heading.setText(step.title_in(language))
        self.counter.setText(f"{self.index + 1} / {self.count()}")
        self.text.setText(keep_formulas_together(step.text_in(language)))
        self.formula.setText(keep_formulas_together(step.formula_in(language)))
        self.formula.setVisible(bool(step.formula_in(language)))
        if step.exercise is not None:
            self.exercise.set_exercise(step.exercise)
        self.exercise.setVisible(step.exercise is not None)
        self.predictions.show_step(step)
        self.contents.setCurrentIndex(self.index)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < self.count())

    # -- predictions ---------------------------------------------------------------------------
    def tool(self, key):
        """The window's tool ``key`` (for the predictions' α), or None."""
        return self._window.tools.get(key)

    def show_prediction_card(self):
        """An action waits for the prediction: bring the card into view and give it the keyboard."""
        self.raise_()
        self._scroll.ensureWidgetVisible(self.predict_card)
        self.predict_card.focus_answer()

    # -- screenshots ---------------------------------------------------------------------------
    def prepare_screenshot(self, step=1, **kwargs):
        """Show step ``step`` (1-based, as the counter) with its tool set up; wait for loading."""
        if self.lesson is None:
            return
        self.go_to(int(step) - 1)
        pictures = self._window.tools.get("pictures")
        job = getattr(pictures, "job", None)
        if job is not None and job.is_running():
            loop = QEventLoop()
            job.ended.connect(loop.quit)
            QTimer.singleShot(20_000, loop.quit)
            loop.exec()
