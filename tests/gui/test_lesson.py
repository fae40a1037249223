"""The lesson walkthrough: its data file, the dock, the exercise and the tools it sets up."""
import copy
import json
import re

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.lesson import LessonDock
from gui.lesson.rich_text import keep_formulas_together
from gui.lesson.model import (LESSON_FILE, LessonError, answer_is_right, load_lesson,
                              parse_answer, parse_lesson)

RAW = json.loads(LESSON_FILE.read_text(encoding="utf-8"))


# -- the data file ------------------------------------------------------------------------------
def test_lesson_file_follows_the_lecture_in_both_languages():
    lesson = load_lesson()
    assert 14 <= len(lesson) <= 24      # the lecture's 16 items, a few split, 3 on backpropagation, 2 landscapes
    ids = [step.id for step in lesson.steps]
    # the lecture's order: picture as vector, model, loss, gradient method, exercise, zig-zag
    for earlier, later in [("picture-vector", "parametric-model"), ("parametric-model", "loss-function"),
                           ("loss-function", "gradient-method"), ("gradient-method", "exercise"),
                           ("exercise", "gradient-contours"), ("zigzag", "zigzag-diverge"),
                           ("zigzag-diverge", "summary")]:
        assert ids.index(earlier) < ids.index(later)
    for step in lesson.steps:
        assert step.title["ja"] != step.title["en"] and step.text["ja"] != step.text["en"]
    exercise = lesson.steps[lesson.index_of("exercise")].exercise
    assert exercise.answers() == pytest.approx([1.2, 0.72, 0.432, 0.2592, 0.15552])   # the lecture's five


def _with_step_change(index, change):
    data = copy.deepcopy(RAW)
    change(data["steps"][index])
    return data


@pytest.mark.parametrize("change, step_number, words", [
    (lambda s: s.update(tool="calculator"), 3, ["step 3", "'tool'", "calculator"]),
    (lambda s: s["text"].pop("ja"), 2, ["step 2", "'text.ja'", "missing"]),
    (lambda s: s["settings"].update(lr=-0.2), 11, ["step 11", "'settings.lr'", "greater than 0"]),
    (lambda s: s["settings"].update(colour="red"), 11, ["step 11", "'settings.colour'", "no such setting"]),
    (lambda s: s["settings"].update(preset="banana"), 11, ["step 11", "'settings.preset'", "banana"]),
    (lambda s: s.update(id="summary"), 1, ["step", "'id'", "already used"]),
    (lambda s: s["exercise"].pop("lr"), 12, ["step 12", "'exercise.lr'", "missing"]),
    (lambda s: s.update(formula=3), 4, ["step 4", "'formula'"]),
])
def test_a_bad_step_is_refused_with_a_message_naming_step_and_field(change, step_number, words):
    with pytest.raises(LessonError) as info:
        parse_lesson(_with_step_change(step_number - 1, change))
    message = str(info.value)
    for word in words:
        assert word in message


def test_a_file_that_is_not_json_says_where(tmp_path):
    bad = tmp_path / "lesson.json"
    bad.write_text('{"steps": [ {"id": "a",, } ]}', encoding="utf-8")
    with pytest.raises(LessonError, match="not valid JSON.*line 1"):
        load_lesson(bad)


def test_a_bad_lesson_file_shows_the_built_in_lesson_and_says_why(window, tmp_path):
    bad = tmp_path / "lesson.json"
    bad.write_text(json.dumps(_with_step_change(4, lambda s: s.update(tool="oven"))), encoding="utf-8")
    dock = LessonDock(window, bad)
    assert len(dock.lesson) == len(load_lesson())          # the shipped lesson instead
    assert dock.notice.isVisibleTo(dock)
    assert "step 5" in dock.notice.text() and "oven" in dock.notice.text()
    assert dock.next_button.isEnabled()
    dock.deleteLater()


def test_a_bad_shipped_lesson_shows_its_error_in_the_dock(window, tmp_path, monkeypatch):
    from gui.lesson import dock as dock_module
    bad = tmp_path / "lesson.json"
    bad.write_text(json.dumps(_with_step_change(4, lambda s: s.update(tool="oven"))), encoding="utf-8")
    monkeypatch.setattr(dock_module, "LESSON_FILE", bad)
    dock = LessonDock(window, bad)
    assert dock.lesson is None
    assert "step 5" in dock.text.text() and "oven" in dock.text.text()
    assert not dock.next_button.isEnabled()
    dock.next()                                   # does nothing, raises nothing
    dock.deleteLater()


