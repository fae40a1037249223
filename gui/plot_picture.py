"""A picture in a plot (a map of colours) that Qt paints itself.

While a network trains, the decision map changes ~6 times a second and the loss landscape's
~once a second, and the plots around them repaint ~18 times a second. pyqtgraph's ImageItem
answers each repaint's paint and bounds in Python, and each answer waits for the training
thread to hand over the interpreter. Here the colours become a pixmap once per change, placed
in the plot by a transform; Qt asks no Python to paint it or to know where it is.
"""
import numpy as np
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBA8888}


class PlotPicture(QGraphicsPixmapItem):
    """Colours (rows, columns, 3 or 4) uint8 shown over a rectangle of the plot's data."""

    def __init__(self):
        super().__init__()
        self.image = None        # the colours shown; row r lies at the r-th y from the bottom

    def set_picture(self, colours, rect):
        """colours: (R, C, 3) RGB or (R, C, 4) RGBA uint8, row r at the r-th y from the bottom
        (as pyqtgraph's ImageItem shows a row-major image); rect: the data area it covers."""
        colours = np.ascontiguousarray(colours, dtype=np.uint8)
        rows, columns, channels = colours.shape
        picture = QImage(colours.data, columns, rows, colours.strides[0], _FORMATS[channels])
        self.setPixmap(QPixmap.fromImage(picture))       # (a copy: colours may go)
        # pixel (c, r) of the picture -> (x, y): scaled to the cells, then moved to the rect
        self.setTransform(QTransform.fromScale(rect.width() / columns, rect.height() / rows)
                          * QTransform.fromTranslate(rect.left(), rect.top()))
        self.image = colours

    def clear(self):
        self.setPixmap(QPixmap())
        self.image = None
