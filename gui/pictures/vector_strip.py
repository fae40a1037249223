"""The flattened picture: n numbers side by side as one strip of gray."""
import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .qimages import to_qimage


class VectorStrip(QWidget):
    """vector: (n,) in [0, 1]. ``span`` (start, stop) is outlined, ``index`` marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.vector = np.zeros(1, np.float32)
        self.span = None
        self.index = None
        self.setMinimumHeight(36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_vector(self, vector, span=None, index=None):
        self.vector, self.span, self.index = np.asarray(vector).reshape(-1), span, index
        self.update()

    def paintEvent(self, event):
        n = self.vector.size
        p = QPainter(self)
        width, height = self.width() - 2, self.height() - 8
        p.drawImage(QRectF(1, 4, width, height), to_qimage(self.vector.reshape(1, n)))
        p.setPen(QPen(QColor(120, 120, 120), 1))
        p.drawRect(QRectF(1, 4, width, height))
        if self.span is not None:
            a, b = self.span
            p.setPen(QPen(QColor("#0072B2"), 2))
            p.drawRect(QRectF(1 + width * a / n, 2, max(width * (b - a) / n, 2), height + 4))
        if self.index is not None:
            x = 1 + width * (self.index + 0.5) / n
            p.setPen(QPen(QColor("#D55E00"), 3))
            p.drawLine(int(x), 0, int(x), self.height())
        p.end()
