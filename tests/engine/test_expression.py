"""The formula language: what it accepts, what it refuses, and that its derivatives are exact."""
import numpy as np
import pytest

from engine import expression as ex
from engine import objectives

FORMULAS_1D = ["s^2", "exp(-s^2)", "sin(3s) + s^2/4", "sqrt(s^2 + 1)", "log(s^2 + 1)",
               "tanh(2s - 1)", "s^3 - 2*s + 1/4", "abs(s - 0.3)", "sigmoid(s) * cos(s)",
               "1/(1 + s^2)", "2^s", "atan(s) - s/3", "cosh(s/2) + sinh(s)", "tan(s/3)"]
FORMULAS_2D = ["x1**2 + 3*sin(x2)", "1/2 x1^2 + 5 x2^2", "(1 - x1)^2 + 100 (x2 - x1^2)^2",
               "(x1^2 + x2 - 11)^2 + (x1 + x2^2 - 7)^2", "x1^2 - x2^2",
               "exp(-(x1^2 + x2^2)) * x1 * x2", "log(1 + x1^2 + x2^2) / (2 + cos(x1 x2))"]


def central_difference(expr, point, h=1e-6):
    grad = []
    for i in range(len(point)):
        e = np.zeros(len(point))
        e[i] = h
        grad.append((expr.value(*(point + e)) - expr.value(*(point - e))) / (2 * h))
    return np.array(grad, dtype=float)


@pytest.mark.parametrize("text", FORMULAS_1D + FORMULAS_2D)
def test_derivative_matches_finite_differences_at_random_points(text):
    variables = ex.guess_variables(text)
    expr = ex.parse(text, variables)
    rng = np.random.default_rng(abs(hash(text)) % 2**32)
    for point in rng.uniform(-1.7, 1.7, size=(20, len(variables))):
        exact = expr.gradient_at(*point)
        numeric = central_difference(expr, point)
        np.testing.assert_allclose(exact, numeric, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", objectives.PRESETS)
def test_every_preset_gradient_equals_the_derivative_of_its_formula(name):
    f = objectives.preset(name)
    expr = ex.parse(f.formula, f.variables)
    rng = np.random.default_rng(1)
    for point in rng.uniform(-2, 2, size=(10, f.dim)):
        np.testing.assert_allclose(f.value(point), expr.value_at(*point), rtol=1e-12)
        np.testing.assert_allclose(f.gradient(point), expr.gradient_at(*point), rtol=1e-10,
                                   atol=1e-10)
        np.testing.assert_allclose(f.gradient(point), central_difference(expr, point),
                                   rtol=1e-5, atol=1e-4)
        shown = [ex.parse(d, f.variables).value_at(*point) for d in f.derivative_formulas]
        np.testing.assert_allclose(shown, f.gradient(point), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("text, derivative", [
    ("s^2", "2*s"), ("1/2 x1^2 + 5 x2^2", None), ("exp(-s^2)", "-2*exp(-s^2)*s"),
    ("s^4/4 - s^2", "s^3 - 2*s"), ("log(s)", "1/s"),
])
def test_derivative_is_printed_as_a_readable_formula(text, derivative):
    variables = ex.guess_variables(text)
    expr = ex.parse(text, variables)
    if derivative is None:
        assert [expr.derivative(v).text() for v in variables] == ["x1", "10*x2"]
    else:
        assert expr.derivative("s").text() == derivative


def test_precedence_follows_the_usual_rules():
    assert ex.parse("2^3^2").value_at(s=0) == 512          # right-associative power
    assert ex.parse("-s^2").value_at(s=3) == -9            # minus after power
    assert ex.parse("1/2 s^2").value_at(s=2) == 2          # implicit product, left to right
    assert ex.parse("2(s + 1)").value_at(s=1) == 4
    assert ex.parse("s**2 + pi").value_at(s=0) == pytest.approx(np.pi)
    assert ex.parse("s × 3 − 1").value_at(s=2) == 5        # the symbols from the slides


@pytest.mark.parametrize("text", [
    "__import__('os').system('x')", "().__class__", "s.__class__", "lambda: 1", "open('f')",
    "s; s", "[s]", "s if s else 1", "os.system", "exec('1')", "eval(s)", "s @ s", "globals()",
])
def test_code_injection_is_refused(text):
    with pytest.raises(ex.ExpressionError) as info:
        ex.parse(text)
    assert info.value.position is not None
    assert str(info.value)


def test_a_10000_character_formula_is_refused_before_it_is_read():
    with pytest.raises(ex.ExpressionError) as info:
        text = "s+" * 4999 + "s1"
        assert len(text) == 10000
        ex.parse(text)
    assert info.value.kind == "too_long"
    assert "10000" in str(info.value)


def test_deep_nesting_is_refused_not_a_crash():
    with pytest.raises(ex.ExpressionError) as info:
        ex.parse("(" * 140 + "s" + ")" * 140)
    assert info.value.kind == "too_deep"


@pytest.mark.parametrize("text, position, words", [
    ("s +", 3, "expected a number"), ("sin s", 4, "brackets"), ("foo(s)", 0, "unknown name"),
    ("(s", 2, "expected ')'"), ("s)", 1, "unexpected ')'"), ("", 0, "empty"),
    ("log(s, 2)", 5, "one argument"), ("s $ 2", 2, "unexpected character"),
    ("x1 + y", 5, "unknown name"),
])
def test_malformed_formula_message_points_at_the_problem(text, position, words):
    variables = ("x1", "x2") if "x1" in text else ("s",)
    with pytest.raises(ex.ExpressionError) as info:
        ex.parse(text, variables)
    assert info.value.position == position
    assert words in str(info.value)
    assert f"position {position + 1}" in str(info.value) or position == 0


@pytest.mark.parametrize("text, point, kind", [
    ("log(s)", -1.0, "log"), ("log(s)", 0.0, "log"), ("1/s", 0.0, "division"),
    ("sqrt(s)", -4.0, "sqrt"), ("s^0.5", -1.0, "power"), ("exp(exp(s))", 10.0, "overflow"),
])
def test_undefined_at_the_point_is_reported(text, point, kind):
    with pytest.raises(ex.UndefinedError) as info:
        ex.parse(text).value_at(s=point)
    assert info.value.kind == kind


def test_values_on_a_grid_are_nan_where_undefined_instead_of_an_error():
    values = ex.parse("log(s)").value(s=np.array([-1.0, 1.0]))
    assert np.isnan(values[0]) and values[1] == 0


@pytest.mark.parametrize("x, shown", [(0.43200000000000005, "0.432"), (2.0, "2"),
                                      (1.2000000000000002, "1.2"), (0.15552, "0.15552"),
                                      (-0.25920000000000004, "-0.2592"), (1e-12, "1e-12")])
def test_numbers_are_shown_without_floating_point_noise(x, shown):
    assert ex.format_number(x) == shown


def test_guess_variables_from_the_names_used():
    assert ex.guess_variables("x1^2 + x2") == ("x1", "x2")
    assert ex.guess_variables("exp(-s^2)") == ("s",)
    assert ex.guess_variables("x^2") == ("x",)
