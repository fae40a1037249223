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
The tree and its rules are in expression_tree.py; the simplifications, which a student can
read later, in expression_simplify.py. Import everything from here.

Nothing here ever calls Python's eval, exec or compile: the tree is evaluated by walking it,
and only the whitelisted functions in ``FUNCTIONS`` can be called.
"""
import math
import re
from dataclasses import dataclass

import numpy as np

from .expression_simplify import simplify
from .expression_tree import FUNCTIONS, BinOp, Call, Neg, Node, Num, UndefinedError, Var, format_number

__all__ = ["parse", "guess_variables", "tokenize", "Expression", "ExpressionError", "UndefinedError",
           "format_number", "FUNCTIONS", "CONSTANTS", "MAX_LENGTH", "MAX_DEPTH", "Token", "Parser",
           "Node", "Num", "Var", "Neg", "BinOp", "Call", "simplify"]

MAX_LENGTH = 300      # characters; longer input is refused before it is read
MAX_DEPTH = 60        # nesting of brackets/operators; deeper input is refused

CONSTANTS = {"pi": math.pi, "e": math.e}


class ExpressionError(ValueError):
    """The text is not a formula we accept. ``position`` is the 0-based index of the problem."""

    def __init__(self, message, position=None, kind="syntax", detail=""):
        super().__init__(message)
        self.message, self.position, self.kind, self.detail = message, position, kind, detail


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
