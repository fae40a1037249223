"""Bringing presenter mode's scales (gui/presentation.py) to what the window already shows.

Most widgets use the application's font, which presenter mode and the zoom scale, so they
follow by themselves. What does not follow: text given its own size (a style sheet or rich
text saying font-size, a widget or a graphics item given a font), pyqtgraph's axes, titles
and legends, and the widths of plotted lines and markers. ``apply(root, text, lines, base)``
brings each to its designed size times the scale. It remembers each designed size on the
object, so it can run again and again (each second while the scales are not 1, for what was
drawn since), and a part that later sets a size of its own makes that its new designed size.
"""
import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPen
from PySide6.QtWidgets import (QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem,
                               QGraphicsView, QLabel, QWidget)

FONT_SIZE = re.compile(r"(font-size:\s*)([\d.]+)(\s*(?:pt|px))")
BASE, SHOWN = 0x6C61, 0x6C62       # QGraphicsItem.data keys: the designed font, the one set


def scale_css(css, factor):
    """``css`` (a style sheet or rich text) with every font-size times ``factor``."""
    if factor == 1.0:
        return css
    return FONT_SIZE.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.4g}{m.group(3)}", css)


def scaled_font(font, factor):
    result = QFont(font)
    if factor == 1.0:
        return result
    if font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(font.pointSizeF() * factor)
    return result


def _rebase(shown, last_set, designed, default):
    """The designed value: the one remembered, unless a part changed what is shown since."""
    if last_set is not None and shown == last_set:
        return designed
    return default


# -- widgets ------------------------------------------------------------------------------------
def _restyle(widget, factor):
    css = widget.styleSheet()
    if "font-size" not in css:
        return
    base = _rebase(css, widget.property("_gl_css_set"), widget.property("_gl_css"), css)
    new = scale_css(base, factor)
    widget.setProperty("_gl_css", base)
    widget.setProperty("_gl_css_set", new)
    if new != css:
        widget.setStyleSheet(new)


def _rescale_rich_text(label, factor):
    text = label.text()
    if "font-size" not in text:
        return
    base = _rebase(text, label.property("_gl_text_set"), label.property("_gl_text"), text)
    new = scale_css(base, factor)
    label.setProperty("_gl_text", base)
    label.setProperty("_gl_text_set", new)
    if new != text:
        label.setText(new)


def _refont_widget(widget, factor, app_font):
    """A widget given a font of its own (e.g. the stepper's bold formula)."""
    font = widget.font()
    last = widget.property("_gl_font_set")
    if last is None and font == app_font:
        return         # not a size of its own
    base = _rebase(font, last, widget.property("_gl_font"), font)
    new = scaled_font(base, factor)
    widget.setProperty("_gl_font", base)
    widget.setProperty("_gl_font_set", new)
    if new != font:
        widget.setFont(new)


# -- graphics items -----------------------------------------------------------------------------
def _item_font(item, font, factor, app_font, base_font):
    """The font ``item`` should have, or None if it has it. A font equal to the application's
    was not chosen by anyone: its designed size is the interface's own (``base_font``)."""
    last = item.data(SHOWN)
    if last is None and font == app_font:
        base = QFont(base_font)
    else:
        base = _rebase(font, last, item.data(BASE), font)
    new = scaled_font(base, factor)
    item.setData(BASE, base)
    item.setData(SHOWN, new)
    return None if new == font else new


def _axis(axis, factor, app_font, base_font):
    tick = axis.style["tickFont"]
    last = getattr(axis, "_gl_tick_set", None)
    base = QFont(base_font) if tick is None or (last is None and tick == app_font) else \
        _rebase(tick, last, getattr(axis, "_gl_tick", None), tick)
    new = scaled_font(base, factor)
    axis._gl_tick, axis._gl_tick_set = base, new
    changed = tick != new
    if changed:
        axis.setTickFont(new)
    if axis.label is not None:
        font = _item_font(axis.label, axis.label.font(), factor, app_font, base_font)
        if font is not None:
            axis.label.setFont(font)
            changed = True
    if changed:
        axis.textWidth = axis.textHeight = 0      # measured again from the new tick labels
        axis._adjustSize()
        axis.resizeEvent()
        axis.update()


def _label_item(label, factor, base_font):
    """A plot's title or a legend's text (pyqtgraph sets its size in its rich text)."""
    size = label.opts.get("size")
    base = _rebase(size, getattr(label, "_gl_size_set", None), getattr(label, "_gl_size", None), size)
    if base is None:
        base = f"{base_font.pointSizeF():.4g}pt"
    value, unit = float(base[:-2]), base[-2:]
    new = base if factor == 1.0 else f"{value * factor:.4g}{unit}"
    label._gl_size, label._gl_size_set = base, new
    if new != size:
        label.setText(label.text, size=new)


