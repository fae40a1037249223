"""Loss and accuracy of every shown run, per batch and per epoch, training and validation."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from engine.metrics import Smoother

from .. import accuracy_names as names
from .plots import faded, make_plot

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


class RunLines:
    """The plot items that draw one run, created once and updated with setData: in the loss
    plot ``raw`` (per batch), ``smooth`` (its moving average), ``epoch`` (epoch averages, dots)
    and ``val`` (validation, dashed); in the accuracy plot the same four, named ``acc_...``."""

    def __init__(self, loss_plot, acc_plot, run):
        c, line = run.colour, run.line     # each run its colour × line style
        self.raw = loss_plot.plot(pen=pg.mkPen(faded(c, 70), width=1))
        self.smooth = loss_plot.plot(pen=pg.mkPen(c, width=2, style=line))
        self.epoch = loss_plot.plot(pen=pg.mkPen(c, width=1, style=line), symbol="o", symbolSize=5,
                                    symbolBrush=c, symbolPen=None)
        self.val = loss_plot.plot(pen=pg.mkPen(c, width=2, style=Qt.PenStyle.DashLine))
        self.acc_raw = acc_plot.plot(pen=pg.mkPen(faded(c, 70), width=1))
        self.acc_smooth = acc_plot.plot(pen=pg.mkPen(c, width=2, style=line))
        self.acc_epoch = acc_plot.plot(pen=pg.mkPen(c, width=1, style=line), symbol="o", symbolSize=5,
                                       symbolBrush=c, symbolPen=None)
        self.acc_val = acc_plot.plot(pen=pg.mkPen(c, width=2, style=Qt.PenStyle.DashLine))
        self.loss_items = [self.raw, self.smooth, self.epoch, self.val]
        self.acc_items = [self.acc_raw, self.acc_smooth, self.acc_epoch, self.acc_val]
        self.items = self.loss_items + self.acc_items
        self.loss_smoothing, self.acc_smoothing = _SmoothedSeries(), _SmoothedSeries()
        self.batches_per_epoch = None
        self.shown = None        # whether the run was visible when last drawn

    def remove(self, loss_plot, acc_plot):
        for item in self.items:
            (loss_plot if item in self.loss_items else acc_plot).removeItem(item)


def _legend_samples():
    """Grey samples of the three lines of a run: per batch, epoch averages (dots), validation."""
    grey = "#666"
    return (pg.PlotDataItem(pen=pg.mkPen(grey, width=2)),
            pg.PlotDataItem(pen=pg.mkPen(grey, width=1), symbol="o", symbolSize=5,
                            symbolBrush=grey, symbolPen=None),
            pg.PlotDataItem(pen=pg.mkPen(grey, width=2, style=Qt.PenStyle.DashLine)))


def legend_texts(legend):
    """The labels a pyqtgraph legend shows, in order."""
    return [label.text for _sample, label in legend.items]


class LossPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_plot = make_plot(self.tr("Loss"), self.tr("loss"), self.tr("batches"))
        self.acc_plot = make_plot(self.tr("Accuracy"), self.tr("accuracy"), self.tr("batches"))
        self.acc_plot.setYRange(0, 1.02)
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().setDownsampling(auto=True, mode="peak")
            plot.getPlotItem().setClipToView(True)
        # what each kind of line means (grey: the run's colour is the run's)
        # (short: the plot's title says loss or accuracy, and the accuracy plot is narrow)
        self.legends = {}
        for plot, offset in ((self.loss_plot, (-10, 10)), (self.acc_plot, (-10, -10))):
            legend = plot.getPlotItem().addLegend(offset=offset, labelTextColor="#222",
                                                  brush=pg.mkBrush(255, 255, 255, 200))
            for item, label in zip(_legend_samples(), (names.per_batch_short(), names.epoch_average_short(),
                                                       names.validation_short())):
                legend.addItem(item, label)
            self.legends[plot] = legend

        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setToolTip(self.tr("Exponential moving average of the per-batch curves, "
                                          "debiased as TensorBoard does it"))
        self.smoothing_label = QLabel()
        self.log_scale = QCheckBox(self.tr("log scale"))
        self.x_axis = QComboBox()
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

        self._curves = {}   # run -> RunLines
        self._runs = []
        self.refresh_count = 0
        self.smoothing.valueChanged.connect(self._settings_changed)
        self.log_scale.toggled.connect(self._settings_changed)
        self.x_axis.currentIndexChanged.connect(self._settings_changed)
        self._show_smoothing()

    @property
    def smoothing_weight(self):
        return self.smoothing.value() / 100

    def lines(self, run):
        """The plot items drawing ``run`` (a RunLines), or None if the panel does not show it."""
        return self._curves.get(run)

    def set_runs(self, runs):
        """Show these runs (in this order); items of removed runs go away. Only new runs and
        runs shown or hidden since are drawn again (with 100 runs kept, redrawing all of them
        took seconds)."""
        for run in list(self._curves):
            if run not in runs:
                self._curves.pop(run).remove(self.loss_plot, self.acc_plot)
        changed = []
        for run in runs:
            if run not in self._curves:
                self._curves[run] = RunLines(self.loss_plot, self.acc_plot, run)
            if self._curves[run].shown != run.visible:
                changed.append(run)
        self._runs = list(runs)
        for run in changed:
            self.refresh(run)
        self._fit_x_range()

    def refresh_all(self):
        for run in self._runs:
            self.refresh(run)
        self._fit_x_range()

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

    def refresh(self, run, epochs=True):
        """Redraw one run's curves from its records (``epochs``: the per-epoch ones too)."""
        curves = self.lines(run)
        if curves is None:
            return
        self.refresh_count += 1
        if curves.batches_per_epoch != run.batches_per_epoch:   # known after the first batch
            curves.batches_per_epoch = run.batches_per_epoch
            self._fit_x_range()
        curves.shown = run.visible
        for item in curves.items:
            item.setVisible(run.visible)
        if not run.visible:
            return
        by_epoch = self.x_axis.currentData() == "epochs"
        x = run.batch_epoch_x.values if by_epoch else run.batch_step.values
        per_epoch = 1.0 if by_epoch else float(run.batches_per_epoch)
        w = self.smoothing_weight
        loss = run.batch_loss.values
        curves.raw.setData(x, self._y(loss))
        curves.raw.setVisible(w > 0)
        curves.smooth.setData(x, self._y(curves.loss_smoothing.update(loss, w)))
        if epochs:
            ex, ev = run.epoch_arrays("loss")
            curves.epoch.setData(ex * per_epoch, self._y(ev))
            vx, vv = run.epoch_arrays("val_loss")
            curves.val.setData(vx * per_epoch, self._y(vv))
        classify = run.kind == "classification"
        for item in curves.acc_items:
            item.setVisible(classify)
        if classify:
            acc = run.batch_accuracy.values
            curves.acc_raw.setData(x, acc)
            curves.acc_raw.setVisible(w > 0)
            curves.acc_smooth.setData(x, curves.acc_smoothing.update(acc, w))
        if classify and epochs:
            ex, ev = run.epoch_arrays("accuracy")
            curves.acc_epoch.setData(ex * per_epoch, ev)
            ax, av = run.epoch_arrays("val_accuracy")
            curves.acc_val.setData(ax * per_epoch, av)

    def _y(self, values):
        return np.maximum(values, LOG_FLOOR) if self.log_scale.isChecked() else values

    @Slot()
    def _settings_changed(self):
        self._show_smoothing()
        label = self.tr("epochs") if self.x_axis.currentData() == "epochs" else self.tr("batches")
        for plot in (self.loss_plot, self.acc_plot):
            plot.getPlotItem().setLabel("bottom", label, color="#222")
        self.loss_plot.getPlotItem().setLogMode(y=self.log_scale.isChecked())
        self.refresh_all()
        self.loss_plot.getPlotItem().enableAutoRange(y=True)

    def _show_smoothing(self):
        self.smoothing_label.setText(f"{self.smoothing_weight:.2f}")
