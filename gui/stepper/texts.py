"""Translated names and messages of the stepper, in one place (context "Stepper")."""
from PySide6.QtCore import QCoreApplication

from engine.expression import format_number


def tr(text):
    return QCoreApplication.translate("Stepper", text)


def preset_titles():
    return {
        "square": tr("f(s) = s²  (the lecture's exercise)"),
        "two_minima": tr("Two minima: s⁴/4 − s² + s/4"),
        "overshoot": tr("Overshoot: s⁴/4 with a large α"),
        "quadratic": tr("Quadratic model a s² + b s + c"),
        "bowl": tr("Round bowl: x1² + x2²"),
        "zigzag": tr("Zig-zag: ½ x1² + 5 x2²"),
        "rosenbrock": tr("Rosenbrock's banana valley"),
        "himmelblau": tr("Himmelblau (four minima)"),
        "saddle": tr("Saddle: x1² − x2²"),
        "formula": tr("Your own formula"),
    }


def network_title(objective):
    """What the stepper minimises when the Loss landscape sent it a network's two weights."""
    w1, w2 = objective.variables
    return tr("Loss of the network {arch} over {w1} and {w2}").replace(
        "{arch}", objective.architecture()).replace("{w1}", w1).replace("{w2}", w2)


def network_description(objective):
    """The network's loss as f(w1, w2), and where its gradient comes from (two lines)."""
    w1, w2 = objective.variables
    text = tr("f({w1}, {w2}) = the loss of the network {arch} on its {n} examples, as a function of "
              "the two weights {w1} and {w2}; every other weight stays as it was.") + "\n" + \
        tr("Gradient: (∂L/∂{w1}, ∂L/∂{w2}) from the network's own backpropagation, as in training.")
    for key, value in (("{arch}", objective.architecture()), ("{n}", str(len(objective.X))),
                       ("{w1}", w1), ("{w2}", w2)):
        text = text.replace(key, value)
    return text


def method_titles():
    return {"sgd": tr("Gradient descent"), "momentum": tr("Momentum"),
            "nesterov": tr("Nesterov"), "adagrad": tr("AdaGrad"),
            "rmsprop": tr("RMSProp"), "adam": tr("Adam")}


def hyperparameter_titles():
    return {"momentum": tr("momentum μ"), "decay": tr("decay ρ"),
            "beta1": tr("β1"), "beta2": tr("β2")}


def num(x, digits=8):
    """A number as shown everywhere in the stepper: no floating-point noise, − for minus."""
    return format_number(x, digits).replace("-", "−")


def vec(x, digits=6):
    if len(x) == 1:
        return num(x[0], digits)
    return "(" + ", ".join(num(v, digits) for v in x) + ")"


def undefined_reason(kind):
    """Why f has no value, from engine.expression.UndefinedError.kind."""
    if kind == "log":
        return tr("the logarithm of a number that is not positive")
    if kind == "sqrt":
        return tr("the square root of a negative number")
    if kind == "division":
        return tr("a division by zero")
    if kind == "power":
        return tr("a negative number to a fractional power")
    if kind == "overflow":
        return tr("a number too large to compute")
    return tr("a value outside the function's domain")


def stability_case(lr, bound):
    """'converges', 'oscillates' or 'diverges': gradient descent on a quadratic whose largest
    curvature is L = 2/bound multiplies the error along that direction by 1 − αL each step."""
    if abs(lr - bound) <= 1e-9 * bound:
        return "oscillates"         # 1 − αL = −1: the sign flips, the size stays
    return "converges" if lr < bound else "diverges"


def stability_hint(lr, bound, local=False):
    """The stability bound α < 2/L said for the three cases (one text, and its case).

    local: L is the curvature at the start only (a network's loss is no quadratic)."""
    case = stability_case(lr, bound)
    values = {"{bound}": num(bound), "{lr}": num(lr)}
    if case == "converges":
        text = tr("Stable for α < 2/L = {bound} (L: the largest curvature): each step shrinks the "
                  "error, so the point converges.")
    elif case == "oscillates":
        text = tr("α = {lr} is exactly 2/L: along the steepest direction each step multiplies by "
                  "1 − αL = −1, so the point flips sign with the same size and oscillates forever "
                  "(it neither converges nor grows).")
    else:
        text = tr("α = {lr} is beyond 2/L = {bound}: |1 − αL| > 1, so each step overshoots "
                  "further than the last and the point diverges.")
    if local:
        text += " " + tr("For the network's loss, L is the largest curvature along the two weights "
                         "at the start: farther away the curvature changes, and so does the bound.")
    for key, value in values.items():
        text = text.replace(key, value)
    return text, case


def stop_message(stop, lr, point, local=False):
    """A translated explanation of why a run stopped (engine.descent.Stop).

    local: the bound 2/L is the curvature at the start (a network's loss), not a quadratic's."""
    if stop.reason == "diverged":
        text = tr("Diverged after {t} steps: the point left every sensible range. The learning "
                  "rate α = {lr} is too large for the curvature of f here, so each step "
                  "overshoots the minimum further than the last.")
        text = text.replace("{t}", str(stop.t)).replace("{lr}", num(lr))
        if stop.bound is not None and local:
            text += " " + tr("At the start, the curvature along these two weights asks for "
                             "α < 2/L = {bound}.").replace("{bound}", num(stop.bound))
        elif stop.bound is not None:
            text += " " + tr("For this quadratic, gradient descent converges only for "
                             "α < 2/L = {bound}.").replace("{bound}", num(stop.bound))
        return text
    if stop.reason == "unbounded":
        return tr("Stopped after {t} steps: f keeps decreasing as the point runs away, so it has "
                  "no minimum in that direction (a saddle or an endless slope).").replace(
                      "{t}", str(stop.t))
    if stop.reason == "undefined":
        return tr("Stopped: f is not defined at {point} ({why} in {where}).").replace(
            "{point}", point).replace("{why}", undefined_reason(stop.kind)).replace(
                "{where}", stop.detail or "f")
    if stop.reason == "converged":
        return tr("The gradient is zero: a stationary point.")
    return stop.message


def expression_error(err):
    """A translated message for engine.expression.ExpressionError, with the position (1-based)."""
    pos = str((err.position or 0) + 1)
    detail = err.detail
    texts = {
        "too_long": tr("The formula is too long: at most {detail} characters."),
        "too_deep": tr("The formula is nested too deeply."),
        "empty": tr("The formula is empty."),
        "character": tr("Character “{detail}” is not allowed (position {pos}). Use numbers, the "
                        "variables, + − * / ^ ( ) and functions such as sin, exp, log."),
        "expected": tr("“{detail}” expected at position {pos}."),
        "unexpected": tr("Unexpected “{detail}” at position {pos}."),
        "call": tr("{detail} needs brackets, e.g. {detail}(s) (position {pos})."),
        "arguments": tr("{detail} takes one argument (position {pos})."),
        "name": tr("Unknown name “{detail}” at position {pos}. Use s, or x1 and x2, and the "
                   "functions sin cos tan exp log sqrt abs tanh sinh cosh atan sigmoid."),
        "operand": tr("A number, a variable or “(” is missing at position {pos}."),
        "overflow": tr("The number {detail} at position {pos} is too large to compute "
                       "(numbers stay below about 1.8e308)."),
    }
    text = texts.get(err.kind, tr("Not a formula (position {pos})."))
    return text.replace("{pos}", pos).replace("{detail}", detail)
