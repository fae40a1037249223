"""Colours everyone in the room can read: a colour-blind-safe palette with a second cue, and
plots that follow the system's light or dark palette.

* Classes, runs and optimizers take the Okabe–Ito colours (distinct for the common kinds of
  colour blindness), and never colour alone: classes also differ by marker shape, runs by line
  style, optimizers by marker shape.
* ``follow(view)`` styles a pyqtgraph plot now and again whenever the application's palette
  changes (the system switched to dark, or the reverse): background, axes, tick labels,
  titles, axis labels and legends. Every plot of the application is made through it.
* ``text_colours()`` are the colours the application writes text in; each has a contrast of at
  least 4.5:1 (WCAG AA for normal text) on the window's background, in both palettes.
"""
import weakref

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Okabe & Ito (2008), "Color Universal Design": black last, it disappears on a dark background
OKABE_ITO = ["#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
CLASS_SYMBOLS = ["o", "t", "s", "d", "star", "p", "h", "t1", "+", "x"]   # the second cue of a class


def is_dark(palette=None):
    """Whether ``palette`` (the application's by default) draws light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable(colour, dark=None):
    """``colour`` as drawn on the current background: black becomes light grey on a dark one."""
    dark = is_dark() if dark is None else dark
    return "#DDDDDD" if dark and QColor(colour).lightness() < 40 else colour


def class_colour(k, dark=None):
    return readable(OKABE_ITO[k % len(OKABE_ITO)], dark)


def class_symbol(k):
    return CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)]


def text_colours(dark=None):
    """{role: colour} of the texts the application writes itself, for the current palette."""
    dark = is_dark() if dark is None else dark
    if dark:
        return {"background": "#1E1E1E", "text": "#E8E8E8", "muted": "#B4B4B4", "axis": "#C8C8C8",
                "error": "#FF8A80", "good": "#81C784", "warning": "#FFB74D"}
    return {"background": "#FFFFFF", "text": "#222222", "muted": "#555555", "axis": "#444444",
            "error": "#B00020", "good": "#2E7D32", "warning": "#8A4B00"}


def css(role):
    """A style sheet's colour for ``role`` ('text', 'muted', 'error', ...) in the current palette."""
    return f"color: {text_colours()[role]}"


def contrast(foreground, background):
    """WCAG 2 contrast ratio of two colours: 1 (none) to 21 (black on white)."""
    def luminance(colour):
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def legend_style(alpha=210):
    """The keyword arguments of ``addLegend`` for the current palette: text and a backing."""
    import pyqtgraph as pg
    colours = text_colours()
    background = QColor(colours["background"])
    background.setAlpha(alpha)
    return {"labelTextColor": colours["text"], "brush": pg.mkBrush(background)}


def text_on(background):
    """Black or white, whichever reads better on ``background`` (cells of a heat map)."""
    return "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) else "#FFFFFF"


def style_plot(view):
    """Give a pyqtgraph view (PlotWidget, GraphicsLayoutWidget) the current palette's colours."""
    import pyqtgraph as pg
    colours = text_colours()
    view.setBackground(colours["background"])
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            item.setPen(colours["axis"])
            item.setTextPen(colours["text"])
            item.labelStyle["color"] = colours["text"]
            if item.label.isVisible():
                item.setLabel(item.labelText, item.labelUnits, item.labelUnitPrefix)
        elif isinstance(item, pg.PlotItem) and item.titleLabel.text:
            item.titleLabel.setText(item.titleLabel.text, color=colours["text"])
        elif isinstance(item, pg.LegendItem):
            item.setLabelTextColor(colours["text"])
            for _sample, label in item.items:      # the labels shown already
                label.setText(label.text, color=colours["text"])
            background = QColor(colours["background"])
            background.setAlpha(200)
            item.setBrush(pg.mkBrush(background))


class _Watcher(QObject):
    """Styles a followed view again when the palette changes (an event filter on each view only:
    a filter on the application would see every event of the program), and the coloured texts."""

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            style_plot(watched)
        return False

    @Slot()
    def recolour(self):
        for widget in list(_coloured):
            try:
                _colour(widget)
            except RuntimeError:          # deleted by Qt meanwhile
                _coloured.discard(widget)


_watcher = None
_ROLE = "_gl_text_role"
_coloured = weakref.WeakSet()      # the widgets colour_text wrote


def _the_watcher():
    global _watcher
    if _watcher is None:
        app = QGuiApplication.instance()
        _watcher = _Watcher(app)
        # (a widget with a style sheet is not sent the palette's change: the application says it)
        app.paletteChanged.connect(_watcher.recolour)
    return _watcher


def follow(view):
    """Style ``view`` (a pyqtgraph GraphicsView) now and whenever the palette changes."""
    from . import plot_frames
    plot_frames.install()           # the plots' frames answer Qt without Python (see there)
    plot_frames.paint_natively(view)
    style_plot(view)
    view.installEventFilter(_the_watcher())
    return view


def colour_text(widget, role, more=""):
    """Write ``widget``'s text in ``role``'s colour ('muted', 'error', 'good', ...; None: the
    palette's own) plus the style sheet ``more``, now and again whenever the palette changes
    (a colour chosen for a light palette reads badly on a dark one)."""
    widget.setProperty(_ROLE, [role or "", more])
    _colour(widget)
    _the_watcher()
    _coloured.add(widget)
    return widget


def _colour(widget):
    role, more = widget.property(_ROLE)
    sheet = "; ".join(part for part in (css(role) if role else "", more) if part)
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
