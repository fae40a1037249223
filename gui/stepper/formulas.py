"""The numbers filled into the lecture's formulas for the step on screen, e.g.
``s := 2 − 0.2 × 4 = 1.2``."""
from .texts import method_titles, num, tr, vec


def _factor(values):
    """A number or vector as a factor: negative numbers get brackets, 0.2 × (−2.4)."""
    text = vec(values)
    if len(values) == 1 and values[0] < 0:
        return f"({text})"
    return text


def point_name(objective):
    return objective.variables[0] if objective.dim == 1 else "x"


def gradient_name(objective):
    return "f′" if objective.dim == 1 else "∇f"


def step_text(objective, stepper, lr):
    """The formula of the step on screen with its numbers, as rich text."""
    x = point_name(objective)
    if stepper.stop is not None and stepper.phase == 1:
        return ""
    if stepper.phase == 1:
        return "{0} := {1}".format(x, vec(stepper.x))
    if stepper.phase == 2:
        g = stepper.gradient
        where = vec(stepper.x)
        return "g := {0}({1}) = {2}".format(gradient_name(objective), where.strip("()"),
                                             vec(g))
    if stepper.phase == 3:
        r = stepper.records[-1]
        method = stepper.method
        if method == "sgd":
            return "{0} := {1} − {2} × {3} = {4}".format(x, vec(r.x), num(lr), _factor(r.gradient),
                                                       vec(r.x_next))
        if method in ("momentum", "nesterov") and "velocity" in r.state:
            mu = stepper.optimizer.momentum
            v = r.state["velocity"]
            move = "{0} := {0} + v".format(x) if method == "momentum" else \
                "{0} := {0} + {1} v − {2} g".format(x, num(mu), num(lr))
            return "v := {0} v − {1} g = {2};  {3} = {4}".format(num(mu), num(lr), vec(v), move,
                                                                vec(r.x_next))
        return tr("{x} := {new}  (the {method} rule)").replace("{x}", x).replace(
            "{new}", vec(r.x_next)).replace("{method}", method_titles()[method])
    return tr("go back to Step 2 (t = {t})").replace("{t}", str(stepper.t))
