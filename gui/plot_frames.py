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
hand it over (up to the 0.5 ms it yields at; 2 ms then): a frame of the training tab made
46 such calls, 18 of them these.

``install()`` gives those classes Qt's own methods, which PySide then calls without Python. It
is called once, by ``theme.follow``, which every plot of the application goes through; and
``paint_natively(view)``, which ``theme.follow`` calls for every plot too, lets Qt paint the
view's picture without holding the interpreter's lock (see there).
"""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGraphicsView, QGraphicsWidget

_installed = []


def install():
    """Qt's own boundingRect and shape for pyqtgraph's GraphicsWidget, ViewBox, LegendItem and
    its samples (whose own are the same rectangles, in Python), Qt's own paint for its ViewBox
    (which paints nothing), and Qt's own paintEvent for its GraphicsView (see
    ``paint_natively``), once."""
    if _installed:
        return
    import pyqtgraph as pg
    from pyqtgraph.graphicsItems.LegendItem import ItemSample      # a legend's 20 × 20 sample
    for cls in (pg.GraphicsWidget, pg.ViewBox, pg.LegendItem, ItemSample):
        _replace(cls, "boundingRect", QGraphicsWidget.boundingRect)
        _replace(cls, "shape", QGraphicsWidget.shape)
    # The view box's paint outlines it with its border pen, which is no pen unless a border is
    # asked for, and then its borderRect child draws the same outline: it drew nothing we see,
    # in Python, at every repaint of every plot
    _replace(pg.ViewBox, "paint", QGraphicsWidget.paint)
    _replace(pg.GraphicsView, "paintEvent", QGraphicsView.paintEvent)


def _replace(cls, name, method):
    _installed.append((cls, name, cls.__dict__.get(name)))     # None: inherited
    setattr(cls, name, method)


class _PrepareForPaint(QObject):
    """Tells a view's scene that it is about to be painted, as pyqtgraph's own paintEvent does,
    from outside the paint (an event filter on the view's viewport)."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.parent().scene().prepareForPaint()
        return False


_preparer = None


def paint_natively(view):
    """Let Qt paint ``view`` (a pyqtgraph GraphicsView) without holding Python's lock.

    pyqtgraph's ``GraphicsView.paintEvent`` is a Python method that tells the scene it is about
    to be painted (view boxes fit their range then) and calls Qt's: the whole picture is then
    painted in Python's name, and a thread training a network waits all that time. With Qt's own
    method in its place (``install``) the scene is told by an event filter just before, and Qt
    paints, releasing the lock, everything but the items that paint in Python.
    """
    global _preparer
    if _preparer is None:
        _preparer = _PrepareForPaint()
    view.viewport().installEventFilter(_preparer)


def uninstall():
    """pyqtgraph's own methods back (to compare what both draw)."""
    while _installed:
        cls, name, original = _installed.pop()
        if original is None:
            delattr(cls, name)
        else:
            setattr(cls, name, original)