# -- the exercise -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("1.2", 1.2), (" 1.20 ", 1.2), ("1,2", 1.2), ("１．２", 1.2), ("−0.5", -0.5), ("6/5", 1.2),
    (".72", 0.72), ("4.32e-1", 0.432),
])
def test_answers_are_read_kindly(text, value):
    assert parse_answer(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1,2,3", "__import__('os')", "2*0.6", "1/0",
                                  "1.2,5"])
def test_anything_else_is_not_a_number_and_never_evaluated(text):
    assert parse_answer(text) is None


def test_rounding_is_forgiven_but_wrong_values_are_not():
    assert answer_is_right(0.43, 0.432) and answer_is_right(0.432, 0.432)
    assert answer_is_right(1.2, 1.2) and answer_is_right(0.72, 0.72)
    assert not answer_is_right(0.4, 0.432)
    assert not answer_is_right(1.6, 1.2)          # s − α g with g = s instead of 2 s
    assert not answer_is_right(0.7, 0.72)


def _dock(window):
    return window.lesson


def test_exercise_checks_the_five_values_of_the_lecture(window):
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("exercise"))
    assert dock.exercise.isVisible()
    assert [f.objectName() for f in dock.exercise.fields] == [f"answer_s{i}" for i in range(1, 6)]
    dock.exercise.set_answers(["1.2", "0,72", "0.43", "0.2592", "0.156"])
    assert dock.exercise.check() == [True] * 5
    assert "0.6" in dock.exercise.summary.text()
    dock.exercise.set_answers(["1.6", "0.72", "three", "0.3", ""])
    assert dock.exercise.check() == [False, True, False, False, None]
    assert "not a number" in dock.exercise.marks[2].text()
    assert "2 s1" in dock.exercise.marks[0].text() or "s0" in dock.exercise.marks[0].text()
    dock.exercise.set_answers(["1.2", "0.96", "", "", ""])     # 0.96 = 1.2 − 0.2 × 1.2: g forgot the 2
    assert dock.exercise.check() == [True, False, None, None, None]
    dock.exercise.reveal()
    assert [m.text().count("1.2") for m in dock.exercise.marks][0] == 1
    assert "0.432" in dock.exercise.marks[2].text() and "0.15552" in dock.exercise.marks[4].text()


def test_the_hint_for_a_non_number_never_gives_an_answer_away(window):
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("exercise"))
    answers = dock.exercise.exercise.answers()
    for i in range(5):
        dock.exercise.set_answers([""] * i + ["?"])
        dock.exercise.check()
        hint = dock.exercise.marks[i].text()
        assert "not a number" in hint
        numbers = [parse_answer(n) for n in re.findall(r"\d+(?:[.,/]\d+)?", hint)]
        assert not any(answer_is_right(n, a) for n in numbers for a in answers), hint


def test_the_faces_step_trains_with_the_plain_gradient_method_and_learns(window, qtbot):
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("faces"))
    _wait_for_pictures(qtbot, window)
    dashboard = window.tools["training"]
    assert dashboard.model.setup.optimizer == "sgd"     # "the same gradient method"
    spec = window.session.spec
    assert spec["input_size"] == 1024 and spec["layers"][-1]["units"] == 2
    assert spec["layers"][-1]["activation"] == "softmax" and spec["loss"] == "cross_entropy"
    dashboard.start()
    qtbot.waitUntil(lambda: dashboard.current_run() is not None
                    and dashboard.current_run().ended is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=10_000)
    last = dashboard.current_run().history.epochs[-1]
    assert dashboard.current_run().ended.reason == "completed"
    assert last.accuracy >= 0.9 and last.val_accuracy >= 0.9


RAW_IDS = [step["id"] for step in RAW["steps"]]


# -- walking the lesson ------------------------------------------------------------------------
def _wait_for_pictures(qtbot, window):
    pictures = window.tools.get("pictures")
    if pictures is not None and pictures.job is not None:
        qtbot.waitUntil(lambda: pictures.job is None, timeout=30_000)


