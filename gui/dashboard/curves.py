"""How the dashboard draws runs' curves fast enough to look live.

A run of 20,000 batches has 20,000 points per curve, but the plot is only about 800 pixels
wide: drawing every point (or pyqtgraph's "peak" downsampling, 2 points per pixel column)
paints the noisy per-batch curve as thousands of tall translucent zig-zags, which took
80 ms of each frame. So each curve is first reduced to what a screen can show
(``decimate``): the noisy per-batch values become a band from the lowest to the highest
value of each 2-pixel column, filled once; the smoothed curve keeps one point per column
(its last, so the newest point is exact). Epoch dots are drawn only while there are few
enough of them to tell apart.

``RunsItem`` paints the curves of several runs in one plot item. The dashboard keeps two
per plot: one for the run in progress and one for all the finished runs, which Qt keeps as
a cached picture (``DeviceCoordinateCache``) and repaints only when the runs, the view or the
plot's size change, so 100 finished runs cost one picture copy. The run in progress only
grows to the right: a frame repaints the strip from the first column that changed (the
columns before it are drawn already), not the whole plot, and its bounds (which the plot's
automatic range follows) change only when the y range grows a coarse step.
"""
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from ..presentation import line_width

MAX_DOTS = 60        # more epoch dots than this in view: the line alone (dots would merge)
COLUMN_PIXELS = 2    # one band column / smoothed point per this many pixels


def decimate(x, y, x0, x1, bins):
    """Reduce (x, y) to at most ``bins`` columns over [x0, x1]: (xc, low, high, last).

    For each column holding data: the x of its last point, the lowest and highest y, and the
    y of its last point; the very first point is a column of its own. The nearest point left of x0 and right of x1 are kept as columns of
    their own, so lines run to the edges of the view. Non-finite values are left out.
    """
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    keep = np.isfinite(y)
    if not keep.all():
        x, y = x[keep], y[keep]
    n = len(x)
    if n == 0:
        empty = np.zeros(0)
        return empty, empty, empty, empty
    first = max(int(np.searchsorted(x, x0, side="left")) - 1, 0)
    stop = min(int(np.searchsorted(x, x1, side="right")) + 1, n)
    x, y = x[first:stop], y[first:stop]
    if len(x) <= bins:
        return x, y, y, y
    starts, ends = _columns(x, x0, x1, bins)
    # the first point too, as a column of its own: the curve starts where the data starts
    if ends[0] > 0:
        ends, starts = np.concatenate([[0], ends]), np.concatenate([[0, 1], starts[1:]])
    return _reduce(x, y, starts, ends)


def _columns(x, x0, x1, bins):
    """(starts, ends): the first and last index of the sorted x in each of ``bins`` equal
    columns over [x0, x1] that hold any."""
    edges = x0 + (x1 - x0) / bins * np.arange(bins + 1)
    starts = np.searchsorted(x, edges, side="left")        # sorted: keep the first of equal ones
    starts = starts[np.concatenate([[True], starts[1:] != starts[:-1]]) & (starts < len(x))]
    if starts[0] != 0:
        starts = np.concatenate([[0], starts])
    return starts, np.append(starts[1:], len(x)) - 1


def _reduce(x, y, starts, ends):
    return x[ends], np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts), y[ends]


class GrowingDecimation:
    """``decimate`` of a line that only grows (the run in progress), kept up to date.

    Once a line has more points than columns, the columns before the last are final: a frame
    reduces only the points from the last column on, not all of them again (a 20,000-batch
    run reduced 120,000 points per frame). Anything else (another view, fewer points, values
    that are not finite, points outside the view) is reduced afresh.
    """

    def __init__(self):
        self.view, self.n, self.result, self.last_column = None, 0, None, None

    def __call__(self, x, y, view, grown=True):
        """decimate(x, y, *view); ``grown``: x and y are the last call's with points added."""
        x0, x1, bins = view
        n = len(x)
        k = self.last_column
        if grown and k is not None and view == self.view and n >= self.n and x[-1] <= x1:
            tail_x, tail_y = np.asarray(x[k:], dtype=np.float64), np.asarray(y[k:], dtype=np.float64)
            if np.isfinite(tail_y).all():
                starts, ends = _columns(tail_x, x0, x1, bins)
                tail = _reduce(tail_x, tail_y, starts, ends)
                self.result = tuple(np.concatenate([old[:-1], new]) for old, new in zip(self.result, tail))
                self.n, self.last_column = n, k + int(starts[-1])
                return self.result
        self.view, self.n, self.result = view, n, decimate(x, y, x0, x1, bins)
        xc = self.result[0]
        # in columns (all of it inside the view, finite, more points than columns), the last
        # column starts after the last point of the one before it
        columns = n > bins and len(xc) >= 3 and x[0] >= x0 and x[-1] <= x1 and np.isfinite(y).all()
        self.last_column = int(np.searchsorted(x, xc[-2], side="right")) if columns else None
        return self.result


