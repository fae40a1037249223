"""The network drawn as columns of neurons joined by their weights.

Edge colour is the weight's sign (orange positive, blue negative), its thickness the size
|w| relative to the largest weight of that layer. Hover a neuron or an edge for its value.
Click an edge (a weight) or a neuron (its bias) to choose it for the loss landscape's
"Two weights" plane (``Session.choose_weight``); the two chosen are ringed in purple.
"""
import math

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)

from engine.objectives import weight_label

from .. import presentation
from .layer_row import activation_title

MAX_SHOWN = 8          # a layer with more units is drawn as its first 5, "⋮ n", its last 2
HEAD, TAIL = 5, 2
COLUMN_GAP = 150.0
ROW_GAP = 32.0
RADIUS = 10.0
POSITIVE = QColor("#f57c00")
NEGATIVE = QColor("#1e88e5")
NEUTRAL = QColor("#9e9e9e")
REFRESH_MS = 100       # weights redraw at most 10 times a second during training
CHOSEN = QColor("#8E24AA")
PICK_PIXELS = 6.0      # a click this close to an edge (on screen) picks its weight


def shown_units(n):
    """Indices of the units drawn for a layer of n units, and whether an ellipsis is needed."""
    if n <= MAX_SHOWN:
        return list(range(n)), False
    return list(range(HEAD)) + list(range(n - TAIL, n)), True


def share(value, largest):
    """|value| / largest in [0, 1]; a NaN or infinite value (a diverged network) counts as 1."""
    if not math.isfinite(value):
        return 1.0
    if not math.isfinite(largest):
        return 0.0
    return min(1.0, abs(value) / largest)


def edge_style(w, largest):
    """(colour, width) for weight w when the layer's largest |w| is ``largest``."""
    if not largest > 0:
        return NEUTRAL, 1.0
    strength = share(w, largest)
    colour = QColor(POSITIVE if w >= 0 else NEGATIVE)
    colour.setAlphaF(0.25 + 0.75 * strength)
    return colour, 0.5 + 4.5 * strength


