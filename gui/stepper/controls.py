"""Step, Back, whole iteration, Run/Pause with speed, Reset. Run is driven by a QTimer.

A press of Step, Whole iteration or Run asks ``gate`` first (gui/reveal.py): the lesson may want
a prediction before the path moves on. ``step()`` and the other methods themselves never ask.
"""
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QWidget

from ..reveal import RevealGate


class ControlsPanel(QWidget):
    running_changed = Signal(bool)

    def __init__(self, model, gate=None, parent=None):
        super().__init__(parent)
        self._model = model
        self.gate = gate if gate is not None else RevealGate()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_button = QPushButton(self.tr("Step ▶"))
        self.step_button.setToolTip(self.tr("Do the next of the four steps (Space)"))
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Undo the last step (Backspace)"))
        self.iterate_button = QPushButton(self.tr("Whole iteration ▶▶"))
        self.iterate_button.setToolTip(self.tr("Steps 2 and 3 at once: compute g and move"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setCheckable(True)
        self.run_button.setToolTip(self.tr("Step on by itself at the speed below; click again to stop"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to Step 1 at the start point (R)"))
        for button in (self.step_button, self.back_button, self.iterate_button, self.run_button,
                       self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(1, 30)
        self.speed.setValue(4)
        self.speed.setToolTip(self.tr("Steps per second while running"))
        self.speed_label = QLabel()
        layout.addWidget(self.step_button, 0, 0)
        layout.addWidget(self.back_button, 0, 1)
        layout.addWidget(self.iterate_button, 1, 0, 1, 2)
        layout.addWidget(self.run_button, 2, 0)
        layout.addWidget(self.reset_button, 2, 1)
        layout.addWidget(self.speed_label, 3, 0)
        layout.addWidget(self.speed, 3, 1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.step_button.clicked.connect(self.pressed_step)
        self.back_button.clicked.connect(self.back)
        self.iterate_button.clicked.connect(lambda: self._asked(self.iterate))
        self.reset_button.clicked.connect(self.reset)
        self.run_button.toggled.connect(self._run_toggled)
        self.speed.valueChanged.connect(self._speed_changed)
        model.path_changed.connect(self._refresh)
        self._speed_changed(self.speed.value())
        self._refresh()

    def pressed_step(self):
        """Step ▶ or Space: one step, unless the lesson asks for a prediction first."""
        self._asked(self.step)

    def _asked(self, action):
        if self.gate.passes("step", action):
            action()

    def _run_toggled(self, on):
        if on and not self.gate.passes("step", lambda: self.set_running(True)):
            on = False
        self.set_running(on)

    def step(self):
        self.set_running(False)
        self._model.substep()

    def back(self):
        self.set_running(False)
        self._model.back()

    def iterate(self):
        self.set_running(False)
        self._model.iterate()

    def reset(self):
        self.set_running(False)
        self._model.reset()

    def is_running(self):
        return self.timer.isActive()

    def set_running(self, on):
        on = bool(on) and self._model.running_possible
        if on:
            self.timer.start()
        else:
            self.timer.stop()
        if self.run_button.isChecked() != on:
            self.run_button.blockSignals(True)
            self.run_button.setChecked(on)
            self.run_button.blockSignals(False)
        self.run_button.setText(self.tr("Pause") if on else self.tr("Run"))
        self.running_changed.emit(on)

    def _tick(self):
        moved = self._model.substep()
        primary = self._model.primary
        if not moved or primary.stop is not None or primary.converged and primary.phase == 2:
            self.set_running(False)

    def _speed_changed(self, value):
        self.timer.setInterval(int(1000 / value))
        self.speed_label.setText(self.tr("Speed: {n}/s").replace("{n}", str(value)))

    def _refresh(self):
        stepper = self._model.primary
        self.back_button.setEnabled(stepper.can_go_back)
        can_step = stepper.stop is None
        self.step_button.setEnabled(can_step)
        self.iterate_button.setEnabled(can_step)
        if not self._model.running_possible and self.timer.isActive():
            self.set_running(False)