def _assert_tool_state(window, step):
    s, tool = step.settings, window.tools.get(step.tool)
    assert window.tabs.currentWidget() is tool
    if step.tool == "stepper":
        assert tool.model.objective.key == s["preset"]
        assert tool.model.method == s.get("method", "sgd")
        if "start" in s:
            assert tool.current_point() == pytest.approx(tuple(s["start"]))
        if "lr" in s:
            assert tool.model.lr == pytest.approx(s["lr"])
        assert tool.current_step() == 1                     # back at Step 1 of the four
    elif step.tool == "network":
        spec = window.session.spec
        assert spec["input_size"] == 2
        from engine.presets import NETWORK_PRESETS
        hidden = NETWORK_PRESETS[s["preset"]]
        assert [(l["units"], l["activation"]) for l in spec["layers"][:-1]] == \
               [(l["units"], l["activation"]) for l in hidden]
        if "layer" in s:
            assert tool.selected_layer() == s["layer"]
    elif step.tool == "training":
        choice = tool.model.data
        if s["data"] in ("faces", "textures"):                # pictures in the session
            assert choice.kind == "session" and window.session.dataset.name == s["data"]
            assert window.session.network.input_size == window.session.dataset.input_size
        else:
            assert choice.kind == s["data"]
        assert tool.model.model_kind == s.get("model", "network")
        settings = tool.model.setup.settings()
        assert settings["lr"] == pytest.approx(s["lr"]) and settings["optimizer"] == s["optimizer"]
        assert settings["epochs"] == s["epochs"]
        assert not tool.is_training()
    elif step.tool == "pictures":
        assert tool.data is not None and tool.data.name == s["sample"]
        assert tool.shown_index == s["picture"]
        assert window.session.dataset.input_size == int(np.prod(tool.data.image_shape))
        assert window.session.dataset.class_names == ["face", "not face"]
    elif step.tool == "model":
        assert tool.parameters() == pytest.approx((s["a"], s["b"], s["c"]))
        assert tool.data_visible() == s["show_data"]
    elif step.tool == "landscape":
        assert tool.kind.currentData() == s["plane"] and tool.model.span == s["span"]
        dashboard = window.tools["training"]
        assert dashboard.current_run() is not None                   # the step started the training
        if s["data"] in ("faces", "textures"):
            assert window.session.dataset.name == s["data"]
        else:
            assert dashboard.model.data.kind == s["data"]
        assert dashboard.model.setup.settings()["lr"] == pytest.approx(s["lr"])


@pytest.fixture(params=["en", "ja"])
def language(request, app):
    assert i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


def test_every_step_forward_and_back_sets_its_tool_in_both_languages(window, qtbot, language):
    dock = _dock(window)
    lesson = dock.lesson
    dock.first()
    order = list(range(len(lesson))) + list(range(len(lesson) - 2, -1, -1))
    for position, index in enumerate(order):
        if position:
            (dock.next if index > dock.index else dock.back)()
        assert dock.index == index
        step = lesson.steps[index]
        _wait_for_pictures(qtbot, window)
        assert dock.counter.text() == f"{index + 1} / {len(lesson)}"
        assert dock.heading.text() == step.title[language]
        assert dock.text.text() == keep_formulas_together(step.text[language])
        assert dock.contents.currentIndex() == index
        _assert_tool_state(window, step)
    assert not dock.back_button.isEnabled()


def test_next_and_back_restore_what_the_student_changed(window):
    dock = _dock(window)
    zigzag = RAW_IDS.index("zigzag")
    dock.go_to(zigzag)
    stepper = window.tools["stepper"]
    stepper.load_preset("rosenbrock")
    stepper.set_learning_rate(0.001)
    for _ in range(3):
        stepper.iterate()
    dock.next()
    assert stepper.model.lr == pytest.approx(0.21)           # the "try α = 0.21" moment
    dock.back()
    assert stepper.model.objective.key == "zigzag"
    assert stepper.model.lr == pytest.approx(0.18)
    assert stepper.current_point() == pytest.approx((-4.0, 1.5))


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _focused(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)
    return widget


def test_arrow_keys_after_clicking_next_move_the_lesson_not_the_tool_tabs(window, qtbot):
    _active(window, qtbot)
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("parametric-model"))
    start = dock.index
    qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    assert dock.index == start + 1
    for key, expected in ((Qt.Key.Key_Right, start + 2), (Qt.Key.Key_Right, start + 3),
                          (Qt.Key.Key_Left, start + 2)):
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, key)
        assert dock.index == expected
    assert window.tabs.currentWidget() is window.tools[dock.current_step().tool]
    # focus on the tab bar (where → went before) and on a plot: the lesson still moves, and
    # the tab stays the stepper (both steps use it)
    dock.go_to(RAW_IDS.index("gradient-method"))
    tab_bar = _focused(qtbot, window.tabs.tabBar())
    qtbot.keyClick(tab_bar, Qt.Key.Key_Right)
    assert dock.current_step().id == "exercise"
    assert window.tabs.currentWidget() is window.tools["stepper"]
    dock.go_to(RAW_IDS.index("zigzag"))
    plot = _focused(qtbot, window.tools["stepper"].history.plot)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert dock.current_step().id == "zigzag-diverge"
    assert window.tabs.currentWidget() is window.tools["stepper"]


