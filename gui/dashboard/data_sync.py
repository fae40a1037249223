"""The dashboard and the session's data: the data chosen here becomes the session's, data
chosen elsewhere (another tab, a session file) is shown here, and the network is fitted to it.

``DataSync`` belongs to a ``DashboardTool`` and works on its parts (the model's data choice,
the map, the point editor); it is the tool's, split off so that each reads in one sitting.
"""
from PySide6.QtCore import QObject, QTimer, Slot

from engine import SpecError
from engine.data import points

from .data_panel import data_name
from .messages import tr
from .model import DRAWN, DRAWN_XY, SESSION, DataChoice


class DataSync(QObject):
    def __init__(self, tool):
        super().__init__(tool)
        self.tool = tool
        self.applying_snapshot = False   # True while a run's snapshot sets the session's weights
        self._choosing_data = False      # True while the tool itself sets the session's data
        self._editing_points = False     # True while it puts in points edited with the mouse
        self._map_timer = QTimer(self, singleShot=True, interval=40)  # coalesce weight changes
        self._map_timer.timeout.connect(self.draw_model_now)
        session = tool.session
        tool.model.data_changed.connect(self._data_choice_changed)
        tool.model.model_changed.connect(self.show_data)
        session.data_changed.connect(self._on_session_data)
        session.spec_changed.connect(self._on_spec_changed)
        session.weights_changed.connect(self._on_weights_changed)

    def uses_quadratic_model(self):
        return self.tool.model.uses_quadratic_model(self.tool.session.dataset)

    def use_points(self, dataset, edited=False):
        """Learn these points (drawn or loaded: a Dataset of engine.data.points) from now on.
        ``edited``: one point was added, moved or removed, and the view stays as it is."""
        self._choosing_data, self._editing_points = True, edited
        try:
            self.tool.model.set_data(DataChoice(DRAWN if dataset.is_classification else DRAWN_XY))
            self.tool.session.set_dataset(dataset)
        finally:
            self._choosing_data = self._editing_points = False

    @Slot()
    def _on_session_data(self):
        tool = self.tool
        if self._editing_points:      # the same data, edited: the runs, the view and the map stay
            self.ensure_network_fits()
            tool.regions.show_points(tool.session.dataset)
            tool.point_editor.show_dataset(edited=True)
            self.schedule_map()
            return
        # data chosen elsewhere (another tab, a session file): shown as where it came from (a toy
        # set, the quadratic: Dataset.source), else as "the session's data"; not made again
        choice = DataChoice.of(tool.session.dataset.source).checked()
        if not self._choosing_data and tool.model.data != choice:
            self._choosing_data = True
            try:
                tool.model.set_data(choice)
            finally:
                self._choosing_data = False
        tool.clear_view()        # new data: the runs on the old data are hidden, not deleted
        self.show_data()

    @Slot()
    def show_data(self):
        """Adapt the network and redraw the data views for the session's data set."""
        tool = self.tool
        if tool.controller.is_active():
            tool.controller.stop()
            tool.say(tr("The data changed in another tab: the run was stopped."), error=True)
        dataset = tool.session.dataset
        self.ensure_network_fits()
        tool.output.show_data(dataset, self.uses_quadratic_model())
        tool.point_editor.show_dataset()
        tool.loss_panel.acc_plot.setVisible(dataset.is_classification)
        self.draw_model_now()

    @Slot()
    def _on_spec_changed(self):
        tool = self.tool
        if tool.controller.is_active() and not self.uses_quadratic_model():
            tool.controller.stop()
            tool.say(tr("The network changed in the builder: the run was stopped."), error=True)
        self.schedule_map()

    @Slot()
    def _on_weights_changed(self):
        if not self.applying_snapshot:
            self.schedule_map()

    def schedule_map(self):
        if not self._map_timer.isActive():
            self._map_timer.start()

    @Slot()
    def draw_model_now(self):
        """Draw the model's current decision regions or curve (when not training)."""
        tool = self.tool
        quadratic = tool.model.quadratic_model if self.uses_quadratic_model() else None
        tool.output.draw_model(tool.session.dataset, tool.session.network, quadratic)

    def ensure_network_fits(self):
        """Make the session's network fit the data's inputs and classes; False if impossible."""
        session = self.tool.session
        net = session.network
        try:
            spec = session.fit_spec_to_data(net.spec)
            if spec == net.spec:
                return True
            session.set_spec(spec)
        except SpecError as error:
            self.tool.say(tr("The network cannot learn this data: {0}").format(error), error=True)
            return False
        self.tool.say(tr("The network was fitted to the data: {0} inputs, {1} outputs.")
                      .format(spec["input_size"], spec["layers"][-1]["units"]))
        return True

    @Slot()
    def _data_choice_changed(self):
        """Make the data chosen (a toy set or the quadratic) the session's data set."""
        tool = self.tool
        c = tool.model.data
        if tool.controller.is_active() or self._choosing_data:
            return
        if c.kind == SESSION:
            self.show_data()
            return
        if c.is_drawn:                # your own points: start from the points shown, if they fit
            task = points.REGRESSION if c.kind == DRAWN_XY else points.CLASSIFICATION
            if (tool.session.dataset.source or {}).get("kind") == "drawn" \
                    and points.task_of(tool.session.dataset) == task:
                return
            self.use_points(points.starting_points(tool.session.dataset, task, data_name(c)))
            tool.point_editor.set_editing(True)
            return
        self._choosing_data = True
        try:
            tool.session.set_dataset(c.make(data_name(c)))
        finally:
            self._choosing_data = False
