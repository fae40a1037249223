"""The kept runs, a view of the dashboard's model: each in its colour and line; tick to show,
double-click to rename, delete; each run's latest results, each accuracy named, in its tooltip."""
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
    delete_requested = Signal(object)     # run (the dashboard refuses the run in progress)

    def __init__(self, model, parent=None):
        super().__init__(self.tr("Runs"), parent)
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Tick to show a run on the plots; double-click to rename it"))
        self.delete_button = QPushButton(self.tr("Delete run"))
        self.delete_button.setToolTip(self.tr("Delete the selected run from the list and the plots"))
        self.delete_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.model = model
        self._runs = []
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(lambda row: self.delete_button.setEnabled(row >= 0))
        self.delete_button.clicked.connect(self._delete_clicked)
        model.runs_changed.connect(self.show_runs)
        model.run_changed.connect(self._show_run)
        self.show_runs()

    @Slot()
    def show_runs(self):
        self._runs = list(self.model.runs)
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

    @Slot(object)
    def _show_run(self, run):
        """A run renamed, shown or hidden: its line in the list says so."""
        if run in self._runs:
            item = self.list.item(self._runs.index(run))
            self.list.blockSignals(True)
            item.setText(run.name)
            item.setCheckState(Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked)
            self.list.blockSignals(False)

    @Slot(QListWidgetItem)
    def _item_changed(self, item):
        run = self._runs[self.list.row(item)]
        self.model.set_run_visible(run, item.checkState() == Qt.CheckState.Checked)
        self.model.rename_run(run, item.text())
        self._show_run(run)   # an empty name is refused: the old one stays

    @Slot()
    def _delete_clicked(self):
        row = self.list.currentRow()
        if 0 <= row < len(self._runs):
            self.delete_requested.emit(self._runs[row])
