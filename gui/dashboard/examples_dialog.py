"""The pictures in one cell of the confusion matrix."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_SHOWN = 120


def picture_pixmap(row, image_shape, size=72):
    """One flattened picture (values 0..1 or 0..255) as a QPixmap scaled to ``size``."""
    img = np.asarray(row, dtype=np.float32).reshape(image_shape)
    if img.max(initial=0) <= 1.0:
        img = img * 255
    img = np.ascontiguousarray(np.clip(img, 0, 255).astype(np.uint8))
    h, w = img.shape[:2]
    if img.ndim == 2:
        qimage = QImage(img.data, w, h, w, QImage.Format.Format_Grayscale8)
    else:
        qimage = QImage(img.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy()).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.FastTransformation)


class ExamplesDialog(QDialog):
    """Shows up to MAX_SHOWN pictures of a data set by index."""

    def __init__(self, dataset, indices, title, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 480)
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        self.pictures = []
        for n, index in enumerate(indices[:MAX_SHOWN]):
            label = QLabel()
            label.setPixmap(picture_pixmap(dataset.X[index], dataset.image_shape))
            label.setToolTip(self.tr("example {0}").format(int(index)))
            grid.addWidget(label, n // 8, n % 8)
            self.pictures.append(label)
        scroll = QScrollArea()
        scroll.setWidget(grid_widget)
        scroll.setWidgetResizable(True)
        note = QLabel(self.tr("{0} examples").format(len(indices)) if len(indices) <= MAX_SHOWN else
                      self.tr("The first {0} of {1} examples").format(MAX_SHOWN, len(indices)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
