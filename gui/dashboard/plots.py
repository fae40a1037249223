"""Small pyqtgraph helpers shared by the dashboard's panels."""
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from .. import theme
from ..theme import class_colour, class_symbol  # noqa: F401  (Okabe–Ito, and a marker each)


def make_plot(title, left, bottom):
    """A PlotWidget in the palette's colours with a title and axis labels, created once and reused."""
    widget = pg.PlotWidget(background="w")
    item = widget.getPlotItem()
    item.setTitle(title, color=theme.text_colours()["text"], size="10pt")
    item.setLabel("left", left, color=theme.text_colours()["text"])
    item.setLabel("bottom", bottom, color=theme.text_colours()["text"])
    # no grid: translucent grid lines cost more to paint than all the curves together
    for axis in ("left", "bottom"):
        item.getAxis(axis).enableAutoSIPrefix(False)  # "loss (x0.001)" confuses more than it helps
        # painted once into a pixmap until the range or labels change: a curve's strip that
        # reaches the axis repaints it (at each frame of a run whose loss is near 0)
        item.getAxis(axis).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    widget.setMinimumSize(220, 160)
    return theme.follow(widget)             # the palette's background, axes and texts


def faded(colour, alpha):
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
