"""Predict one picture: what the network saw (N×N) and its class probabilities as bars."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..class_names import display_names
from .qimages import to_pixmap
from .. import theme

SEEN = 192


class PredictPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.probabilities = None
        self.open_button = QPushButton(self.tr("Open a picture to predict…"))
        self.open_button.setToolTip(self.tr("Ask the network which class a picture of your own is"))
        self.hint = QLabel(self.tr("…or drop a picture file anywhere on this tool."), wordWrap=True)
        self.original = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.original.setMinimumSize(SEEN, SEEN)
        self.seen = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.seen.setMinimumSize(SEEN, SEEN)
        self.seen_caption = QLabel(self.tr("as the network sees it"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.answer = QLabel(wordWrap=True)
        self.answer.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        item.setTitle(self.tr("class probabilities"), color=theme.text_colours()["text"], size="10pt")
        item.setYRange(0, 1, padding=0.02)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(y=True, alpha=0.2)
        theme.follow(self.plot)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=theme.class_colour(1))
        item.addItem(self.bars)
        self.plot.setMinimumSize(280, 220)
        grid = QGridLayout()
        grid.addWidget(self.original, 0, 0)
        grid.addWidget(self.seen, 0, 1)
        grid.addWidget(QLabel(self.tr("the picture"), alignment=Qt.AlignmentFlag.AlignCenter), 1, 0)
        grid.addWidget(self.seen_caption, 1, 1)
        grid.addWidget(self.plot, 0, 2, 2, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addLayout(grid, 1)
        layout.addWidget(self.answer)

    def show_message(self, text):
        self.answer.setText(text)

    def show_prediction(self, name, original, seen, probabilities, dataset):
        """original: the picture; seen: (N, N) as the network got it; probabilities: (K,) for the
        K classes of ``dataset`` (the pictures the network learned)."""
        self.probabilities = np.asarray(probabilities, dtype=np.float64)
        self.original.setPixmap(to_pixmap(original, SEEN, smooth=True))
        self.seen.setPixmap(to_pixmap(seen, SEEN))
        self.seen_caption.setText(self.tr("as the network sees it: {0} × {1}").format(seen.shape[1], seen.shape[0]))
        class_names = display_names(dataset.class_names)
        k = dataset.n_classes
        best = int(np.argmax(self.probabilities))
        brushes = [theme.class_colour(0) if j == best else theme.class_colour(1) for j in range(k)]
        self.bars.setOpts(x=np.arange(k), height=self.probabilities, width=0.6, brushes=brushes)
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(j, str(n)) for j, n in enumerate(class_names)]])
        self.plot.getPlotItem().setXRange(-0.6, k - 0.4, padding=0)
        self.answer.setText(self.tr("{0}: the network says {1} ({2}%)").format(
            name, class_names[best], f"{100 * self.probabilities[best]:.1f}"))
