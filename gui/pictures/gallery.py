"""The loaded pictures: how many per class, the class balance, and a thumbnail grid per class."""
import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import (QLabel, QListView, QListWidget, QListWidgetItem, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from ..class_names import display_names
from ..theme import class_colour
from .qimages import row_picture, to_pixmap

THUMB = 48           # thumbnail size in pixels
PER_CLASS = 60       # thumbnails shown per class
# the dashboard's class colours (TensorFlow Playground orange and blue, then Okabe–Ito)


class BalanceBar(QWidget):
    """One bar split in proportion to the number of pictures of each class."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts, self.names = [], []
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, names, counts):
        self.names, self.counts = list(names), [int(c) for c in counts]
        self.setToolTip("\n".join(f"{n}: {c}" for n, c in zip(self.names, self.counts)))
        self.update()

    def labels(self):
        """[(segment QRectF, colour, text)]: each class's share, its text only where it fits.

        "name 10%" if that fits the segment, else the name, else the percentage, else nothing
        (ten classes in a narrow bar): a clipped word is worse than none; the tooltip has all.
        """
        total = sum(self.counts)
        if not total:
            return []
        metrics = self.fontMetrics()
        shown, x = [], 0.0
        for k, (name, count) in enumerate(zip(self.names, self.counts)):
            w = self.width() * count / total
            percent = f"{100 * count / total:.0f}%"
            text = next((t for t in (f"{name} {percent}", name, percent)
                         if metrics.horizontalAdvance(t) <= w - 4), "")
            shown.append((QRectF(x, 0, w, self.height()), QColor(class_colour(k)), text))
            x += w
        return shown

    def paintEvent(self, event):
        p = QPainter(self)
        for rect, colour, text in self.labels():
            p.fillRect(rect, colour)
            p.setPen(QColor("white"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.end()


class ClassGallery(QWidget):
    """Thumbnails of the pictures as the network sees them (N×N), one grid per class.

    Clicking a thumbnail emits ``picture_clicked(row index in X)``.
    """

    picture_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel(wordWrap=True)
        self.balance = BalanceBar()
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.balance)
        layout.addWidget(scroll, 1)
        self.headers, self.lists = [], []

    def show_data(self, dataset):
        """Show a picture Dataset (engine.data): its classes, their balance and thumbnails."""
        for widget in self.headers + self.lists:
            widget.deleteLater()
        self.headers, self.lists = [], []
        X, y, image_shape = dataset.X, dataset.y, dataset.image_shape
        counts = dataset.class_counts()
        class_names = display_names(dataset.class_names)
        self.summary.setText(self.tr("{0} pictures in {1} classes; balance of the classes:").format(
            len(y), dataset.n_classes))
        self.balance.set_counts(class_names, counts)
        for k, name in enumerate(class_names):
            members = np.flatnonzero(y == k)
            header = QLabel(self.tr("<b>{0}</b>: {1} pictures ({2}%)").format(
                name, counts[k], f"{100 * counts[k] / max(len(y), 1):.0f}"), wordWrap=True)
            if len(members) > PER_CLASS:
                header.setText(header.text() + " " + self.tr("— the first {0} are shown").format(PER_CLASS))
            grid = QListWidget()
            grid.setViewMode(QListView.ViewMode.IconMode)
            grid.setIconSize(QSize(THUMB, THUMB))
            grid.setGridSize(QSize(THUMB + 6, THUMB + 6))
            grid.setMovement(QListView.Movement.Static)
            grid.setResizeMode(QListView.ResizeMode.Adjust)
            grid.setWrapping(True)
            grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.setFixedHeight(2 * (THUMB + 6) + 8)
            for index in members[:PER_CLASS]:
                item = QListWidgetItem(QIcon(to_pixmap(row_picture(X[index], image_shape), THUMB)), "")
                item.setData(Qt.ItemDataRole.UserRole, int(index))
                grid.addItem(item)
            grid.itemClicked.connect(lambda item: self.picture_clicked.emit(item.data(Qt.ItemDataRole.UserRole)))
            self.body_layout.insertWidget(self.body_layout.count() - 1, header)
            self.body_layout.insertWidget(self.body_layout.count() - 1, grid)
            self.headers.append(header)
            self.lists.append(grid)