def test_presenter_remote_page_keys_and_home_end_move_through_the_lesson(window, qtbot):
    _active(window, qtbot)
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("parametric-model"))
    start = dock.index
    tab_bar = _focused(qtbot, window.tabs.tabBar())
    qtbot.keyClick(tab_bar, Qt.Key.Key_PageDown)
    assert dock.index == start + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert dock.index == start
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert dock.index == len(dock.lesson) - 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert dock.index == 0


def test_lesson_keys_yield_to_a_text_field_a_spin_box_and_a_slider_being_used(window, qtbot):
    _active(window, qtbot)
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("exercise"))
    field = _focused(qtbot, dock.exercise.fields[0])
    field.setText("1.2")
    qtbot.keyClick(field, Qt.Key.Key_Left)                  # moves the text cursor only
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert dock.current_step().id == "exercise"
    assert field.cursorPosition() == 2
    stepper = window.tools["stepper"]
    spin = _focused(qtbot, stepper.settings_panel.lr)
    before = spin.value()
    qtbot.keyClick(spin, Qt.Key.Key_PageUp)                 # a spin box steps by ten
    assert dock.current_step().id == "exercise"
    assert spin.value() > before
    dock.go_to(RAW_IDS.index("parametric-model"))
    slider = _focused(qtbot, window.tools["model"].sliders["a"])
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert dock.current_step().id == "parametric-model"
    assert slider.value() > before
    dock.hide()                                             # without the lesson the keys are the tools'
    tab_bar = _focused(qtbot, window.tabs.tabBar())
    tab = window.tabs.currentIndex()
    qtbot.keyClick(tab_bar, Qt.Key.Key_Left)
    assert window.tabs.currentIndex() == tab - 1 and dock.current_step().id == "parametric-model"


def test_the_table_of_contents_jumps_to_any_step(window):
    dock = _dock(window)
    assert dock.contents.count() == len(dock.lesson)
    target = RAW_IDS.index("gradient-method")
    dock.contents.activated.emit(target)
    assert dock.index == target
    assert window.tabs.currentWidget() is window.tools["stepper"]


def test_progress_is_remembered_between_runs_and_restart_starts_again(window):
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("zigzag"))
    assert QSettings().value("lesson/step") == "zigzag"
    again = LessonDock(window)
    assert again.index == RAW_IDS.index("zigzag")
    assert again.counter.text().startswith(f"{RAW_IDS.index('zigzag') + 1} /")
    again.restart()
    assert again.index == 0 and QSettings().value("lesson/step") == RAW_IDS[0]
    again.deleteLater()


# -- the model and loss view --------------------------------------------------------------------
def test_sliders_reshape_the_quadratic_curve(window):
    view = window.tools["model"]
    view.set_parameters(1.0, 0.0, 0.0)
    xs, ys = view.curve.getData()
    assert ys == pytest.approx(xs ** 2)
    view.sliders["c"].setValue(150)                     # c = 1.5, as a student drags it
    xs, ys2 = view.curve.getData()
    assert ys2 == pytest.approx(xs ** 2 + 1.5)
    assert "1.50" in view.heading.text() and view.parameters() == pytest.approx((1.0, 0.0, 1.5))


def test_squared_error_falls_as_the_curve_nears_the_points_and_residuals_are_drawn(window):
    view = window.tools["model"]
    view.set_data_visible(True)
    view.set_parameters(0.0, 0.0, 0.0)
    far = view.loss()
    x, y = view.residuals.getData()
    assert len(x) == 2 * len(view.y)                    # one segment per point
    assert np.allclose(y[1::2], 0.0) and np.allclose(y[0::2], view.y)
    view.set_parameters(2.0, -3.0, 1.0)                 # the curve the points came from
    near = view.loss()
    assert near < far / 20
    assert f"{near:.3f}" in view.loss_label.text()
    view.set_data_visible(False)
    assert view.loss() is None and len(view.points.data) == 0


