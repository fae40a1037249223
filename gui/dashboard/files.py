"""The dashboard's Export / load menu: the history as CSV, a plot as PNG or SVG, the network,
your own points. Each entry asks for the file, does it, and says what happened (an error is
said, never raised). The methods without the dialog are the tool's API for the lesson and tests.
"""
from PySide6.QtCore import QObject, Slot

from engine import Network
from engine.metrics import write_history_csv

from .export import ask_path, export_plot
from .messages import tr
from .point_editor import load_points, save_points


class DashboardFiles(QObject):
    def __init__(self, tool):
        super().__init__(tool)
        self.tool = tool

    def export_history_csv(self, path, run=None):
        run = run or self.tool.current_run()
        if run is None:
            raise ValueError(tr("There is no run to export yet."))
        write_history_csv(run.history, path)

    def export_plot(self, path, which="loss"):
        """Write one plot ('loss', 'accuracy', 'regions') to a .png or .svg file."""
        tool = self.tool
        plots = {"loss": tool.loss_panel.loss_plot, "accuracy": tool.loss_panel.acc_plot,
                 "regions": tool.regions.plot}
        export_plot(plots[which].getPlotItem(), path)

    def load_points(self, path):
        """Learn the points of a CSV file (ValueError with a clear message, nothing changed, if bad)."""
        self.tool.use_points(load_points(path))

    def save_points(self, path):
        save_points(self.tool.session.dataset, path)

    def save_network(self, path):
        self.tool.session.network.save(path)

    def load_network(self, path):
        """Load a network saved as .npz into the session (raises ValueError with a clear message)."""
        self.tool.require_idle()
        self.tool.session.set_network(Network.load(path))

    @Slot(str)
    def choose(self, key):
        """Ask for the file of menu entry ``key``, then export, save or load it."""
        path = ask_path(self.tool, key)
        if path:
            actions = {"csv": lambda: self.export_history_csv(path), "save": lambda: self.save_network(path),
                       "load": lambda: self.load_network(path), "load_points": lambda: self.load_points(path),
                       "save_points": lambda: self.save_points(path)}
            self.guarded(actions.get(key, lambda: self.export_plot(path, key)))

    def guarded(self, action):
        """Do ``action``; True when done, else False and the error said."""
        try:
            action()
        except (OSError, ValueError, RuntimeError) as error:
            self.tool.say(str(error), error=True)
            return False
        self.tool.say(tr("Done."))
        return True
