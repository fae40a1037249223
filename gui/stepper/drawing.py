"""Small drawing helpers shared by the stepper's plots (colours, arrows as one polyline)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem

# One colour per optimizer, readable on white and distinct for colour-blind viewers (Okabe–Ito).
METHOD_COLOURS = {"sgd": "#D55E00", "momentum": "#0072B2", "nesterov": "#009E73",
                  "adagrad": "#CC79A7", "rmsprop": "#E69F00", "adam": "#56B4E9"}
# ... and a marker and a line style each, so that they differ without colour too
METHOD_SYMBOLS = {"sgd": "o", "momentum": "t", "nesterov": "s", "adagrad": "d", "rmsprop": "star", "adam": "p"}
METHOD_LINES = {"sgd": Qt.PenStyle.SolidLine, "momentum": Qt.PenStyle.DashLine, "nesterov": Qt.PenStyle.DashDotLine,
                "adagrad": Qt.PenStyle.DotLine, "rmsprop": Qt.PenStyle.DashDotDotLine, "adam": Qt.PenStyle.SolidLine}
POINT_COLOUR = "#D55E00"
TANGENT_COLOUR = "#0072B2"
MOVE_COLOUR = "#009E73"
GRADIENT_COLOUR = "#C00000"


def arrows(tails, tips, head=0.25, max_head=None):
    """x, y arrays (NaN-separated) drawing arrows from ``tails`` to ``tips``: (k, 2) each.

    Heads are ``head`` × the arrow's length (at most ``max_head``), drawn in data units, so
    they look right on a plot with locked aspect ratio.
    """
    tails, tips = np.atleast_2d(tails).astype(float), np.atleast_2d(tips).astype(float)
    with np.errstate(all="ignore"):   # a diverged run's points are infinite: NaN, not drawn
        d = tips - tails
        length = np.hypot(d[:, 0], d[:, 1])
        size = head * length
        if max_head is not None:
            size = np.minimum(size, max_head)
        u = d / np.where(length > 0, length, 1)[:, None]
        normal = np.stack([-u[:, 1], u[:, 0]], axis=1)
        left = tips - size[:, None] * (u - 0.5 * normal)
        right = tips - size[:, None] * (u + 0.5 * normal)
    nan = np.full_like(tails, np.nan)
    # tail -> tip -> left, NaN, tip -> right, NaN
    stacked = np.stack([tails, tips, left, nan, tips, right, nan], axis=1).reshape(-1, 2)
    return stacked[:, 0], stacked[:, 1]


def pen(colour, width=2, style=None):
    p = pg.mkPen(colour, width=width)
    if style is not None:
        p.setStyle(style)
    return p


def style_plot(plot_item):
    """White background look with readable axis text. The axes are cached as pixmaps: a
    sub-step moves the path, and repainting the axis text each time would cost more than
    everything else (see benchmarks/stepper.py)."""
    for side in ("left", "bottom"):
        axis = plot_item.getAxis(side)
        axis.setPen(pg.mkPen("#444444"))
        axis.setTextPen(pg.mkPen("#222222"))
        axis.enableAutoSIPrefix(False)   # plain numbers, never "(x0.001)" beside the label
        cache(axis)
    plot_item.showGrid(x=True, y=True, alpha=0.15)


def cache(item):
    """Paint ``item`` once into a pixmap and reuse it until it changes (static layers)."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


def set_data(item, x, y, **kwargs):
    """item.setData, but an empty item when no point is finite (pyqtgraph would warn about an
    all-NaN slice when it computes the bounds)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.any():
        item.setData([], [])
        return
    if "connect" not in kwargs:
        x, y = x[finite], y[finite]
    item.setData(x, y, **kwargs)
