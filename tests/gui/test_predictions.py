"""Predict, then reveal: the lesson's questions hold back Step, Start and the backward pass until
the student answers or skips, check the answer, say why, and remember it."""
import copy
import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from gui.lesson.model import LESSON_FILE, LessonError, load_lesson, parse_lesson
from gui.lesson.predictions import ASK_KEY, PROGRESS_KEY

RAW = json.loads(LESSON_FILE.read_text(encoding="utf-8"))
IDS = [step["id"] for step in RAW["steps"]]


@pytest.fixture(autouse=True)
def _fresh_progress(app):
    """Qt keeps the first settings file of the process for every later test: start clean."""
    for key in (ASK_KEY, PROGRESS_KEY):
        QSettings().remove(key)
    yield
    for key in (ASK_KEY, PROGRESS_KEY):
        QSettings().remove(key)


def _at(window, step_id):
    window.lesson.go_to(IDS.index(step_id))
    return window.lesson.predict_card


def _saved():
    return json.loads(QSettings().value(PROGRESS_KEY, "{}", type=str))


# -- the lesson file ----------------------------------------------------------------------------
def test_the_lecture_asks_at_its_four_key_moments_in_both_languages():
    lesson = load_lesson()
    asked = {step.id: step.predict for step in lesson.steps if step.predict is not None}
    assert {k: (p.gate, p.kind) for k, p in asked.items()} == {
        "gradient-method": ("step", "number"), "zigzag-diverge": ("step", "choice"),
        "back-to-learning": ("start", "choice"), "backprop-chain-rule": ("backward", "choice")}
    assert asked["gradient-method"].is_right(1.2) and not asked["gradient-method"].is_right(0.8)
    assert asked["back-to-learning"].min_lr >= 1            # only a huge α is asked about
    for prediction in asked.values():
        assert prediction.question["ja"] != prediction.question["en"]
        assert prediction.reason["ja"] != prediction.reason["en"]
        for choice in prediction.choices:
            assert choice["ja"] != choice["en"]


def _broken(step_id, change):
    data = copy.deepcopy(RAW)
    change(data["steps"][IDS.index(step_id)]["predict"])
    return data


@pytest.mark.parametrize("step_id, change, words", [
    ("gradient-method", lambda p: p.update(kind="essay"), ["'predict.kind'", "essay"]),
    ("gradient-method", lambda p: p.update(gate="start"), ["'predict.gate'", "training", "stepper"]),
    ("gradient-method", lambda p: p.pop("reason"), ["'predict.reason'", "missing"]),
    ("gradient-method", lambda p: p.update(tolerance=-1), ["'predict.tolerance'", "between 0"]),
    ("gradient-method", lambda p: p.update(answer="1.2"), ["'predict.answer'", "number"]),
    ("gradient-method", lambda p: p.update(colour="red"), ["'predict.colour'", "unknown field"]),
    ("zigzag-diverge", lambda p: p.update(answer=4), ["'predict.answer'", "from 1 to 3"]),
    ("zigzag-diverge", lambda p: p["choices"][1].pop("ja"), ["'predict.choices.2.ja'", "missing"]),
    ("zigzag-diverge", lambda p: p.update(choices=["yes"]), ["'predict.choices'", "2 to 6"]),
    ("zigzag-diverge", lambda p: p["question"].update(ja=" "), ["'predict.question.ja'", "empty"]),
    ("back-to-learning", lambda p: p.update(min_lr=0), ["'predict.min_lr'", "greater than 0"]),
    ("backprop-chain-rule", lambda p: p.update(min_lr=1), ["'predict.min_lr'", "no α"]),
])
def test_a_broken_prediction_is_refused_naming_its_step_and_field(step_id, change, words):
    with pytest.raises(LessonError) as info:
        parse_lesson(_broken(step_id, change))
    message = str(info.value)
    assert f"step {IDS.index(step_id) + 1} ({step_id!r})" in message
    for word in words:
        assert word in message


