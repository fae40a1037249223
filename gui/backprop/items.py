"""The pieces the graph is drawn with: value boxes, unit columns, heat maps, edges.

Every piece is built once per trace and then only told what to show (``show``): a step of
the walk changes visibility, colours and texts, never the scene's structure.
"""
import numpy as np
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPen, QPixmap
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItemGroup, QGraphicsLineItem,
                               QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsSimpleTextItem)

from .texts import num

CURRENT = QColor("#ef6c00")      # the node of the step just taken
GRAD = QColor("#c62828")         # gradients are written in red
KNOWN = QColor("#e3f2fd")        # a value the forward pass has computed
UNKNOWN = QColor("#f5f5f5")
BAD = QColor("#000000")          # NaN or ∞
FONT = QFont()
FONT.setPointSizeF(10)
SMALL = QFont(FONT)
SMALL.setPointSizeF(9)
BOLD = QFont(FONT)
BOLD.setBold(True)
BOLD.setPointSizeF(11)


def _text(parent, text="", font=FONT, color=None):
    item = QGraphicsSimpleTextItem(text, parent)
    item.setFont(font)
    if color is not None:
        item.setBrush(QBrush(color))
    return item


def _centre(item, x, y):
    r = item.boundingRect()
    item.setPos(x - r.width() / 2, y - r.height() / 2)


def _finite(v):
    return bool(np.all(np.isfinite(v)))


class ValueBox(QGraphicsRectItem):
    """A node of the quadratic graph: its name, its value, and ∂L/∂node once known."""

    W, H = 112, 72

    def __init__(self, node, title, x, y, grad_name="∂L/∂"):
        super().__init__(-self.W / 2, -self.H / 2, self.W, self.H)
        self.node, self.grad_name = node, grad_name
        self.setPos(x, y)
        self.title = _text(self, title, BOLD)
        self.value = _text(self)
        self.grad = _text(self, "", SMALL, GRAD)
        _centre(self.title, 0, -22)
        self.setToolTip(title)

    def show(self, value, grad, current):
        bad = not _finite(self.node.value) or (grad and self.node.grad is not None and not _finite(self.node.grad))
        self.setBrush(QBrush(BAD if bad and value else KNOWN if value else UNKNOWN))
        self.setPen(QPen(CURRENT, 3) if current else QPen(QColor("#607d8b"), 1))
        self.title.setBrush(QBrush(QColor("white") if bad and value else QColor("black")))
        self.value.setText(("= " + num(self.node.value)) if value else "?")
        self.value.setBrush(QBrush(QColor("white") if bad and value else QColor("black")))
        _centre(self.value, 0, 0)
        self.grad.setText(f"{self.grad_name} = {num(self.node.grad)}" if grad and self.node.grad is not None else "")
        _centre(self.grad, 0, 22)


class UnitColumn(QGraphicsItemGroup):
    """A vector node drawn unit by unit: one circle per entry, the value inside (the circle grows
    for a long value), ∂L/∂ below."""

    R, GAP = 23, 72

    def __init__(self, node, title, x, height):
        super().__init__()
        self.node = node
        values = np.ravel(node.value[0] if np.ndim(node.value) == 2 else node.value)
        n = values.size
        top = (height - (n - 1) * self.GAP) / 2
        self.centres = [QPointF(x, top + i * self.GAP) for i in range(n)]
        self.circles, self.values, self.grads = [], [], []
        for i, c in enumerate(self.centres):
            circle = QGraphicsEllipseItem(c.x() - self.R, c.y() - self.R, 2 * self.R, 2 * self.R)
            circle.setToolTip(f"{title}[{i + 1}]")
            self.addToGroup(circle)
            self.circles.append(circle)
            value, grad = _text(None, "", SMALL), _text(None, "", SMALL, GRAD)
            self.addToGroup(value)
            self.addToGroup(grad)
            self.values.append(value)
            self.grads.append(grad)
        self.title = _text(None, title, BOLD)
        self.addToGroup(self.title)
        _centre(self.title, x, top - self.R - 16)
        self._values, self._title = values, title

    def show(self, value, grad, current):
        grads = None
        if grad and self.node.grad is not None:
            g = self.node.grad
            grads = np.ravel(g[0] if np.ndim(g) == 2 else g)
        for i, c in enumerate(self.centres):
            v = self._values[i]
            bad = value and not np.isfinite(v)
            self.circles[i].setBrush(QBrush(BAD if bad else _colour(v, self._scale()) if value else UNKNOWN))
            self.circles[i].setPen(QPen(CURRENT, 3) if current else QPen(QColor("#607d8b"), 1))
            self.values[i].setText(num(v, 2) if value else "")
            self.values[i].setBrush(QBrush(QColor("white") if bad else QColor("black")))
            _centre(self.values[i], c.x(), c.y())
            r = max(self.R, self.values[i].boundingRect().width() / 2 + 3)    # "−0.00086" fits in it
            self.circles[i].setRect(c.x() - r, c.y() - r, 2 * r, 2 * r)
            if i == 0:
                _centre(self.title, c.x(), c.y() - r - 16)
            self.grads[i].setText(num(grads[i], 2) if grads is not None else "")
            tip = f"{self._title}[{i + 1}]" + (f" = {num(v, 6)}" if value else "")
            self.circles[i].setToolTip(tip + (f"\n∂L/∂{self._title}[{i + 1}] = {num(grads[i], 6)}"
                                              if grads is not None else ""))
            _centre(self.grads[i], c.x(), c.y() + r + 9)

    def _scale(self):
        finite = self._values[np.isfinite(self._values)]
        return float(np.max(np.abs(finite))) if finite.size else 1.0


