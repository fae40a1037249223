"""The lecture's picture-to-vector illustration (item 2): the original picture, its N×N grid
of gray values, and the values lined up row after row into one vector of n = N × N numbers."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from .pixel_grid import PixelGrid
from .qimages import to_pixmap
from .vector_strip import VectorStrip

ZOOM = 5  # the zoomed window shows ZOOM × ZOOM values


class PictureToVector(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.picture = None          # (N, N) or (N, N, 3) as the network sees it
        self.selected = (0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.original = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.original.setMinimumSize(150, 150)
        self.grid = PixelGrid(minimum=220)
        self.grid.show_row = True
        self.zoom = PixelGrid(minimum=170)
        self.zoom.setMaximumSize(250, 250)
        self.grid.setMaximumSize(460, 460)
        self.grid.cell_clicked.connect(self.select_pixel)
        self.zoom.cell_clicked.connect(self.select_pixel)
        self.strip = VectorStrip()
        self.count = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.count.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.values = QLabel(wordWrap=True)
        self.pixel = QLabel(wordWrap=True)
        captions = [QLabel(self.tr("original picture")), QLabel(self.tr("N × N gray pixels (click one)")),
                    QLabel(self.tr("values around the chosen pixel: 0 = black, 1 = white"))]
        self.captions = captions
        for caption in captions:
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
        pictures = QGridLayout()
        pictures.addWidget(self.original, 0, 0)
        pictures.addWidget(self.grid, 0, 1)
        pictures.addWidget(self.zoom, 0, 2)
        for k, caption in enumerate(captions):
            pictures.addWidget(caption, 1, k)
        pictures.setColumnStretch(1, 3)
        pictures.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(pictures, 1)
        layout.addWidget(QLabel(self.tr("Line the rows up one after another: the picture becomes one vector x")))
        layout.addWidget(self.strip)
        layout.addWidget(self.count)
        layout.addWidget(self.values)
        layout.addWidget(self.pixel)
        self.clear()

    def clear(self):
        self.picture = None
        self.title.setText(self.tr("A picture is a vector: open a folder and pick a picture"))
        self.original.clear()
        self.count.clear()
        self.values.clear()
        self.pixel.clear()

    def show_picture(self, picture, original=None, name=""):
        """picture: (N, N) or (N, N, 3) in [0, 1]; original: the full picture to show beside it."""
        self.picture = np.asarray(picture, dtype=np.float32)
        h, w = self.picture.shape[:2]
        self.title.setText(self.tr("A picture is a vector: {0}").format(name) if name
                           else self.tr("A picture is a vector"))
        shown = original if original is not None else self.picture
        self.original.setPixmap(to_pixmap(shown, 150, smooth=original is not None and max(shown.shape[:2]) > 150))
        if original is not None:
            self.captions[0].setText(self.tr("original picture ({0} × {1})").format(original.shape[1], original.shape[0]))
        else:       # no file to read (a session's pictures whose folder is gone): the picture itself
            self.captions[0].setText(self.tr("original picture"))
        self.captions[1].setText(self.tr("{0} × {1} pixels (click one)").format(h, w))
        n = self.picture.size
        if self.picture.ndim == 3:
            self.count.setText(self.tr("{0} × {1} × 3 colours = {2} numbers").format(h, w, n))
        else:
            self.count.setText(self.tr("{0} × {1} = {2} numbers").format(h, w, n))
        v = self.picture.reshape(-1)
        head = ", ".join(f"{x:.2f}" for x in v[:8])
        self.values.setText(self.tr("x = ({0}, …, {1})   n = {2}").format(head, f"{v[-1]:.2f}", n))
        self.select_pixel(h // 2, w // 2)

    def select_pixel(self, row, column):
        """Choose the pixel (row, column), 0-based; it is marked in the grid, zoom and vector."""
        if self.picture is None:
            return
        h, w = self.picture.shape[:2]
        row, column = int(np.clip(row, 0, h - 1)), int(np.clip(column, 0, w - 1))
        self.selected = (row, column)
        self.grid.set_values(self.picture, selected=self.selected)
        r0 = int(np.clip(row - ZOOM // 2, 0, max(h - ZOOM, 0)))
        c0 = int(np.clip(column - ZOOM // 2, 0, max(w - ZOOM, 0)))
        self.zoom.set_values(self.picture[r0:r0 + ZOOM, c0:c0 + ZOOM], origin=(r0, c0), selected=self.selected)
        depth = 3 if self.picture.ndim == 3 else 1
        index = (row * w + column) * depth
        self.strip.set_vector(self.picture.reshape(-1), span=(row * w * depth, (row + 1) * w * depth), index=index)
        value = self.picture[row, column]
        shown = f"{float(value):.2f}" if np.ndim(value) == 0 else ", ".join(f"{float(x):.2f}" for x in value)
        self.pixel.setText(self.tr("The pixel in row {0}, column {1} has the value {2}; it is number {3} of the "
                                   "vector (row {0} fills numbers {4} to {5}).").format(
            row + 1, column + 1, shown, index + 1, row * w * depth + 1, (row + 1) * w * depth))