# -- the stepper: "where will s be after one step?" ---------------------------------------------
def test_step_waits_for_the_prediction_then_a_wrong_number_is_marked_and_explained(window, qtbot):
    card = _at(window, "gradient-method")
    stepper = window.tools["stepper"]
    assert card.isVisible() and "s<sub>1</sub>" in card.question.text()
    qtbot.mouseClick(stepper.controls.step_button, Qt.MouseButton.LeftButton)
    stepper.setFocus()
    qtbot.keyClick(stepper, Qt.Key.Key_Space)
    assert stepper.current_step() == 1 and stepper.current_point() == (2.0,)   # nothing moved
    assert window.lesson.predictions.is_waiting()
    assert "waits for your prediction" in card.status.text() and "#D55E00" in card.styleSheet()
    assert QApplication.focusWidget() is card.number                          # ready to type
    assert not card.reason.isVisible()
    qtbot.keyClicks(card.number, "0.8")
    qtbot.keyClick(card.number, Qt.Key.Key_Return)
    assert stepper.current_step() == 2                                        # the step, revealed
    assert "Not this time" in card.status.text() and "1.2" in card.status.text()
    assert card.reason.isVisible() and "2 − 0.2 · 4 = 1.2" in card.reason.text()
    assert _saved()["gradient-method"] == {"value": 0.8, "right": False, "revealed": True}
    qtbot.mouseClick(stepper.controls.step_button, Qt.MouseButton.LeftButton)
    assert stepper.current_step() == 3                                        # asked once only


def test_a_right_prediction_given_before_pressing_is_judged_when_the_step_shows_it(window, qtbot):
    card = _at(window, "gradient-method")
    stepper = window.tools["stepper"]
    card.number.setText("６/５")                                              # 1.2, typed kindly
    card.commit_button.click()
    assert "Now press" in card.status.text() and not card.reason.isVisible()
    assert _saved()["gradient-method"]["revealed"] is False
    stepper.controls.iterate_button.click()                                   # a whole iteration
    assert stepper.current_point() == pytest.approx((1.2,))
    assert "✔ Right" in card.status.text() and card.reason.isVisible()
    assert _saved()["gradient-method"] == {"value": 1.2, "right": True, "revealed": True}


def test_something_that_is_not_a_number_is_refused_and_nothing_moves(window, qtbot):
    card = _at(window, "gradient-method")
    stepper = window.tools["stepper"]
    stepper.controls.step_button.click()
    card.number.setText("s minus 0.8")
    card.commit_button.click()
    assert "not a number" in card.status.text()
    assert stepper.current_step() == 1 and window.lesson.predictions.is_waiting()


def test_skipping_reveals_with_the_answer_and_records_the_skip(window, qtbot):
    card = _at(window, "backprop-chain-rule")
    tool = window.tools["backprop"]
    assert tool.model.current() == ("forward", "L")
    tool.walk.end_button.click()
    assert tool.model.current() == ("forward", "L")                          # the backward pass waits
    tool.walk.back_button.click()                                             # going back never asks
    tool.walk.step_button.click()                                             # nor forward
    assert tool.model.current() == ("forward", "L")
    tool.setFocus()
    qtbot.keyClick(tool, Qt.Key.Key_Space)                                    # the latest press waits
    assert tool.model.current() == ("forward", "L")
    card.skip_button.click()
    assert tool.model.current() == ("backward", "L")                         # the step → pressed
    assert "Skipped" in card.status.text() and "Negative" in card.status.text()
    assert "−10" in card.reason.text()
    assert _saved()["backprop-chain-rule"] == {"value": None, "right": None, "revealed": True}


# -- a choice before Run and before Start --------------------------------------------------------
def test_run_at_alpha_0_21_waits_for_the_choice(window, qtbot):
    card = _at(window, "zigzag-diverge")
    stepper = window.tools["stepper"]
    stepper.controls.run_button.click()
    assert not stepper.controls.run_button.isChecked() and not stepper.controls.is_running()
    assert [r.text() for r in card.radios][2].startswith("Fly off")
    assert all(r.toolTip() for r in card.radios)
    assert QApplication.focusWidget() is card.radios[0]
    card.commit_button.click()
    assert "Choose one" in card.status.text() and not stepper.controls.is_running()
    card.choose(3)
    qtbot.keyClick(card.radios[2], Qt.Key.Key_Return)                        # Enter locks the choice in
    assert stepper.controls.is_running() and stepper.controls.run_button.isChecked()
    stepper.run(False)
    assert "✔ Right" in card.status.text()
    assert _saved()["zigzag-diverge"] == {"value": 3, "right": True, "revealed": True}


