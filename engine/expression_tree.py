"""The tree of a formula (2. in expression.py): each node evaluates itself (``ev``),
differentiates itself (``diff``, the rules of differentiation next to each other) and prints
itself (``text``). ``FUNCTIONS`` is the whitelist of functions a formula may call, each with
its derivative.

The derivative rules build their results with the constructors of expression_simplify.py
(``add``, ``mul``, ...), which simplify as they build so a derivative reads like a textbook
formula (0·u = 0, 1·u = u, numbers multiplied out); a student can read them later.
"""
import math

import numpy as np


class UndefinedError(ArithmeticError):
    """The formula has no value at this point, e.g. log(−1) or 1/0.

    ``kind`` is one of 'log', 'sqrt', 'division', 'power', 'overflow', 'domain'; ``detail``
    is the sub-formula that failed, e.g. 'log(s)'.
    """

    def __init__(self, message, kind="domain", detail=""):
        super().__init__(message)
        self.message, self.kind, self.detail = message, kind, detail


def format_number(x, digits=10):
    """A number as a person would write it: 0.43200000000000005 -> '0.432', 2.0 -> '2'.

    Rounds to ``digits`` significant digits, so floating-point noise never shows.
    """
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x == 0:
        return "0"
    text = f"{x:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# -- 2. the tree -------------------------------------------------------------------------
# Every node can: evaluate itself (``ev``), differentiate itself (``diff``), print itself.

class Node:
    precedence = 100   # how tightly the node binds when printed (higher = tighter)

    def variables(self):
        return set()

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))


class Num(Node):
    def __init__(self, value):
        self.value = float(value)

    def key(self):
        return self.value

    def ev(self, env, strict):
        return self.value

    def diff(self, var):
        return Num(0)                                   # d/ds c = 0

    def text(self):
        return format_number(self.value)

    @property
    def precedence(self):
        return 100 if self.value >= 0 else 25


class Var(Node):
    def __init__(self, name):
        self.name = name

    def key(self):
        return self.name

    def variables(self):
        return {self.name}

    def ev(self, env, strict):
        return env[self.name]

    def diff(self, var):
        return Num(1 if var == self.name else 0)       # d/ds s = 1

    def text(self):
        return self.name


class Neg(Node):
    precedence = 25

    def __init__(self, arg):
        self.arg = arg

    def key(self):
        return (self.arg,)

    def variables(self):
        return self.arg.variables()

    def ev(self, env, strict):
        return -self.arg.ev(env, strict)

    def diff(self, var):
        return neg(self.arg.diff(var))                  # d(−u) = −du

    def text(self):
        # −(a·b) = (−a)·b, so a product needs no brackets after the minus sign
        level = 20 if isinstance(self.arg, BinOp) and self.arg.op in "*/" else 26
        return "-" + _wrap(self.arg, level)


class BinOp(Node):
    PRECEDENCE = {"+": 10, "-": 10, "*": 20, "/": 20, "^": 30}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def key(self):
        return (self.op, self.left, self.right)

    @property
    def precedence(self):
        return self.PRECEDENCE[self.op]

    def variables(self):
        return self.left.variables() | self.right.variables()

    def ev(self, env, strict):
        a, b = self.left.ev(env, strict), self.right.ev(env, strict)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            if strict and np.any(np.asarray(b) == 0):
                raise UndefinedError(f"division by zero in {self.text()}", "division", self.text())
            with np.errstate(all="ignore"):
                return np.divide(a, b)
        # power: a^b. A negative base with a non-integer exponent has no real value.
        if strict and np.any((np.asarray(a) < 0) & (np.asarray(b) != np.round(b))):
            raise UndefinedError(f"negative number to a fractional power in {self.text()}",
                                 "power", self.text())
        if strict and np.any((np.asarray(a) == 0) & (np.asarray(b) < 0)):
            raise UndefinedError(f"division by zero in {self.text()}", "division", self.text())
        with np.errstate(all="ignore"):
            return np.power(np.asarray(a, dtype=float), b)

    def diff(self, var):
        u, v = self.left, self.right
        du, dv = u.diff(var), v.diff(var)
        if self.op == "+":
            return add(du, dv)                          # (u + v)' = u' + v'
        if self.op == "-":
            return sub(du, dv)                          # (u − v)' = u' − v'
        if self.op == "*":
            return add(mul(du, v), mul(u, dv))          # (u v)' = u' v + u v'
        if self.op == "/":                              # (u / v)' = (u' v − u v') / v²
            if dv == Num(0):
                return div(du, v)
            return div(sub(mul(du, v), mul(u, dv)), power(v, Num(2)))
        if dv == Num(0):                                # (u^n)' = n u^(n−1) u'
            return mul(mul(v, power(u, sub(v, Num(1)))), du)
        # (u^v)' = u^v (v' ln u + v u' / u)   (general case, u > 0)
        return mul(self, add(mul(dv, Call("log", u)), div(mul(v, du), u)))

    def text(self):
        p = self.precedence
        if self.op == "^":   # right-associative: the left side needs brackets at equal level
            return _wrap(self.left, p + 1) + "^" + _wrap(self.right, p)
        right_level = p + 1 if self.op in "-/" else p   # a − (b + c), a / (b c)
        symbol = {"+": " + ", "-": " - ", "*": "*", "/": "/"}[self.op]
        return _wrap(self.left, p) + symbol + _wrap(self.right, right_level)


