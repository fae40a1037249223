"""The kept runs: each in its colour and line; tick to show, double-click to rename, delete;
each run's latest results, each accuracy named, in its tooltip."""
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from ..accuracy_names import percent


def _swatch(colour, line=Qt.PenStyle.SolidLine):
    """A short line in the run's colour and style, as on the plots."""
    pixmap = QPixmap(28, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    pen = QPen(QColor(colour), 3)
    pen.setStyle(line)
    painter.setPen(pen)
    painter.drawLine(1, 7, 27, 7)
    painter.end()
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
            item = QListWidgetItem(_swatch(run.colour, run.line), run.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(False)
        self.show_results()

    def results_text(self, run):
        """The run's last results, each accuracy named ('' before its first epoch)."""
        last = run.history.epochs[-1] if run.history.epochs else None
        if last is None:
            return ""
        parts = [self.tr("training loss {0}").format(f"{last.loss:.4g}")]
        if last.val_loss is not None:
            parts.append(self.tr("validation loss {0}").format(f"{last.val_loss:.4g}"))
        parts += [f"{name} {percent(value)}" for name, value in run.final_accuracies()]
        return self.tr("{0}, epoch {1}: {2}").format(run.name, last.epoch, "; ".join(parts))

    def show_results(self):
        """Each run's latest results in its tooltip (the list has no room for them)."""
        hint = self.tr("Tick to show a run on the plots; double-click to rename it")
        for k, run in enumerate(self._runs):
            results = self.results_text(run)
            self.list.item(k).setToolTip(results + "\n" + hint if results else hint)

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
