"""The computational graph, left to right (inputs and parameters → loss), watching the model.

The quadratic model is drawn node by node; a small network unit by unit (one circle per
entry of x, z_k, h_k); a large one layer by layer as heat maps. The scene is rebuilt when
the trace changes; a step of the walk only updates what each piece shows.
"""
import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from .items import Edge, HeatBox, UnitColumn, ValueBox, weight_pen
from .texts import dname, name

# where the quadratic graph's nodes sit (column, row)
QUAD_LAYOUT = {"a": (0, 0), "x": (0, 1.2), "b": (0, 2.4), "c": (0, 3.6), "y": (0, 4.8),
               "x2": (1, 0.6), "ax2": (2, 0.3), "bx": (2, 2.1), "yhat": (3, 2.1), "r": (4.1, 3.2), "L": (5.4, 3.2)}
COLUMN, ROW = 140, 92


class GraphView(QGraphicsView):
    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # fit-in-view on resize: no scroll bars, so fitting never changes the viewport
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("white"))
        self.setMinimumSize(360, 240)
        self.pieces = {}     # node key -> item with show(value, grad, current)
        self.edges = []      # (Edge, source key, target key)
        model.trace_changed.connect(self.rebuild)
        model.position_changed.connect(self.refresh)
        self.rebuild()

    # -- building ---------------------------------------------------------------------------
    def rebuild(self):
        scene = self.scene()
        scene.clear()
        self.pieces, self.edges = {}, []
        self._shown, self._edge_shown = {}, {}   # what each piece and edge shows now
        trace = self.model.trace
        if self.model.mode == "quadratic":
            self._build_quadratic(trace)
        elif self.model.per_unit:
            self._build_units(trace)
        else:
            self._build_layers(trace)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-12, -12, 12, 12))
        for item in [i for i in scene.items() if not isinstance(i, Edge)]:   # antialiased text: drawn once, then blitted
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._fit()
        self.refresh()

    def _add(self, key, item):
        self.scene().addItem(item)
        self.pieces[key] = item

    def _edge(self, a, b, source, target, label="", width=1.0, colour=QColor("#90a4ae")):
        edge = Edge(a, b, label, width, colour)
        self.scene().addItem(edge)
        self.edges.append((edge, source, target))

    def _build_quadratic(self, trace):
        for key, (col, row) in QUAD_LAYOUT.items():
            self._add(key, ValueBox(trace.nodes[key], name(key), col * COLUMN, row * ROW, dname(key)))
        for e in trace.edges:
            a, b = self.pieces[e.source], self.pieces[e.target]
            start = a.pos() + QPointF(ValueBox.W / 2, 0)
            end = b.pos() - QPointF(ValueBox.W / 2, 0)
            self._edge(start, end, e.source, e.target, "× " + e.local_formula)

    def _columns(self, trace):
        keys = ["x"]
        for lt in trace.layers:
            keys += [f"z{lt.index}", "yhat" if lt.index == len(trace.layers) else f"h{lt.index}"]
        return keys

    def _build_units(self, trace):
        keys = self._columns(trace)
        height = UnitColumn.GAP * max(np.size(trace.nodes[k].value) for k in keys) + 40
        columns, x = {}, 0
        for i, key in enumerate(keys):
            x += 0 if i == 0 else 150 if key.startswith("z") else 78   # z_k → h_k is one-to-one: close
            col = UnitColumn(trace.nodes[key], name(key), x, height)
            self._add(key, col)
            columns[key] = col
        loss = ValueBox(trace.nodes["L"], "L", x + 130, height / 2, "∂L/∂L")
        self._add("L", loss)
        for c in columns["yhat"].centres:
            self._edge(c, loss.pos() - QPointF(ValueBox.W / 2, 0), "yhat", "L")
        for lt in trace.layers:
            k = lt.index
            prev = columns["x" if k == 1 else f"h{k - 1}"]
            z, h = columns[f"z{k}"], columns["yhat" if k == len(trace.layers) else f"h{k}"]
            W = lt.lecture_W
            finite = W[np.isfinite(W)]
            scale = float(np.max(np.abs(finite))) if finite.size else 1.0
            for i, zc in enumerate(z.centres):
                for j, pc in enumerate(prev.centres):
                    colour, width = weight_pen(W[i, j], scale)
                    self._edge(pc, zc, f"W{k}", f"z{k}", width=width, colour=colour)
                self._edge(zc, h.centres[i], f"z{k}", h.node.key)
            x_mid = (prev.centres[0].x() + z.centres[0].x()) / 2
            size = (min(56, 12 * W.shape[1]), min(56, 12 * W.shape[0]))
            top = min(c.y() for col in columns.values() for c in col.centres) - 130   # one row for all W, b
            self._add(f"W{k}", HeatBox(trace.nodes[f"W{k}"], name(f"W{k}"), x_mid - 20, top, size[0] + 8,
                                       size[1] + 8, W, lt.lecture_dW, grad_below=True))
            self._add(f"b{k}", HeatBox(trace.nodes[f"b{k}"], name(f"b{k}"), x_mid + 20 + size[0] / 2, top,
                                       18, size[1] + 8, grad_below=True))

    def _build_layers(self, trace):
        keys = self._columns(trace)
        height = 380
        boxes = {}
        for i, key in enumerate(keys):
            n = np.size(trace.nodes[key].value[0])
            box = HeatBox(trace.nodes[key], f"{name(key)} ({n})", i * 125, height / 2, 30,
                          min(height, 40 + 4 * n))
            self._add(key, box)
            boxes[key] = box
        loss = ValueBox(trace.nodes["L"], "L", len(keys) * 125 + 30, height / 2, "∂L/∂L")
        self._add("L", loss)
        self._edge(boxes["yhat"].pos() + QPointF(40, 0), loss.pos() - QPointF(ValueBox.W / 2, 0), "yhat", "L")
        for lt in trace.layers:
            k = lt.index
            prev = boxes["x" if k == 1 else f"h{k - 1}"]
            z, h = boxes[f"z{k}"], boxes["yhat" if k == len(trace.layers) else f"h{k}"]
            self._edge(prev.pos() + QPointF(40, 0), z.pos() - QPointF(12, 0), f"W{k}", f"z{k}")
            self._edge(z.pos() + QPointF(40, 0), h.pos() - QPointF(12, 0), f"z{k}", h.node.key)
            x_mid = (prev.pos().x() + z.pos().x()) / 2
            n_out, n_in = lt.lecture_W.shape
            self._add(f"W{k}", HeatBox(trace.nodes[f"W{k}"], f"{name(f'W{k}')} {n_out}×{n_in}", x_mid - 10,
                                       -150, 72, 72, lt.lecture_W, lt.lecture_dW, grad_below=True))
            self._add(f"b{k}", HeatBox(trace.nodes[f"b{k}"], name(f"b{k}"), x_mid + 42, -150, 18, 72,
                                       grad_below=True))

    # -- showing the walk ------------------------------------------------------------------------
    def refresh(self):
        model = self.model
        current = model.current()
        cur_key = current[1] if current else None
        phase = current[0] if current else None
        forward, backward = {}, {}
        for key, piece in self.pieces.items():
            forward[key], backward[key] = model.forward_done(key), model.backward_done(key)
            state = (forward[key], backward[key], key == cur_key)
            if self._shown.get(key) != state:      # a step changes two or three pieces: redo only those
                piece.show(*state)
                self._shown[key] = state
        for i, (edge, source, target) in enumerate(self.edges):
            if phase == "forward":
                active = target == cur_key
            else:
                active = source == cur_key or (cur_key is not None and target == cur_key and source == "yhat")
            state = (active and cur_key is not None, backward.get(source, False))
            if self._edge_shown.get(i) != state:
                edge.show(*state)
                self._edge_shown[i] = state

    def _fit(self):
        rect = self.scene().sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._fit()
