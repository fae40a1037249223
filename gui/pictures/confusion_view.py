"""The confusion matrix: row = the true class, column = the class the network said."""
import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class ConfusionView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.names = []
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix, names):
        self.matrix, self.names = np.asarray(matrix), list(names)
        self.update()

    def paintEvent(self, event):
        k = len(self.names)
        if k == 0 or self.matrix.size == 0:
            return
        p = QPainter(self)
        fm = p.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(n) for n in self.names) + 12, self.width() // 3)
        top = 2 * fm.height() + 6
        cell = max(8.0, min((self.width() - label_w - 4) / k, (self.height() - top - fm.height() - 4) / k))
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(label_w, 0, cell * k, fm.height()), Qt.AlignmentFlag.AlignCenter, self.tr("predicted"))
        row_totals = self.matrix.sum(axis=1)
        for j, name in enumerate(self.names):
            p.drawText(QRectF(label_w + j * cell, fm.height() + 2, cell, fm.height()), Qt.AlignmentFlag.AlignCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, int(cell) - 2))
        for i, name in enumerate(self.names):
            y = top + i * cell
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y, label_w - 6, cell), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 8))
            for j in range(k):
                count = int(self.matrix[i, j])
                share = count / row_totals[i] if row_totals[i] else 0.0
                base = QColor("#009E73") if i == j else QColor("#D55E00")
                colour = QColor(base)
                colour.setAlphaF(0.12 + 0.88 * share if count else 0.04)
                rect = QRectF(label_w + j * cell, y, cell - 2, cell - 2)
                p.fillRect(rect, colour)
                p.setPen(QColor("white") if share > 0.5 else self.palette().text().color())
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(0, top + k * cell, self.width(), fm.height() + 2), Qt.AlignmentFlag.AlignLeft,
                   self.tr("rows: true class"))
        p.end()
