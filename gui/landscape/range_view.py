"""How large may α be? The LR range test (loss against α, log axis) beside 2/λ_max."""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..stepper import drawing
from .texts import tr
from .. import theme

RAW, SMOOTH, BOUND, DIVERGED, SUGGESTED = "#999999", "#0072B2", "#009E73", "#C00000", "#D55E00"


def fmt(alpha):
    return f"{alpha:.3g}"


class RangeView(QWidget):
    """Watches a LandscapeModel's ``range_changed``; ``use_suggestion`` asks for α to be used."""

    use_suggestion = Signal(float)

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        self.plot = pg.PlotWidget(background="w")
        item = self.plot.getPlotItem()
        drawing.style_plot(item)
        item.setMenuEnabled(False)
        item.setLogMode(x=True, y=False)
        item.setLabel("bottom", tr("learning rate α (log scale)"))
        item.setLabel("left", tr("loss"))
        item.addLegend(offset=(10, 10), **theme.legend_style(220))
        theme.follow(self.plot)
        self.raw = item.plot(pen=drawing.pen(RAW, 1), name=tr("loss after the step"))
        self.smooth = item.plot(pen=drawing.pen(SMOOTH, 2), name=tr("smoothed"))
        self.bound = pg.InfiniteLine(angle=90, pen=drawing.pen(BOUND, 2, Qt.PenStyle.DashLine),
                                     label="2/λmax", labelOpts={"color": BOUND, "position": 0.9})
        self.diverged = pg.InfiniteLine(angle=90, pen=drawing.pen(DIVERGED, 2),
                                        label=tr("diverged"), labelOpts={"color": DIVERGED, "position": 0.75})
        self.suggested = pg.InfiniteLine(angle=90, pen=drawing.pen(SUGGESTED, 2, Qt.PenStyle.DotLine),
                                         label=tr("suggested"), labelOpts={"color": SUGGESTED, "position": 0.6})
        for line in (self.bound, self.diverged, self.suggested):
            item.addItem(line)
            line.hide()
        self.run_button = QPushButton(tr("Run the test"))
        self.run_button.setToolTip(tr("Train a copy of the network one full-batch step at each α, "
                                      "from 0.0001 up to 10, until the loss blows up. "
                                      "The network itself is not changed."))
        self.run_button.clicked.connect(model.run_range_test)
        self.use_button = QPushButton(tr("Use the suggested α in Training"))
        self.use_button.setToolTip(tr("Set the training tab's learning rate α to the suggestion."))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self._use)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        model.range_changed.connect(self.redraw)
        model.busy_changed.connect(self._busy)
        self.redraw()

    def _busy(self):
        self.run_button.setEnabled(not self._model.range_running)

    def _use(self):
        result = self._model.range_result
        if result is not None:
            self.use_suggestion.emit(result.test.suggestion)

    def redraw(self):
        result = self._model.range_result
        self.use_button.setEnabled(result is not None)
        if result is None:
            for curve in (self.raw, self.smooth):
                curve.setData([], [])
            for line in (self.bound, self.diverged, self.suggested):
                line.hide()
            self.summary.setText(tr("Computing…") if self._model.range_running else
                                 tr("Press “Run the test” to see how the loss responds to larger and larger α."))
            return
        test = result.test
        drawing.set_data(self.raw, test.lrs, test.losses)
        drawing.set_data(self.smooth, test.lrs, test.smoothed)
        # the blow-up would flatten the rest: show up to 2.5 × the loss at the start
        top = 2.5 * float(np.max(test.smoothed[: max(1, len(test.smoothed) // 4)]))
        self.plot.getPlotItem().setYRange(0, top if np.isfinite(top) and top > 0 else 1, padding=0.02)
        self._place(self.suggested, test.suggestion)
        self._place(self.diverged, test.diverged_at)
        self._place(self.bound, result.bound if math.isfinite(result.bound) else None)
        self.use_button.setText(tr("Use α = {a} in Training").format(a=fmt(test.suggestion)))
        parts = [tr("Suggested α = {a} (where the loss fell fastest).").format(a=fmt(test.suggestion))]
        if test.diverged_at is not None:
            parts.append(tr("The loss blew up at α = {a}.").format(a=fmt(test.diverged_at)))
        else:
            parts.append(tr("The loss did not blow up up to α = {a}.").format(a=fmt(float(test.lrs[-1]))))
        if math.isfinite(result.bound):
            parts.append(tr("λmax = {lam}: the gradient method is stable near here for α < 2/λmax = {b}.")
                         .format(lam=f"{result.lam_max:.3g}", b=fmt(result.bound)))
            if test.suggestion > result.bound:
                parts.append(tr("The suggestion is above 2/λmax: expect a zig-zag, or try a smaller α."))
        self.summary.setText(" ".join(parts))

    @staticmethod
    def _place(line, alpha):
        if alpha is None or not alpha > 0:
            line.hide()
            return
        line.setValue(float(np.log10(alpha)))     # the axis is in log10 α
        line.show()
