"""Hostile lesson files: refused with a LessonError naming the place, never another exception, and
never stopping the main window from being built."""
import copy
import json
import os

import pytest

from files_timeout import finishes_within, watched_fifo
from gui.lesson.model import LESSON_FILE, LessonError, load_lesson, parse_lesson

SHIPPED = json.loads(LESSON_FILE.read_text(encoding="utf-8"))


def stepper_step(**settings):
    return {"id": "hostile", "title": {"en": "t", "ja": "t"}, "text": {"en": "t", "ja": "t"},
            "tool": "stepper", "settings": settings}


def lesson_with(step):
    data = copy.deepcopy(SHIPPED)
    data["steps"].append(step)
    return data


HOSTILE_TEXTS = {
    "nested 100,000 deep": '{"format": 1, "steps": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "nested 500 deep": '{"format": 1, "steps": [{"id": "a", "settings": ' + "[" * 500 + "]" * 500 + "}]}",
    "5,000-digit format": '{"format": ' + "1" * 5000 + ', "steps": []}',
    "400-digit exercise start": json.dumps(lesson_with({**stepper_step(), "exercise": {"start": 1, "lr": 0.1,
                                                                                   "count": 3}}))
    .replace('"start": 1,', '"start": ' + "9" * 400 + ","),
    "2-D start for a 1-D preset": json.dumps(lesson_with(stepper_step(preset="square", start=[1.0, 2.0]))),
    "1-D start for a 2-D preset": json.dumps(lesson_with(stepper_step(preset="zigzag", start=[1.0]))),
    "x1, x2 formula with a 1-D start": json.dumps(lesson_with(stepper_step(formula="x1^2 + x2^2", start=[1.0]))),
    "formula of s with a 2-D start": json.dumps(lesson_with(stepper_step(formula="s^2", start=[1.0, 2.0]))),
    "formula that overflows": json.dumps(lesson_with(stepper_step(formula="s^2 + 2^2000"))),
    "formula that is code": json.dumps(lesson_with(stepper_step(formula="__import__('os')"))),
    "format as a list": '{"format": [1], "steps": []}',
    "NaN learning rate": json.dumps(lesson_with(stepper_step(lr=float("nan")))),
    "not UTF-8": None,
}


@pytest.mark.parametrize("name", list(HOSTILE_TEXTS))
def test_a_hostile_lesson_file_is_refused_with_a_lesson_error(tmp_path, name):
    path = tmp_path / "lesson.json"
    text = HOSTILE_TEXTS[name]
    path.write_bytes(b"\xff\xfe\x00{" if text is None else text.encode("utf-8"))
    with pytest.raises(LessonError):
        finishes_within(10, load_lesson, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_as_lesson_file_is_refused_at_once(tmp_path):
    path = tmp_path / "lesson.json"
    hung = watched_fifo(path, seconds=3)
    with pytest.raises(LessonError, match="not a file"):
        load_lesson(path)
    assert not hung.is_set()


def test_the_shipped_lesson_still_passes_the_stricter_checks():
    assert len(parse_lesson(SHIPPED)) == len(SHIPPED["steps"])


def test_the_lesson_knows_the_dimension_of_every_stepper_preset():
    from engine import objectives
    from gui.lesson.model import STEPPER_DIMENSIONS, STEPPER_PRESETS
    assert set(STEPPER_DIMENSIONS) == set(STEPPER_PRESETS) == set(objectives.PRESETS)
    assert all(objectives.preset(name).dim == dim for name, dim in STEPPER_DIMENSIONS.items())


def test_the_main_window_is_built_with_a_hostile_lesson_file(qapp, qtbot, tmp_path, monkeypatch):
    from gui.lesson import dock as dock_module
    from gui.main_window import MainWindow
    path = tmp_path / "lesson.json"
    path.write_text(HOSTILE_TEXTS["nested 100,000 deep"], encoding="utf-8")
    monkeypatch.setattr(dock_module, "LESSON_FILE", path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.lesson.lesson is None and "nested too deeply" in window.lesson.text.text()
    window.close()
