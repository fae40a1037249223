"""The stepper notebook: the gradient method one step at a time on a formula, in NumPy, with the
same table the app prints."""
import math

import numpy as np

from engine import descent, expression as ex, objectives, optimizers
from engine.descent import DIVERGENCE_FACTOR, GRADIENT_TOLERANCE, METHODS, as_objective, method_name

from .notebook_cells import (_language, _optimizer_settings, _source, code_cell, markdown_cell, MAX_STEPS,
                             new_notebook, NotebookError)
from .notebook_texts import markdown_escape, rule, text, TITLES
from .notebook_training import _rule_values
from .numpy_source import objective_trees, to_numpy_source, uses_sigmoid


# -- the stepper notebook -------------------------------------------------------------------

UPDATE_CODE = {
    "sgd": ("def update(x, g, state):\n"
           "    \"\"\"Step 3: x := x − α g.\"\"\"\n"
           "    return x - LR * g"),
    "momentum": ("def update(x, g, state):\n"
                 "    \"\"\"v := μ v − α g;  x := x + v.\"\"\"\n"
                 "    v = state.get(\"velocity\", np.zeros_like(x))\n"
                 "    state[\"velocity\"] = v = MOMENTUM * v - LR * g\n"
                 "    return x + v"),
    "nesterov": ("def update(x, g, state):\n"
                 "    \"\"\"v := μ v − α g;  x := x + μ v − α g (looking ahead).\"\"\"\n"
                 "    v = state.get(\"velocity\", np.zeros_like(x))\n"
                 "    state[\"velocity\"] = v = MOMENTUM * v - LR * g\n"
                 "    return x + (MOMENTUM * v - LR * g)"),
    "adagrad": ("def update(x, g, state):\n"
                "    \"\"\"h := h + g²;  x := x − α g / (√h + ε).\"\"\"\n"
                "    h = state.get(\"h\", np.zeros_like(x))\n"
                "    state[\"h\"] = h = h + g * g\n"
                "    return x - LR * g / (np.sqrt(h) + EPS)"),
    "rmsprop": ("def update(x, g, state):\n"
                "    \"\"\"h := ρ h + (1 − ρ) g²;  x := x − α g / (√h + ε).\"\"\"\n"
                "    h = state.get(\"h\", np.zeros_like(x))\n"
                "    state[\"h\"] = h = DECAY * h + (1 - DECAY) * g * g\n"
                "    return x - LR * g / (np.sqrt(h) + EPS)"),
    "adam": ("def update(x, g, state):\n"
             "    \"\"\"m := β1 m + (1 − β1) g;  v := β2 v + (1 − β2) g²;  x := x − α m̂ / (√v̂ + ε).\"\"\"\n"
             "    t = state[\"t\"] = state.get(\"t\", 0) + 1\n"
             "    m = state[\"m\"] = BETA1 * state.get(\"m\", np.zeros_like(x)) + (1 - BETA1) * g\n"
             "    v = state[\"v\"] = BETA2 * state.get(\"v\", np.zeros_like(x)) + (1 - BETA2) * g * g\n"
             "    m_hat = m / (1 - BETA1 ** t)\n"
             "    v_hat = v / (1 - BETA2 ** t)\n"
             "    return x - LR * m_hat / (np.sqrt(v_hat) + EPS)"),
}

STEPPER_RUN_CODE = '''
def num(x, digits=8):
    """A number as the stepper shows it: no floating-point noise, − for minus."""
    return format_number(x, digits).replace("-", "−")


def vec(x, digits=6):
    return num(x[0], digits) if len(x) == 1 else "(" + ", ".join(num(v, digits) for v in x) + ")"


def show(row, widths=WIDTHS):
    print("".join((str(cell) + "  ").ljust(w) for cell, w in zip(row, widths)).rstrip())


show(HEADER)
x = np.array(X0, dtype=float)
state = {}
path = [x.copy()]
with np.errstate(all="ignore"):
    value = f(*x)
for t in range(STEPS):
    with np.errstate(all="ignore"):
        g = gradient(*x)                      # Step 2: g := ∇f(x)
    if not np.all(np.isfinite(g)):
        print("stopped: the gradient is not defined at", vec(x))
        break
    with np.errstate(all="ignore"):
        x_next = update(x, g, state)          # Step 3: move x
    show((t, vec(x), num(value) if np.isfinite(value) else "—", vec(g), vec(x_next)))
    path.append(x_next.copy())
    if not np.all(np.isfinite(x_next)) or np.max(np.abs(x_next)) > LIMIT:
        print(f"diverged after {t + 1} steps: the learning rate α = {LR} is too large here")
        break
    x = x_next                                # Step 4: back to step 2
    with np.errstate(all="ignore"):
        value = f(*x)
    if not np.isfinite(value):
        print("stopped: f is not defined at", vec(x))
        break
    with np.errstate(all="ignore"):
        if np.linalg.norm(gradient(*x)) < GRADIENT_TOLERANCE:
            print("the gradient is zero: a stationary point")
            break
path = np.array(path)
'''

