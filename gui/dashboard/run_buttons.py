"""The dashboard's buttons: Start, Pause, Stop, the two steps, Reset weights and the Export /
load menu; each as wide as its widest text, in equal columns, so that starting or stopping a
run never moves them (its strings are the tool's, under the context "DashboardTool")."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QMenu, QPushButton, QStyle, QToolButton, QWidget

from ..layout_rules import keep_width
from .messages import tr


class RunButtons(QWidget):
    """``export_chosen`` says which entry of the Export / load menu the user chose: 'csv',
    'loss', 'accuracy', 'regions' (a plot), 'save' or 'load' (a network)."""

    export_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.start_button = QPushButton(tr("Start"))
        self.pause_button = QPushButton(tr("Pause"))
        self.stop_button = QPushButton(tr("Stop"))
        self.step_batch_button = QPushButton(tr("Step one batch"))
        self.step_epoch_button = QPushButton(tr("Step one epoch"))
        self.reset_button = QPushButton(tr("Reset weights"))
        # icons and tooltips on the main actions (their tooltips also show in the status bar)
        icon, SP = self.style().standardIcon, QStyle.StandardPixmap
        for button, pixmap, tip in (
                (self.start_button, SP.SP_MediaPlay, tr("Train the network on the data with these settings")),
                (self.pause_button, SP.SP_MediaPause, tr("Pause the run, or resume it")),
                (self.stop_button, SP.SP_MediaStop, tr("End the run after the batch in progress; its history is kept")),
                (self.step_batch_button, SP.SP_MediaSeekForward, tr("Train on one mini-batch, then stop")),
                (self.step_epoch_button, SP.SP_MediaSkipForward, tr("Train for one epoch (all the data once), then stop")),
                (self.reset_button, SP.SP_BrowserReload, tr("Draw new starting weights from the seed"))):
            button.setIcon(icon(pixmap))
            button.setToolTip(tip)
        self.start_button.setStyleSheet("font-weight: bold")
        self.export_button = QToolButton()
        self.export_button.setText(tr("Export / load…"))
        self.export_button.setToolTip(tr("Export the history or a plot, save or load the network"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, key in ((tr("Export the history as CSV…"), "csv"),
                          (tr("Export the loss plot as PNG or SVG…"), "loss"),
                          (tr("Export the accuracy plot as PNG or SVG…"), "accuracy"),
                          (tr("Export the decision map as PNG or SVG…"), "regions"), (None, None),
                          (tr("Save the network (.npz)…"), "save"), (tr("Load a network (.npz)…"), "load")):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(text, lambda key=key: self.export_chosen.emit(key))
        self.export_button.setMenu(menu)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        widest = {self.start_button: (tr("Start"), tr("Continue")),
                  self.pause_button: (tr("Pause"), tr("Resume"))}
        for k, button in enumerate((self.start_button, self.pause_button, self.stop_button, self.step_batch_button,
                                    self.step_epoch_button, self.reset_button)):
            keep_width(button, widest.get(button, (button.text(),)))
            grid.addWidget(button, k // 3, k % 3)
        keep_width(self.export_button, (self.export_button.text(),))
        grid.addWidget(self.export_button, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def show_state(self, running, paused, active):
        """Enable what can be done now: ``active`` a run is in progress (maybe paused, or between steps)."""
        self.start_button.setEnabled(not running)
        self.start_button.setText(tr("Continue") if active else tr("Start"))
        self.pause_button.setEnabled(running)
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        self.stop_button.setEnabled(active)
        self.step_batch_button.setEnabled(not running)
        self.step_epoch_button.setEnabled(not running)
        self.reset_button.setEnabled(not active)
        self.reset_button.setToolTip(tr("A run is in progress: stop it first.") if active else
                                     tr("Draw new starting weights from the seed"))
