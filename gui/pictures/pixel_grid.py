"""An N×N picture drawn as its grid of pixels, with each pixel's value when there is room."""
import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .qimages import to_qimage

NUMBERS_FROM = 26  # pixels per cell from which the values are written in the cells


class PixelGrid(QWidget):
    """values: (h, w) or (h, w, 3) in [0, 1]; origin: where (0, 0) is in the whole picture.

    Clicking a cell emits ``cell_clicked(row, column)`` in whole-picture coordinates.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, minimum=200, parent=None):
        super().__init__(parent)
        self.values = np.zeros((1, 1), np.float32)
        self.origin = (0, 0)
        self.selected = None      # (row, column) in whole-picture coordinates
        self.show_row = False     # outline the selected pixel's whole row
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values, origin=(0, 0), selected=None):
        self.values, self.origin, self.selected = np.asarray(values), origin, selected
        self.update()

    def _geometry(self):
        h, w = self.values.shape[:2]
        cell = min(self.width() / w, self.height() / h)
        x0, y0 = (self.width() - cell * w) / 2, (self.height() - cell * h) / 2
        return cell, x0, y0

    def paintEvent(self, event):
        h, w = self.values.shape[:2]
        cell, x0, y0 = self._geometry()
        p = QPainter(self)
        p.drawImage(QRectF(x0, y0, cell * w, cell * h), to_qimage(self.values))
        if cell >= 6:
            p.setPen(QPen(QColor(128, 128, 128, 90), 1))
            for k in range(w + 1):
                p.drawLine(int(x0 + k * cell), int(y0), int(x0 + k * cell), int(y0 + h * cell))
            for k in range(h + 1):
                p.drawLine(int(x0), int(y0 + k * cell), int(x0 + w * cell), int(y0 + k * cell))
        if cell >= NUMBERS_FROM:
            font = QFont(self.font())
            font.setPixelSize(max(8, int(cell * (0.22 if self.values.ndim == 3 else 0.3))))
            p.setFont(font)
            for r in range(h):
                for c in range(w):
                    v = self.values[r, c]
                    text = f"{float(v):.2f}" if np.ndim(v) == 0 else "\n".join(f"{float(x):.2f}" for x in v)
                    bright = float(np.mean(v))
                    p.setPen(QColor(0, 0, 0) if bright > 0.55 else QColor(255, 255, 255))
                    p.drawText(QRectF(x0 + c * cell, y0 + r * cell, cell, cell), Qt.AlignmentFlag.AlignCenter, text)
        if self.selected is not None:
            r, c = self.selected[0] - self.origin[0], self.selected[1] - self.origin[1]
            if self.show_row and 0 <= r < h:
                p.setPen(QPen(QColor("#0072B2"), 2))
                p.drawRect(QRectF(x0, y0 + r * cell, w * cell, cell))
            if 0 <= r < h and 0 <= c < w:
                p.setPen(QPen(QColor("#D55E00"), 3))
                p.drawRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell))
        p.end()

    def mousePressEvent(self, event):
        h, w = self.values.shape[:2]
        cell, x0, y0 = self._geometry()
        c = int((event.position().x() - x0) // cell)
        r = int((event.position().y() - y0) // cell)
        if 0 <= r < h and 0 <= c < w:
            self.cell_clicked.emit(r + self.origin[0], c + self.origin[1])
