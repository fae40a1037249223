"""Writing a plot to a PNG or SVG file with pyqtgraph's exporters."""
from pathlib import Path

import pyqtgraph.exporters as exporters
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator


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
