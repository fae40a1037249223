"""The confusion matrix of the latest epoch; clicking a cell asks to show its examples."""
import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from .. import accuracy_names
from ..accuracy_names import percent
from ..class_names import display_names
from .. import theme


class ConfusionPanel(QWidget):
    cell_chosen = Signal(int, int)   # (true class, predicted class)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setToolTip(self.tr("Rows: true class; columns: predicted class. Click a cell to see its examples."))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Rows: true class; columns: predicted class. Click a cell to see "
                                   "its examples."))
        self.hint.setWordWrap(True)
        theme.colour_text(self.hint, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.table.cellClicked.connect(self._clicked)
        self.matrix = None
        self.show_confusion(None, [])

    def show_confusion(self, confusion, class_names):
        """confusion: an engine Confusion record (or None to clear)."""
        if confusion is None:
            self.matrix = None
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.title.setText(self.tr("<b>Confusion matrix</b> (after the first epoch)"))
            return
        m = confusion.matrix
        self.matrix = m
        k = m.shape[0]
        names = display_names(class_names) if len(class_names) == k else [str(i) for i in range(k)]
        if self.table.rowCount() != k:
            self.table.setRowCount(k)
            self.table.setColumnCount(k)
        self.table.setVerticalHeaderLabels(names)
        self.table.setHorizontalHeaderLabels(names)
        total = max(int(m.sum()), 1)
        top = max(int(m.max()), 1)
        for i in range(k):
            for j in range(k):
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(i, j, item)
                count = int(m[i, j])
                item.setText(str(count))
                strength = count / top
                base = QColor(0, 114, 178) if i == j else QColor(213, 94, 0)
                colour = QColor(int(255 - (255 - base.red()) * strength * 0.8),
                                int(255 - (255 - base.green()) * strength * 0.8),
                                int(255 - (255 - base.blue()) * strength * 0.8))
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(QColor(theme.text_on(colour))))   # black or white: the more readable
        accuracy = np.trace(m) / total
        self.title.setText(self.tr("<b>Confusion matrix</b> after epoch {0}: {1} of {2} right; {3} {4}").format(confusion.epoch, int(np.trace(m)), total,
                                                     accuracy_names.all_data(), percent(accuracy)))

    @Slot(int, int)
    def _clicked(self, row, column):
        self.cell_chosen.emit(row, column)
