"""Step / Back / Reset through the graph, and the step just taken written out with its numbers.

A press of Step → or To the end that goes into the backward pass asks ``gate`` first
(gui/reveal.py): the lesson may want a prediction before the gradients are shown.
"""
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..reveal import RevealGate
from . import texts
from .. import theme


class WalkPanel(QWidget):
    def __init__(self, model, gate=None, parent=None):
        super().__init__(parent)
        self.model = model
        self.gate = gate if gate is not None else RevealGate()
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Undo the last step (Backspace)"))
        self.step_button = QPushButton(self.tr("Step →"))
        self.step_button.setToolTip(self.tr("Compute the next node: forward first, then backward (Space)"))
        self.step_button.setDefault(True)
        self.end_button = QPushButton(self.tr("To the end"))
        self.end_button.setToolTip(self.tr("Finish the forward and the backward pass at once"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the start: nothing computed yet (R)"))
        self.progress = QLabel()
        self.progress.setObjectName("walkProgress")
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("chainRule")
        self.explanation.setMinimumHeight(96)
        self.explanation.setMaximumHeight(150)
        self.notice = QLabel()
        self.notice.setObjectName("graphNotice")
        self.notice.setWordWrap(True)
        theme.colour_text(self.notice, "error")
        buttons = QHBoxLayout()
        for button in (self.reset_button, self.back_button, self.step_button, self.end_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.explanation)
        self.step_button.clicked.connect(self.pressed_step)
        self.back_button.clicked.connect(model.back)
        self.reset_button.clicked.connect(model.reset)
        self.end_button.clicked.connect(lambda: self._pressed_go_to(len(model.walk)))
        model.position_changed.connect(self.refresh)
        model.trace_changed.connect(self._notices)
        self._notices()
        self.refresh()

    def pressed_step(self):
        """Step → or Space: the next node, unless the lesson asks for a prediction first."""
        self._pressed_go_to(self.model.position + 1)

    def _pressed_go_to(self, position):
        model = self.model
        position = min(position, len(model.walk))
        if position == model.position:
            return
        if position <= len(model.trace.forward_order) or \
                self.gate.passes("backward", lambda: model.go_to(position)):
            model.go_to(position)

    def _notices(self):
        model, messages = self.model, []
        if model.mode == "network" and not model.per_unit:
            messages.append(texts.per_layer_message(model.session.network.spec))
        if model.mode == "network" and model.mismatch and model.typed_example is None:
            messages.append(self.tr("The session's data does not fit this network (inputs or outputs): "
                                    "a made-up example is traced. Type your own numbers under “Example”."))
        if not model.trace.finite:
            messages.append(texts.not_finite_message())
        self.notice.setText("<br>".join(messages))
        self.notice.setVisible(bool(messages))

    def refresh(self):
        model = self.model
        n_forward, n = len(model.trace.forward_order), len(model.walk)
        self.back_button.setEnabled(model.position > 0)
        self.step_button.setEnabled(model.position < n)
        self.end_button.setEnabled(model.position < n)
        if model.position <= n_forward:
            self.progress.setText(self.tr("Forward: {done} of {total} nodes").format(
                done=model.position, total=n_forward))
        else:
            self.progress.setText(self.tr("Backward: {done} of {total} nodes").format(
                done=model.position - n_forward, total=n - n_forward))
        self.explanation.setHtml(self.current_text())

    def current_text(self):
        """The step just taken, written out with its numbers (HTML)."""
        model = self.model
        current = model.current()
        if current is None:
            return "<p>" + self.tr("Nothing is computed yet. Press <b>Step</b> to compute the graph node by node "
                                   "from the inputs to the loss (forward), then the gradients from the loss back "
                                   "to the parameters (backward).") + "</p>"
        phase, key = current
        quad = model.mode == "quadratic"
        if phase == "forward":
            head = self.tr("Forward")
            body = texts.quadratic_forward(model.trace, key) if quad else texts.network_forward(model.trace, key)
        else:
            head = self.tr("Backward (chain rule: upstream value × local derivative)")
            body = texts.quadratic_backward(model.trace, key) if quad else texts.network_backward(model.trace, key)
        tail = ""
        if model.position == len(model.walk):
            tail = "<p><i>" + self.tr("Done: every parameter has its gradient ∂L/∂θ. One step of the gradient "
                                      "method θ := θ − α ∂L/∂θ uses them all (tab “One step”).") + "</i></p>"
        return f"<p style='color:#555'>{head}</p><p style='font-size:12pt'>{body}</p>{tail}"
