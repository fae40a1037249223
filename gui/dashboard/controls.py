"""The dashboard's left column: the buttons above the data, settings and runs panels, which
take turns in tabs so that the column fits a 1280 × 720 projector; all views of the model."""
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..layout_rules import compact_combos, fixed_width_for_contents
from .data_panel import DataPanel
from .run_buttons import RunButtons
from .runs_panel import RunsPanel
from .settings_panel import SettingsPanel

LEFT_WIDTH = 300             # the buttons and settings (wider if the buttons need); plots: the rest


class ControlColumn(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.buttons = RunButtons()
        self.data_panel = DataPanel(model)
        self.settings_panel = SettingsPanel(model)
        self.runs_panel = RunsPanel(model)
        self.panels = QTabWidget()
        for panel in (self.data_panel, self.settings_panel, self.runs_panel):
            self.panels.addTab(panel, panel.title())
            panel.setTitle("")
            panel.setFlat(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)     # above all that grows or shrinks: they never move
        layout.addWidget(self.panels, 1)
        compact_combos(self)       # long item texts must not widen the column
        fixed_width_for_contents(self, LEFT_WIDTH)  # texts never widen it

    def show_state(self, running, paused, active):
        """``active``: a run is in progress (its settings and data cannot change)."""
        self.buttons.show_state(running, paused, active)
        self.settings_panel.set_locked(active)
        self.data_panel.set_locked(active)
