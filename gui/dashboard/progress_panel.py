"""Progress of the current run: epoch and batch, samples per second, time left."""
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget


class ProgressPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.text = QLabel()
        # new text every refresh must not make the window lay itself out again
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.text, 1)
        self.show_idle()

    def show_idle(self):
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.text.setText(self.tr("not started"))

    def show_progress(self, record, epochs, rate, seconds_left):
        """record: the latest BatchRecord; rate: samples per second (recent); seconds_left: estimate."""
        total = epochs * record.batches_per_epoch
        self.bar.setRange(0, total)
        self.bar.setValue(record.step)
        text = self.tr("epoch {0}/{1} · batch {2}/{3} · {4} samples/s").format(
            record.epoch, epochs, record.batch, record.batches_per_epoch, f"{rate:,.0f}")
        if seconds_left is not None and record.step < total:
            text += self.tr(" · {0} s left").format(f"{seconds_left:.0f}")
        self.text.setText(text)
