"""Small pyqtgraph helpers shared by the dashboard's panels."""
import pyqtgraph as pg
from PySide6.QtGui import QColor

# class colours: orange and blue as in TensorFlow Playground, then more (Okabe–Ito)
CLASS_COLOURS = ["#F59322", "#0877BD", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#E69F00",
                 "#000000", "#999999", "#F0E442"]


def class_colour(k):
    return CLASS_COLOURS[k % len(CLASS_COLOURS)]


def make_plot(title, left, bottom):
    """A white PlotWidget with a title and axis labels, created once and reused."""
    widget = pg.PlotWidget(background="w")
    item = widget.getPlotItem()
    item.setTitle(title, color="#222", size="10pt")
    item.setLabel("left", left, color="#222")
    item.setLabel("bottom", bottom, color="#222")
    # no grid: translucent grid lines cost more to paint than all the curves together
    for axis in ("left", "bottom"):
        item.getAxis(axis).setPen("#444")
        item.getAxis(axis).setTextPen("#222")
        item.getAxis(axis).enableAutoSIPrefix(False)  # "loss (x0.001)" confuses more than it helps
    widget.setMinimumSize(220, 160)
    return widget


def faded(colour, alpha):
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
