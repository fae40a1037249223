"""The state of the current run in one line: idle, training, paused, stopped, finished,
diverged, not learning (or failed); while it trains also epoch, batch, samples/s, time left."""
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget
from .. import theme

STATES = ("idle", "training", "paused", "stopped", "finished", "diverged", "not_learning", "failed")
ALARMING = ("diverged", "not_learning", "failed")


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
        layout.addWidget(self.text, 3)     # the words need more room than the bar
        self.state = None
        self.show_idle()

    def show_idle(self):
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._set("idle", self.tr("Idle: press Start to train"))

    def show_state(self, state, record, epochs, rate=None, seconds_left=None, ended_at=None):
        """Say ``state`` (one of STATES) of a run planned for ``epochs`` epochs.

        record: the run's latest BatchRecord (None before its first batch); rate (samples/s)
        and seconds_left are shown only while it trains; ended_at: (epoch, batch) where it ended.
        """
        if state == "idle":
            self.show_idle()
            return
        per_epoch = record.batches_per_epoch if record is not None else 1
        total = max(epochs * per_epoch, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(total if state == "finished" else (record.step if record is not None else 0))
        epoch, batch = (record.epoch, record.batch) if record is not None else (0, 0)
        if ended_at is not None:
            epoch, batch = ended_at
        where = self.tr("epoch {0}/{1} · batch {2}/{3}").format(epoch, epochs, batch, per_epoch)
        if state == "training":
            text = self.tr("Training · {0}").format(where)
        elif state == "not_learning":
            text = self.tr("Not learning · {0}").format(where)
        elif state == "paused":
            text = self.tr("Paused · {0}").format(where)
        elif state == "stopped":
            text = self.tr("Stopped · {0}").format(where)
        elif state == "finished":
            text = self.tr("Finished · {0} epochs").format(epochs)
        elif state == "diverged":
            text = self.tr("Diverged at epoch {0}, batch {1}: try a smaller α").format(epoch, batch)
        else:
            text = self.tr("Failed at epoch {0}, batch {1}").format(epoch, batch)
        if state in ("training", "not_learning") and rate is not None:
            text += self.tr(" · {0} samples/s").format(f"{rate:,.0f}")
            if seconds_left is not None and record is not None and record.step < total:
                text += self.tr(" · {0} s left").format(f"{seconds_left:.0f}")
        self._set(state, text)

    def _set(self, state, text):
        self.state = state
        self.text.setText(text)
        alarming = state in ALARMING
        theme.colour_text(self.text, "error" if alarming else None, "font-weight: bold" if alarming else "")
