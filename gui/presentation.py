"""Presenter mode and the interface zoom: how large text, lines and markers are, in one place.

The "8H rule" for projected slides: text is read from the back of a room when it is at least
1/50 of the screen's height (a 1280 × 720 projector: 15 px). In presenter mode every text is
scaled so that the interface's own font, the smallest text it shows (9 pt, 12 px), reaches
that height; lines and markers are PRESENTER_LINES times thicker again, highlights strong, the
window full screen and secondary panels collapsed. Ctrl + / Ctrl − / Ctrl 0 zoom the
interface at any time, in presenter mode or not; the zoom is remembered ("view/zoom").

What plots and the palette ask: ``text_scale()``, ``line_width(w)``, ``marker_size(s)``,
``presenting()`` and ``highlight()``; ``Presentation.changed`` says when they change.
How the scales reach what is already drawn: gui/scaling.py.
"""
import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontInfo, QKeySequence
from PySide6.QtWidgets import QApplication

from . import scaling

EIGHT_H = 50                  # text at least 1/50 of the screen's height
PRESENTER_LINES = 1.6         # lines and markers this much thicker again in presenter mode
ZOOMS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
ZOOM_KEY = "view/zoom"
REAPPLY_MS = 1000             # items drawn later (a new run's curves) are scaled within a second

# the highlight of the stepper's current step, the builder's selected layer, the newest point
HIGHLIGHT = QColor("#FFE9A8")
STRONG_HIGHLIGHT = QColor("#FFC20A")     # seen from the back of a room (with a dark outline)
OUTLINE = QColor("#3A2E00")

_now = {"text": 1.0, "lines": 1.0, "presenting": False}


def text_scale():
    """How much larger than designed every text is now (1.0 normally)."""
    return _now["text"]


def line_scale():
    return _now["lines"]


def presenting():
    return _now["presenting"]


def line_width(width):
    """A plot line's width, ``width`` as designed, scaled for presenter mode and the zoom."""
    return max(width, 1.0) * _now["lines"] if _now["lines"] != 1.0 else width


def marker_size(size):
    return size * _now["lines"]


def highlight():
    """(fill colour, outline colour or None) of the thing a teacher points at."""
    return (STRONG_HIGHLIGHT, OUTLINE) if _now["presenting"] else (HIGHLIGHT, None)


class _Changes(QObject):
    changed = Signal()


_changes = []


def changes():
    """The object whose ``changed`` signal says that the scales or presenter mode changed, for
    views that draw their highlights or sizes from here: ``changes().changed.connect(...)``."""
    if not _changes:
        _changes.append(_Changes(QCoreApplication.instance()))
    return _changes[0]


def required_text_px(height):
    """The smallest text height (px) the 8H rule allows on a screen ``height`` pixels high."""
    return math.ceil(height / EIGHT_H)


def _tr(text):
    return QCoreApplication.translate("Presentation", text)


