"""A safe formula language for your own function f(s) or f(x1, x2), with its exact derivative.

    expr = parse("x1**2 + 3*sin(x2)")
    expr.value(x1=1.0, x2=0.5)            # f at a point (NumPy arrays work too)
    expr.derivative("x2").text()          # '3*cos(x2)'  -- symbolic, not finite differences

How it works, in three small pieces a student can read:
  1. ``tokenize``  cuts the text into numbers, names, operators and brackets (anything else,
     such as quotes, dots after names or underscores in names, is refused with its position);
  2. ``Parser``    a recursive-descent parser that builds a tree of ``Num``, ``Var``, ``Neg``,
     ``BinOp`` and ``Call`` nodes, following the usual precedence:
         sum   := term (('+' | '-') term)*
         term  := unary (('*' | '/' | implicit ×) unary)*      e.g. "1/2 x1^2" = (1/2)·x1²
         unary := '-' unary | power
         power := atom (('^' | '**') unary)?                    right-associative: 2^3^2 = 2^9
         atom  := number | variable | constant | function '(' sum ')' | '(' sum ')'
  3. ``diff``      the rules of differentiation on the tree (sum, product, quotient, power and
     chain rules), with a few simplifications so the result reads like a textbook formula.

Nothing here ever calls Python's eval, exec or compile: the tree is evaluated by walking it,
and only the whitelisted functions in ``FUNCTIONS`` can be called.
"""
import math
import re
from dataclasses import dataclass

import numpy as np

MAX_LENGTH = 300      # characters; longer input is refused before it is read
MAX_DEPTH = 60        # nesting of brackets/operators; deeper input is refused

CONSTANTS = {"pi": math.pi, "e": math.e}


class ExpressionError(ValueError):
    """The text is not a formula we accept. ``position`` is the 0-based index of the problem."""

    def __init__(self, message, position=None, kind="syntax", detail=""):
        super().__init__(message)
        self.message, self.position, self.kind, self.detail = message, position, kind, detail


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


# -- 1. tokens ---------------------------------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)
  | (?P<name>[A-Za-z][A-Za-z0-9]*)
  | (?P<op>\*\*|[-+*/^(),])
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str      # 'number', 'name', 'op', 'end'
    text: str
    position: int


