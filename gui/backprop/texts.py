"""The Backprop tool's words and formulas with the numbers filled in (context "Backprop").

Networks are written as in the lecture: z = W h + b with W of shape n_out × n_in acting on
column vectors (the engine stores the transpose, see engine/layers.py).
"""
import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.expression import format_number


def tr(text):
    return QCoreApplication.translate("Backprop", text)


SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
QUAD_NAMES = {"x": "x", "y": "y", "a": "a", "b": "b", "c": "c", "x2": "x²", "ax2": "a·x²",
              "bx": "b·x", "yhat": "ŷ", "r": "ŷ − y", "L": "L"}
MAX_SHOWN = 8   # entries of a vector written out; the rest is "…"


def num(v, digits=4):
    """A number for the text: 4 significant digits, a real minus sign, nan/∞ as such."""
    return format_number(float(v), digits).replace("-", "−")


def paren(v):
    text = num(v)
    return f"({text})" if text.startswith("−") else text


def vec(v):
    """A column vector written as a row: (0.5, −1.2, …)ᵀ."""
    v = np.ravel(v)
    shown = ", ".join(num(e, 3) for e in v[:MAX_SHOWN])
    return f"({shown}{', …' if v.size > MAX_SHOWN else ''})ᵀ"


def mat(m):
    """A small matrix as an HTML table; a large one by its shape only."""
    m = np.atleast_2d(m)
    if m.shape[0] > MAX_SHOWN or m.shape[1] > MAX_SHOWN:
        return tr("[{rows}×{cols} matrix: see the heat map]").format(rows=m.shape[0], cols=m.shape[1])
    rows = "".join("<tr>" + "".join(f"<td align='right'>&nbsp;{num(e, 3)}&nbsp;</td>" for e in row) + "</tr>"
                   for row in m)
    return f"<table style='display:inline; border-left:1px solid #444; border-right:1px solid #444'>{rows}</table>"


def name(key):
    """Display name of a node: 'x²', 'z₁', 'W₂', 'ŷ'."""
    if key in QUAD_NAMES:
        return QUAD_NAMES[key]
    return key.translate(SUB)


def dname(key):
    """'∂L/∂a', '∂L/∂(a·x²)'."""
    n = name(key)
    return f"∂L/∂({n})" if any(ch in n for ch in "·− ") else f"∂L/∂{n}"


# -- the quadratic model ---------------------------------------------------------------------
def quadratic_forward(trace, key):
    v = {k: n.value for k, n in trace.nodes.items()}
    texts = {
        "x2": f"x² = {paren(v['x'])}² = {num(v['x2'])}",
        "ax2": f"a·x² = {paren(v['a'])} · {paren(v['x2'])} = {num(v['ax2'])}",
        "bx": f"b·x = {paren(v['b'])} · {paren(v['x'])} = {num(v['bx'])}",
        "yhat": f"ŷ = a·x² + b·x + c = {num(v['ax2'])} + {paren(v['bx'])} + {paren(v['c'])} = {num(v['yhat'])}",
        "r": f"ŷ − y = {num(v['yhat'])} − {paren(v['y'])} = {num(v['r'])}",
        "L": f"L = ½ (ŷ − y)² = ½ · {paren(v['r'])}² = {num(v['L'])}",
    }
    return texts[key]


def quadratic_backward(trace, key):
    node = trace.nodes[key]
    if key == "L":
        return tr("∂L/∂L = 1: the backward pass starts at the loss.")
    if key == "r":
        return f"∂L/∂(ŷ − y) = ∂(½ (ŷ − y)²)/∂(ŷ − y) = ŷ − y = {num(node.grad)}"
    (use,) = trace.uses_of(key)
    up = trace.nodes[use.target]
    target = name(use.target)
    local = f"∂{'(' + target + ')' if '·' in target or '−' in target else target}/∂{name(key)}"
    middle = f" = {node.grad_formula}" if key in "abc" else ""
    return (f"{dname(key)} = {dname(use.target)} · {local}{middle}"
            f" = {paren(up.grad)} · {paren(use.local)} = <b>{num(node.grad)}</b>")


# -- networks --------------------------------------------------------------------------------
def _layer(trace, key):
    return trace.layers[int(key[1:]) - 1] if key[0] in "zhWb" else trace.layers[-1]


