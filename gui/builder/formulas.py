"""Each layer as a formula with shapes and parameter counts, and the whole composition."""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

from engine import parameter_count
from engine.spec import layer_shapes

from .layer_row import activation_title


def sub(text, index):
    return f"{text}<sub>{index}</sub>"


def composition(n_layers):
    """'f_Θ(x) = f_L(… f_2(f_1(x)))' written out for L layers (HTML)."""
    if n_layers <= 4:
        inner = "x"
        for k in range(1, n_layers + 1):
            inner = f"{sub('f', k)}({inner})"
        return f"{sub('f', 'Θ')}(x) = {inner}"
    return (f"{sub('f', 'Θ')}(x) = {sub('f', n_layers)}({sub('f', n_layers - 1)}(… "
            f"{sub('f', 2)}({sub('f', 1)}(x)) …))")


class FormulaPanel(QTextBrowser):
    """h_k = σ(W_k h_{k−1} + b_k) for every layer, W_k: n_k×n_{k−1}, and the totals."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setOpenLinks(False)
        self.setMinimumWidth(320)
        self._selected = None
        session.spec_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        self.refresh()

    def set_selected_layer(self, index):
        self._selected = index
        self.refresh()

    def refresh(self):
        spec = self.session.spec
        shapes = layer_shapes(spec)
        n_layers = len(shapes)
        parts = [
            "<p>" + self.tr("Every layer: {0}, with {1}.").format(
                f"<b>{sub('h', 'k')} = σ({sub('W', 'k')} {sub('h', 'k−1')} + {sub('b', 'k')})</b>",
                f"{sub('h', 0)} = x") + "</p>",
            "<p>" + self.tr("Input x: {0}.").format(self.session.input_explanation()) + "</p>",
            "<table cellspacing='0' cellpadding='3'>",
            "<tr><th align='left'>{0}</th><th align='left'>{1}</th><th align='right'>{2}</th></tr>".format(
                self.tr("layer"), self.tr("shapes"), self.tr("parameters")),
        ]
        for s in shapes:
            k = s.index
            prev = "x" if k == 1 else sub("h", k - 1)
            out = "ŷ" if k == n_layers else sub("h", k)
            formula = f"{out} = {activation_title(s.activation)}({sub('W', k)} {prev} + {sub('b', k)})"
            style = " style='background:#fff59d'" if self._selected == k - 1 else ""
            parts.append(
                f"<tr{style}><td>{formula}</td>"
                f"<td>{sub('W', k)}: {s.n_out:,}×{s.n_in:,}, {sub('b', k)}: {s.n_out:,}</td>"
                f"<td align='right'>{s.parameter_count:,}</td></tr>")
        parts.append("</table>")
        total = parameter_count(spec)
        parts.append("<p>" + self.tr("Total: {0} parameters Θ = {1}.").format(
            f"<b>{total:,}</b>",
            "{" + ", ".join(f"{sub('W', k)}, {sub('b', k)}" for k in range(1, min(n_layers, 3) + 1))
            + (", …}" if n_layers > 3 else "}")) + "</p>")
        if total >= 10_000:
            parts.append("<p><i>" + self.tr("A real network has many parameters: “sometimes tens of "
                                      "thousands”, as the lecture says, and often far more.") + "</i></p>")
        parts.append("<p>" + self.tr("The whole network is one composite function: {0}").format(
            f"<b>{composition(n_layers)}</b>") + "</p>")
        parts.append("<p style='color:#616161'>" + self.tr("Each {0} = {1}: an affine map, then σ element by element.")
                     .format(f"{sub('f', 'k')}(h)", f"σ({sub('W', 'k')} h + {sub('b', 'k')})") + "</p>")
        # Keep the scroll position when the text is redrawn.
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml("".join(parts))
        QTimer.singleShot(0, lambda: bar.setValue(position))
