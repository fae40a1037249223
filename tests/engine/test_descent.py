"""The gradient method headless: the lecture's numbers, the zig-zag, divergence, optimizers."""
import numpy as np
import pytest

from engine import descent, objectives
from engine.expression import format_number


def test_lecture_exercise_s_squared_from_2_with_alpha_0_2():
    path = descent.run("square", x0=[2.0], lr=0.2, steps=5, method="sgd")
    shown = [format_number(s) for s in path.points[:, 0]]
    assert shown == ["2", "1.2", "0.72", "0.432", "0.2592", "0.15552"]
    assert [format_number(g) for g in path.gradients[:, 0]] == ["4", "2.4", "1.44", "0.864",
                                                                 "0.5184"]
    # each step multiplies s by 1 − 2α = 0.6
    np.testing.assert_allclose(path.points[1:, 0] / path.points[:-1, 0], 0.6)


def test_zigzag_alternates_the_sign_of_x2_for_alpha_0_18():
    path = descent.run("zigzag", lr=0.18, steps=30)
    assert path.stop is None
    x2 = path.points[:, 1]
    assert np.all(np.sign(x2[1:]) == -np.sign(x2[:-1]))
    assert abs(x2[-1]) < abs(x2[0])          # and still shrinks: |1 − 10α| = 0.8
    np.testing.assert_allclose(x2[1:] / x2[:-1], 1 - 10 * 0.18)


def test_zigzag_diverges_for_alpha_0_21_and_says_why():
    path = descent.run("zigzag", lr=0.21, steps=500)
    assert path.diverged
    assert len(path.points) < 500
    assert "too large" in path.stop.message
    assert path.stop.bound == pytest.approx(0.2)
    assert np.all(np.isfinite(path.points))


def test_stability_bound_of_the_quadratics():
    assert objectives.preset("zigzag").stability_bound() == pytest.approx(0.2)
    assert objectives.preset("bowl").stability_bound() == pytest.approx(1.0)
    assert objectives.quadratic(a=2, b=1, c=0).stability_bound() == pytest.approx(0.5)
    assert objectives.preset("rosenbrock").stability_bound() is None


@pytest.mark.parametrize("lr, diverges", [(0.45, False), (0.55, True)])
def test_quadratic_model_converges_below_1_over_a_and_diverges_above(lr, diverges):
    f = objectives.quadratic(a=2.0, b=-4.0, c=1.0)          # minimum at s = 1, bound 0.5
    path = descent.run(f, lr=lr, steps=400)
    assert path.diverged == diverges
    if not diverges:
        assert path.points[-1, 0] == pytest.approx(1.0, abs=1e-6)


def test_two_minima_the_start_decides_which_one():
    left = descent.run("two_minima", x0=[-0.3], steps=300).points[-1, 0]
    right = descent.run("two_minima", x0=[0.5], steps=300).points[-1, 0]
    assert left == pytest.approx(-1.473, abs=1e-3)
    assert right == pytest.approx(1.347, abs=1e-3)


def test_overshoot_preset_diverges_but_small_alpha_converges():
    assert descent.run("overshoot", steps=50).diverged
    assert not descent.run("overshoot", lr=0.1, steps=50).diverged


def test_saddle_slides_away_and_is_reported_as_unbounded():
    path = descent.run("saddle", steps=500)
    assert path.stop.reason == "unbounded"
    assert "no minimum" in path.stop.message


def test_formula_undefined_on_the_way_stops_with_the_reason():
    path = descent.run("log(s)", x0=[0.5], lr=1.0, steps=10)   # 0.5 − 1·2 = −1.5
    assert path.stop.reason == "undefined"
    assert "log" in path.stop.message
    path = descent.run("1/s", x0=[0.0], lr=0.1, steps=10)
    assert path.stop.reason == "undefined" and path.stop.t == 0


@pytest.mark.parametrize("method", descent.METHODS)
def test_every_optimizer_goes_downhill_on_the_bowl(method):
    path = descent.run("bowl", lr=0.05, steps=60, method=method)
    assert path.stop is None or path.stop.reason == "converged"
    assert path.values[-1] < 0.5 * path.values[0]


def test_momentum_keeps_its_velocity_in_the_record():
    path = descent.run("zigzag", lr=0.05, steps=3, method="momentum", momentum=0.9)
    v = path.records[-1].state["velocity"]
    np.testing.assert_allclose(v, path.points[3] - path.points[2])


def test_stepper_walks_the_four_steps_and_back():
    s = descent.Stepper("square")
    assert s.phase == 1 and s.x[0] == 2
    s.substep()
    assert s.phase == 2 and s.gradient[0] == 4 and s.x[0] == 2
    s.substep()
    assert s.phase == 3 and format_number(s.x[0]) == "1.2"
    s.substep()
    assert s.phase == 4
    s.substep()
    assert s.phase == 2 and format_number(s.gradient[0]) == "2.4"
    for phase, x in [(4, "1.2"), (3, "1.2"), (2, "2"), (1, "2")]:
        assert s.back()
        assert (s.phase, format_number(s.x[0])) == (phase, x)
    assert not s.back()
    assert s.t == 0


def test_whole_iteration_from_any_phase_ends_after_a_move():
    s = descent.Stepper("square")
    s.iterate()
    assert s.phase == 3 and s.t == 1
    s.iterate()
    assert s.phase == 3 and s.t == 2 and format_number(s.x[0]) == "0.72"


def test_a_point_is_a_parameter_dict_moved_by_the_engine_optimizer():
    s = descent.Stepper("bowl", method="adam", lr=0.1)
    assert set(s.params) == {"x"}
    s.iterate()
    assert set(s.optimizer.state["x"]) == {"m", "v"}


def test_the_stepper_engine_loads_no_qt():
    import subprocess
    import sys
    code = ("import sys, engine.descent, engine.objectives, engine.expression; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=__import__("pathlib").Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