def coarse_range(low, high):
    """[low, high] widened outwards to multiples of a step of about 1/20 of its span."""
    span = high - low
    if not np.isfinite(span) or span <= 0:
        return low, high
    step = 10.0 ** np.floor(np.log10(span / 20))
    return float(np.floor(low / step) * step), float(np.ceil(high / step) * step)


def _path(x, y):
    """A polyline through the points (built from the arrays in one go)."""
    return pg.functions.arrayToQPath(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64),
                                     connect="all") if len(x) else QPainterPath()


def _band(x, low, high):
    """A closed area from the lows to the highs of each column."""
    path = _path(np.concatenate([x, x[::-1]]), np.concatenate([high, low[::-1]]))
    path.closeSubpath()
    return path


def cosmetic_pen(colour, width, style=Qt.PenStyle.SolidLine, cap=Qt.PenCapStyle.SquareCap):
    pen = QPen(QColor(colour), line_width(width), style, cap)
    pen.setCosmetic(True)         # width in pixels, whatever the axes' scale
    return pen


@dataclass
class Line:
    """One line of a run as it is drawn: what it shows at full resolution, and how."""
    x: np.ndarray
    y: np.ndarray
    visible: bool
    style: Qt.PenStyle


class RunDrawing:
    """The drawable shapes of one run in one plot: noise band (or raw line), smoothed line,
    epoch line and dots, validation line. Built by ``set_lines``; painted by ``paint``."""

    def __init__(self, colour, style):
        self.colour, self.style = QColor(colour), style
        self.set_pens()
        self.lines = {}          # name -> Line (full resolution)
        self.shapes = []         # (kind, arrays of its columns, pen or brush); kind: area, line, dots
        self.bounds = None       # (x0, x1, y0, y1) of everything drawn, in data coordinates
        self.changed = None      # (x from which, lowest y, highest y) the drawing changed since
                                 # it was last painted (None: all of it; NOTHING_CHANGED)
        self._paths = None       # the shapes' whole paths, built when first painted whole
        self._decimations = {}   # line name -> GrowingDecimation

    def set_pens(self):
        """The pens, as thick as presenter mode and the zoom make lines (gui/presentation.py);
        shapes built after this use them."""
        faded = QColor(self.colour)
        faded.setAlpha(70)
        self.band_brush, self.raw_pen = pg.mkBrush(faded), cosmetic_pen(faded, 1)
        self.smooth_pen = cosmetic_pen(self.colour, 2, self.style)
        self.epoch_pen = cosmetic_pen(self.colour, 1, self.style)
        self.dot_pen = cosmetic_pen(self.colour, 5, cap=Qt.PenCapStyle.RoundCap)
        self.val_pen = cosmetic_pen(self.colour, 2, Qt.PenStyle.DashLine)

    def set_lines(self, lines, view, transform_y, grown=False):
        """Rebuild the shapes from ``lines`` ({'raw', 'smooth', 'epoch', 'val'} -> Line) for the
        view ``(x0, x1, columns)``; ``transform_y`` maps values to the plot's y (log10 or not).
        ``grown``: the lines are the last call's with points added (the run in progress)."""
        self.lines = lines
        shapes, xs, ys = [], [], []

        def reduced(name):
            line = lines[name]
            decimation = self._decimations.setdefault(name, GrowingDecimation())
            xc, low, high, last = decimation(line.x, transform_y(line.y), view, grown)
            if len(xc):
                xs.extend((xc.min(), xc.max()))
                ys.extend((low.min(), high.max()))
            return xc, low, high, last

        raw = lines.get("raw")
        if raw is not None and raw.visible:
            xc, low, high, _ = reduced("raw")
            if np.array_equal(low, high):
                shapes.append(("line", (xc, low), self.raw_pen))
            else:
                shapes.append(("area", (xc, low, high), self.band_brush))
        smooth = lines.get("smooth")
        if smooth is not None and smooth.visible:
            xc, _, _, last = reduced("smooth")
            shapes.append(("line", (xc, last), self.smooth_pen))
        for name, pen in (("epoch", self.epoch_pen), ("val", self.val_pen)):
            line = lines.get(name)
            if line is None or not line.visible or not len(line.x):
                continue
            xc, _, _, last = reduced(name)
            shapes.append(("line", (xc, last), pen))
            if name == "epoch" and len(line.x) <= MAX_DOTS:
                shapes.append(("dots", (xc, last), self.dot_pen))
        # (what changed before and was not painted yet counts too)
        self.changed = _union(self.changed, _changed_from(self.shapes, shapes))
        self.shapes, self._paths = shapes, None
        self.bounds = (min(xs), max(xs), min(ys), max(ys)) if xs else None

    def paint(self, painter, x_range=None):
        """Paint every shape, or (``x_range``: (x0, x1)) only their columns in that range:
        a frame of the run in progress paints a narrow strip, and drawing whole paths
        clipped to it cost as much as painting them all."""
        if x_range is None and self._paths is None:
            self._paths = [_shape_path(kind, arrays) for kind, arrays, _ in self.shapes]
        for i, (kind, arrays, tool) in enumerate(self.shapes):
            if x_range is None:
                path = self._paths[i]
            else:                # the columns in range, and one more each side to join them
                x = arrays[0]
                first = max(int(np.searchsorted(x, x_range[0])) - 1, 0)
                stop = int(np.searchsorted(x, x_range[1], side="right")) + 1
                path = _shape_path(kind, tuple(a[first:stop] for a in arrays))
            if kind == "area":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(tool)
                painter.drawPath(path)
            elif kind == "line":
                painter.setPen(tool)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            else:               # dots: round points of a 5-pixel pen, round whatever the scale
                painter.setPen(tool)
                painter.drawPoints(path)