PLOT_1D = '''
lo, hi = VIEW[0]
lo, hi = min(lo, path[:, 0].min()), max(hi, path[:, 0].max())
s = np.linspace(lo, hi, 400)
with np.errstate(all="ignore"):
    curve = f(s) + 0 * s
    heights = np.array([f(p[0]) for p in path])
plt.figure(figsize=(7, 4))
plt.plot(s, curve, label="f")
plt.plot(path[:, 0], heights, "o-", color="tab:red", markersize=4, label=VARIABLES[0] + "_t")
plt.title(f"α = {LR}, {len(path) - 1} steps")
plt.xlabel(VARIABLES[0])
plt.ylabel("f")
plt.legend()
plt.show()
'''

PLOT_2D = '''
(lo1, hi1), (lo2, hi2) = VIEW
x1, x2 = np.meshgrid(np.linspace(lo1, hi1, 200), np.linspace(lo2, hi2, 200))
with np.errstate(all="ignore"):
    z = f(x1, x2) + 0 * x1
plt.figure(figsize=(7, 5))
plt.contour(x1, x2, z, levels=30, cmap="viridis")
plt.plot(path[:, 0], path[:, 1], "o-", color="tab:red", markersize=4)
plt.xlim(lo1, hi1)
plt.ylim(lo2, hi2)
plt.title(f"α = {LR}, {len(path) - 1} steps")
plt.xlabel("x1")
plt.ylabel("x2")
plt.show()
'''

METHOD_NAMES = {"sgd": "gradient descent", "momentum": "momentum", "nesterov": "Nesterov momentum",
                "adagrad": "AdaGrad", "rmsprop": "RMSProp", "adam": "Adam"}


def stepper_notebook(function, x0=None, lr=None, steps=10, method="sgd", language="en", settings=None):
    """A notebook running the gradient method on ``function`` in plain NumPy.

    function: a preset name ('square', 'zigzag', ...), a formula ('x1^2 + 3*sin(x2)') or an
    ``objectives.Objective``. x0, lr default to the function's lesson settings; settings are
    the method's (momentum=0.9, decay=0.99, beta1=0.9, beta2=0.999).
    """
    lang = _language(language)
    method = method_name(method)     # 'gd' (older files) is 'sgd'
    try:
        objective = as_objective(function)
    except ex.ExpressionError as exc:
        raise NotebookError(f"not a formula: {exc}") from None
    if method not in METHODS:
        raise NotebookError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    x0 = np.asarray(objective.start if x0 is None else x0, dtype=float).reshape(-1)
    if x0.size != objective.dim:
        raise NotebookError(f"the start needs {objective.dim} number(s), not {x0.size}")
    lr = float(objective.lr if lr is None else lr)
    if not (lr > 0 and math.isfinite(lr)):
        raise NotebookError("the learning rate must be a positive number")
    if not np.all(np.isfinite(x0)):
        raise NotebookError("the start must be finite numbers")
    steps = int(steps)
    if not 0 <= steps <= MAX_STEPS:
        raise NotebookError(f"the number of steps must be between 0 and {MAX_STEPS}")
    opt = optimizers.make(method, lr=lr, **_optimizer_settings(settings))
    if isinstance(objective, objectives.NetworkSlice):
        return network_slice_notebook(objective, x0, lr, steps, method, lang, _optimizer_settings(settings))
    f_tree, grad_trees = objective_trees(objective)
    try:
        variables = objectives.check_variables(objective.variables)   # they become Python names below
    except ex.ExpressionError as exc:
        raise NotebookError(f"not a formula: {exc}") from None
    formula = " ".join(objective.formula.split())   # one line, in a docstring and in Markdown
    if '"' in formula or "\\" in formula:
        raise NotebookError("the formula holds characters a formula cannot have")
    args = ", ".join(variables)
    point = variables[0] if objective.dim == 1 else "x"
    gname = f"f′({point})" if objective.dim == 1 else "∇f(x)"
    helper = ("def sigmoid(u):\n    return 1 / (1 + np.exp(-u))\n\n\n"
              if uses_sigmoid(f_tree) or any(uses_sigmoid(t) for t in grad_trees) else "")
    derivative_lines = "\n".join(f"    # ∂f/∂{v} = {ex.Expression(t, variables).text()}" for v, t in zip(variables, grad_trees))
    function_code = (helper +
                     f"def f({args}):\n    \"\"\"f({args}) = {formula}\"\"\"\n"
                     f"    return {to_numpy_source(f_tree)}\n\n\n"
                     f"def gradient({args}):\n    \"\"\"The exact gradient, one component per variable.\"\"\"\n"
                     f"{derivative_lines}\n"
                     f"    return np.array([{', '.join(to_numpy_source(t) for t in grad_trees)}], dtype=float)")
    constants = {"momentum": ("MOMENTUM", "momentum"), "decay": ("DECAY", "decay"),
                 "beta1": ("BETA1", "beta1"), "beta2": ("BETA2", "beta2"), "eps": ("EPS", "eps")}
    settings_lines = [f"VARIABLES = {variables!r}",
                      f"X0 = {[float(v) for v in x0]!r}     # the start",
                      f"LR = {lr!r}     # the learning rate α",
                      f"STEPS = {steps}",
                      f"LIMIT = {DIVERGENCE_FACTOR * objective.view_radius()!r}   # |x| beyond this: diverged",
                      f"GRADIENT_TOLERANCE = {GRADIENT_TOLERANCE!r}",
                      f"VIEW = {[tuple(float(v) for v in r) for r in objective.view]!r}"]
    for attr, (name, _) in constants.items():
        if hasattr(opt, attr):
            settings_lines.append(f"{name} = {getattr(opt, attr)!r}")
    header = ("t", f"{point}_t", f"f({point}_t)", f"g_t = f′({point}_t)" if objective.dim == 1 else "g_t = ∇f(x_t)",
              f"{point}_t+1")
    settings_lines.append(f"HEADER = {header!r}")
    settings_lines.append("WIDTHS = (5, 16, 16, 22, 16)   # table columns" if objective.dim == 1 else
                          "WIDTHS = (5, 26, 16, 26, 26)   # table columns")
    method_title = METHOD_NAMES[method] if lang == "en" else {"sgd": TITLES["ja"]["sgd"]}.get(method, METHOD_NAMES[method])
    rule_name = method
    title = text(lang, "stepper_title", args=f"({args})", formula=markdown_escape(formula), x=point,
                 x0=", ".join(f"{v:g}" for v in x0), gname=gname, lr=f"{lr:g}")
    cells = [markdown_cell(title),
             code_cell("import math\n\nimport matplotlib.pyplot as plt\nimport numpy as np"),
             markdown_cell(text(lang, "stepper_function")),
             code_cell(function_code),
             markdown_cell(text(lang, "stepper_method", method=method_title,
                                rule=rule(lang, rule_name, **_rule_values(opt)))),
             code_cell("\n".join(settings_lines) + "\n\n\n" + UPDATE_CODE[method]),
             markdown_cell(text(lang, "stepper_run")),
             code_cell(_source(ex.format_number) + "\n\n\n" + STEPPER_RUN_CODE.strip("\n"), tags=["table"]),
             markdown_cell(text(lang, "stepper_plot")),
             code_cell((PLOT_1D if objective.dim == 1 else PLOT_2D).strip("\n"), tags=["plot"])]
    return new_notebook(cells, "stepper", lang)


