"""Asking for the file of an entry of the Export / load menu (in the folder used last time),
and writing a plot to a PNG or SVG file with pyqtgraph's exporters."""
from pathlib import Path

import pyqtgraph.exporters as exporters
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog

from ..persistence import settings as remembered   # the last folder used, across runs
from .messages import tr


def ask_path(parent, key):
    """The file for menu entry ``key`` ('csv', 'save', 'load', 'load_points', 'save_points' or a
    plot's name), or '' if cancelled."""
    title, folder, name, filters = {
        "csv": (tr("Export the history"), "export", "history.csv", tr("CSV files (*.csv)")),
        "save": (tr("Save the network"), "network", "network.npz", tr("Networks (*.npz)")),
        "load": (tr("Load a network"), "network", None, tr("Networks (*.npz)")),
        "load_points": (tr("Load points"), "points", None, tr("CSV files (*.csv);;All files (*)")),
        "save_points": (tr("Save the points"), "points", "points.csv", tr("CSV files (*.csv)")),
    }.get(key) or (tr("Export the plot"), "export", f"{key}.png", tr("PNG pictures (*.png);;SVG drawings (*.svg)"))
    if key in ("load", "load_points"):
        path, _ = QFileDialog.getOpenFileName(parent, title, remembered.start_path(folder), filters)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, title, remembered.start_path(folder, name), filters)
    if path:
        remembered.set_last_folder(path, folder)
    return path


def export_plot(plot_item, path):
    """Write ``plot_item`` (a pyqtgraph PlotItem) to ``path``; the suffix picks PNG or SVG."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        try:
            exporters.SVGExporter(plot_item).export(str(path))
        except ValueError:
            # pyqtgraph 0.14's SVG clean-up cannot parse the paths Qt 6.12 writes; let Qt
            # draw the same scene into an SVG itself
            _render_svg(plot_item, path)
    elif suffix in (".png", ".jpg", ".jpeg", ".bmp"):
        exporter = exporters.ImageExporter(plot_item)
        exporter.parameters()["width"] = max(int(plot_item.sceneBoundingRect().width()) * 2, 400)
        exporter.export(str(path))
    else:
        raise ValueError(f"cannot export a plot as “{suffix or path}”: use .png or .svg")
    if not path.exists():
        raise OSError(f"could not write {path}")


def _render_svg(plot_item, path):
    source = plot_item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    painter = QPainter(generator)
    try:
        plot_item.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