def _pen(item, pen, factor, key):
    """The pen ``item`` should have (width × factor), or None if it has it."""
    if pen is None or not isinstance(pen, QPen):
        return None
    last = getattr(item, f"_gl_{key}_set", None)
    base = _rebase(pen, last, getattr(item, f"_gl_{key}", None), pen)
    new = QPen(base)
    if factor != 1.0:
        new.setWidthF(max(base.widthF(), 1.0) * factor)
    setattr(item, f"_gl_{key}", QPen(base))
    setattr(item, f"_gl_{key}_set", QPen(new))
    return None if new == pen else new


def _size(item, size, factor, key):
    if not isinstance(size, (int, float)):
        return None
    last = getattr(item, f"_gl_{key}_set", None)
    base = _rebase(size, last, getattr(item, f"_gl_{key}", None), size)
    new = base * factor
    setattr(item, f"_gl_{key}", base)
    setattr(item, f"_gl_{key}_set", new)
    return None if new == size else new


def _data_item(item, lines):
    pen = _pen(item, item.opts.get("pen"), lines, "pen")
    if pen is not None:
        item.setPen(pen)
    if item.opts.get("symbol") is not None:
        size = _size(item, item.opts.get("symbolSize"), lines, "symbol")
        if size is not None:
            item.setSymbolSize(size)


class _NoPlots:
    """Stands for pyqtgraph before it is loaded (the window appears without it): no plot item
    is an instance of these."""
    AxisItem = LabelItem = TextItem = PlotDataItem = PlotCurveItem = ScatterPlotItem = \
        InfiniteLine = type("NotLoaded", (), {})


def _on_screen(item, view):
    """How much larger than its font an item's text is on screen (its view's zoom)."""
    t = item.deviceTransform(view.viewportTransform())
    return abs(t.m11() * t.m22() - t.m12() * t.m21()) ** 0.5


def _scene(scene, text, lines, app_font, base_font, fitted_view=None):
    """``fitted_view``: the view of a picture fitted to it (presenter mode): its text items are
    enlarged by as much as the view shrinks them, so that on screen they are as large as the rest."""
    pg = sys.modules.get("pyqtgraph") or _NoPlots
    for item in scene.items():
        parent = item.parentItem()
        if isinstance(item, pg.AxisItem):
            _axis(item, text, app_font, base_font)
        elif isinstance(item, pg.LabelItem):
            _label_item(item, text, base_font)
        elif isinstance(item, pg.TextItem):
            font = _item_font(item, item.textItem.font(), text, app_font, base_font)
            if font is not None:
                item.setFont(font)
        elif isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)):
            if isinstance(parent, (pg.AxisItem, pg.LabelItem, pg.TextItem)):
                continue             # done with its owner
            factor = text
            if fitted_view is not None:
                shrunk = _on_screen(item, fitted_view)
                if 0 < shrunk < 1:
                    factor = text / shrunk
            font = _item_font(item, item.font(), factor, app_font, base_font)
            if font is not None:
                item.setFont(font)
        elif isinstance(item, pg.PlotDataItem):
            _data_item(item, lines)
        elif isinstance(item, pg.PlotCurveItem) and not isinstance(parent, pg.PlotDataItem):
            pen = _pen(item, item.opts.get("pen"), lines, "pen")
            if pen is not None:
                item.setPen(pen)
        elif isinstance(item, pg.ScatterPlotItem) and not isinstance(parent, pg.PlotDataItem):
            size = _size(item, item.opts.get("size"), lines, "size")
            if size is not None:
                item.setSize(size)
        elif isinstance(item, pg.InfiniteLine):
            pen = _pen(item, item.pen, lines, "pen")
            if pen is not None:
                item.setPen(pen)


def repolish(root):
    """After the application's font changed: a widget with a style sheet keeps the font it had
    (Qt does not pass a new application font to styled widgets) until its sheet is set again."""
    for widget in [root] + root.findChildren(QWidget):
        css = widget.styleSheet()
        if css:
            widget.setStyleSheet(css)


def apply(root, text, lines, base_font, fitted=False):
    """Scale the text and lines of every visible widget and plot under ``root``. ``fitted``:
    text in a picture shrunk to fit its view (the network diagram, the backprop graph) is
    enlarged by as much, so that it is as large on screen as the rest (presenter mode)."""
    app_font = QApplication.instance().font()
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        _restyle(widget, text)
        if isinstance(widget, QLabel):
            _rescale_rich_text(widget, text)
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            _refont_widget(widget, text, app_font)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            pg = sys.modules.get("pyqtgraph")
            plain = pg is None or not isinstance(widget, pg.GraphicsView)
            _scene(widget.scene(), text, lines, app_font, base_font,
                   widget if fitted and plain else None)