def _shape_path(kind, arrays):
    """What Qt draws for a shape: a closed area, a polyline, or the dots' points."""
    if kind == "area":
        return _band(*arrays)
    if kind == "line":
        return _path(*arrays)
    return pg.functions.arrayToQPolygonF(*arrays)


def _changed_from(old_shapes, shapes):
    """Where ``shapes`` differ from ``old_shapes``: (x from which, lowest y, highest y) of the
    columns that changed, old and new; None: everywhere; (inf, inf, -inf): nowhere.

    A shape drawn through columns i-1 and i changes from column i-1 when column i changes.
    """
    if [(k, t) for k, _, t in old_shapes] != [(k, t) for k, _, t in shapes]:
        return None                                  # other lines or pens: all of it
    since, low, high = math.inf, math.inf, -math.inf
    for (_, old, _), (_, new, _) in zip(old_shapes, shapes):
        n = min(len(old[0]), len(new[0]))
        differs = np.zeros(n, dtype=bool)
        for a, b in zip(old, new):
            differs |= a[:n] != b[:n]
        first = int(np.argmax(differs)) if differs.any() else n
        if first == n and len(old[0]) == len(new[0]):
            continue
        if first == 0:
            return None
        since = min(since, float(new[0][first - 1]))
        for ys in old[1:] + new[1:]:             # what is erased and what is drawn
            low, high = min(low, float(ys[first - 1:].min())), max(high, float(ys[first - 1:].max()))
    return since, low, high


def _union(a, b):
    """Two changed regions (see _changed_from) as one."""
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2])


NOTHING_CHANGED = (math.inf, math.inf, -math.inf)


