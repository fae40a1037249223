"""The training dashboard: the network from the builder learns the data, live.

The state (the next run's settings, the data and model chosen, the runs) is in ``DashboardModel``;
the panels show it. ``TrainingController`` runs the engine's ``Trainer.run`` in a worker thread
through ``gui.worker.Job``, on a private copy of the model, and the dashboard copies
the parameter snapshots it sends back into the session (at most ~10 times a second).
"""
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from .. import theme
from ..class_names import display_data_name
from ..layout_rules import show_all_lines
from ..reveal import RevealGate
from . import screenshot
from .controller import TrainingController
from .controls import ControlColumn
from .data_sync import DataSync
from .files import DashboardFiles
from .loss_panel import LossPanel
from .messages import ended_text, progress_state, trouble_text
from .model import NETWORK_MODEL, QUADRATIC, QUADRATIC_MODEL, DashboardModel, DataChoice
from .output_view import GRID_RESOLUTION, OutputView
from .output_view import curve_x as output_curve_x
from .painter import RunPainter
from .point_editor import PointEditor
from .progress_panel import ProgressPanel
from .stream import RunStream


class DashboardTool(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = TrainingController(self)
        self.model = DashboardModel(DataChoice.of(session.dataset.source), self)
        self.last_message = ""

        self.controls = ControlColumn(self.model)      # buttons; data, settings and runs panels
        self.buttons, self.data_panel = self.controls.buttons, self.controls.data_panel
        self.settings_panel, self.runs_panel = self.controls.settings_panel, self.controls.runs_panel
        self.progress = ProgressPanel()
        self.loss_panel = LossPanel()
        self.output = OutputView()                      # regions or curve; confusion matrix or a, b, c
        self.regions, self.confusion = self.output.regions, self.output.confusion
        self.params_panel, self.side = self.output.params_panel, self.output.side
        self.point_editor = PointEditor(self.regions, self)    # your own points, drawn on the map
        self.output.add_above_map(self.point_editor.bar)
        self.painter = RunPainter(self.loss_panel, self.confusion, self.runs_panel,
                                  self._show_progress, self._show_snapshot, self)
        self._layout()
        self.sync = DataSync(self)       # the session's data shown, chosen here, fitted to
        self.files = DashboardFiles(self)   # the Export / load menu

        self.model.setup_changed.connect(self._pace_changed)
        self.model.runs_changed.connect(self._runs_changed)
        self.model.run_changed.connect(lambda _run: self.loss_panel.refresh_all())
        self.model.runs_replaced.connect(self._runs_replaced)
        self.controller.records.connect(self._on_records)
        self.controller.run_ended.connect(self._on_run_ended)
        self.controller.state_changed.connect(self._on_state_changed)
        self.controller.failed.connect(self._on_failed)
        self.runs_panel.delete_requested.connect(self.delete_run)
        b = self.buttons
        self.gate = RevealGate()      # the lesson may ask for a prediction before Start (gui/reveal.py)
        for button, slot in ((b.start_button, self._start_clicked), (b.pause_button, self._pause_clicked),
                             (b.stop_button, self.stop), (b.step_batch_button, self.step_batch),
                             (b.step_epoch_button, self.step_epoch), (b.reset_button, self.reset_weights)):
            button.clicked.connect(slot)
        b.export_chosen.connect(self.files.choose)
        self.confusion.cell_chosen.connect(self.show_cell)
        self.point_editor.edited.connect(lambda dataset: self.use_points(dataset, edited=True))
        self.point_editor.refused.connect(lambda text: self.say(text, error=True))
        self.point_editor.file_chosen.connect(self.files.choose)
        self.point_editor.add_actions(self)      # Ctrl+Z, Ctrl+Shift+Z: undo and redo point edits

        self.sync.show_data()
        self._update_buttons()

    def secondary_panels(self):
        """What presenter mode hides: the legends of the line kinds, wider than the plots then."""
        return list(self.loss_panel.legends.values())

    def title(self):
        return self.tr("Training")

    def _layout(self):
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        show_all_lines(self.status, at_least=2)      # two lines, more for a long message
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.loss_panel)
        vertical.addWidget(self.output)
        vertical.setSizes([300, 400])
        right = QVBoxLayout()
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(vertical, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)

    # -- public API (the lesson walkthrough drives the tool with these) -------------------
    @property
    def runs(self):
        return self.model.runs

    def set_toy_dataset(self, name, n=200, noise=0.1, seed=0):
        """Train on a 2-D toy set: 'blobs', 'xor', 'circles', 'moons', 'spiral', 'spiral3'."""
        self.require_idle()
        self.model.set_model_kind(NETWORK_MODEL)
        self.model.set_data(DataChoice(name, n, noise, seed))

    def set_quadratic_data(self, a=2.0, b=-3.0, c=1.0, noise=0.1, n=50, seed=0, model=QUADRATIC_MODEL):
        """Points of y = a x² + b x + c (+ noise), fitted by the quadratic model or the network."""
        self.require_idle()
        self.model.set_data(DataChoice(QUADRATIC, n, noise, seed, (a, b, c)))
        self.model.set_model_kind(model)

    def set_learning_rate(self, lr):
        self.model.set_setup(lr=lr)

    def set_optimizer(self, name):
        self.model.set_setup(optimizer=name.lower())

    def set_settings(self, **settings):
        """Some of: batch_size, epochs, seed, validation_fraction, weight_decay (None: unchanged)."""
        self.model.set_setup(**{k: v for k, v in settings.items() if v is not None})

    def clear_view(self):
        """A clean view for new data or a lesson step: earlier runs stay in the run list but are
        hidden from the plots; the progress line, the message and the a, b, c plot start empty.
        Does nothing while a run is in progress (it is the view)."""
        if self.controller.is_active():
            return
        self.controller.run = None           # no current run: the progress line is idle
        self.model.hide_runs()
        self.progress.show_idle()
        self.say("")
        self.params_panel.show_run(None)
        self.confusion.show_confusion(None, [])

    def set_step_pause(self, seconds):
        """Wait ``seconds`` after each training step (0: full speed); also during a run."""
        self.model.set_setup(pace=seconds)

    def is_training(self):
        """True while the worker thread trains (not when paused or between steps)."""
        return self.controller.is_running() and not self.controller.is_paused()

    def current_run(self):
        return self.controller.run if self.controller.run is not None else (self.runs[-1] if self.runs else None)

    @Slot()
    def start(self):
        """Start a new run, or continue the run in progress (after steps or a pause)."""
        if self.controller.is_paused():
            self.resume()
        elif self.controller.is_active():
            self.controller.start()
        elif self._new_run():
            self.controller.start()

    def _start_clicked(self):
        if self.gate.passes("start", self.start):
            self.start()

    @Slot()
    def pause(self):
        self.controller.pause()

    @Slot()
    def resume(self):
        self.controller.resume()

    @Slot()
    def stop(self):
        self.controller.stop()

    @Slot()
    def step_batch(self):
        self._step("batch")

    @Slot()
    def step_epoch(self):
        self._step("epoch")

    @Slot()
    def reset_weights(self):
        if self.controller.is_active():
            return
        seed = self.model.setup.seed
        if self.sync.uses_quadratic_model():
            self.model.new_quadratic_model()
            self.sync.draw_model_now()
        else:
            self.session.reset_weights(seed)
        self.say(self.tr("The weights were drawn again from seed {0}.").format(seed))

    def delete_run(self, run):
        if run is self.controller.run and self.controller.is_active():
            self.say(self.tr("The run in progress cannot be deleted: stop it first."), error=True)
            return
        if run is self.controller.run:
            self.controller.run = None
        self.model.delete_run(run)

    def rename_run(self, run, name):
        self.model.rename_run(run, name)

    def use_points(self, dataset, edited=False):
        """Learn these points (drawn or loaded: a Dataset of engine.data.points) from now on.
        ``edited``: one point was added, moved or removed, and the view stays as it is."""
        self.require_idle()
        self.sync.use_points(dataset, edited)

    # -- runs ------------------------------------------------------------------------------
    def require_idle(self):
        if self.controller.is_active():
            raise RuntimeError(self.tr("A run is in progress: stop it first."))

    def _step(self, until):
        if self.controller.is_running():
            return
        if self.controller.is_active() or self._new_run():
            self.controller.start(until)

    def _new_run(self):
        """Build the model, trainer and stream of a new run; False (and a message) if impossible."""
        dataset = self.session.dataset
        s = self.model.setup.settings()
        if self.sync.uses_quadratic_model():
            if not s["continue"]:
                self.model.new_quadratic_model()
            model = self.model.quadratic_model.copy()
            model_name = self.tr("quadratic model")
        else:
            if not self.sync.ensure_network_fits():
                return False
            if not s["continue"]:
                self.sync.applying_snapshot = True   # the map is redrawn below, once
                try:
                    self.session.reset_weights(s["seed"])
                finally:
                    self.sync.applying_snapshot = False
            model = self.session.network.copy()
            model_name = "[" + ", ".join(str(n) for n in [model.input_size] +
                                         [layer["units"] for layer in model.spec["layers"]]) + "]"
        try:
            trainer = self.model.setup.trainer(model)
        except ValueError as error:
            self.say(str(error), error=True)
            return False
        classify = dataset.is_classification
        n_classes = max(dataset.n_classes, int(dataset.y.max()) + 1) if classify and len(dataset.y) else 0
        bounds = curve_x = None
        if classify and dataset.input_size == 2:
            bounds = self.regions.bounds
        elif not classify and dataset.input_size == 1:
            curve_x = output_curve_x(dataset)
        stream = RunStream(trainer, model, dataset.X, dataset.y, n_classes, bounds, GRID_RESOLUTION, curve_x)
        stream.step_pause = self.model.setup.pace
        run = self.model.add_run(
            lambda number: self.tr("run {0}: {1}, {2}, α = {3}").format(number, model_name, s["optimizer"],
                                                                     f"{s['lr']:g}"),
            s, "classification" if classify else "regression", dataset.class_names, self.sync.uses_quadratic_model(),
            trainer.batches_per_epoch(dataset.y))
        self.painter.begin()
        self.controller.begin(run, stream)
        self._show_progress()
        self.confusion.show_confusion(None, [])
        self.params_panel.show_run(run)
        shown = display_data_name(dataset.name) or self.tr("the data")
        self.say(self.tr("Training {0} on {1}.").format(run.name, shown))
        return True

    @Slot()
    def _pace_changed(self):
        if self.controller.stream is not None:
            self.controller.stream.step_pause = self.model.setup.pace   # a plain float: read between two steps

    @Slot()
    def _runs_changed(self):
        self.loss_panel.set_runs(self.runs)
        self.runs_panel.show_runs()
        self._show_progress()

    @Slot()
    def _runs_replaced(self):
        """A session's runs came in: none is in progress; the last one's a, b, c and confusion show."""
        if self.controller.is_active():
            self.controller.finish_now()
        self.controller.run = None
        last = self.runs[-1] if self.runs else None
        self.params_panel.show_run(last)
        self.confusion.show_confusion(last.confusion if last else None, last.class_names if last else [])

    # -- from the worker -------------------------------------------------------------------
    @Slot(object, list)
    def _on_records(self, run, records):
        """Note what arrived: the painter's next frame draws it (the worker never waits)."""
        if run.trouble != run.trouble_said and run.ended is None:
            run.trouble_said = run.trouble      # say it once, when it starts (or stops) failing
            if run.trouble:
                self.say(self.tr("Not learning: {0}").format(trouble_text(run)), error=True)
        self.painter.note(run, records, run is self.controller.run)
        if run.ended is not None:     # the last records: draw them completely, now
            self.painter.paint_now()

    def _show_snapshot(self, run, snapshot):
        if run.uses_quadratic_model:
            for key, value in snapshot.params.items():
                self.model.quadratic_model.params[key][...] = value
            self.params_panel.show_run(run)
        else:
            params = self.session.network.params
            if all(k in params and params[k].shape == v.shape for k, v in snapshot.params.items()):
                self.sync.applying_snapshot = True
                try:
                    self.session.set_params(snapshot.params)
                finally:
                    self.sync.applying_snapshot = False
        if snapshot.grid is not None:
            self.regions.show_grid(snapshot.grid)
        if snapshot.curve is not None:
            self.regions.show_curve(output_curve_x(self.session.dataset), snapshot.curve)

    @Slot(object)
    def _on_run_ended(self, run):
        self.loss_panel.refresh(run)
        text, error = ended_text(run)
        if text is not None:
            self.say(text, error)
        self._runs_changed()

    def _show_progress(self, rate=None, seconds_left=None):
        """Say in the progress line what the current run is doing now, or that none is."""
        c, run = self.controller, self.controller.run
        if run is None:
            self.progress.show_idle()
            return
        last = run.history.batches[-1] if run.history.batches else None
        state, ended_at = progress_state(run, c.is_running() and not c.is_paused())
        self.progress.show_state(state, last, run.settings["epochs"], rate, seconds_left, ended_at)

    @Slot(str)
    def _on_failed(self, details):
        self.say(self.tr("Training failed: {0}").format(details.strip().splitlines()[-1]), error=True)

    # -- confusion matrix cells ----------------------------------------------------------
    @Slot(int, int)
    def show_cell(self, true_class, predicted_class):
        """Show the examples of true class i predicted as j: circled on the map, or as pictures."""
        indices, said = self.output.show_cell(self.current_run(), self.session.dataset, true_class, predicted_class)
        if said:
            self.say(said)
        return indices

    # -- buttons -------------------------------------------------------------------------
    @Slot()
    def _pause_clicked(self):
        if self.controller.is_paused():
            self.resume()
        else:
            self.pause()

    @Slot()
    def _on_state_changed(self):
        self._update_buttons()
        if not self.controller.is_running() or self.controller.is_paused():
            self.painter.paint_now()   # a step ended, or a pause: show where it is
        self._show_progress()

    @Slot()
    def _update_buttons(self):
        c = self.controller
        self.controls.show_state(c.is_running(), c.is_paused(), c.is_active())
        self.point_editor.set_locked(c.is_active())

    def say(self, text, error=False):
        self.last_message = text
        self.status.setText(text)
        theme.colour_text(self.status, "error" if error else None, "font-weight: bold" if error else "")
        show_all_lines(self.status, at_least=2)

    # -- lifetime and screenshots ------------------------------------------------------------
    def closeEvent(self, event):
        self.controller.finish_now()
        super().closeEvent(event)

    def prepare_screenshot(self, step=None, **kwargs):
        """Two runs on the circles set: a finished one with a small α, and one in progress;
        ``step`` 1: your own points being drawn."""
        (screenshot.prepare_points if step == 1 else screenshot.prepare)(self)
