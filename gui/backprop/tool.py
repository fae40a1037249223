"""The Backprop tab: the graph, the walk through it, and the panels that use its gradients.

Public API for the lesson (see docs/backprop.md):
    set_up(mode, quadratic, example, walk, steps, panel, lr): the whole state at once;
    set_mode("quadratic" | "network"), set_quadratic(a=, b=, c=, x=, y=),
    step(), back(), reset(), go_to(position), to_backward(), to_end(), show_panel(name),
    gradient_step(lr) -> (loss before, loss after)
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from .check_panel import CheckPanel
from .example_panel import ExamplePanel
from .exercise_panel import ExercisePanel
from .graph_view import GraphView
from ..reveal import RevealGate
from .model import QUADRATIC_START, BackpropModel, parse_state
from .step_panel import StepPanel
from .walk_panel import WalkPanel

PANELS = ("example", "check", "step", "exercise")


def _panel_and_lr(state):
    """The panel shown and α of a session's part (files before 2026-11: the first panel, 0.05)."""
    panel = state.get("panel", PANELS[0]) if isinstance(state, dict) else None
    lr = state.get("lr", 0.05) if isinstance(state, dict) else None
    if panel not in PANELS:
        raise ValueError(f"Backprop: unknown panel {str(panel)[:40]!r}")
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not 0 < lr <= 10:
        raise ValueError("Backprop: α must be a number above 0, at most 10")
    return panel, float(lr)


class BackpropTool(QWidget):
    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = model = BackpropModel(session, self)
        self.gate = RevealGate()            # the lesson may ask before the backward pass
        self.graph = GraphView(model)
        self.walk = WalkPanel(model, self.gate)
        self.example_panel = ExamplePanel(model)
        self.check_panel = CheckPanel(model)
        self.step_panel = StepPanel(model)
        self.exercise_panel = ExercisePanel(model)
        self.panels = QTabWidget()
        self.panels.addTab(self.example_panel, self.tr("Example"))
        self.panels.addTab(self.check_panel, self.tr("Check"))
        self.panels.addTab(self.step_panel, self.tr("One step"))
        self.panels.addTab(self.exercise_panel, self.tr("Exercise"))
        self.panels.setMinimumWidth(280)
        self.panels.setMaximumWidth(340)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.graph)
        right.addWidget(self.walk)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.panels)
        layout.addWidget(right, 1)
        for key, slot, what in ((Qt.Key.Key_Space, self.walk.pressed_step, self.tr("next node")),
                                (Qt.Key.Key_Backspace, model.back, self.tr("undo the last node")),
                                (Qt.Key.Key_R, model.reset, self.tr("back to the start of the graph"))):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setWhatsThis(what)   # listed in Help → Keyboard shortcuts
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.model.set_watching(True)

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self.model.set_watching(False)

    def secondary_panels(self):
        """What presenter mode hides: the graph gets the whole width (gui/presentation.py)."""
        return [self.panels]

    def title(self):
        return self.tr("Backprop")

    # -- the lesson's API ----------------------------------------------------------------------
    def set_mode(self, mode):
        self.model.set_mode(mode)

    def set_quadratic(self, **values):
        self.model.set_quadratic(**values)

    def step(self):
        return self.model.step()

    def back(self):
        return self.model.back()

    def reset(self):
        self.model.reset()

    def go_to(self, position):
        self.model.go_to(position)

    def to_backward(self, steps=0):
        """The forward pass done, and ``steps`` nodes of the backward pass."""
        self.model.go_to(len(self.model.trace.forward_order) + steps)

    def to_end(self):
        self.model.go_to(len(self.model.walk))

    def show_panel(self, name):
        self.panels.setCurrentIndex(PANELS.index(name))

    def gradient_step(self, lr):
        self.step_panel.lr.setValue(lr)
        return self.step_panel.take_step()

    def set_up(self, mode="quadratic", quadratic=None, example=0, walk="start", steps=0, panel="example",
               lr=0.05):
        """Everything the tool shows, in one call (for the lesson): the numbers or the example,
        where the walk stands ("start", "forward" or "backward" after ``steps`` nodes, "end"),
        the panel shown and α; what the student typed is cleared."""
        model = self.model
        model.quadratic = {k: float(v) for k, v in dict(QUADRATIC_START, **(quadratic or {})).items()}
        model.example_index, model.typed_example = int(example), None
        model.mode = mode if self.session is not None else "quadratic"
        model.retrace(keep_position=False)
        {"start": self.reset, "forward": lambda: self.go_to(steps), "backward": lambda: self.to_backward(steps),
         "end": self.to_end}[walk]()
        self.step_panel.lr.setValue(lr)
        self.step_panel.result.clear()
        self.exercise_panel.answer.clear()
        self.exercise_panel.feedback.clear()
        self.show_panel(panel)

    # -- session files (gui/persistence) -------------------------------------------------------
    def save_state(self):
        model = self.model
        return {"mode": model.mode, "quadratic": dict(model.quadratic), "example": model.example_index,
                "position": model.position, "panel": PANELS[self.panels.currentIndex()],
                "lr": self.step_panel.lr.value()}

    def restore_state(self, state):
        panel, lr = _panel_and_lr(state)
        state = parse_state(state)      # raises on a damaged part, before anything changes
        model = self.model
        model.quadratic = state["quadratic"]
        model.example_index = state["example"]
        model.typed_example = None
        model.mode = state["mode"]
        model.retrace(keep_position=False)
        model.go_to(state["position"])
        self.step_panel.lr.setValue(lr)
        self.show_panel(panel)

    def prepare_screenshot(self, **_):
        """The hand computation, halfway through the backward pass: ∂L/∂a = (ŷ − y) · x² = −10."""
        self.set_mode("quadratic")
        self.model.set_quadratic(a=1, b=-2, c=0.5, x=2, y=3)
        self.to_backward(self.model.trace.backward_order.index("a") + 1)
        self.show_panel("check")
