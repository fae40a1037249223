"""Loss and accuracy of every shown run, per batch and per epoch, training and validation."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from engine.metrics import Smoother

from .. import accuracy_names as names
from .. import presentation
from .curves import COLUMN_PIXELS, Line, RunDrawing, RunsItem
from .line_legend import KINDS, LineLegend
from .plots import make_plot
from .. import theme

LOG_FLOOR = 1e-12  # log-scale plots cannot show 0


class _SmoothedSeries:
    """A run's per-batch curve smoothed as it grows (recomputed when the weight changes)."""

    def __init__(self):
        self.weight, self.smoother, self.values = None, None, np.zeros(0)

    def update(self, raw, weight):
        if weight != self.weight or len(raw) < len(self.values):
            self.weight, self.smoother, self.values = weight, Smoother(weight), np.zeros(0)
        if len(raw) > len(self.values):
            self.values = np.concatenate([self.values, self.smoother.extend(raw[len(self.values):])])
        return self.values


class _RunLines:
    """What one run shows: its smoothing state and its drawing in each plot."""

    def __init__(self, run):
        self.loss = RunDrawing(run.colour, run.line)
        self.acc = RunDrawing(run.colour, run.line)
        self.loss_smoothing, self.acc_smoothing = _SmoothedSeries(), _SmoothedSeries()
        self.batches_per_epoch = run.batches_per_epoch     # the x range was fitted to it
        self.shown = None        # whether the run was visible when last drawn


class LossPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_plot = make_plot(self.tr("Loss"), self.tr("loss"), self.tr("batches"))
        self.acc_plot = make_plot(self.tr("Accuracy"), self.tr("accuracy"), self.tr("batches"))
        self.acc_plot.setYRange(0, 1.02)
        # per plot: the finished runs (one cached picture) under the run in progress
        self.items = {}
        for plot in (self.loss_plot, self.acc_plot):
            finished, live = RunsItem(cached=True), RunsItem()
            plot.addItem(finished)
            plot.addItem(live)
            self.items[plot] = (finished, live)
            plot.getPlotItem().getViewBox().sigXRangeChanged.connect(self._view_changed)
            plot.getPlotItem().getViewBox().sigResized.connect(self._view_changed)
        self._redraw = QTimer(self)          # the view moved: draw every run for it, once
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.refresh_all)
        # what each kind of line means (grey: the run's colour is the run's), as widgets over
        # the plots' corners (short: the plot's title says loss or accuracy, and the accuracy
        # plot is narrow)
        rows = list(zip(KINDS, (names.per_batch_short(), names.epoch_average_short(), names.validation_short())))
        self.legends = {plot: LineLegend(plot, rows, offset)
                        for plot, offset in ((self.loss_plot, (-10, 10)), (self.acc_plot, (-10, -10)))}

        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setToolTip(self.tr("Exponential moving average of the per-batch curves, "
                                          "debiased as TensorBoard does it"))
        self.smoothing_label = QLabel()
        self.log_scale = QCheckBox(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr("A logarithmic loss axis: small losses stay visible"))
        self.x_axis = QComboBox()
        self.x_axis.setToolTip(self.tr("Count the x axis in batches or in epochs"))
        self.x_axis.addItem(self.tr("x: batches"), "batches")
        self.x_axis.addItem(self.tr("x: epochs"), "epochs")
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Smoothing")))
        controls.addWidget(self.smoothing, 1)
        controls.addWidget(self.smoothing_label)
        controls.addWidget(self.log_scale)
        controls.addWidget(self.x_axis)
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot, 3)
        plots.addWidget(self.acc_plot, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(plots, 1)

        # the newest run's latest loss, ringed in presenter mode: the point to look at
        self.newest = pg.ScatterPlotItem(symbol="o")
        self.newest.setZValue(20)
        self.newest.hide()
        self.loss_plot.addItem(self.newest)
        self._newest_at = None        # (x, y) of that point, or None
        presentation.changes().changed.connect(self._presentation_changed)

        self._lines = {}    # run -> _RunLines
        self._runs = []
        self.refresh_count = 0
        self.smoothing.valueChanged.connect(self._settings_changed)
        self.log_scale.toggled.connect(self._settings_changed)
        self.x_axis.currentIndexChanged.connect(self._settings_changed)
        self._show_smoothing()

    @property
    def smoothing_weight(self):
        return self.smoothing.value() / 100

    def set_runs(self, runs):
        """Show these runs (in this order); removed runs go away. Only new runs and runs shown
        or hidden since are drawn again (with 100 runs kept, redrawing all of them took seconds)."""
        for run in list(self._lines):
            if run not in runs:
                del self._lines[run]
        changed = []
        for run in runs:
            if run not in self._lines:
                self._lines[run] = _RunLines(run)
            if self._lines[run].shown != run.visible:
                changed.append(run)
        self._runs = list(runs)
        for run in changed:
            self._build(run, epochs=True)
        self._fit_x_range()
        self._place()

    def refresh_all(self):
        for run in self._runs:
            self._build(run, epochs=True)
        self._fit_x_range()
        self._place()

    def _fit_x_range(self):
        """Show the whole length of the visible runs, planned epochs included.

        A fixed x range also spares redrawing the axes at every refresh while a run grows.
        """
        by_epoch = self.x_axis.currentData() == "epochs"
        ends = [r.settings["epochs"] * (1 if by_epoch else r.batches_per_epoch)
                for r in self._runs if r.visible]
        if ends:
            for plot in (self.loss_plot, self.acc_plot):
                plot.getPlotItem().setXRange(0, max(ends), padding=0.02)
                for item in self.items[plot]:
                    item.set_extent(max(ends))

    def _place(self):
        """Finished runs into the cached item, runs in progress into the live one."""
        shown = [r for r in self._runs if r.visible and r in self._lines]
        for plot, kind in ((self.loss_plot, "loss"), (self.acc_plot, "acc")):
            finished, live = self.items[plot]
            finished.set_drawings([getattr(self._lines[r], kind) for r in shown if r.ended is not None])
            live.set_drawings([getattr(self._lines[r], kind) for r in shown if r.ended is None])

    def refresh(self, run, epochs=True, accuracy=True):
        """Redraw one run's curves from its records (``epochs``: the per-epoch ones too;
        ``accuracy``: the accuracy plot too, else only the loss plot)."""
        lines = self._lines.get(run)
        if lines is None:
            return
        self.refresh_count += 1
        was_shown = lines.shown
        if lines.batches_per_epoch != run.batches_per_epoch:   # known after the first batch
            lines.batches_per_epoch = run.batches_per_epoch
            self._fit_x_range()
        live = [d for plot in (self.loss_plot, self.acc_plot) for d in self.items[plot][1].drawings]
        placed = was_shown != run.visible or (run.ended is None) != (lines.loss in live)
        self._build(run, epochs, grown=True, accuracy=accuracy or placed)
        if placed:
            self._place()                 # shown, hidden, started or ended
        else:
            for plot in (self.loss_plot, self.acc_plot) if accuracy else (self.loss_plot,):
                for item in self.items[plot]:
                    if lines.loss in item.drawings or lines.acc in item.drawings:
                        item.refresh(grown=True)     # only the newest columns are painted

    def _build(self, run, epochs, grown=False, accuracy=True):
        """Build the run's shapes (``grown``: from the last ones, the run having grown since;
        ``accuracy``: on the accuracy plot too)."""
        lines = self._lines[run]
        lines.shown = run.visible
        by_epoch = self.x_axis.currentData() == "epochs"
        x = run.batch_epoch_x.values if by_epoch else run.batch_step.values
        per_epoch = 1.0 if by_epoch else float(run.batches_per_epoch)
        w = self.smoothing_weight
        visible, style = run.visible, run.line
        classify = run.kind == "classification"
        loss = run.batch_loss.values
        built = {"raw": Line(x, loss, visible and w > 0, Qt.PenStyle.SolidLine),
                 "smooth": Line(x, lines.loss_smoothing.update(loss, w), visible, style)}
        acc = {}
        classify = classify and accuracy
        if classify:
            values = run.batch_accuracy.values
            acc = {"raw": Line(x, values, visible and w > 0, Qt.PenStyle.SolidLine),
                   "smooth": Line(x, lines.acc_smoothing.update(values, w), visible, style)}
        if epochs:
            for name, field in (("epoch", "loss"), ("val", "val_loss")):
                ex, ev = run.epoch_arrays(field)
                built[name] = Line(ex * per_epoch, ev, visible, style)
            if classify:
                for name, field in (("epoch", "accuracy"), ("val", "val_accuracy")):
                    ex, ev = run.epoch_arrays(field)
                    acc[name] = Line(ex * per_epoch, ev, visible, style)
        else:                                 # keep the epoch lines drawn last time
            built.update({k: v for k, v in lines.loss.lines.items() if k in ("epoch", "val")})
            acc.update({k: v for k, v in lines.acc.lines.items() if k in ("epoch", "val")} if classify else {})
        if self._runs and run is self._runs[-1]:
            smooth = built["smooth"]
            self._newest_at = (smooth.x[-1], smooth.y[-1]) if visible and len(smooth.x) else None
            self._show_newest()
        lines.loss.set_lines(built, self._view(self.loss_plot), self._y, grown)
        if accuracy:
            lines.acc.set_lines(acc, self._view(self.acc_plot), lambda v: v, grown)

    def _view(self, plot):
        """(x0, x1, columns) of what the plot shows now."""
        box = plot.getPlotItem().getViewBox()
        (x0, x1), _ = box.viewRange()
        return x0, x1, max(int(box.width() / COLUMN_PIXELS), 50)

    @Slot()
    def _view_changed(self):
        self._redraw.start()

    def line(self, run, name):
        """What a line of ``run`` shows, at full resolution, and whether it is drawn.

        name: 'raw', 'smooth', 'epoch' or 'val' on the loss plot; the same with 'acc_' before
        it on the accuracy plot. None when the run has no such line (or is not listed).
        """
        lines = self._lines.get(run)
        if lines is None:
            return None
        drawing, key = (lines.acc, name[4:]) if name.startswith("acc_") else (lines.loss, name)
        return drawing.lines.get(key)

    @Slot()
    def _presentation_changed(self):
        """Presenter mode or the zoom changed: lines as thick as they now want, the newest point."""
        for lines in self._lines.values():
            lines.loss.set_pens()
            lines.acc.set_pens()
        if self._runs:
            self.refresh_all()
        self._show_newest()

    def _show_newest(self):
        """Ring the newest point in presenter mode, large enough to be seen from the back."""
        shown = presentation.presenting() and self._newest_at is not None
        if shown:
            fill, outline = presentation.highlight()
            x, y = self._newest_at
            self.newest.setData([x], [float(self._y(np.array([y]))[0])], size=presentation.marker_size(12),
                                brush=pg.mkBrush(fill), pen=pg.mkPen(outline, width=presentation.line_width(2)))
        self.newest.setVisible(shown)

    def newest_point(self):
        """(x, y) of the ringed newest point while it is shown, else None (for tests)."""
        return self._newest_at if self.newest.isVisible() else None

    def _y(self, values):
        """Values as the loss plot's y: log10 on a log scale (which cannot show 0)."""
        return np.log10(np.maximum(values, LOG_FLOOR)) if self.log_scale.isChecked() else values

    @Slot()
    def _settings_changed(self):
        self._show_smoothing()
        label = self.tr("epochs") if self.x_axis.currentData() == "epochs" else self.tr("batches")
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().setLabel("bottom", label, color=theme.text_colours()["text"])
        self.loss_plot.getPlotItem().setLogMode(y=self.log_scale.isChecked())
        self.refresh_all()
        self.loss_plot.getPlotItem().enableAutoRange(y=True)

    def _show_smoothing(self):
        self.smoothing_label.setText(f"{self.smoothing_weight:.2f}")