def network_forward(trace, key):
    n_layers = len(trace.layers)
    if key == "L":
        lt = trace.layers[-1]
        y_hat = lt.h[0]
        t = trace.nodes["t"].value
        if trace.loss_name == "cross_entropy":
            label = int(np.ravel(t)[0]) if t.ndim == 1 else int(np.argmax(t[0]))
            if y_hat.size == 1:
                return tr("L = −[y log ŷ + (1 − y) log(1 − ŷ)] = {loss}").format(loss=num(trace.loss))
            return tr("L = −log ŷ of the right class ({cls}) = −log {p} = {loss}").format(
                cls=label, p=num(y_hat[label]), loss=num(trace.loss))
        return f"L = ½ |ŷ − y|² = ½ |{vec(y_hat)} − {vec(t[0])}|² = {num(trace.loss)}"
    lt = _layer(trace, key)
    k = lt.index
    s, p = str(k).translate(SUB), str(k - 1).translate(SUB)
    h_in = "x" if k == 1 else f"h{p}"
    out = "ŷ" if k == n_layers else f"h{s}"
    if key.startswith("z"):
        shape = f"({lt.z.shape[1]}×{lt.h_in.shape[1]} · {lt.h_in.shape[1]} + {lt.z.shape[1]})"
        numbers = f"{mat(lt.lecture_W)} {vec(lt.h_in[0])} + {vec(lt.b)} = "
        if lt.lecture_W.size > MAX_SHOWN * MAX_SHOWN:
            numbers = ""
        return f"z{s} = W{s} {h_in} + b{s} &nbsp;{shape}<br>= {numbers}{vec(lt.z[0])}"
    return f"{out} = {lt.activation}(z{s}) = {lt.activation}({vec(lt.z[0])}) = {vec(lt.h[0])}"


def network_backward(trace, key):
    n_layers = len(trace.layers)
    if key == "L":
        return tr("∂L/∂L = 1: the backward pass starts at the loss.")
    lt = _layer(trace, key)
    k = lt.index
    s, p, q = (str(i).translate(SUB) for i in (k, k - 1, k + 1))
    h_in = "x" if k == 1 else f"h{p}"
    if key == "yhat":
        if trace.loss_name == "squared_error":
            return f"∂L/∂ŷ = ŷ − y = {vec(lt.dh[0])}"
        return f"∂L/∂ŷ = {vec(lt.dh[0])}"
    if key.startswith("h"):
        nxt = trace.layers[k]
        return (f"∂L/∂h{s} = W{q}ᵀ δ{q} &nbsp;({nxt.W.shape[0]}×{nxt.W.shape[1]} · {nxt.W.shape[1]})"
                f"<br>= {mat(nxt.W)} {vec(nxt.delta[0])} = {vec(lt.dh[0])}")
    if key.startswith("z"):
        if k == n_layers and trace.fused:
            return (f"δ{s} = ∂L/∂z{s} = ŷ − y = {vec(lt.delta[0])}<br>"
                    + tr("(softmax or sigmoid and cross-entropy together: their derivative is simply ŷ − y)"))
        upstream = "∂L/∂ŷ" if k == n_layers else f"(W{q}ᵀ δ{q})"
        if lt.sigma_prime is None:
            return f"δ{s} = ∂L/∂z{s} = J_softmaxᵀ {upstream} = {vec(lt.delta[0])}"
        return (f"δ{s} = ∂L/∂z{s} = {upstream} ⊙ σ′(z{s})<br>= {vec(lt.dh[0])} ⊙ {vec(lt.sigma_prime[0])}"
                f" = <b>{vec(lt.delta[0])}</b>")
    if key.startswith("W"):
        shape = f"({lt.z.shape[1]}×1 · 1×{lt.h_in.shape[1]} = {lt.z.shape[1]}×{lt.h_in.shape[1]})"
        return (f"∂L/∂W{s} = δ{s} {h_in}ᵀ &nbsp;{shape}<br>= {vec(lt.delta[0])} {vec(lt.h_in[0])[:-1]}"
                f" = {mat(lt.lecture_dW)}")
    return f"∂L/∂b{s} = δ{s} = {vec(lt.db)}"


# -- messages --------------------------------------------------------------------------------
def not_finite_message():
    return tr("Some values are not numbers (NaN) or infinite (∞): the training diverged. They are drawn "
              "in black; reset the weights in the builder or take a smaller learning rate.")


def per_layer_message(spec):
    sizes = " → ".join(str(n) for n in [spec["input_size"]] + [layer["units"] for layer in spec["layers"]])
    return tr("This network ({sizes}) is too large to draw unit by unit: each layer is drawn as a heat map "
              "(red positive, blue negative).").format(sizes=sizes)
