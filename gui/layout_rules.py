"""Small layout rules that keep every tool inside a 1280 × 720 projector beside the lesson.

A combo box is as wide as its longest item unless told otherwise, and a button as wide as
its current text: both make columns wider than a projector allows, or make a row of buttons
jump when a text changes. Each tool applies these to its own widgets.

A size computed from a font must be computed again when the font changes (the zoom and
presenter mode scale every font): ``follow_font(widget, fit)`` runs ``fit()`` now and after
each change of ``widget``'s font; ``compact_combos`` and ``keep_width`` do so themselves.
"""
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QSizePolicy

WIDEST = 16777215        # Qt's QWIDGETSIZE_MAX


class _FontWatch(QObject):
    def __init__(self, widget, fit):
        super().__init__(widget)
        self._fit = fit
        self._timer = QTimer(self, singleShot=True, interval=0)   # once the children have theirs
        self._timer.timeout.connect(self.fit)
        widget.installEventFilter(self)

    def fit(self):
        self._timer.stop()
        self._fit()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._timer.start()
        return False


def follow_font(widget, fit):
    """Run ``fit()`` now and whenever ``widget``'s font changes (zoom, presenter mode)."""
    fit()
    _FontWatch(widget, fit)

COMBO_CHARACTERS = 8     # a combo box needs room for this many characters, not its longest item


class _Lines(QObject):
    def __init__(self, label, at_least):
        super().__init__(label)
        self.at_least = at_least
        label.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            show_all_lines(obj, self.at_least)
        return False


def show_all_lines(label, at_least=0):
    """Keep a word-wrapped ``label`` as high as its lines at its width, after each resize and
    change of font; call again after a new text. (A label inside tabs or a group box is
    otherwise given the height of its text at some other width, and its last line is cut.)
    ``at_least`` > 0: the label is always that many lines high (a message line that does not
    make the layout jump for each short message) and higher only for a longer text."""
    lines = label.findChild(_Lines)
    if lines is None:
        lines = _Lines(label, at_least)
    floor = at_least and at_least * label.fontMetrics().lineSpacing() + 4
    if at_least and not label.isVisible():
        label.setFixedHeight(floor)
    elif label.isVisible() and label.width() > 0:
        if at_least:
            label.setMinimumHeight(0)      # a label's height for a width is at least its minimum
        needed = max(label.heightForWidth(label.width()), floor)
        if at_least:
            label.setFixedHeight(needed)
        elif needed > 0 and needed != label.minimumHeight():
            label.setMinimumHeight(needed)


def width_for_text(widget, minimum=None, maximum=None):
    """Give ``widget`` the minimum and maximum widths (px) designed for the usual font, scaled
    with the font (the zoom, presenter mode), so that a column grows with its texts."""
    def fit():
        from .presentation import text_scale
        scale = text_scale()
        if minimum is not None:
            widget.setMinimumWidth(round(minimum * scale))
        if maximum is not None:
            widget.setMaximumWidth(round(maximum * scale))
    follow_font(widget, fit)


def compact_combos(root, characters=COMBO_CHARACTERS):
    """Let every combo box under ``root`` shrink to ``characters``; long items are elided."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        # QComboBox keeps its first minimum size hint (the longest item): say it outright
        follow_font(combo, lambda c=combo: c.setMinimumWidth(c.sizeHint().width()))


def keep_width(button, texts):
    """Make ``button`` wide enough for each of ``texts`` it shows in turn, so it never resizes."""
    texts = tuple(texts)

    def fit():
        shown = button.text()
        width = 0
        for text in texts:
            button.setText(text)
            width = max(width, button.sizeHint().width())
        button.setText(shown)
        button.setMinimumWidth(width)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    follow_font(button, fit)


def fixed_width_for_contents(widget, least=0):
    """Make ``widget`` exactly as wide as its contents need (at least ``least``), again after
    each change of font: a column whose changing texts must never widen it."""
    def fit():
        for watch in widget.findChildren(_FontWatch):    # its contents' sizes first
            if watch.parent() is not widget:
                watch.fit()
        # the layouts inside learn their new sizes now (Qt would in posted events, after this)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        widget.setMinimumWidth(0)
        widget.setMaximumWidth(WIDEST)
        widget.setFixedWidth(max(widget.minimumSizeHint().width(), least))
    follow_font(widget, fit)
