"""What the model does with the data: the decision regions or fitted curve (``RegionsPanel``)
beside the confusion matrix (classification) or a, b, c (the quadratic model); a cell of the
matrix opens its examples (its strings are the tool's, under the context "DashboardTool")."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from engine.metrics import cell_members, data_bounds, decision_grid

from ..class_names import display_names
from .confusion_panel import ConfusionPanel
from .examples_dialog import ExamplesDialog
from .messages import tr
from .params_panel import ParamsPanel
from .regions_panel import RegionsPanel

GRID_RESOLUTION = 80


def curve_x(dataset):
    """200 inputs across the 1-D data (5 % beyond each end), where a fitted curve is drawn."""
    X = dataset.X[:, 0]
    lo, hi = float(X.min()), float(X.max())
    pad = 0.05 * (hi - lo)
    return np.linspace(lo - pad, hi + pad, 200)


class OutputView(QSplitter):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.regions = RegionsPanel()
        self.confusion = ConfusionPanel()
        self.params_panel = ParamsPanel()
        self.side = QStackedWidget()     # confusion matrix (classification) or a, b, c (quadratic)
        self.side.addWidget(self.confusion)
        self.side.addWidget(self.params_panel)
        self.dialogs = []                # the examples dialogs open
        # the map (or the fitted curve) is the main picture: it gets the larger share
        self.map_column = QWidget()      # the map, and what the tool puts above it (add_above_map)
        column = QVBoxLayout(self.map_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.regions, 1)
        self.addWidget(self.map_column)
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([600, 400])

    def show_data(self, dataset, quadratic):
        """A new data set (``quadratic``: the quadratic model learns it): nothing trained shown yet."""
        classify = dataset.is_classification
        bounds = data_bounds(dataset.X) if classify and dataset.input_size == 2 else None
        self.regions.set_dataset(dataset, bounds)
        self.confusion.show_confusion(None, [])
        self.side.setCurrentWidget(self.confusion if classify else self.params_panel)
        self.side.setVisible(classify or quadratic)
        self.regions.setVisible(self.regions.drawable)
        self.map_column.setVisible(self.regions.drawable)
        self.params_panel.show_run(None)

    def add_above_map(self, widget):
        self.map_column.layout().insertWidget(0, widget)

    def draw_model(self, dataset, network, quadratic_model=None):
        """Draw the regions or curve of ``network`` (or of ``quadratic_model`` when it learns)."""
        try:
            if quadratic_model is not None:
                self.regions.show_curve(curve_x(dataset), quadratic_model.predict(curve_x(dataset))[:, 0])
            elif network.input_size != dataset.input_size:
                return
            elif self.regions.bounds is not None:
                self.regions.show_grid(decision_grid(network.predict, self.regions.bounds, GRID_RESOLUTION))
            elif not dataset.is_classification and dataset.input_size == 1:
                self.regions.show_curve(curve_x(dataset), network.predict(curve_x(dataset).reshape(-1, 1))[:, 0])
        except (ValueError, FloatingPointError):
            pass

    def show_cell(self, run, dataset, true_class, predicted_class):
        """The examples of true class i predicted as j: circled on the map, or as pictures in a
        dialog; returns (their indices, what to say), or ([], None) if there is no such cell."""
        if run is None or run.confusion is None or len(run.confusion.predicted) != len(dataset.y):
            return [], None
        indices = cell_members(dataset.y, run.confusion.predicted, true_class, predicted_class)
        names = display_names(run.class_names) or [str(k) for k in range(run.confusion.matrix.shape[0])]
        title = tr("Examples of “{0}” predicted as “{1}”: {2}").format(
            names[true_class], names[predicted_class], len(indices))
        if dataset.image_shape:
            dialog = ExamplesDialog(dataset, indices, title, self)
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _=0, d=dialog: self.dialogs.remove(d))
            dialog.show()
        else:
            self.regions.mark(indices)
            title += tr(" (circled on the map)")
        return indices, title + "."