def test_a_training_step_starts_with_a_clean_view_and_keeps_earlier_runs_in_the_list(window, qtbot):
    dock = _dock(window)
    dashboard = window.tools["training"]
    dock.go_to(RAW_IDS.index("training-updates"))           # the quadratic fit
    dashboard.set_step_pause(0)
    dashboard.start()
    qtbot.waitUntil(lambda: dashboard.current_run() is not None
                    and dashboard.current_run().ended is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=10_000)
    quadratic_run = dashboard.current_run()
    assert dashboard.loss_panel.line(quadratic_run, "raw").visible
    assert dashboard.progress.state == "finished"
    dock.go_to(RAW_IDS.index("learning-process"))           # a later step, other data
    assert not dashboard.loss_panel.line(quadratic_run, "raw").visible
    assert dashboard.runs_panel.list.count() == 1           # still listed, unticked
    assert dashboard.runs_panel.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert dashboard.progress.state == "idle"
    assert dashboard.status.text() == ""


# -- every step declares its whole state -------------------------------------------------------
def _data_identity(dataset):
    X, y = np.asarray(dataset.X, dtype=np.float64), np.asarray(dataset.y)
    return (dataset.name, X.shape, round(float(X.sum()), 6), round(float(y.sum()), 6),
            tuple(dataset.class_names or ()))


def _lesson_state(window):
    """What a student sees of the step's tool (and of the shared network and data): cheap to
    compare, no training."""
    step = window.lesson.current_step()
    state = {"tab": window.tabs.tabText(window.tabs.currentIndex())}
    if step.tool in ("network", "training", "pictures", "landscape"):
        state["data"] = _data_identity(window.session.dataset)
    if step.tool in ("network", "training", "landscape"):
        state["spec"] = json.dumps(window.session.spec, sort_keys=True)
    tool = window.tools.get(step.tool)
    if step.tool == "stepper":
        m = tool.model
        state["stepper"] = (m.objective.key, getattr(m.objective, "text", None), tuple(m.start),
                            m.lr, m.method, tuple(m.compare), tool.current_point(), tool.current_step())
    elif step.tool == "network":
        state["layer"] = tool.selected_layer()
    elif step.tool == "training":
        state["training"] = (tool.model.setup, tool.model.data, tool.model.model_kind,
                             tool.model.quadratic_model.coefficients)
    elif step.tool == "pictures":
        state["pictures"] = (tool.data.name, tool.shown_index)
    elif step.tool == "model":
        state["model"] = (tool.parameters(), tool.data_visible())
    elif step.tool == "landscape":
        training = window.tools["training"].model
        state["landscape"] = (tool.kind.currentData(), tool.model.weights, tool.model.span,
                              tool.views.currentIndex(), training.setup, training.data)
    elif step.tool == "backprop":
        state["backprop"] = (json.dumps(tool.save_state(), sort_keys=True), tool.panels.currentIndex())
        if tool.model.mode == "network":        # the quadratic model does not show the session's network
            state["spec"] = json.dumps(window.session.spec, sort_keys=True)
            state["data"] = _data_identity(window.session.dataset)
    return state


def _jumps_worth_checking(tools, seed=0):
    """An order of visits to the steps (``tools[k]``: the tool of step k) in which each step is
    reached from: the first and the last step; the steps before and after it (where Back and
    Next come from); every other step of its own tool (whose settings it must undo); one step
    of every other tool (which leaves the shared data, network and runs as it wants them;
    which one turns with the target, so each step is an origin for several targets); and two
    seeded random steps. That is ~350 jumps instead of all 552 ordered pairs; the moves made
    to reach an origin are jumps too, and checked as well."""
    import random
    n, rng = len(tools), random.Random(seed)
    steps_of = {}
    for k, tool in enumerate(tools):
        steps_of.setdefault(tool, []).append(k)
    wanted = {}
    for target in range(n):
        origins = {0, n - 1, target - 1, target + 1} | set(steps_of[tools[target]])
        origins |= {steps[target % len(steps)] for steps in steps_of.values()}
        origins |= set(rng.sample(range(n), 2))
        for origin in sorted(origins - {target}):
            if 0 <= origin < n:
                wanted.setdefault(origin, []).append(target)
    tour, here = [0], 0
    while any(wanted.values()):
        here = wanted[here].pop() if wanted.get(here) else next(k for k, v in wanted.items() if v)
        tour.append(here)
    return tour


