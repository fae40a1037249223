"""Everyone in the room can read it: colour-blind-safe colours with a second cue, text contrast
of at least 4.5:1, and plots that follow the system's light or dark palette."""
import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette

from gui import theme


def dark_palette():
    palette = QPalette()
    for role, colour in [("Window", "#2B2B2B"), ("WindowText", "#E8E8E8"), ("Base", "#1E1E1E"),
                         ("AlternateBase", "#2B2B2B"), ("Text", "#E8E8E8"), ("Button", "#353535"),
                         ("ButtonText", "#E8E8E8"), ("ToolTipBase", "#2B2B2B"), ("ToolTipText", "#E8E8E8"),
                         ("Highlight", "#3D7AB8"), ("HighlightedText", "#FFFFFF")]:
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def test_contrast_is_the_wcag_ratio():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert theme.contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)   # the AA limit grey


@pytest.mark.parametrize("dark", [False, True])
def test_every_text_colour_the_app_writes_reads_at_4_5_to_1_in_both_palettes(dark):
    colours = theme.text_colours(dark)
    background = colours["background"]
    for role in ("text", "muted", "axis", "error", "good", "warning"):
        assert theme.contrast(colours[role], background) >= 4.5, (role, dark)
    # and on the window of that palette (labels sit on the window, not on the plot)
    window = dark_palette().color(QPalette.ColorRole.Window) if dark else QColor("#EFEFEF")
    for role in ("text", "muted", "error"):
        assert theme.contrast(colours[role], window.name()) >= 4.5, (role, dark)


def test_classes_differ_by_marker_as_well_as_by_colour():
    colours = [theme.class_colour(k, dark=False) for k in range(8)]
    assert len(set(colours)) == 8 and colours[:2] == ["#E69F00", "#0072B2"]   # Okabe–Ito
    assert len({theme.class_symbol(k) for k in range(10)}) == 10
    assert theme.class_colour(7, dark=True) != "#000000"                     # black is not drawn on black


def test_optimizers_differ_by_marker_and_line_as_well_as_by_colour():
    from gui.stepper import drawing
    methods = list(drawing.METHOD_COLOURS)
    assert len({drawing.METHOD_SYMBOLS[m] for m in methods}) == len(methods)
    assert len({(drawing.METHOD_LINES[m], drawing.METHOD_COLOURS[m]) for m in methods}) == len(methods)


@pytest.fixture
def light_again(app):
    original = app.palette()
    yield
    app.setPalette(original)


def test_plots_follow_the_palette_when_it_changes(window, app, qtbot, light_again):
    tool = window.show_tool("training")
    plot = tool.loss_panel.loss_plot
    axis = plot.getPlotItem().getAxis("left")
    assert plot.backgroundBrush().color().lightness() > 200
    assert axis.textPen().color().lightness() < 100
    app.setPalette(dark_palette())
    qtbot.waitUntil(lambda: plot.backgroundBrush().color().lightness() < 60)
    assert axis.textPen().color().lightness() > 180            # light tick labels on the dark plot
    title = plot.getPlotItem().titleLabel
    assert theme.contrast(title.opts["color"], plot.backgroundBrush().color().name()) >= 4.5
    # a tool built later is dark from the start
    stepper = window.show_tool("stepper")
    views = [w for w in stepper.findChildren(type(plot).__mro__[1]) if w.isVisible()]
    assert views and all(v.backgroundBrush().color().lightness() < 60 for v in views)
    app.setPalette(QPalette())
    qtbot.waitUntil(lambda: plot.backgroundBrush().color().lightness() > 200)


def test_the_map_draws_each_class_with_its_own_marker(window):
    tool = window.show_tool("training")
    tool.set_toy_dataset("spiral3", n=150, noise=0.1, seed=0)
    symbols = tool.regions.points.data["symbol"]
    labels = tool.session.dataset.y
    assert {s for s, k in zip(symbols, labels) if k == 0} == {theme.class_symbol(0)}
    assert len(set(symbols)) == 3


def test_confusion_matrix_numbers_read_at_4_5_to_1_on_their_cells(window):
    from gui.dashboard.stream import Confusion
    tool = window.show_tool("training")
    m = np.array([[50, 3, 0], [10, 40, 1], [0, 25, 30]])
    tool.confusion.show_confusion(Confusion(1, m, np.zeros(0, dtype=int)), ["a", "b", "c"])
    table = tool.confusion.table
    for i in range(3):
        for j in range(3):
            item = table.item(i, j)
            ratio = theme.contrast(item.foreground().color().name(), item.background().color().name())
            assert ratio >= 4.5, (i, j, ratio)


def test_messages_and_notes_already_on_screen_follow_a_live_switch_to_a_dark_palette(window, app, qtbot,
                                                                                   light_again):
    """A colour chosen for the light palette (a grey note, a red error) read at ~2:1 on a dark
    one when the system switched while the window was open: they are written again."""
    from PySide6.QtWidgets import QLabel
    training = window.show_tool("training")
    training.say("The loss diverged at epoch 3: try a smaller learning rate.", error=True)
    window.show_tool("stepper")
    window.show_tool("network")
    app.setPalette(dark_palette())
    background = dark_palette().color(QPalette.ColorRole.Window).name()

    def unreadable():
        bad = []
        for label in window.findChildren(QLabel):
            if label.property("_gl_text_role") is None or not label.text():
                continue
            role = label.property("_gl_text_role")[0]
            colour = theme.text_colours(dark=True)[role] if role else dark_palette().color(
                QPalette.ColorRole.WindowText).name()
            if role and colour not in label.styleSheet() or theme.contrast(colour, background) < 4.5:
                bad.append((label.objectName() or label.text()[:40], label.styleSheet()))
        return bad
    qtbot.waitUntil(lambda: not unreadable(), timeout=5_000)
    coloured = [label for label in window.findChildren(QLabel) if label.property("_gl_text_role") is not None]
    assert len(coloured) >= 8                       # notes, hints, errors of every tool shown
    assert theme.text_colours(dark=True)["error"] in training.status.styleSheet()
    training.say("Training run 2 on the data.")                   # a plain message: the palette's own
    assert "color" not in training.status.styleSheet()
    app.setPalette(QPalette())
    qtbot.waitUntil(lambda: theme.text_colours(dark=False)["muted"] in
                    training.confusion.hint.styleSheet(), timeout=5_000)