class RunsItem(pg.GraphicsObject):
    """Paints the drawings of several runs (in order: later runs on top).

    ``cached``: Qt keeps the painted picture and reuses it until ``refresh`` or a change of
    the view (for the finished runs, which do not change while another run trains).
    """

    def __init__(self, cached=False):
        super().__init__()
        self.drawings = []
        self.paint_count = 0      # how often Qt asked it to paint (a cached one: rarely)
        self.extent = None        # the x the runs will reach (the plan's end): the item's width
        self._bounds = None       # (x0, x1, y0, y1) of the drawings
        self._rect = None         # (x0, x1, y0, y1) of the item: the bounds, y coarse, x to extent
        self._informed = None     # the bounds the view last heard of (for its automatic range)
        self._bounding = None     # boundingRect, kept until the item or the view changes
        # paint() is told which part of it is exposed (option.exposedRect)
        self.setFlag(pg.QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        if cached:
            self.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_drawings(self, drawings):
        self.drawings = list(drawings)
        # none (no finished run yet, or none in progress): hidden, so that Qt does not ask it
        # for its bounds, in Python, at every repaint of the plot
        self.setVisible(bool(self.drawings))
        self.refresh()

    def set_extent(self, x_end):
        """The runs will grow up to ``x_end``: the item is that wide from the start, so that
        it need not change its geometry (and repaint the whole plot) as they grow."""
        if x_end != self.extent:
            self.extent = x_end
            self.refresh()

    def refresh(self, grown=False):
        """The drawings' shapes changed: recompute the bounds and paint again.

        grown: only paint the strip from the first column that changed (the drawings'
        ``changed``, old and new), if the item's geometry stays the same.
        """
        self._bounding = None
        known = [d.bounds for d in self.drawings if d.bounds is not None]
        old_x1 = self._bounds[1] if self._bounds is not None else -math.inf
        self._bounds = (min(b[0] for b in known), max(b[1] for b in known),
                        min(b[2] for b in known), max(b[3] for b in known)) if known else None
        changed = NOTHING_CHANGED
        for d in self.drawings:
            changed = _union(changed, d.changed)
            d.changed = NOTHING_CHANGED          # painted now
        rect = None
        if self._bounds is not None:
            x0, x1, y0, y1 = self._bounds
            rect = (x0, max(x1, self.extent if self.extent is not None else x1)) + self._y_range(y0, y1)
        strip = grown
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect, strip = rect, False
            self._bounding = None             # (Qt asked for the old one just now)
        view = self.getViewBox()
        x_auto = view is not None and view.autoRangeEnabled()[0] is not False
        informed = (self._bounds[:2] if x_auto and rect else None, rect and rect[2:])
        if informed != self._informed:         # the view's automatic range follows the bounds
            self._informed, strip = informed, False
            self.informViewBoundsChanged()
        if not strip or changed is None:
            self.update()
        elif changed != NOTHING_CHANGED:       # the columns that changed, old and new
            since, low, high = changed
            pad_x, pad_y = self._padding()
            x_end = max(self._bounds[1], old_x1)
            self.update(QRectF(since - pad_x, low - pad_y, x_end - since + 2 * pad_x, high - low + 2 * pad_y))

    def _y_range(self, low, high):
        """The item's y range: [low, high] on a coarse grid, kept while the values stay inside
        it and fill at least 70 % of it. When they leave it, it grows by a quarter of their
        span that way (not below 0 for values that are not): a falling loss changes it a
        few times in a run, not at every frame."""
        if self._rect is None:
            return coarse_range(low, high)
        y0, y1 = self._rect[2:]
        if y0 <= low and high <= y1 and (high - low) >= 0.7 * (y1 - y0):
            return y0, y1
        room = 0.25 * (high - low)
        if low < y0:
            low = low - room if low < 0 else max(low - room, 0.0)
        if high > y1:
            high += room
        return coarse_range(low, high)

    def _padding(self):
        """Room for the pens, which are a few pixels wide whatever the scale."""
        px, py = self.pixelVectors()
        width = 4 + max(line_width(5) - 5, 0)     # presenter mode's pens are thicker
        return (abs(px.x()) * width if px is not None else 0.0, abs(py.y()) * width if py is not None else 0.0)

    def boundingRect(self):
        """Qt asks for it several times a repaint, in Python; the pens' room in data units
        (``_padding``: the pixel's size, from the view's transform) is worked out once per
        change of the item or the view, not at each of these calls."""
        if self._bounding is None:
            if self._rect is None:
                self._bounding = QRectF()
            else:
                x0, x1, y0, y1 = self._rect
                pad_x, pad_y = self._padding()
                self._bounding = QRectF(x0 - pad_x, y0 - pad_y, (x1 - x0) + 2 * pad_x, (y1 - y0) + 2 * pad_y)
        return QRectF(self._bounding)        # (a copy: a caller may change what it is given)

    def viewTransformChanged(self):
        """The view's range or size changed (pyqtgraph calls this): a pixel's size did too."""
        self._bounding = None

    def dataBounds(self, axis, frac=1.0, orthoRange=None):
        """The data range along ``axis`` (0: x, 1: y), for the view's auto-range.

        y is the item's coarse range: a falling loss then changes the view (and so repaints
        the plot and every finished run) a few times in a run, not at every frame.
        """
        if self._bounds is None:
            return None, None
        return self._bounds[:2] if axis == 0 else self._rect[2:]

    def paint(self, painter, option, *args):
        self.paint_count += 1
        exposed, whole = option.exposedRect, self.boundingRect()
        # a strip (a frame of the run in progress): only the columns in it
        x_range = (exposed.left(), exposed.right()) if exposed.width() < 0.5 * whole.width() else None
        for drawing in self.drawings:
            drawing.paint(painter, x_range)
