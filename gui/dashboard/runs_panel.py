"""The kept runs: each in its colour; tick to show, double-click to rename, delete."""
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)


def _swatch(colour):
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RunsPanel(QGroupBox):
    visibility_changed = Signal(object)   # run
    delete_requested = Signal(object)     # run
    renamed = Signal(object)              # run

    def __init__(self, parent=None):
        super().__init__(self.tr("Runs"), parent)
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Tick to show a run on the plots; double-click to rename it"))
        self.delete_button = QPushButton(self.tr("Delete run"))
        self.delete_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._runs = []
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(lambda row: self.delete_button.setEnabled(row >= 0))
        self.delete_button.clicked.connect(self._delete_clicked)

    def set_runs(self, runs, busy=None):
        """Show these runs; ``busy`` (the run in progress) cannot be deleted."""
        self._runs = list(runs)
        self._busy = busy
        self.list.blockSignals(True)
        self.list.clear()
        for run in self._runs:
            item = QListWidgetItem(_swatch(run.colour), run.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(False)

    @Slot(QListWidgetItem)
    def _item_changed(self, item):
        run = self._runs[self.list.row(item)]
        visible = item.checkState() == Qt.CheckState.Checked
        name = item.text().strip()
        if visible != run.visible:
            run.visible = visible
            self.visibility_changed.emit(run)
        if name and name != run.name:
            run.name = name
            self.renamed.emit(run)
        elif not name:  # an empty name is refused: keep the old one
            self.list.blockSignals(True)
            item.setText(run.name)
            self.list.blockSignals(False)

    @Slot()
    def _delete_clicked(self):
        row = self.list.currentRow()
        if 0 <= row < len(self._runs):
            self.delete_requested.emit(self._runs[row])
