"""The table of iterations t, xₜ, f(xₜ), gₜ, xₜ₊₁ (sₜ … for f(s)); selectable and copyable."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..layout_rules import follow_font
from .formulas import point_name
from .texts import num, vec


class IterationTable(QWidget):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setToolTip(self.tr("Every step: the point, f, the gradient and the step taken"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumWidth(240)   # its columns scroll inside it
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy table"))
        self.copy_button.setToolTip(self.tr("Copy all rows as tab-separated text (for a spreadsheet)"))
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self.copy)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shown = []          # the records shown, to add only the new rows
        self._widest = [0] * 5    # the longest text so far in each column
        # the columns fit their numbers again when the text grows (zoom, presenter mode)
        follow_font(self.table, self.table.resizeColumnsToContents)
        model.path_changed.connect(self.refresh)
        model.function_changed.connect(self._headers)
        self._headers()

    def _headers(self):
        x = point_name(self._model.objective)
        g = f"gₜ = f′({x}ₜ)" if self._model.objective.dim == 1 else "gₜ = ∇f(xₜ)"
        self.table.setHorizontalHeaderLabels(["t", f"{x}ₜ", f"f({x}ₜ)", g, f"{x}ₜ₊₁"])
        self.table.setRowCount(0)
        self._shown = []
        self._widest = [0] * 5
        self.refresh()

    def refresh(self):
        records = self._model.primary.records
        keep = 0
        while keep < min(len(records), len(self._shown)) and records[keep] is self._shown[keep]:
            keep += 1
        if self.table.rowCount() != len(records):
            self.table.setRowCount(len(records))
        wider = keep == 0
        for i in range(keep, len(records)):
            r = records[i]
            for col, text in enumerate((str(r.t), vec(r.x), num(r.value) if r.value is not None
                                        else "—", vec(r.gradient), vec(r.x_next))):
                self.table.setItem(i, col, QTableWidgetItem(text))
                if len(text) > self._widest[col]:
                    self._widest[col] = len(text)
                    wider = True
        self._shown = list(records)
        if len(records) > keep:
            self.table.scrollToBottom()
            if wider:          # fit the columns only when a longer number arrived: fitting
                self.table.resizeColumnsToContents()   # them on every row repaints it all

    def text(self):
        """The table as tab-separated text, with the header line."""
        rows = ["\t".join(self.table.horizontalHeaderItem(c).text() for c in range(5))]
        for i in range(self.table.rowCount()):
            rows.append("\t".join(self.table.item(i, c).text() for c in range(5)))
        return "\n".join(rows).replace("−", "-") + "\n"

    def copy(self):
        QGuiApplication.clipboard().setText(self.text())
