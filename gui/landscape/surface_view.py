"""The slice as a 3-D surface, with the training path and the current weights on it.

The stepper's 3-D view (gui/stepper/surface_view.py, pyqtgraph.opengl): where OpenGL is not
available it says why, and the tool shows that under the contour map instead.
"""
import numpy as np

from ..stepper.surface_view import Surface3D
from .smooth_map import loss_at


class LandscapeSurface(Surface3D):
    """Watches a LandscapeModel: the surface on ``slice_changed``, the path on ``path_changed``."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.report_name = "landscape"
        self._model = model
        model.slice_changed.connect(self.redraw_function)
        model.path_changed.connect(self.redraw_path)

    def redraw_function(self):
        result = self._model.slice
        if self.gl is None or result is None:
            return
        s = result.S[0]                     # s along axis 1, t along axis 0 of L
        t = result.T[:, 0]
        self.show_surface(s, t, result.L.T, ((-result.span, result.span), (-result.span, result.span)))
        self.redraw_path()

    def redraw_path(self):
        result = self._model.slice
        if self.gl is None or result is None:
            return
        points = self.path_points()
        self.show_path(points, self.losses_at(points))

    def path_points(self):
        """(k, 2): the recorded path in the plane, and the current weights last."""
        model = self._model
        points = model.path.reshape(-1, 2)
        if model.current is not None:
            points = np.vstack([points, [model.current]])
        return points

    def losses_at(self, points):
        """The loss the map shows under each point (NaN where it is not finite)."""
        result = self._model.slice
        if result is None or result.drawing is None or not len(points):
            return np.zeros(len(points))
        return loss_at(result.drawing, points[:, 0], points[:, 1])