def test_start_is_asked_about_only_with_a_huge_alpha(window, qtbot):
    card = _at(window, "back-to-learning")
    dashboard = window.tools["training"]
    start = dashboard.buttons.start_button
    start.click()                                                             # α = 0.5: no question
    assert dashboard.is_training() and not window.lesson.predictions.is_waiting()
    dashboard.controller.finish_now()
    qtbot.waitUntil(lambda: not dashboard.controller.is_active(), timeout=10_000)
    dashboard.set_learning_rate(10.0)
    start.click()
    assert not dashboard.is_training() and window.lesson.predictions.is_waiting()
    card.choose(1)                                                            # "faster": wrong
    card.commit_button.click()
    assert dashboard.is_training()
    dashboard.controller.finish_now()
    qtbot.waitUntil(lambda: not dashboard.controller.is_active(), timeout=10_000)
    assert "Not this time" in card.status.text() and "jumps about" in card.status.text()
    assert _saved()["back-to-learning"] == {"value": 1, "right": False, "revealed": True}


# -- the teacher's switch, the progress ----------------------------------------------------------
def test_with_predictions_switched_off_the_action_goes_through_and_the_reason_shows(window, qtbot):
    card = _at(window, "gradient-method")
    stepper = window.tools["stepper"]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Lesson")
    ask = next(a for a in menu.actions() if a.text() == "Ask predictions")
    assert ask.isChecked()
    ask.trigger()
    assert QSettings().value(ASK_KEY, type=bool) is False                   # remembered
    stepper.controls.step_button.click()
    assert stepper.current_step() == 2 and not window.lesson.predictions.is_waiting()
    assert not card.question.isVisible() and card.heading.text() == "Why" and card.reason.isVisible()
    assert "gradient-method" not in _saved()


def test_a_hidden_lesson_panel_asks_nothing(window, qtbot):
    _at(window, "gradient-method")
    window.lesson.hide()
    stepper = window.tools["stepper"]
    stepper.controls.step_button.click()
    assert stepper.current_step() == 2


def test_a_question_left_waiting_is_dropped_on_another_step(window, qtbot):
    _at(window, "gradient-method")
    stepper = window.tools["stepper"]
    stepper.controls.step_button.click()
    assert window.lesson.predictions.is_waiting()
    window.lesson.next()
    assert not window.lesson.predictions.is_waiting()
    stepper.controls.step_button.click()                                      # the exercise step asks nothing
    assert stepper.current_step() == 2


def test_answers_are_lesson_progress_kept_between_runs_and_cleared_by_restart(window, qtbot):
    from gui.main_window import MainWindow
    card = _at(window, "gradient-method")
    card.number.setText("1.2")
    card.commit_button.click()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.lesson.predictions.answers["gradient-method"].right is True
    again.lesson.go_to(IDS.index("gradient-method"))
    assert "Now press" in again.lesson.predict_card.status.text()
    again.lesson.restart()
    assert again.lesson.predictions.answers == {} and _saved() == {}
    again.lesson.go_to(IDS.index("gradient-method"))
    assert again.lesson.predict_card.number.text() == "" and not again.lesson.predict_card.status.text()
    again.close()


def test_damaged_saved_answers_are_ignored(window, qtbot):
    from gui.main_window import MainWindow
    QSettings().setValue(PROGRESS_KEY, json.dumps({"gradient-method": {"value": "1.2"}, "zigzag-diverge":
                                                   {"value": 3, "right": True, "revealed": False}, "x": []}))
    again = MainWindow()
    qtbot.addWidget(again)
    assert list(again.lesson.predictions.answers) == ["zigzag-diverge"]
    again.close()


def test_the_stepper_does_not_say_diverges_before_the_student_predicts_it(window, qtbot):
    """On 'α = 0.21', the stepper's stability hint (in red: 'diverges') gave the answer away
    while the question was open; it shows again once the run reveals it."""
    stepper = window.tools["stepper"]
    hint = stepper.settings_panel.bound
    _at(window, "zigzag")
    assert hint.isVisible()                             # the step before: shown
    card = _at(window, "zigzag-diverge")
    assert card.isVisible() and not hint.isVisible()
    stepper.controls.run_button.click()                 # waits for the answer
    assert not hint.isVisible()
    card.choose(1)
    card.commit_button.click()                          # the run goes: the answer is shown
    stepper.run(False)
    assert hint.isVisible() and "diverge" in hint.text().lower()
    _at(window, "zigzag")                               # another step: its hint as always
    assert hint.isVisible()


def test_with_the_lesson_closed_or_predictions_off_the_hint_is_shown(window, qtbot):
    hint = window.tools["stepper"].settings_panel.bound
    _at(window, "zigzag-diverge")
    assert not hint.isVisible()
    window.lesson.predictions.ask_action.setChecked(False)
    assert hint.isVisible()
    window.lesson.predictions.ask_action.setChecked(True)
    assert not hint.isVisible()
    window.lesson.hide()
    assert hint.isVisible()
