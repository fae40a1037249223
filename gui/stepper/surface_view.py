"""3-D view: the surface z = f(x1, x2) with the path on it (pyqtgraph.opengl, imported lazily).

Where OpenGL is not available the panel shows why, and the 2-D map works as before.
"""
import os
import sys

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QVector3D
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from .opengl_check import opengl_status

GRID = 70


class Surface3D(QWidget):
    """A surface z = f(x1, x2) over a square view, a path and a point on it (pyqtgraph.opengl).

    ``show_surface(x1, x2, values, view)`` and ``show_path(points, values)`` draw; the
    stepper's view and the loss landscape's view say what to draw and when.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self.message = QLabel()
        self.message.setObjectName("surfaceMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color:#555555; padding:12px; background:#f4f4f4;")
        self._stack.addWidget(self.message)
        self.gl = None            # the GLViewWidget once created
        self.enabled, self.reason = False, ""
        self._items = {}
        self._view = ((-1.0, 1.0), (-1.0, 1.0))
        self._zinfo = (0.0, 1.0, False)
        self.report_name = "stepper"

    def ensure(self):
        """Create the OpenGL view the first time it is needed (or say why it cannot be)."""
        if self.gl is not None or self.reason:
            return self.enabled
        self.enabled, self.reason = opengl_status()
        if not self.enabled:
            self.message.setText(self.reason)
            self._report("off (" + self.reason + ")")
            return False
        import pyqtgraph.opengl as gl      # lazily: loads PyOpenGL only when it is used
        self._gl = gl
        self.gl = gl.GLViewWidget()
        self.gl.setBackgroundColor("w")
        self.gl.setCameraPosition(pos=QVector3D(0, 0, 1.5), distance=17, elevation=28,
                                  azimuth=-65)
        self._stack.addWidget(self.gl)
        self._stack.setCurrentWidget(self.gl)
        self._items["surface"] = gl.GLSurfacePlotItem(smooth=True, computeNormals=False)
        self._items["path"] = gl.GLLinePlotItem(width=3, antialias=True, color=(0.84, 0.37, 0, 1))
        self._items["point"] = gl.GLScatterPlotItem(size=12, color=(0.84, 0.37, 0, 1))
        grid = gl.GLGridItem()
        grid.setSize(10, 10)
        grid.setColor((0, 0, 0, 60))
        self._items["grid"] = grid
        for item in self._items.values():
            self.gl.addItem(item)
        self.redraw_function()
        if os.environ.get("GRADLAB_REPORT_3D"):
            QTimer.singleShot(150, self._report_rendered)
        return True

    def redraw_function(self):
        """Draw the surface now (subclasses: from their model)."""

    # -- drawing ---------------------------------------------------------------------------
    def _scale(self):
        (lo1, hi1), (lo2, hi2) = self._view
        return 10.0 / max(hi1 - lo1, hi2 - lo2), ((lo1 + hi1) / 2, (lo2 + hi2) / 2)

    def _height(self, values):
        """f mapped to a readable height: log-compressed when f spans many orders."""
        lo, hi, log = self._zinfo
        with np.errstate(all="ignore"):
            v = np.log1p(values - lo) if log else values - lo
        return 4.0 * v / hi

    def show_surface(self, x1, x2, values, view):
        """values[i, j] = f(x1[i], x2[j]) (NaN/inf where undefined: drawn at the floor)."""
        if self.gl is None:
            return
        self._view = view
        finite = values[np.isfinite(values)]
        lo = float(finite.min()) if finite.size else 0.0
        spread = float(finite.max() - lo) if finite.size else 1.0
        log = spread > 50 * max(float(np.median(finite) - lo), 1e-12) if finite.size else False
        top = float(np.log1p(spread) if log else spread) or 1.0
        self._zinfo = (lo, top, log)
        k, (c1, c2) = self._scale()
        z = np.nan_to_num(self._height(values), nan=0.0, posinf=0.0, neginf=0.0)
        colours = _colours(z / 4.0)
        self._items["surface"].setData(x=(x1 - c1) * k, y=(x2 - c2) * k, z=z, colors=colours)

    def show_path(self, pts, values):
        """The path through the points (k, 2) whose function values are ``values`` (k,)."""
        if self.gl is None:
            return
        k, (c1, c2) = self._scale()
        z = self._height(np.asarray(values, dtype=float)) + 0.05
        xyz = np.column_stack([(pts[:, 0] - c1) * k, (pts[:, 1] - c2) * k, z]) if len(pts) else np.zeros((0, 3))
        xyz = xyz[np.all(np.isfinite(xyz), axis=1) & (np.abs(xyz[:, :2]) < 8).all(axis=1)]
        self._items["path"].setVisible(len(xyz) > 1)
        self._items["point"].setVisible(len(xyz) > 0)
        if len(xyz):
            self._items["path"].setData(pos=xyz)
            self._items["point"].setData(pos=xyz[-1:])

    # -- reporting (for the OpenGL test) ---------------------------------------------------
    def _report(self, text):
        if os.environ.get("GRADLAB_REPORT_3D"):
            print(f"{self.report_name} 3-D view:", text, flush=True)

    def _report_rendered(self):
        image = self.gl.grabFramebuffer()
        w, h = image.width(), image.height()
        colours = {image.pixel(x * w // 24, y * h // 24) for x in range(24) for y in range(24)}
        self._report(f"on ({self.reason or opengl_status()[1]}, {len(colours)} colours in "
                     f"{w}x{h})")
        sys.stdout.flush()


class SurfaceView(Surface3D):
    """The stepper's function as a surface, with the primary method's path on it."""

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self._model = model
        model.function_changed.connect(self.redraw_function)
        model.path_changed.connect(self.redraw_path)

    def redraw_function(self):
        f = self._model.objective
        if self.gl is None or f.dim != 2:
            return
        (lo1, hi1), (lo2, hi2) = f.view
        x1, x2 = np.linspace(lo1, hi1, GRID), np.linspace(lo2, hi2, GRID)
        self.show_surface(x1, x2, f.values(*np.meshgrid(x1, x2, indexing="ij")), f.view)
        self.redraw_path()

    def redraw_path(self):
        if self.gl is None or self._model.objective.dim != 2:
            return
        pts = self._model.primary.points()
        self.show_path(pts, self._model.objective.values(*pts.T))


def _colours(heights):
    """A viridis-like colour per vertex, (n1, n2, 4) floats."""
    import pyqtgraph as pg
    lut = pg.colormap.get("viridis").getLookupTable(0.0, 1.0, 256, alpha=True) / 255.0
    index = np.clip((heights * 255).astype(int), 0, 255)
    return lut[index]