class Presentation(QObject):
    """The View menu's presenter mode, full screen and zoom, for one main window.

    ``full_screen=False`` (screenshots): presenter mode keeps the window's size, and the text
    follows the window's height instead of the screen's.
    """
    changed = Signal()

    def __init__(self, window, full_screen=True):
        super().__init__(window)
        self.window = window
        self.allow_full_screen = full_screen
        app = QApplication.instance()
        self.base_font = QFont(app.font())
        self.base_px = QFontInfo(self.base_font).pixelSize() or 12
        self.zoom = self._remembered_zoom()
        self.is_presenting = False
        self._was_full_screen = False
        self._collapsed = []           # (widget, was visible) hidden by presenter mode
        self._scaled = False           # True once anything was scaled (and may need bringing back)
        self._timer = QTimer(self, interval=REAPPLY_MS)
        self._timer.timeout.connect(self.reapply)
        self._resized = QTimer(self, singleShot=True, interval=150)
        self._resized.timeout.connect(self.update)
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(lambda _index: self.update())
        self._build_actions()
        if self.zoom != 1.0:
            self.update()

    # -- the actions the View menu shows ---------------------------------------------------------
    def _build_actions(self):
        w = self.window

        def action(text, keys, slot, tip, checkable=False):
            a = QAction(text, w, checkable=checkable)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setStatusTip(tip)
            a.setToolTip(tip)
            a.triggered.connect(lambda _=False: slot())
            w.addAction(a)          # works with the menu bar hidden (full screen)
            return a

        self.presenter_action = action(
            _tr("&Presenter mode"), ["F5"], self.toggle_presenting,
            _tr("Large text, thick lines, strong highlights, full screen: for a projector"), True)
        self.full_screen_action = action(_tr("&Full screen"), ["F11"], self.toggle_full_screen,
                                         _tr("Use the whole screen for the window"), True)
        self.zoom_in_action = action(_tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.zoom_in,
                                     _tr("Make every text, line and marker larger"))
        self.zoom_out_action = action(_tr("Zoom &out"), ["Ctrl+-"], self.zoom_out,
                                      _tr("Make every text, line and marker smaller"))
        self.zoom_reset_action = action(_tr("&Actual size"), ["Ctrl+0"], self.reset_zoom,
                                        _tr("Text, lines and markers at their usual size"))

    def actions(self):
        return [self.presenter_action, self.full_screen_action, None,
                self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]

    # -- presenter mode and full screen ------------------------------------------------------------
    def toggle_presenting(self):
        self.set_presenting(not self.is_presenting)

    def set_presenting(self, on):
        on = bool(on)
        self.presenter_action.setChecked(on)
        if on == self.is_presenting:
            return
        self.is_presenting = on
        if on:
            self._was_full_screen = self.window.isFullScreen()
            if self.allow_full_screen:
                self.set_full_screen(True)
        else:
            self._expand()
            if self.allow_full_screen and not self._was_full_screen:
                self.set_full_screen(False)
        self.update()

    def toggle_full_screen(self):
        self.set_full_screen(not self.window.isFullScreen())

    def set_full_screen(self, on):
        if on:
            self.window.showFullScreen()
        elif self.window.isFullScreen():
            self.window.showNormal()
        self.full_screen_action.setChecked(bool(on))

    def _collapse(self):
        """Hide what a class need not see: the status bar and each built tool's secondary
        panels (a tool built later has its own hidden when it is shown)."""
        panels = [self.window.statusBar()]
        for tool in self.window.tools.built().values():
            panels += getattr(tool, "secondary_panels", lambda: [])()
        done = [panel for panel, _shown in self._collapsed]
        for panel in panels:       # widgets, or plot items such as a legend
            if panel not in done:
                shown = not panel.isHidden() if hasattr(panel, "isHidden") else panel.isVisible()
                self._collapsed.append((panel, shown))
                panel.hide()

    def _expand(self):
        for panel, shown in self._collapsed:
            panel.setVisible(shown)
        self._collapsed = []

    # -- zoom --------------------------------------------------------------------------------------
    def _remembered_zoom(self):
        try:
            zoom = float(QSettings().value(ZOOM_KEY, 1.0))
        except (TypeError, ValueError):
            return 1.0
        return min(ZOOMS, key=lambda z: abs(z - zoom))

    def set_zoom(self, zoom):
        self.zoom = min(ZOOMS, key=lambda z: abs(z - zoom))
        QSettings().setValue(ZOOM_KEY, self.zoom)
        self.update()

    def zoom_in(self):
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom), ZOOMS[-1]))

    def zoom_out(self):
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom), ZOOMS[0]))

    def reset_zoom(self):
        self.set_zoom(1.0)

    # -- the scales --------------------------------------------------------------------------------
    def reference_height(self):
        """The height the 8H rule is measured on: the window's, which is the screen's in full
        screen (and the picture's in a screenshot)."""
        return self.window.height()

    def scales(self):
        """(text scale, line scale) for the current mode, zoom and window height."""
        text = self.zoom
        lines = self.zoom
        if self.is_presenting:
            text *= max(1.0, required_text_px(self.reference_height()) / self.base_px)
            lines = text * PRESENTER_LINES
        return text, lines

    def text_px(self):
        """The pixel height of the interface's own font now."""
        return QFontInfo(QApplication.instance().font()).pixelSize()

    def update(self):
        """Apply the current scales to the whole interface (only what changed is touched)."""
        if self.is_presenting:
            self._collapse()
        text, lines = self.scales()
        changed = (text, lines, self.is_presenting) != (_now["text"], _now["lines"], _now["presenting"])
        _now.update(text=text, lines=lines, presenting=self.is_presenting)
        font = QFont(self.base_font)
        if text != 1.0:
            font.setPixelSize(max(1, round(self.base_px * text)))
        app = QApplication.instance()
        if app.font() != font:
            app.setFont(font)
            # Qt passes the new font on to the widgets in posted events: deliver them now, so
            # that what follows (style sheets set again, highlights) sees the new font
            QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
            scaling.repolish(self.window)
        self.reapply()
        if text != 1.0 or lines != 1.0:
            self._timer.start()
        else:
            self._timer.stop()
        if changed:
            self.changed.emit()
            changes().changed.emit()

    def reapply(self):
        """Scale what was drawn or styled since (new plot items, a new lesson step's text)."""
        if not self._scaled and (_now["text"], _now["lines"], self.is_presenting) == (1.0, 1.0, False):
            return      # all is at its designed size: no need to visit every widget (~50 ms)
        self._scaled = True     # from now on a tool shown again may still have to be brought back
        scaling.apply(self.window, _now["text"], _now["lines"], self.base_font, fitted=self.is_presenting)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if obj is self.window:
            if event.type() == QEvent.Type.Resize and self.is_presenting:
                self._resized.start()
            elif event.type() == QEvent.Type.Close:
                self._forget()
        return False

    def _forget(self):
        """The window closes: the application's font and the module's scales go back."""
        self._timer.stop()
        if (_now["text"], _now["lines"], _now["presenting"]) != (1.0, 1.0, False):
            _now.update(text=1.0, lines=1.0, presenting=False)
            changes().changed.emit()
        app = QApplication.instance()
        if app is not None and app.font() != self.base_font:
            app.setFont(self.base_font)

