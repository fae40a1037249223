"""Formulas whose constants overflow, and the curve view on flat, huge or non-finite functions."""
import pytest

from engine import objectives
from engine.expression import ExpressionError, parse
from files_timeout import finishes_within

OVERFLOWING = [("s^2 + 2^2000", 7), ("9^9^9", 1), ("(0.5)^(-5000)", 1), ("1e400 + s", 1),
               ("s*exp(1000)", 3), ("2^1000*2^1000*s", 1), ("-2^2000", 2), ("x1 + 10^400*x2", 6)]


@pytest.mark.parametrize("text,position", OVERFLOWING)
def test_a_constant_that_overflows_is_a_formula_error_at_its_position(text, position):
    with pytest.raises(ExpressionError) as info:
        finishes_within(5, objectives.from_formula, text)
    assert info.value.kind == "overflow" and info.value.position + 1 == position
    assert f"position {position}" in str(info.value)


@pytest.mark.parametrize("text", ["2^1000*s*2^1000", "1e300*s*1e300/1e300", "s + 1/0", "log(0) + s",
                                  "s^2000", "2^1023*s"])
def test_large_but_legal_formulas_parse_and_differentiate_without_raising(text):
    expr = parse(text)
    assert expr.derivative("s").text()


def test_the_stepper_field_says_the_number_is_too_large_and_keeps_the_function(qapp, qtbot):
    from gui.stepper import StepperTool
    tool = StepperTool(None)
    qtbot.addWidget(tool)
    tool.load_preset("square")
    assert not tool.set_formula("s^2 + 2^2000")
    assert "too large" in tool.function_panel.error.text() and "position 7" in tool.function_panel.error.text()
    assert tool.model.objective.key == "square"


@pytest.mark.parametrize("formula,start", [("10000000", 1.0), ("s^2/1e9 + 1e9", 1.0), ("tan(pi/2)", 1.0),
                                           ("log(s)", 1e-300), ("s^2", 1e300), ("exp(s)", 700.0),
                                           ("1e300*s", 1.0), ("-1e-300", 0.5), ("s/1e300", 2.0)])
def test_the_curve_view_draws_flat_huge_and_steep_functions_without_raising(qapp, qtbot, formula, start):
    from gui.stepper import StepperTool
    tool = StepperTool(None)
    qtbot.addWidget(tool)
    tool.resize(1000, 700)
    tool.show()
    assert tool.set_formula(formula)
    tool.set_start([start])
    for _ in range(12):       # every sub-step: the tangent (step 2) and the move (step 3)
        tool.step()
        tool.grab()
    view = tool.curve_view
    (x0, x1), (y0, y1) = view.getPlotItem().viewRange()
    assert x1 > x0 and y1 > y0


def test_the_curve_view_says_when_f_is_not_a_finite_number(qapp, qtbot):
    from gui.stepper import StepperTool
    tool = StepperTool(None)
    qtbot.addWidget(tool)
    assert tool.set_formula("s^2")
    tool.set_start([1e200])          # f = 1e400: no float holds it
    assert "not a finite number" in tool.curve_view.label.toPlainText()
    assert tool.set_formula("log(s)")
    tool.set_start([1e-300])
    tool.step(), tool.step(), tool.step()   # the move lands at s = −1e299, where log has no value
    assert "not a finite number" in tool.curve_view.label.toPlainText()
