"""A formula tree from ``engine.expression`` written out as NumPy source code, for notebooks.

    >>> to_numpy_source(parse("1/2 x1^2 + 5 x2^2", ("x1", "x2")).tree)
    '1/2*x1**2 + 5*x2**2'

The tree has only whitelisted nodes (numbers, the allowed variables, + − * / ^ and the
functions of ``expression.FUNCTIONS``), so the text written here is safe to run: nothing of
the user's text is copied into it except through these nodes. Brackets follow the tree
exactly, so NumPy computes in the same order as the engine (the same numbers, bit for bit).
"""
from engine import expression as ex

# the engine's function name -> its NumPy spelling (sigmoid is defined by the notebook)
NUMPY_FUNCTIONS = {
    "sin": "np.sin", "cos": "np.cos", "tan": "np.tan", "exp": "np.exp", "log": "np.log",
    "ln": "np.log", "sqrt": "np.sqrt", "abs": "np.abs", "sign": "np.sign", "tanh": "np.tanh",
    "sinh": "np.sinh", "cosh": "np.cosh", "atan": "np.arctan", "sigmoid": "sigmoid",
}

# How tightly each kind of node binds in Python: ** > unary minus > * / > + −.
ATOM, POWER, UNARY, PRODUCT, SUM = 100, 30, 25, 20, 10


def number_source(value):
    """A float as short Python text that reads back as exactly the same float: 2.0 -> '2'."""
    value = float(value)
    if value != value:
        return "np.nan"
    if value in (float("inf"), float("-inf")):
        return "np.inf" if value > 0 else "(-np.inf)"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _source(node):
    """(text, binding) of a node."""
    if isinstance(node, ex.Num):
        text = number_source(node.value)
        return text, (UNARY if node.value < 0 else ATOM)
    if isinstance(node, ex.Var):
        return node.name, ATOM
    if isinstance(node, ex.Neg):
        return "-" + _wrap(node.arg, UNARY, strict=False), UNARY
    if isinstance(node, ex.Call):
        if node.name not in NUMPY_FUNCTIONS:
            raise ValueError(f"no NumPy spelling for the function {node.name!r}")
        return f"{NUMPY_FUNCTIONS[node.name]}({_source(node.arg)[0]})", ATOM
    if isinstance(node, ex.BinOp):
        if node.op == "^":
            # left of ** must bind tighter (−2)**2; the right side is bracketed unless an atom
            return _wrap(node.left, POWER, strict=True) + "**" + _wrap(node.right, ATOM, strict=False), POWER
        level = SUM if node.op in "+-" else PRODUCT
        symbol = {"+": " + ", "-": " - ", "*": "*", "/": "/"}[node.op]
        # The right operand is bracketed at the same level, to keep the tree's order:
        # a*(b*c) is not always the same float as a*b*c.
        return _wrap(node.left, level, strict=False) + symbol + _wrap(node.right, level, strict=True), level
    raise TypeError(f"not a formula node: {node!r}")


def _wrap(node, level, strict):
    text, binding = _source(node)
    if binding < level or (strict and binding == level):
        return f"({text})"
    return text


def to_numpy_source(node):
    """Python/NumPy source text computing the formula tree ``node`` (an expression AST)."""
    if isinstance(node, ex.Expression):
        node = node.tree
    return _source(node)[0]


def uses_sigmoid(node):
    """True when the source needs a ``sigmoid`` helper."""
    if isinstance(node, ex.Expression):
        node = node.tree
    if isinstance(node, ex.Call):
        return node.name == "sigmoid" or uses_sigmoid(node.arg)
    if isinstance(node, ex.Neg):
        return uses_sigmoid(node.arg)
    if isinstance(node, ex.BinOp):
        return uses_sigmoid(node.left) or uses_sigmoid(node.right)
    return False


def objective_trees(objective):
    """(f tree, [∂f/∂v tree for v in variables]) of an ``objectives.Objective``.

    A formula objective has its parsed tree and exact symbolic derivatives; a preset writes
    its function and derivative as text (``formula``, ``derivative_formulas``), parsed here.
    """
    if isinstance(objective.f, ex.Expression):
        expr = objective.f
        return expr.tree, [expr.derivative(v).tree for v in objective.variables]
    f = ex.parse(objective.formula, objective.variables).tree
    grads = [ex.parse(text, objective.variables).tree for text in objective.derivative_formulas]
    if len(grads) != len(objective.variables):
        raise ValueError(f"the function {objective.formula} has no written derivative")
    return f, grads
