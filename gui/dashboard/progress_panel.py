"""Progress of the current run: epoch and batch, samples per second, time left."""
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class ProgressPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.text = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.text, 3)
        self.show_idle()

    def show_idle(self):
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("not started"))
        self.text.setText("")

    def show_progress(self, record, epochs, rate, seconds_left):
        """record: the latest BatchRecord; rate: samples per second (recent); seconds_left: estimate."""
        total = epochs * record.batches_per_epoch
        self.bar.setRange(0, total)
        self.bar.setValue(record.step)
        self.bar.setFormat(self.tr("epoch {0}/{1} · batch {2}/{3}").format(
            record.epoch, epochs, record.batch, record.batches_per_epoch))
        left = self.tr("{0} s left").format(f"{seconds_left:.0f}") if seconds_left is not None else ""
        self.text.setText(self.tr("{0} samples/s  {1}").format(f"{rate:,.0f}", left))