def test_jumping_to_any_step_from_any_other_gives_the_state_walking_there_gives(window, qtbot):
    dock = _dock(window)
    walked = []
    for index in range(len(dock.lesson)):
        dock.go_to(index)
        _wait_for_pictures(qtbot, window)
        walked.append(_lesson_state(window))
    tour = _jumps_worth_checking([step.tool for step in dock.lesson.steps])
    for came_from, index in zip(tour, tour[1:]):
        dock.contents.activated.emit(index)              # chosen in the list of steps
        _wait_for_pictures(qtbot, window)
        assert _lesson_state(window) == walked[index], \
            f"step {index + 1} reached from step {came_from + 1}"


def test_a_session_saved_at_any_step_reopens_at_that_step_with_the_state_walking_there_gives(
        window, qtbot, tmp_path):
    """File → Open of a session saved on a lesson step returns to that step, its tools as
    walking there leaves them, whatever step and tools were showing before."""
    dock = _dock(window)
    saved = []
    for index in range(len(dock.lesson)):
        dock.go_to(index)
        _wait_for_pictures(qtbot, window)
        path = tmp_path / f"step {index + 1}.gradlab"
        assert window.session_dialogs.save_session(str(path))
        saved.append((_lesson_state(window), path))
    for index in reversed(range(len(dock.lesson))):     # each opened while another step shows
        walked, path = saved[index]
        assert window.session_dialogs.open_session(str(path)), window.session_dialogs.last_error
        _wait_for_pictures(qtbot, window)
        assert dock.index == index and dock.counter.text().startswith(f"{index + 1} /")
        assert _lesson_state(window) == walked, f"step {index + 1} reached by opening its session"


# -- formulas stay together ---------------------------------------------------------------------
def _groups(plain):
    """(start, end) of each outermost (), {} or |…| group of a formula in plain text."""
    groups, k = [], 0
    while k < len(plain):
        opener = plain[k]
        closer = {"(": ")", "{": "}", "|": "|"}.get(opener)
        if closer is None:
            k += 1
            continue
        depth, end = 0, None
        for j in range(k, len(plain)):
            if opener != "|" and plain[j] == opener:
                depth += 1
            elif plain[j] == closer and (opener == "|" and j > k or opener != "|"):
                depth -= 1
                if depth <= 0:
                    end = j
                    break
        if end is None:
            k += 1
            continue
        if len(re.findall(r"[A-Za-z]{3,}", plain[k:end])) < 2:      # not "(the right answer)"
            groups.append((k, end))
        k = end + 1
    return groups


def _split_groups(label):
    """The groups of ``label``'s text that Qt lays out over two lines at the label's width."""
    from PySide6.QtGui import QTextDocument
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()                       # lays the text out
    split = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for start, end in _groups(text):
            if layout.lineForTextPosition(start).lineNumber() != layout.lineForTextPosition(end).lineNumber():
                split.append(text[start:end + 1])
        block = block.next()
    return split


def test_no_formula_breaks_inside_a_set_a_bracket_or_an_absolute_value(window, qtbot, language):
    dock = _dock(window)
    dock.resize(dock.minimumSizeHint().width(), dock.height())   # as narrow as the panel gets
    for index in range(len(dock.lesson)):
        dock.go_to(index, apply=False)
        for label in (dock.text, dock.formula):
            label.ensurePolished()
            assert not _split_groups(label), (index + 1, language, _split_groups(label))


# -- the loss landscape of a real network ------------------------------------------------------
def test_the_zigzag_step_shows_a_real_network_zigzag_with_alpha_close_to_two_over_lambda(window, qtbot):
    dock = _dock(window)
    dock.go_to(RAW_IDS.index("landscape-zigzag"))
    dashboard, landscape = window.tools["training"], window.tools["landscape"]
    assert window.tabs.currentWidget() is landscape
    run = dashboard.current_run()
    qtbot.waitUntil(lambda: run.ended is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=30_000)
    landscape.model.compute_now()
    path = landscape.model.path
    assert len(path) > 30                                    # (nearly) every step of the run is on the map
    # across the valley (the second principal direction) the path swings from side to side at
    # every step while it drifts: its second differences alternate in sign
    swings = np.sign(np.diff(path[-20:, 1], 2))
    assert np.mean(swings[1:] != swings[:-1]) > 0.8, np.round(path, 3).tolist()
    assert run.history.batches[-1].loss < 0.5 * run.history.batches[0].loss    # while it still learns
    landscape.views.setCurrentWidget(landscape.range)
    landscape.range.run_button.click()
    qtbot.waitUntil(lambda: landscape.model.range_result is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not landscape.model.range_running, timeout=60_000)
    alpha = dashboard.model.setup.lr
    assert 0.6 * alpha < landscape.model.range_result.bound < 1.6 * alpha       # α is close to 2/λmax