def tokenize(text):
    """The list of tokens of ``text``, ending with an 'end' token. Refuses anything else."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"the formula is too long ({len(text)} characters; at most {MAX_LENGTH})",
            MAX_LENGTH, kind="too_long", detail=str(MAX_LENGTH))
    tokens, pos = [], 0
    text = text.replace("×", "*").replace("·", "*").replace("−", "-").replace("÷", "/")
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise ExpressionError(f"unexpected character {text[pos]!r} at position {pos + 1}",
                                  pos, kind="character", detail=text[pos])
        if m.lastgroup != "space":
            tokens.append(Token(m.lastgroup, m.group(), pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


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


# Constructors that simplify as they build, so derivatives read well: 0·u = 0, 1·u = u, ...
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


# -- the parser --------------------------------------------------------------------------
def _is_division_by_zero(node):
    """1/0, 0^(−1), log(0): infinite for another reason than size (reported when evaluated)."""
    with np.errstate(all="ignore"):
        if isinstance(node, BinOp) and node.op in "/^":
            right = float(node.right.ev({}, strict=False))
            left = float(node.left.ev({}, strict=False))
            return right == 0 if node.op == "/" else left == 0 and right < 0
        if isinstance(node, Call):
            return node.name in ("log", "ln") or _is_division_by_zero(node.arg)
    return False


class Parser:
    """Recursive descent over the tokens; see the grammar at the top of this file."""

    def __init__(self, text, variables):
        self.text, self.tokens, self.i = text, tokenize(text), 0
        self.allowed = tuple(variables)
        self.depth = 0

    @property
    def token(self):
        return self.tokens[self.i]

    def advance(self):
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, text):
        if self.token.text != text:
            found = self.token.text or "the end"
            raise ExpressionError(f"expected {text!r} at position {self.token.position + 1}, "
                                  f"found {found!r}", self.token.position,
                                  kind="expected", detail=text)
        return self.advance()

    def parse(self):
        if self.token.kind == "end":
            raise ExpressionError("the formula is empty", 0, kind="empty")
        node = self.sum()
        if self.token.kind != "end":
            raise ExpressionError(f"unexpected {self.token.text!r} at position "
                                  f"{self.token.position + 1}", self.token.position,
                                  kind="unexpected", detail=self.token.text)
        return node

    def _enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("the formula is nested too deeply", self.token.position,
                                  kind="too_deep")

    def _finite(self, node, start):
        """Refuse a constant part that overflows (2^2000, 9^9^9, 1e200*1e200, exp(1000)):
        no float can hold it, so no step could be computed. ``start``: where it begins."""
        if node.variables():
            return node
        with np.errstate(all="ignore"):
            value = float(node.ev({}, strict=False))
        if math.isinf(value) and not _is_division_by_zero(node):
            end = self.token.position
            part = self.text[start:end].strip()
            raise ExpressionError(f"the number {part} is too large to compute (at position {start + 1}; "
                                  f"numbers stay below about 1.8e308)", start, kind="overflow", detail=part)
        return node

    def sum(self):
        self._enter()
        start = self.token.position
        node = self.term()
        while self.token.text in ("+", "-"):
            op = self.advance().text
            node = self._finite(BinOp(op, node, self.term()), start)
        self.depth -= 1
        return node

    def term(self):
        start = self.token.position
        node = self.unary()
        while True:
            if self.token.text in ("*", "/"):
                op = self.advance().text
                node = self._finite(BinOp(op, node, self.unary()), start)
            elif self.token.kind == "name" or self.token.text == "(":
                node = self._finite(BinOp("*", node, self.unary()), start)   # implicit: 5 x2, 2(s+1)
            else:
                return node

    def unary(self):
        if self.token.text in ("-", "+"):
            op = self.advance().text
            self._enter()
            arg = self.unary()
            self.depth -= 1
            return Neg(arg) if op == "-" else arg
        return self.power()

    def power(self):
        start = self.token.position
        base = self.atom()
        if self.token.text in ("^", "**"):
            self.advance()
            self._enter()
            exponent = self.unary()                       # right-associative, allows 2^-1
            self.depth -= 1
            return self._finite(BinOp("^", base, exponent), start)
        return base

    def atom(self):
        token = self.token
        if token.kind == "number":
            self.advance()
            return self._finite(Num(float(token.text)), token.position)   # 1e400
        if token.kind == "name":
            self.advance()
            name = token.text
            if name in FUNCTIONS:
                if self.token.text != "(":
                    raise ExpressionError(f"{name} needs brackets, e.g. {name}(s), at position "
                                          f"{self.token.position + 1}", self.token.position,
                                          kind="call", detail=name)
                self.advance()
                arg = self.sum()
                if self.token.text == ",":
                    raise ExpressionError(f"{name} takes one argument (position "
                                          f"{self.token.position + 1})", self.token.position,
                                          kind="arguments", detail=name)
                self.expect(")")
                return self._finite(Call(name, arg), token.position)
            if name in self.allowed:
                return Var(name)
            if name in CONSTANTS:
                return Num(CONSTANTS[name])
            raise ExpressionError(
                f"unknown name {name!r} at position {token.position + 1}; use "
                f"{', '.join(self.allowed)} and the functions {', '.join(sorted(FUNCTIONS))}",
                token.position, kind="name", detail=name)
        if token.text == "(":
            self.advance()
            node = self.sum()
            self.expect(")")
            return node
        found = token.text or "the end"
        raise ExpressionError(f"expected a number, a variable or '(' at position "
                              f"{token.position + 1}, found {found!r}", token.position,
                              kind="operand", detail=token.text)


# -- the public object -------------------------------------------------------------------

class Expression:
    """A parsed formula of some variables with its exact partial derivatives."""

    def __init__(self, tree, variables, source=""):
        self.tree, self.variables, self.source = tree, tuple(variables), source
        self._derivatives = {}

    def text(self):
        return self.tree.text()

    def __str__(self):
        return self.text()

    def derivative(self, var):
        """∂f/∂var as another Expression (symbolic differentiation of the tree)."""
        if var not in self._derivatives:
            tree = simplify(simplify(self.tree).diff(var))
            self._derivatives[var] = Expression(tree, self.variables)
        return self._derivatives[var]

    def _env(self, args, kwargs):
        if args:
            kwargs = dict(zip(self.variables, args), **kwargs)
        return {v: np.asarray(kwargs[v], dtype=float) for v in self.variables}

    def value(self, *args, **kwargs):
        """f at the point(s), NumPy-style: arrays give arrays; nan where undefined."""
        env = self._env(args, kwargs)
        with np.errstate(all="ignore"):
            result = self.tree.ev(env, strict=False)
        return np.broadcast_to(result, np.broadcast(*env.values()).shape).astype(float)

    def value_at(self, *args, **kwargs):
        """f at one point, or UndefinedError saying why it has no value there."""
        env = self._env(args, kwargs)
        result = float(self.tree.ev(env, strict=True))
        if not math.isfinite(result):
            raise UndefinedError(f"{self.text()} is too large to compute here", "overflow",
                                 self.text())
        return result

    def gradient(self, *args, **kwargs):
        """(∂f/∂v for v in variables) stacked on the last axis."""
        return np.stack([self.derivative(v).value(*args, **kwargs) for v in self.variables],
                        axis=-1)

    def gradient_at(self, *args, **kwargs):
        """The gradient at one point, or UndefinedError."""
        return np.array([self.derivative(v).value_at(*args, **kwargs) for v in self.variables])


def parse(text, variables=("s",)):
    """Parse ``text`` as a formula of ``variables``. Raises ExpressionError with a position."""
    if not isinstance(text, str):
        raise ExpressionError("the formula must be text", 0, kind="type")
    tree = Parser(text, variables).parse()
    return Expression(tree, variables, text)


def guess_variables(text):
    """('x1', 'x2') if the text mentions x1 or x2, else ('s',) — or ('x',) if it uses x."""
    names = set(re.findall(r"[A-Za-z][A-Za-z0-9]*", text[:MAX_LENGTH]))
    if names & {"x1", "x2"}:
        return ("x1", "x2")
    if "x" in names and "s" not in names:
        return ("x",)
    return ("s",)
