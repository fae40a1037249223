"""NumPy pictures (floats in [0, 1]) as Qt pixmaps."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def to_qimage(picture):
    """(H, W) gray or (H, W, 3) RGB floats in [0, 1] -> a QImage owning its pixels."""
    a = np.ascontiguousarray(np.round(np.clip(picture, 0, 1) * 255).astype(np.uint8))
    h, w = a.shape[:2]
    if a.ndim == 2:
        return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def to_pixmap(picture, size, smooth=False):
    """The picture scaled to fit size × size pixels; pixels stay sharp squares unless smooth."""
    mode = Qt.TransformationMode.SmoothTransformation if smooth else Qt.TransformationMode.FastTransformation
    return QPixmap.fromImage(to_qimage(picture)).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, mode)


def row_picture(row, image_shape):
    """One row of X back as the picture it came from."""
    return np.asarray(row).reshape(image_shape)