def _sigmoid(x):
    with np.errstate(all="ignore"):
        return 1 / (1 + np.exp(-x))


# name -> (function, derivative as a tree builder d(u) of the argument u, domain check)
# The derivative column is the chain rule's outer factor: d f(u) = f'(u) · u'.
FUNCTIONS = {
    "sin": (np.sin, lambda u: Call("cos", u), None),                       # sin' = cos
    "cos": (np.cos, lambda u: neg(Call("sin", u)), None),                  # cos' = −sin
    "tan": (np.tan, lambda u: div(Num(1), power(Call("cos", u), Num(2))), None),  # 1/cos²
    "exp": (np.exp, lambda u: Call("exp", u), None),                       # exp' = exp
    "log": (np.log, lambda u: div(Num(1), u), "log"),                      # log' = 1/u
    "ln": (np.log, lambda u: div(Num(1), u), "log"),
    "sqrt": (np.sqrt, lambda u: div(Num(1), mul(Num(2), Call("sqrt", u))), "sqrt"),  # 1/(2√u)
    "abs": (np.abs, lambda u: Call("sign", u), None),                      # |u|' = sign(u)
    "sign": (np.sign, lambda u: Num(0), None),
    "tanh": (np.tanh, lambda u: sub(Num(1), power(Call("tanh", u), Num(2))), None),  # 1 − tanh²
    "sinh": (np.sinh, lambda u: Call("cosh", u), None),
    "cosh": (np.cosh, lambda u: Call("sinh", u), None),
    "atan": (np.arctan, lambda u: div(Num(1), add(Num(1), power(u, Num(2)))), None),  # 1/(1+u²)
    "sigmoid": (_sigmoid, lambda u: mul(Call("sigmoid", u),                 # σ' = σ (1 − σ)
                                        sub(Num(1), Call("sigmoid", u))), None),
}


class Call(Node):
    def __init__(self, name, arg):
        self.name, self.arg = name, arg

    def key(self):
        return (self.name, self.arg)

    def variables(self):
        return self.arg.variables()

    def ev(self, env, strict):
        x = self.arg.ev(env, strict)
        function, _, domain = FUNCTIONS[self.name]
        if strict and domain == "log" and np.any(np.asarray(x) <= 0):
            raise UndefinedError(f"log of a number that is not positive in {self.text()}",
                                 "log", self.text())
        if strict and domain == "sqrt" and np.any(np.asarray(x) < 0):
            raise UndefinedError(f"square root of a negative number in {self.text()}",
                                 "sqrt", self.text())
        with np.errstate(all="ignore"):
            return function(x)

    def diff(self, var):
        du = self.arg.diff(var)
        if du == Num(0):
            return Num(0)
        return mul(FUNCTIONS[self.name][1](self.arg), du)   # chain rule: f(u)' = f'(u) u'

    def text(self):
        return f"{self.name}({self.arg.text()})"


def _wrap(node, level):
    text = node.text()
    return f"({text})" if node.precedence < level else text


# Imported last: the constructors build the nodes defined above (each module imports the other).
from .expression_simplify import add, div, mul, neg, power, sub  # noqa: E402
