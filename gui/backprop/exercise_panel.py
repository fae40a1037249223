"""The exercise: type a gradient before it is revealed; a wrong answer is told which factor is wrong."""
import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from engine.backprop import diagnose, parse_number, quadratic_factors

from .texts import SUB, num


class ExercisePanel(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.question = QComboBox()
        self.question.setToolTip(self.tr("Which gradient to compute by hand"))
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("your answer, e.g. −10"))
        self.answer.setToolTip(self.tr("Type a number; it is checked to about two decimals"))
        self.check_button = QPushButton(self.tr("Check"))
        self.reveal_button = QPushButton(self.tr("Show the answer"))
        self.check_button.setToolTip(self.tr("Check the value you typed"))
        self.reveal_button.setToolTip(self.tr("Show the right value (try first!)"))
        self.feedback = QLabel()
        self.feedback.setObjectName("exerciseFeedback")
        self.feedback.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.check_button.clicked.connect(self.check)
        self.answer.returnPressed.connect(self.check)
        self.reveal_button.clicked.connect(self.reveal)
        self.question.currentIndexChanged.connect(self._new_question)
        model.trace_changed.connect(self._fill)
        self._fill()

    # -- the questions -------------------------------------------------------------------------
    def _fill(self):
        if self.model.mode == "quadratic":
            items = [("∂L/∂a", "a"), ("∂L/∂b", "b"), ("∂L/∂c", "c")]
        else:
            k = len(self.model.trace.layers)
            s = str(k).translate(SUB)
            items = [(f"∂L/∂W{s}[1, 1]", "W"), (f"δ{s}[1] = ∂L/∂z{s}[1]", "delta")]
            if k > 1:
                p = str(k - 1).translate(SUB)
                items.append((f"δ{p}[1] = ∂L/∂z{p}[1]", "delta_hidden"))
        if [self.question.itemData(i) for i in range(self.question.count())] != [d for _, d in items]:
            self.question.blockSignals(True)
            self.question.clear()
            for text, data in items:
                self.question.addItem(text, data)
            self.question.blockSignals(False)
        self._new_question()

    def _new_question(self):
        self.feedback.setText("")
        self.answer.clear()
        self.prompt.setText(self.factors()[4])

    def factors(self):
        """(upstream, local, wrong upstreams, wrong locals, prompt) for the chosen question."""
        trace, which = self.model.trace, self.question.currentData()
        if self.model.mode == "quadratic":
            up, local, wrong_up, wrong_local = quadratic_factors(trace, which)
            v = {k: num(n.value) for k, n in trace.nodes.items()}
            prompt = self.tr("With a = {a}, b = {b}, c = {c}, x = {x}, y = {y}: compute ∂L/∂{p} for "
                             "L = ½ (ŷ − y)².").format(p=which, **{k: v[k] for k in "abcxy"})
            return up, local, wrong_up, wrong_local, prompt
        layers = trace.layers
        lt = layers[-1] if which in ("W", "delta") else layers[-2]
        s = str(lt.index).translate(SUB)
        if which == "W":
            up, local = float(lt.delta[0, 0]), float(lt.h_in[0, 0])
            wrong_local = [float(v) for v in np.ravel(lt.h_in[0])[1:3]]
            if lt.index > 1:
                wrong_local.append(float(layers[lt.index - 2].z[0, 0]))   # z instead of h = σ(z)
            wrong_up = [float(lt.h[0, 0])]
            if lt.dh is not None:
                wrong_up.append(float(lt.dh[0, 0]))
            prompt = self.tr("δ{s}[1] = {d} and the layer's input is {h}. Compute ∂L/∂W{s}[1, 1] "
                             "(row 1: the first unit; column 1: the first input).").format(
                s=s, d=num(up), h=_vec(lt.h_in[0]))
            return up, local, wrong_up, wrong_local, prompt
        if lt.sigma_prime is None and not trace.fused:     # softmax with squared error: δ = Jᵀ ∂L/∂ŷ
            up = float(lt.delta[0, 0])
            prompt = self.tr("ŷ = softmax(z{s}) with the squared error. Compute δ{s}[1] = ∂L/∂z{s}[1].").format(s=s)
            return up, 1.0, [], [], prompt
        if lt.sigma_prime is None:          # softmax or sigmoid with cross-entropy: δ = ŷ − y
            t = trace.nodes["t"].value
            target = (1.0 if int(np.ravel(t)[0]) == 0 else 0.0) if t.ndim == 1 else float(t[0, 0])
            if lt.h.shape[1] == 1 and t.ndim == 2:
                target = float(t[0, 0])
            up, local = float(lt.h[0, 0]) - target, 1.0
            prompt = self.tr("ŷ = {yhat}, the teacher's one-hot vector y = … (class {cls}). With cross-entropy, "
                             "δ{s} = ŷ − y: compute δ{s}[1].").format(
                yhat=_vec(lt.h[0]), cls=self._label(), s=s)
            return up, local, [float(lt.h[0, 0]), -target], [], prompt
        up, local = float(lt.dh[0, 0]), float(lt.sigma_prime[0, 0])
        what = "∂L/∂ŷ" if lt is layers[-1] else f"(W{str(lt.index + 1).translate(SUB)}ᵀ δ)"
        prompt = self.tr("z{s}[1] = {z}, σ = {act}, and {what}[1] = {g}. Compute δ{s}[1] = ∂L/∂z{s}[1].").format(
            s=s, z=num(lt.z[0, 0]), act=lt.activation, what=what, g=num(up))
        wrong_local = [float(lt.h[0, 0]), float(lt.z[0, 0])]       # σ(z) or z instead of σ′(z)
        return up, local, [], wrong_local, prompt

    def _label(self):
        t = self.model.trace.nodes["t"].value
        return int(np.ravel(t)[0]) if t.ndim == 1 else int(np.argmax(t[0]))

    # -- answering --------------------------------------------------------------------------------
    def check(self):
        up, local, wrong_up, wrong_local, _ = self.factors()
        try:
            answer = parse_number(self.answer.text())
        except ValueError:
            self.feedback.setText(self.tr("Please type a number, like −2.5."))
            return None
        verdict = diagnose(answer, up, local, wrong_up, wrong_local)
        quad = self.model.mode == "quadratic"
        messages = {
            "right": self.tr("Right: {u} · {l} = {v}.").format(u=num(up), l=num(local), v=num(up * local)),
            "sign": self.tr("The sign is wrong: the upstream factor is ŷ − y = {u}, not y − ŷ.").format(u=num(up))
            if quad else self.tr("The sign is wrong: check the sign of the upstream value ({u}).").format(u=num(up)),
            "local": self.tr("The upstream value is right, but the local derivative is not: "
                             "it should be {l}.").format(l=num(local)),
            "upstream": self.tr("The local derivative is right, but the upstream value is not: "
                                "it should be {u}.").format(u=num(up)),
            "unknown": self.tr("Not yet. Write it as (upstream value) × (local derivative) and compute each "
                               "factor separately."),
        }
        colour = "#2e7d32" if verdict == "right" else "#b71c1c"
        self.feedback.setText(f"<span style='color:{colour}'>{messages[verdict]}</span>")
        return verdict

    def reveal(self):
        up, local, *_ = self.factors()
        self.feedback.setText(self.tr("Answer: {u} · {l} = {v}").format(u=num(up), l=num(local), v=num(up * local)))


def _vec(v):
    v = np.ravel(v)
    return "(" + ", ".join(num(e, 3) for e in v[:6]) + (", …" if v.size > 6 else "") + ")"
