"""Building derivatives that read like a textbook's: constructors that simplify as they build
(0·u = 0, 1·u = u, 2·s·3 = 6·s, a + −b = a − b) and ``simplify``, which computes the constant
parts of a formula (1/2*x1^2 -> 0.5*x1^2).

Only how a formula is *written* changes, never its value. The derivative rules in
expression_tree.py use these constructors; nothing here is needed to follow them.
"""
import math

import numpy as np


def add(a, b):
    if a == Num(0):
        return b
    if b == Num(0):
        return a
    if isinstance(a, Num) and isinstance(b, Num) and math.isfinite(a.value + b.value):
        return Num(a.value + b.value)
    if isinstance(b, Neg):
        return sub(a, b.arg)
    if isinstance(b, Num) and b.value < 0:
        return sub(a, Num(-b.value))
    if isinstance(b, BinOp) and b.op in "*/" and isinstance(b.left, Num) and b.left.value < 0:
        return sub(a, neg(b))                       # a + −4·u  ->  a − 4·u
    return BinOp("+", a, b)


def sub(a, b):
    if b == Num(0):
        return a
    if isinstance(a, Num) and isinstance(b, Num) and math.isfinite(a.value - b.value):
        return Num(a.value - b.value)
    if a == Num(0):
        return neg(b)
    if isinstance(b, Neg):
        return add(a, b.arg)
    return BinOp("-", a, b)


def neg(a):
    if isinstance(a, Num):
        return Num(-a.value)
    if isinstance(a, Neg):
        return a.arg
    if isinstance(a, BinOp) and a.op in "*/":
        return mul(Num(-1), a)
    return Neg(a)


def _factors(node, numerator, denominator):
    """Split a product/quotient into its factors: 2*s/(4*t) -> num [2, s], den [4, t]."""
    if isinstance(node, BinOp) and node.op == "*":
        _factors(node.left, numerator, denominator)
        _factors(node.right, numerator, denominator)
    elif isinstance(node, BinOp) and node.op == "/":
        _factors(node.left, numerator, denominator)
        _factors(node.right, denominator, numerator)
    elif isinstance(node, Neg):
        numerator.append(Num(-1))
        _factors(node.arg, numerator, denominator)
    else:
        numerator.append(node)


def _product(factors):
    product = factors[0]
    for f in factors[1:]:
        product = BinOp("*", product, f)
    return product


def _fraction(a, b, divide):
    """a/b written with its numbers multiplied out first: 100*2*u*2*x -> 400*u*x."""
    num, den = [], []
    _factors(a, num, den)
    if divide:
        _factors(b, den, num)
    else:
        _factors(b, num, den)
    top = bottom = 1.0
    for f in num:
        top *= f.value if isinstance(f, Num) else 1
    for f in den:
        bottom *= f.value if isinstance(f, Num) else 1
    num = [f for f in num if not isinstance(f, Num)]
    den = [f for f in den if not isinstance(f, Num)]
    if top == 0:
        return Num(0)
    if bottom == 0:                    # leave a literal division by zero to be reported
        return BinOp("/", a, b)
    if not (math.isfinite(top) and math.isfinite(bottom) and math.isfinite(top / bottom)):
        return BinOp("/" if divide else "*", a, b)   # 2^1000·s·2^1000: too large to multiply out
    constant = top / bottom
    if len(format_number(constant)) <= 7:
        top, bottom = constant, 1.0
    sign = -1 if top < 0 else 1
    top = abs(top)
    if top != 1 or not num:
        num.insert(0, Num(top))
    result = _product(num)
    if bottom != 1:
        den.insert(0, Num(bottom))
    if den:
        result = BinOp("/", result, _product(den))
    return Neg(result) if sign < 0 else result


def mul(a, b):
    if a == Num(0) or b == Num(0):
        return Num(0)
    return _fraction(a, b, divide=False)


def div(a, b):
    if a == Num(0):
        return Num(0)
    if b == Num(1):
        return a
    return _fraction(a, b, divide=True)


def power(a, b):
    if b == Num(0):
        return Num(1)
    if b == Num(1):
        return a
    if isinstance(a, Num) and isinstance(b, Num) and a.value > 0:
        with np.errstate(all="ignore"):
            value = float(np.power(a.value, b.value))   # inf, not OverflowError, when too large
        if math.isfinite(value):
            return Num(value)
    return BinOp("^", a, b)


def simplify(node):
    """The same function with constant parts computed: 1/2*x1^2 -> 0.5*x1^2."""
    if isinstance(node, Neg):
        return neg(simplify(node.arg))
    if isinstance(node, BinOp):
        build = {"+": add, "-": sub, "*": mul, "/": div, "^": power}[node.op]
        return build(simplify(node.left), simplify(node.right))
    if isinstance(node, Call):
        arg = simplify(node.arg)
        if isinstance(arg, Num):
            with np.errstate(all="ignore"):
                value = float(FUNCTIONS[node.name][0](arg.value))
            if math.isfinite(value):
                return Num(value)
        return Call(node.name, arg)
    return node


# Imported last: the nodes' derivative rules use the constructors above (each module imports the other).
from .expression_tree import FUNCTIONS, BinOp, Call, Neg, Num, format_number  # noqa: E402