class ColumnLabel(QGraphicsSimpleTextItem):
    """A column's name under it, centred on it, as large on screen as the rest of the text
    however small the picture is drawn (it ignores the view's zoom: its font says its size)."""

    def __init__(self, text):
        super().__init__(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def _shift(self):
        return super().boundingRect().width() / 2

    def boundingRect(self):  # noqa: N802 - Qt's name
        return super().boundingRect().translated(-self._shift(), 0)

    def shape(self):
        return super().shape().translated(-self._shift(), 0)

    def paint(self, painter, option, widget=None):
        painter.translate(-self._shift(), 0)
        super().paint(painter, option, widget)


class NetworkDiagram(QGraphicsView):
    layer_clicked = Signal(int)   # 0-based index into spec["layers"]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        # The view scales the picture to fit its viewport on every resize (``_fit``). A scroll
        # bar appearing would shrink that viewport and start the fit again: Qt would loop
        # forever. The picture always fits, so no scroll bars are needed.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#fcfcfc"))
        self.columns = []     # per column (input, h1, ..., output): {unit index: ellipse item}
        self.ellipses = []    # per column: the "⋮ n" text item or None
        self.labels = []
        self.edges = {}       # (layer k from 1, unit i of h_{k-1}, unit j of h_k) -> line item
        self._selected = None
        self._highlight = None
        self._chosen_items = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.update_weights)
        session.spec_changed.connect(self.rebuild)
        presentation.changes().changed.connect(self._show_selection)
        session.weights_changed.connect(self._schedule_weights)
        session.chosen_changed.connect(self.show_chosen)
        self.rebuild()

    # -- building the picture ------------------------------------------------------------
    def rebuild(self):
        scene = self.scene()
        scene.clear()
        self.columns, self.ellipses, self.labels, self.edges = [], [], [], {}
        spec = self.session.spec
        sizes = [spec["input_size"]] + [layer["units"] for layer in spec["layers"]]
        positions = []
        for c, n in enumerate(sizes):
            units, ellipsis = shown_units(n)
            slots = len(units) + (1 if ellipsis else 0)
            top = -(slots - 1) * ROW_GAP / 2
            pos, slot = {}, 0
            for u in units:
                if ellipsis and u == n - TAIL:
                    slot += 1
                pos[u] = (c * COLUMN_GAP, top + slot * ROW_GAP)
                slot += 1
            positions.append(pos)
        # edges first, so that neurons are drawn on top of them
        for k in range(1, len(sizes)):
            for i, (x0, y0) in positions[k - 1].items():
                for j, (x1, y1) in positions[k].items():
                    line = QGraphicsLineItem(x0 + RADIUS, y0, x1 - RADIUS, y1)
                    line.setPen(QPen(NEUTRAL, 1.0))
                    line.setAcceptHoverEvents(True)
                    scene.addItem(line)
                    self.edges[(k, i, j)] = line
        lowest = max(y for pos in positions for _, y in pos.values())
        for c, n in enumerate(sizes):
            items = {}
            for u, (x, y) in positions[c].items():
                item = QGraphicsEllipseItem(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS)
                item.setPen(QPen(QColor("#424242"), 1.2))
                item.setBrush(QBrush(QColor("#e3f2fd") if c == 0 else QColor("#ffffff")))
                item.setZValue(2)
                scene.addItem(item)
                items[u] = item
            self.columns.append(items)
            ellipsis = None
            if len(items) < n:
                ellipsis = QGraphicsSimpleTextItem(self.tr("⋮ {0}").format(f"{n:,}"))
                ellipsis.setToolTip(self.tr("{0} units; {1} are drawn").format(f"{n:,}", len(items)))
                y_gap = positions[c][n - TAIL][1] - ROW_GAP
                rect = ellipsis.boundingRect()
                ellipsis.setPos(c * COLUMN_GAP - rect.width() / 2, y_gap - rect.height() / 2)
                ellipsis.setZValue(2)
                scene.addItem(ellipsis)
            self.ellipses.append(ellipsis)
            label = ColumnLabel(self._column_title(c, n, spec))
            font = QFont()
            font.setPointSize(10)
            label.setFont(font)
            label.setPos(c * COLUMN_GAP, lowest + RADIUS + 12)
            scene.addItem(label)
            self.labels.append(label)
        self._highlight = None
        self._chosen_items = []
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -20, 30, 20))
        self.update_weights()
        if self._selected is not None:
            self.set_selected_layer(self._selected)
        self.show_chosen()
        self._fit()

    def _column_title(self, c, n, spec):
        if c == 0:
            return self.tr("input x\n{0}").format(f"{n:,}")
        act = activation_title(spec["layers"][c - 1]["activation"])
        if c == len(spec["layers"]):
            return self.tr("output ŷ\n{0} {1}").format(f"{n:,}", act)
        return self.tr("h{0}\n{1} {2}").format(c, f"{n:,}", act)

    # -- weights -------------------------------------------------------------------------
    def _schedule_weights(self):
        if not self._timer.isActive():
            self._timer.start()

    def update_weights(self):
        """Colour and thicken every drawn edge by its weight; tooltips give the numbers."""
        params = self.session.network.params
        n_layers = len(self.columns) - 1
        largest = {}
        for k in range(1, n_layers + 1):
            W = params.get(f"W{k}")
            largest[k] = float(abs(W).max()) if W is not None and W.size else 0.0
        for (k, i, j), line in self.edges.items():
            W = params.get(f"W{k}")
            if W is None or i >= W.shape[0] or j >= W.shape[1]:
                continue
            w = float(W[i, j])
            colour, width = edge_style(w, largest[k])
            line.setPen(QPen(colour, width))
            line.setToolTip(self.tr("weight from unit {0} of {1} to unit {2} of layer {3}\n"
                                    "w = {4}").format(i + 1, self._source_name(k), j + 1, k,
                                                      f"{w:+.4f}"))
        for c, items in enumerate(self.columns):
            for u, item in items.items():
                if c == 0:
                    item.setToolTip(self.tr("input x{0}").format(u + 1))
                    continue
                b = params.get(f"b{c}")
                value = float(b[u]) if b is not None and u < b.shape[0] else 0.0
                item.setToolTip(self.tr("layer {0}, unit {1}\nbias b = {2}").format(c, u + 1, f"{value:+.4f}"))
                largest_b = float(abs(b).max()) if b is not None and b.size else 0.0
                fill = QColor("#ffffff")
                if value and largest_b > 0:
                    fill = QColor(POSITIVE if value > 0 else NEGATIVE)
                    fill.setAlphaF(0.1 + 0.5 * share(value, largest_b))
                item.setBrush(QBrush(fill))

    def _source_name(self, k):
        return self.tr("the input") if k == 1 else self.tr("layer {0}").format(k - 1)

    # -- selection and size --------------------------------------------------------------
    def set_selected_layer(self, index):
        """Highlight the column of spec layer ``index`` (0-based)."""
        self._selected = index
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        c = index + 1
        if not 0 < c < len(self.columns):
            return
        rect = self.scene().sceneRect()
        self._highlight = QGraphicsRectItem(QRectF(c * COLUMN_GAP - 32, rect.top() + 8, 64, rect.height() - 16))
        fill, outline = presentation.highlight()    # strong in presenter mode
        fill = QColor(fill)
        fill.setAlpha(150 if outline is not None else 90)
        self._highlight.setBrush(fill)
        self._highlight.setPen(QPen(outline, 3) if outline is not None else QPen(Qt.PenStyle.NoPen))
        self._highlight.setZValue(-1)
        self.scene().addItem(self._highlight)

    def _show_selection(self):
        if self._selected is not None:
            self.set_selected_layer(self._selected)

    def selection_colours(self):
        """(fill, outline or None) of the selected layer's highlight now (for tests)."""
        if self._highlight is None:
            return None
        pen = self._highlight.pen()
        return self._highlight.brush().color(), (None if pen.style() == Qt.PenStyle.NoPen else pen.color())

    def mousePressEvent(self, event):
        point = self.mapToScene(event.position().toPoint())
        x = point.x()
        c = round(x / COLUMN_GAP)
        if 1 <= c < len(self.columns) and abs(x - c * COLUMN_GAP) < 50:
            self.layer_clicked.emit(c - 1)
        entry = self.entry_at(point.x(), point.y())
        if entry is not None:
            self.session.choose_weight(*entry)
        super().mousePressEvent(event)

    # -- choosing weights --------------------------------------------------------------
    def entry_at(self, x, y):
        """(key, index) of the bias of the neuron at scene point (x, y), else of the weight of
        the nearest edge within PICK_PIXELS on screen, else None."""
        for c, items in enumerate(self.columns[1:], start=1):
            for u, item in items.items():
                centre = item.rect().center()
                if math.hypot(x - centre.x(), y - centre.y()) <= RADIUS + 1:
                    return f"b{c}", (u,)
        reach = PICK_PIXELS / max(self.transform().m11(), 1e-6)
        best, nearest = None, reach
        for (k, i, j), line in self.edges.items():
            d = _distance_to_segment(x, y, line.line())
            if d <= nearest:
                best, nearest = (f"W{k}", (i, j)), d
        return best

    def chosen_position(self, entry):
        """The scene point that shows ``entry`` (an edge's middle, a neuron's centre), or None."""
        key, index = entry
        if key.startswith("b"):
            item = self.columns[int(key[1:])].get(index[0]) if int(key[1:]) < len(self.columns) else None
            return None if item is None else item.rect().center()
        line = self.edges.get((int(key[1:]), *index))
        return None if line is None else line.line().center()

    def show_chosen(self):
        """Ring the chosen weights (purple) and name them beside."""
        scene = self.scene()
        for item in self._chosen_items:
            scene.removeItem(item)
        self._chosen_items = []
        for number, entry in enumerate(self.session.chosen_weights, start=1):
            key, index = entry
            if key.startswith("b"):
                unit = self.columns[int(key[1:])].get(index[0])
                if unit is None:
                    continue
                ring = QGraphicsEllipseItem(unit.rect().adjusted(-4, -4, 4, 4))
            else:
                edge = self.edges.get((int(key[1:]), *index))
                if edge is None:
                    continue
                ring = QGraphicsLineItem(edge.line())
            ring.setPen(QPen(CHOSEN, 4))
            ring.setOpacity(0.8)
            ring.setZValue(3)
            where = self.chosen_position(entry)
            label = QGraphicsSimpleTextItem(f"{number}: {weight_label(entry)}")
            label.setBrush(QBrush(CHOSEN))
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            size = label.boundingRect()
            if key.startswith("b"):     # beside the neuron, on the side away from the edges
                label.setPos(where.x() + RADIUS + 6, where.y() - size.height() / 2)
            else:
                label.setPos(where.x() - size.width() / 2, where.y() - size.height() - 4)
            label.setZValue(5)
            backing = QGraphicsRectItem(label.sceneBoundingRect().adjusted(-2, 0, 2, 0))
            backing.setBrush(QColor(255, 255, 255, 220))
            backing.setPen(QPen(Qt.PenStyle.NoPen))
            backing.setZValue(4)
            for item in (ring, backing, label):
                scene.addItem(item)
                self._chosen_items.append(item)

    def _fit(self):
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        scale = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height(), 1.6)
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit()


def _distance_to_segment(x, y, line):
    """Distance from (x, y) to the segment ``line`` (QLineF)."""
    ax, ay, bx, by = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    f = 0.0 if length2 == 0 else min(1.0, max(0.0, ((x - ax) * dx + (y - ay) * dy) / length2))
    return math.hypot(x - (ax + f * dx), y - (ay + f * dy))