def _colour(v, scale, light=True):
    """Red for positive, blue for negative, paler near 0 (scale: the largest |v|)."""
    if not np.isfinite(v):
        return BAD
    s = min(abs(v) / scale, 1.0) if scale > 0 else 0.0
    s = 0.15 + 0.55 * s if light else s
    base = (229, 57, 53) if v >= 0 else (30, 136, 229)
    return QColor(*(int(255 - s * (255 - b)) for b in base))


def heat_image(m):
    """A matrix as a red/blue image (NaN and ∞ black), one pixel per entry."""
    m = np.atleast_2d(np.asarray(m, dtype=np.float64))
    finite = np.isfinite(m)
    scale = float(np.max(np.abs(m[finite]))) if finite.any() else 1.0
    s = np.clip(np.abs(np.where(finite, m, 0)) / (scale or 1.0), 0, 1)
    red = np.array([229, 57, 53], dtype=np.float64)
    blue = np.array([30, 136, 229], dtype=np.float64)
    base = np.where((m >= 0)[..., None], red, blue)
    rgb = 255 - s[..., None] * (255 - base)
    rgb[~finite] = 0
    rgb = np.ascontiguousarray(rgb.astype(np.uint8))
    h, w = m.shape
    argb = np.empty((h, w, 4), dtype=np.uint8)
    argb[..., 0], argb[..., 1], argb[..., 2], argb[..., 3] = rgb[..., 2], rgb[..., 1], rgb[..., 0], 255
    return QImage(argb.data, w, h, 4 * w, QImage.Format.Format_ARGB32).copy()


class HeatBox(QGraphicsRectItem):
    """A vector or matrix as a small heat map; its gradient's heat map appears beside it."""

    def __init__(self, node, title, x, y, width, height, matrix=None, grad_matrix=None, grad_below=False):
        super().__init__(-width / 2, -height / 2, width, height)
        self.node = node
        self.setPos(x, y)
        self.setBrush(QBrush(UNKNOWN))
        value = node.value if matrix is None else matrix
        grad = node.grad if grad_matrix is None else grad_matrix
        self.pixmap = self._pixmap(value, width - 8, height - 8)
        self.grad_pixmap = self._pixmap(grad, width - 8, height - 8) if grad is not None else None
        if self.grad_pixmap is not None:
            # the gradient's map: beside the value's (vectors) or under it (parameters)
            left, top = (-width / 2, height / 2 + 4) if grad_below else (width / 2 + 4, -height / 2)
            self.grad_frame = QGraphicsRectItem(left, top, width, height, self)
            self.grad_frame.setPen(QPen(GRAD, 1.5))
            self.grad_pixmap.setParentItem(self.grad_frame)
            self.grad_pixmap.setPos(left + 4, top + 4)
        self.title = _text(self, title, BOLD)
        _centre(self.title, 0, -height / 2 - 10)
        shape = np.shape(value)
        self.setToolTip(f"{title}: {' × '.join(str(s) for s in shape)}")

    def _pixmap(self, m, w, h):
        m = np.asarray(m, dtype=np.float64)
        if m.ndim == 2 and m.shape[0] == 1:
            m = m[0]
        if m.ndim == 1:
            m = m.reshape(-1, 1)           # a column vector, as in the lecture
        pix = QPixmap.fromImage(heat_image(m)).scaled(int(w), int(h), Qt.AspectRatioMode.IgnoreAspectRatio,
                                                      Qt.TransformationMode.FastTransformation)
        item = QGraphicsPixmapItem(pix, self)
        item.setPos(-w / 2, -h / 2)
        return item

    def show(self, value, grad, current):
        self.pixmap.setVisible(value)
        self.setPen(QPen(CURRENT, 3) if current else QPen(QColor("#607d8b"), 1))
        if self.grad_pixmap is not None:
            self.grad_frame.setVisible(grad)


class Edge(QGraphicsLineItem):
    """A line from one node to another, with the local derivative written on it when asked."""

    def __init__(self, a, b, label="", width=1.0, colour=QColor("#90a4ae")):
        super().__init__(QLineF(a, b))
        self.base = QPen(colour, width)
        self.setPen(self.base)
        self.setZValue(-1)
        self.label = _text(self, label, FONT, GRAD) if label else None
        if self.label is not None:
            _centre(self.label, (a.x() + b.x()) / 2, (a.y() + b.y()) / 2 - 9)
            self.label.setVisible(False)

    def show(self, active, label=False):
        pen = QPen(CURRENT, max(2.0, self.base.widthF())) if active else self.base
        self.setPen(pen)
        if self.label is not None:
            self.label.setVisible(label)


def weight_pen(w, scale):
    """Edges of a weight matrix: red positive, blue negative, thicker for larger |w|."""
    if not np.isfinite(w):
        return BAD, 1.0
    s = min(abs(w) / scale, 1.0) if scale > 0 else 0.0
    return _colour(w, scale, light=False), 0.6 + 2.4 * s
