"""For picture data: the first layer's weights of each unit, drawn as a picture.

Unit j computes w_j · x + b_j, so its weights w_j (column j of W1) have one number per pixel:
reshaped to N×N they show "what this unit looks at" (orange: brighter here raises the unit,
blue: lowers it).
"""
import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_UNITS_SHOWN = 32
TILE = 56
REFRESH_MS = 200
POSITIVE = np.array([245, 124, 0], dtype=float)
NEGATIVE = np.array([30, 136, 229], dtype=float)
WHITE = np.array([255, 255, 255], dtype=float)


def weight_picture(w, image_shape):
    """An (H, W, 3) uint8 picture of one unit's weights w: (H·W,) or (H·W·3,).

    Grey pictures: white at 0, orange for positive, blue for negative weights (scaled by the
    largest |w|). Colour pictures: each channel stretched to 0–255.
    """
    w = np.asarray(w, dtype=float)
    if len(image_shape) == 3:
        img = w.reshape(image_shape)
        low, high = img.min(), img.max()
        img = (img - low) / (high - low) if high > low else np.full_like(img, 0.5)
        return (img * 255).astype(np.uint8)
    img = w.reshape(image_shape)
    largest = np.abs(img).max()
    t = img / largest if largest > 0 else np.zeros_like(img)
    a = np.abs(t)[..., None]
    colour = np.where(t[..., None] >= 0, POSITIVE, NEGATIVE)
    return ((1 - a) * WHITE + a * colour).astype(np.uint8)


def to_qimage(rgb):
    rgb = np.ascontiguousarray(rgb)
    h, w, _ = rgb.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class WeightImages(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.images = []   # the QImage of each unit shown, for tests and for saving
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(4)
        self._columns = 5
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        layout.addWidget(scroll, 1)
        self._tiles = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        session.spec_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.weights_changed.connect(self._schedule)
        self.refresh()

    def applies(self):
        """True when the data are pictures the first layer reads pixel by pixel."""
        shape = self.session.dataset.image_shape
        return bool(shape) and int(np.prod(shape)) == self.session.spec["input_size"]

    def _schedule(self):
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self):
        self.images = []
        if not self.applies():
            self._set_tiles(0)
            self.caption.setText(self.tr("With picture data, each first-layer unit's weights are "
                                         "shown here as a picture."))
            return
        shape = tuple(self.session.dataset.image_shape)
        W = self.session.network.params["W1"]
        n = min(W.shape[1], MAX_UNITS_SHOWN)
        self._set_tiles(n)
        for j in range(n):
            image = to_qimage(weight_picture(W[:, j], shape))
            self.images.append(image)
            self._tiles[j].setPixmap(QPixmap.fromImage(image).scaled(
                TILE, TILE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        text = self.tr("What each unit of layer 1 looks at: its {0} weights as a {1} picture "
                       "(orange raises the unit, blue lowers it).").format(
            f"{W.shape[0]:,}", "×".join(str(s) for s in shape[:2]))
        if W.shape[1] > n:
            text += " " + self.tr("First {0} of {1} units.").format(n, W.shape[1])
        self.caption.setText(text)

    def _set_tiles(self, n):
        while len(self._tiles) > n:
            self._tiles.pop().deleteLater()
        while len(self._tiles) < n:
            j = len(self._tiles)
            tile = QLabel()
            tile.setFixedSize(TILE, TILE)
            tile.setToolTip(self.tr("unit {0} of layer 1").format(j + 1))
            self._grid.addWidget(tile, j // self._columns, j % self._columns)
            self._tiles.append(tile)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        columns = max(1, (event.size().width() - 30) // (TILE + self._grid.spacing()))
        if columns != self._columns:
            self._columns = columns
            for j, tile in enumerate(self._tiles):
                self._grid.addWidget(tile, j // columns, j % columns)
