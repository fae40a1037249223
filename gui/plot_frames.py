"""The frame of every plot (view box, plot item, titles, legends) asks Python nothing as Qt paints.

Qt asks every item it paints for its ``boundingRect`` (and an item that clips its children, as a
view box does, for its ``shape``), several times a repaint. pyqtgraph's ``GraphicsWidget``,
``ViewBox``, ``LegendItem`` and legend samples answer in Python what Qt's own
``QGraphicsWidget`` answers for them: the rectangle of the widget's size at the origin
(pyqtgraph maps its geometry from the parent, the same rectangle for an item that is not
rotated or scaled; the view box adds half a pixel for a border none of our plots draws, so a
legend anchored to its right edge now sits half a pixel further right, and nothing else moves:
tests/gui/test_plot_frames.py compares the pictures). A method answered in Python takes the
interpreter's lock, and while a network trains each time waits for the training thread to
hand it over (up to the 2 ms it yields at): a frame of the training tab made 46 such calls,
18 of them these.

``install()`` gives those classes Qt's own methods, which PySide then calls without Python. It
is called once, by ``theme.follow``, which every plot of the application goes through.
"""
from PySide6.QtWidgets import QGraphicsWidget

_installed = []


def install():
    """Qt's own boundingRect and shape for pyqtgraph's GraphicsWidget, ViewBox, LegendItem and
    its samples (whose own are the same rectangles, in Python), once."""
    if _installed:
        return
    import pyqtgraph as pg
    from pyqtgraph.graphicsItems.LegendItem import ItemSample      # a legend's 20 × 20 sample
    for cls in (pg.GraphicsWidget, pg.ViewBox, pg.LegendItem, ItemSample):
        _installed.append((cls, cls.__dict__["boundingRect"], cls.__dict__.get("shape")))
        cls.boundingRect = QGraphicsWidget.boundingRect
        cls.shape = QGraphicsWidget.shape


def uninstall():
    """pyqtgraph's own methods back (to compare what both draw)."""
    while _installed:
        cls, bounding_rect, shape = _installed.pop()
        cls.boundingRect = bounding_rect
        if shape is None:
            del cls.shape
        else:
            cls.shape = shape