def network_slice_notebook(objective, x0, lr, steps, method, lang, settings):
    """The stepper on a network's loss over two weights: not a formula, so the notebook says so
    and holds the path the engine computed (numbers only, and the checked weight names)."""
    path = descent.run(objective, x0=x0, lr=lr, steps=steps, method=method, **settings)
    w1, w2 = (markdown_escape(v) for v in objective.variables)
    number = lambda v: f"{v:.8g}".replace("-", "−") if np.isfinite(v) else "—"
    pair = lambda p: "(" + ", ".join(number(v) for v in p) + ")"
    rows = ["| t | (w1, w2)ₜ | f | g | (w1, w2)ₜ₊₁ |", "|---|---|---|---|---|"]
    for r in path.records:
        rows.append(f"| {r.t} | {pair(r.x)} | {number(r.value)} | {pair(r.gradient)} | {pair(r.x_next)} |")
    method_title = METHOD_NAMES[method] if lang == "en" else {"sgd": TITLES["ja"]["sgd"]}.get(method, METHOD_NAMES[method])
    title = text(lang, "network_title", w1=w1, w2=w2, arch=markdown_escape(objective.architecture()),
                 n=len(objective.X), x0=pair(x0), lr=f"{lr:g}", method=method_title)
    points = [[float(v) for v in p] for p in path.points]
    code = (f"from math import inf, nan   # a diverged run's last point\n\n"
            f"import matplotlib.pyplot as plt\nimport numpy as np\n\n"
            f"WEIGHTS = {tuple(str(v) for v in objective.variables)!r}\n"
            f"path = np.array({points!r})   # the weights after each step, as the app computed them\n\n"
            "plt.plot(path[:, 0], path[:, 1], \"o-\", color=\"tab:red\", markersize=4)\n"
            "plt.xlabel(WEIGHTS[0])\nplt.ylabel(WEIGHTS[1])\nplt.title(f\"{len(path) - 1} steps\")\nplt.show()")
    cells = [markdown_cell(title), markdown_cell(text(lang, "network_path", table="\n".join(rows))),
             code_cell(code, tags=["plot"])]
    return new_notebook(cells, "stepper", lang)
