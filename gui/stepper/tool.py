"""The gradient-descent stepper tab: composes the panels around one StepperModel.

Public API for the lesson walkthrough (see docs/stepper.md):
    set_mode("1d" | "2d"), load_preset(name, **settings), set_formula(text) -> bool,
    set_function(objective) (the Loss landscape's "Step on it": a network's two weights),
    set_start(point), set_learning_rate(alpha), set_method(name, **settings),
    set_compare(methods), step(), iterate(), back(), reset(), run(on=True),
    current_point(), current_step(), current_gradient(), step_formula()
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QSplitter, QStackedWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from engine import descent, objectives

from .. import presentation
from ..layout_rules import compact_combos
from ..reveal import RevealGate
from .contour_view import ContourView
from .controls import ControlsPanel
from .curve_view import CurveView
from .function_panel import FunctionPanel
from .history_plot import HistoryPlot
from .model import HYPERPARAMETERS, StepperModel
from .optimizer_panel import OptimizerPanel
from .settings_panel import SettingsPanel
from .steps_panel import StepsPanel
from .surface_view import SurfaceView
from .table_panel import IterationTable
from .. import theme


class StepperTool(QWidget):
    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = model = StepperModel(self)
        self.gate = RevealGate()            # the lesson may ask before Step, Whole iteration, Run
        self.function_panel = FunctionPanel(model)
        self.settings_panel = SettingsPanel(model)
        self.optimizer_panel = OptimizerPanel(model)
        self.steps_panel = StepsPanel(model)
        self.controls = ControlsPanel(model, self.gate)
        self.curve_view = CurveView(model)
        self.contour_view = ContourView(model)
        self.surface_view = SurfaceView(model)
        self.table = IterationTable(model)
        self.history = HistoryPlot(model)

        # The left column fits a 1280 × 720 projector beside the lesson panel without
        # scrolling: the function with its α and start, and the optimizer, take turns in tabs;
        # the four steps and the buttons are always in view.
        self.setup_tabs = QTabWidget()
        function_page = QWidget()
        function_layout = QVBoxLayout(function_page)
        function_layout.addWidget(self.function_panel)
        function_layout.addWidget(self.settings_panel)
        function_layout.addStretch(1)
        optimizer_page = QWidget()
        optimizer_layout = QVBoxLayout(optimizer_page)
        optimizer_layout.addWidget(self.optimizer_panel)
        optimizer_layout.addStretch(1)
        self.setup_tabs.addTab(function_page, self.tr("Function"))
        self.setup_tabs.addTab(optimizer_page, self.tr("Optimizer"))
        steps_group = QGroupBox(self.tr("The gradient method"))
        QVBoxLayout(steps_group).addWidget(self.steps_panel)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.setup_tabs)
        side_layout.addWidget(steps_group)
        side_layout.addWidget(self.controls)
        side_layout.addStretch(1)
        self._side_layout = side_layout
        presentation.changes().changed.connect(self._give_the_tabs_room)
        side.setMinimumWidth(340)
        side.setMaximumWidth(380)
        self.optimizer_panel.method.currentIndexChanged.connect(self._show_optimizer_settings)

        # The contour map takes the whole width (a wide function, e.g. the zig-zag bowl, is
        # flat at its true aspect); the 3-D surface shares a tab with the table underneath.
        self.gl_notice = QLabel()      # why the 3-D view is off, in one line under the map
        self.gl_notice.setObjectName("glNotice")
        self.gl_notice.setWordWrap(True)
        theme.colour_text(self.gl_notice, "muted", "font-size:9pt")
        self.gl_notice.hide()
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.contour_view, 1)
        map_layout.addWidget(self.gl_notice)
        self.map_page = map_page
        self.views = QStackedWidget()
        self.views.addWidget(self.curve_view)
        self.views.addWidget(map_page)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.surface_view, self.tr("3-D surface"))
        self.lower_tabs.addTab(self.table, self.tr("Table"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.lower_tabs)
        bottom.addWidget(self.history)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.views)
        right.addWidget(bottom)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([360, 300])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(side)
        layout.addWidget(right, 1)
        compact_combos(self)

        for key, slot, what in ((Qt.Key.Key_Space, self.controls.pressed_step, self.tr("next step")),
                                (Qt.Key.Key_Backspace, self.controls.back, self.tr("undo the last step")),
                                (Qt.Key.Key_R, self.controls.reset, self.tr("back to Step 1"))):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setWhatsThis(what)   # listed in Help → Keyboard shortcuts
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        model.function_changed.connect(self._show_views)
        self._show_views()

    def _give_the_tabs_room(self):
        """In presenter mode the tabs share the room left in the column, so that a hint in them
        (α's stability bound) gets its lines in large text."""
        self._side_layout.setStretchFactor(self.setup_tabs, 1 if presentation.presenting() else 0)

    def title(self):
        return self.tr("Gradient stepper")

    def keyPressEvent(self, event):
        # the same keys as the shortcuts, for when the window is not active (tests, embedding)
        actions = {Qt.Key.Key_Space: self.controls.pressed_step, Qt.Key.Key_Backspace: self.controls.back,
                   Qt.Key.Key_R: self.controls.reset}
        if event.key() in actions and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            actions[event.key()]()
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_optimizer_settings(self):
        """A method with settings (μ, β…) was chosen: show them."""
        if HYPERPARAMETERS[self.optimizer_panel.method.currentData()]:
            self.setup_tabs.setCurrentIndex(1)

    def _show_views(self):
        two_d = self.model.objective.dim == 2
        self.views.setCurrentWidget(self.map_page if two_d else self.curve_view)
        surface = two_d and self.surface_view.ensure()
        if two_d and not surface:
            # without OpenGL the table takes the place of the surface, and a line says why
            self.gl_notice.setText(self.surface_view.reason)
            self.gl_notice.show()
        self.lower_tabs.setTabVisible(0, surface)
        self.lower_tabs.setCurrentIndex(0 if surface else 1)

    # -- public API (the lesson walkthrough calls these) -------------------------------------
    def set_mode(self, mode):
        """'1d' (f(s) = s², the lecture's exercise) or '2d' (the zig-zag bowl)."""
        if mode not in ("1d", "2d"):
            raise ValueError("mode must be '1d' or '2d'")
        if (mode == "2d") != (self.model.objective.dim == 2):
            self.load_preset("zigzag" if mode == "2d" else "square")

    def load_preset(self, name, **settings):
        """A preset from engine.objectives.PRESETS (quadratic takes a=, b=, c=)."""
        self.controls.set_running(False)
        self.function_panel.error.hide()
        self.model.set_objective(objectives.preset(name, **settings))

    def set_function(self, objective):
        """Step on ``objective`` (an engine Objective, e.g. objectives.network_slice(...))."""
        self.controls.set_running(False)
        self.function_panel.error.hide()
        self.model.set_objective(objective)

    def set_formula(self, text):
        """Use the formula; False (and an inline message, the function unchanged) if bad."""
        self.controls.set_running(False)
        self.function_panel.formula.setText(text)
        return self.function_panel.use_formula()

    def set_start(self, point):
        if not hasattr(point, "__len__"):
            point = (point,)
        self.model.set_start(point)

    def set_learning_rate(self, alpha):
        self.model.set_lr(alpha)

    def set_method(self, name, **settings):
        """'sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop' or 'adam' (and its settings)."""
        name = descent.method_name(name)
        for key, value in settings.items():
            self.model.hyper[name][key] = float(value)
        self.model.set_method(name)

    def set_compare(self, methods):
        """Run these methods too, from the same start, each in its colour."""
        self.model.set_compare(list(methods))

    def step(self):
        """One of the four steps (the Step button / Space)."""
        self.controls.step()

    def iterate(self):
        """One whole iteration: g := ∇f(x), then x := x − α g."""
        self.controls.iterate()

    def back(self):
        self.controls.back()

    def reset(self):
        self.controls.reset()

    def run(self, on=True):
        self.controls.set_running(on)

    def conceal_answers(self, hidden):
        """The lesson asks what will happen: hide what would tell (α's stability hint)."""
        self.settings_panel.conceal_bound(hidden)

    def current_point(self):
        """The current point as a tuple: (s,) or (x1, x2)."""
        return tuple(float(v) for v in self.model.primary.x)

    def current_step(self):
        """The lecture's step number now highlighted (1–4)."""
        return self.model.primary.phase

    def current_gradient(self):
        g = self.model.primary.gradient
        return None if g is None else tuple(float(v) for v in g)

    def step_formula(self):
        """The formula with numbers now shown, e.g. 's := 2 − 0.2 × 4 = 1.2'."""
        return self.steps_panel.formula.text()

    def stop_message(self):
        """Why the run stopped ('' while it goes on)."""
        return self.steps_panel.message.text() if self.steps_panel.message.isVisibleTo(self) else ""

    def prepare_screenshot(self, mode="2d", step=None, **kwargs):
        """The zig-zag mid-run on the 2-D map (or the lecture's exercise mid-step in 1-D).

        step=15 (--step 15, the lecture's item 15): the gradient method on two weights of the
        session's network, as the Loss landscape's "Step on it" sends them."""
        if step == 15 and self.session is not None:
            data = self.session.dataset
            # α near 2/L for these two weights: the zig-zag of item 14, on a real network
            self.set_function(objectives.network_slice(self.session.network, data.X, data.y,
                                                       ("W2", (0, 0)), ("b2", (0,)), span=2.0, lr=7.0))
            for _ in range(6):
                self.iterate()
            self.step()
            self.step()
            return
        if mode == "1d":
            self.load_preset("square")
            for _ in range(4):
                self.step()      # Step 2 of the second iteration: the tangent at s = 1.2
            return
        self.load_preset("zigzag")
        self.set_learning_rate(0.18)
        for _ in range(4):
            self.iterate()
        self.step()
        self.step()              # Step 2 of iteration 5: the gradient arrow is shown
