"""What a class sees on a projector: how high every text is, and what is cut off.

``small_texts(root, required)`` lists [(where, text, px)] of the texts under ``root`` (widgets,
rich text sizes, pyqtgraph axes, titles, legends and text drawn in any graphics view, at the
scale the view shows it) smaller than ``required`` pixels.
``clipped(root)`` lists [(where, text)] of the texts under ``root`` shown only in part: a button
or label narrower than its text, a word-wrapped label shorter than its lines, a table cell
narrower than its number, a plot's legend reaching out of the plot.
"""
import math
import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView, QGroupBox,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTabBar,
                               QToolButton, QWidget)

CSS_SIZE = re.compile(r"font-size:\s*([\d.]+)\s*(pt|px)")
SMALLER = re.compile(r"<small>|font-size:\s*(?:x*-?small|smaller)", re.I)
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QTabBar,
                QGroupBox, QHeaderView, QAbstractItemView)


def font_px(font):
    return QFontInfo(QFont(font)).pixelSize()


def css_px(value, unit, dpi):
    return float(value) * (dpi / 72 if unit == "pt" else 1)


def _widget_text(widget):
    for name in ("text", "currentText", "title", "windowTitle"):
        if hasattr(widget, name):
            value = getattr(widget, name)()
            if isinstance(value, str):
                return value
    return type(widget).__name__


def _item_scale(item, view):
    t = item.deviceTransform(view.viewportTransform())
    return math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21()))


def small_texts(root, required):
    """[(where, text, px)] of every visible text under ``root`` smaller than ``required`` px."""
    pg = sys.modules.get("pyqtgraph")
    small = []
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = type(widget).__name__
        if isinstance(widget, TEXT_WIDGETS) and not (isinstance(widget, QLabel) and
                                                     (not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull())):
            px = font_px(widget.font())
            if px < required:
                small.append((name, _widget_text(widget)[:60], px))
        if isinstance(widget, QLabel) and widget.text():
            text = widget.text()
            for value, unit in CSS_SIZE.findall(text):
                px = css_px(value, unit, widget.logicalDpiY())
                if px < required:
                    small.append((f"{name} (rich text)", text[:60], round(px)))
            if SMALLER.search(text):
                small.append((f"{name} (rich text made smaller)", text[:60], 0))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            small += _small_in_scene(widget, required, pg)
    return small


def _small_in_scene(view, required, pg):
    small = []
    where = f"{type(view).__name__} of {type(view.parent()).__name__}"
    for item in view.scene().items():
        if not item.isVisible():
            continue
        scale = _item_scale(item, view)
        if pg is not None and isinstance(item, pg.AxisItem):
            if item.style["showValues"] and item.isVisible():
                font = item.style["tickFont"] or QFont()
                if font_px(font) * scale < required:
                    small.append((f"{where}: {item.orientation} axis ticks", "", font_px(font)))
        elif pg is not None and isinstance(item, pg.LabelItem):
            size = item.opts.get("size")
            px = css_px(size[:-2], size[-2:], view.logicalDpiY()) if size else font_px(item.item.font())
            if item.text and px * scale < required:
                small.append((f"{where}: title or legend", item.text[:60], round(px * scale)))
        elif isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)):
            if pg is not None and isinstance(item.parentItem(), pg.LabelItem):
                continue
            text = item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text()
            px = font_px(item.font()) * scale
            if text.strip() and px < required:
                small.append((f"{where}: text", text[:60], round(px)))
    return small


def clipped(root, scrolls=False):
    """[(where, text)] of the visible texts under ``root`` that are cut off. ``scrolls``: ``root``
    scrolls (the lesson's text): what lies beyond its edge is scrolled to, not cut off."""
    pg = sys.modules.get("pyqtgraph")
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        name = type(widget).__name__
        if not scrolls and isinstance(widget, (QPushButton, QToolButton, QLabel)) and widget.text():
            shown = widget.visibleRegion().boundingRect()
            if shown.width() < widget.width() - 1:        # cut by its column or covered by a neighbour
                cut.append((f"{name} shown {shown.width()} of {widget.width()} px", widget.text()[:60]))
                continue
        if isinstance(widget, (QPushButton, QToolButton)) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                cut.append((f"{name} {widget.width()} px wide, needs {widget.sizeHint().width()}", widget.text()))
        elif isinstance(widget, QLabel) and widget.text() and (widget.pixmap() is None or widget.pixmap().isNull()):
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    cut.append((f"{name} {widget.height()} px high, needs {needed}", widget.text()[:60]))
            elif widget.sizeHint().width() > widget.width() + 1 and widget.sizeHint().height() <= widget.height() + 1 \
                    and widget.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask != Qt.AlignmentFlag.AlignCenter:
                cut.append((f"{name} {widget.width()} px wide, needs {widget.sizeHint().width()}", widget.text()[:60]))
            elif widget.sizeHint().width() > widget.width() + 1:
                cut.append((f"{name} {widget.width()} px wide, needs {widget.sizeHint().width()}", widget.text()[:60]))
        elif isinstance(widget, QTableWidget):
            cut += _clipped_cells(widget)
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None and \
                (pg is None or not isinstance(widget, pg.GraphicsView)):
            cut += _clipped_in_picture(widget)
        elif pg is not None and isinstance(widget, pg.PlotWidget):
            plot = widget.getPlotItem()
            legend = plot.legend
            if legend is not None and legend.isVisible() and legend.items:
                if not plot.sceneBoundingRect().contains(legend.sceneBoundingRect()):
                    cut.append((f"legend of a plot of {type(widget.parent()).__name__}",
                                ", ".join(label.text for _sample, label in legend.items)[:60]))
    return cut


def _clipped_cells(table):
    cut = []
    metrics = table.fontMetrics()
    viewport = table.viewport().rect()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            rect = table.visualItemRect(item) if item is not None else None
            if item is None or not item.text() or not viewport.intersects(rect):
                continue
            needed = max(metrics.horizontalAdvance(line) for line in item.text().splitlines()) + 6
            if needed > rect.width():
                cut.append((f"{type(table).__name__} cell {rect.width()} px wide, needs {needed}", item.text()))
    return cut


def _clipped_in_picture(view):
    """Text of a drawn picture (the network, the backprop graph) reaching out of its view."""
    cut = []
    shown = view.viewport().rect()
    for item in view.scene().items():
        if isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and item.isVisible():
            text = item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text()
            rect = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect()).toAlignedRect()
            if text.strip() and not shown.adjusted(-1, -1, 1, 1).contains(rect):
                cut.append((f"text of {type(view).__name__} at {rect.getRect()} outside {shown.getRect()}", text))
    return cut
