"""Presenter mode, the zoom, the remote's keys and the blank screen, pressed as a teacher does."""
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit

from gui import presentation


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _focused(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)
    return widget


def _text_px():
    return QFontInfo(QApplication.instance().font()).pixelSize()


def test_f5_turns_presenter_mode_on_and_off_with_large_text_and_full_screen(window, qtbot):
    _active(window, qtbot)
    window.resize(1280, 720)
    usual = _text_px()
    assert usual < 15
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.is_presenting and window.isFullScreen()
    assert window.presentation.presenter_action.isChecked()
    assert not window.statusBar().isVisible()           # secondary panels collapsed
    qtbot.keyClick(window, Qt.Key.Key_F11)              # F11 alone: out of full screen...
    assert not window.isFullScreen() and window.presentation.is_presenting
    window.resize(1280, 720)                            # ...at a projector's size
    qtbot.waitUntil(lambda: _text_px() >= 720 / 50, timeout=5_000)
    assert presentation.line_width(2) >= 2 * presentation.PRESENTER_LINES
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
    assert not window.presentation.is_presenting
    assert _text_px() == usual and presentation.line_width(2) == 2
    assert window.statusBar().isVisible()


def test_ctrl_plus_minus_and_zero_zoom_the_interface_and_the_zoom_is_remembered(window, qtbot, app):
    _active(window, qtbot)
    usual = _text_px()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = _text_px()
    assert bigger > usual
    assert float(QSettings().value(presentation.ZOOM_KEY)) > 1
    window.close()
    from gui.main_window import MainWindow
    again = MainWindow()                                # the next start has the same zoom
    qtbot.addWidget(again)
    again.show()
    assert _text_px() == bigger
    _active(again, qtbot)
    qtbot.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert _text_px() < bigger
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert _text_px() == usual and float(QSettings().value(presentation.ZOOM_KEY)) == 1
    again.close()



def test_switching_tools_at_the_usual_size_leaves_every_widget_alone_but_a_zoom_is_undone_on_return(window, monkeypatch):
    """Rescaling visits every widget and plot item of the window (~50 ms a tab switch): at the
    usual size, with nothing ever zoomed, a tab switch does not; once zoomed, a tool hidden
    while the zoom went back gets its designed sizes back when it is shown again."""
    from gui import scaling
    visits = []
    real = scaling.apply
    monkeypatch.setattr(scaling, "apply", lambda *args, **kwargs: visits.append(args[0]) or real(*args, **kwargs))
    for key in ("stepper", "network", "training", "stepper"):
        window.show_tool(key)
    assert visits == []
    formula = window.tools["stepper"].steps_panel.formula     # a font of its own
    designed = QFontInfo(formula.font()).pixelSize()
    window.presentation.zoom_in()
    window.presentation.zoom_in()
    assert QFontInfo(formula.font()).pixelSize() > designed
    window.show_tool("network")
    window.presentation.reset_zoom()                 # the stepper is hidden meanwhile
    window.show_tool("stepper")
    assert QFontInfo(formula.font()).pixelSize() == designed


def test_b_blanks_the_screen_and_any_key_brings_it_back_but_b_types_in_a_text_field(window, qtbot):
    _active(window, qtbot)
    stepper = window.show_tool("stepper")
    cover = window.presenter_keys.blank_screen
    qtbot.keyClick(_focused(qtbot, window.tabs.tabBar()), Qt.Key.Key_B)
    assert cover.isVisible() and cover.geometry() == window.rect()
    lesson_at = window.lesson.index
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)    # only brings it back
    assert not cover.isVisible() and window.lesson.index == lesson_at
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Period)
    assert cover.isVisible()
    qtbot.mouseClick(cover, Qt.MouseButton.LeftButton)
    assert not cover.isVisible()
    field = _focused(qtbot, stepper.function_panel.formula)
    assert isinstance(field, QLineEdit)
    field.clear()
    qtbot.keyClicks(field, "b.B")
    assert field.text() == "b.B" and not cover.isVisible()


def test_page_down_steps_the_stepper_when_the_lesson_is_closed(window, qtbot):
    _active(window, qtbot)
    window.lesson.hide()
    stepper = window.show_tool("stepper")
    stepper.load_preset("square")
    assert stepper.current_step() == 1
    tab_bar = _focused(qtbot, window.tabs.tabBar())
    qtbot.keyClick(tab_bar, Qt.Key.Key_PageDown)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert stepper.current_step() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert stepper.current_step() == 2
    spin = _focused(qtbot, stepper.settings_panel.lr)    # a spin box keeps its Page keys
    before = spin.value()
    qtbot.keyClick(spin, Qt.Key.Key_PageUp)
    assert spin.value() > before          # (a new α starts the stepper again at Step 1)
    window.lesson.show()                                  # the lesson open: the keys are its own
    at = window.lesson.index
    qtbot.keyClick(_focused(qtbot, window.tabs.tabBar()), Qt.Key.Key_PageDown)
    assert window.lesson.index == at + 1


def test_help_keyboard_shortcuts_lists_every_action_and_shortcut_the_window_has(window):
    from gui.help_actions import shortcut_actions
    rows = window.help_actions.shortcuts()
    keys = {}
    for text, key in rows:
        keys.setdefault(key, []).append(text)
    native = QKeySequence.SequenceFormat.NativeText
    actions = shortcut_actions(window)
    assert len(actions) >= 20
    missing = [(action.text(), sequence.toString(native)) for action in actions
               for sequence in action.shortcuts()
               if not any(text.endswith(action.text().replace("&", "").rstrip("…"))
                          for text in keys.get(sequence.toString(native), []))]
    missing += [(shortcut.whatsThis(), shortcut.key().toString(native))
                for shortcut in window.findChildren(QShortcut)
                if shortcut.key().toString(native) not in keys]
    assert not missing, f"shortcuts the Help list does not show: {missing}"
    for key in ("F5", "F11", "Ctrl+0", "B", "Ctrl+Z", "Ctrl+Shift+O", "PgDown"):
        assert key in keys, key


# -- presenter mode on a 1280 × 720 projector: every text readable from the back -----------------
import pytest  # noqa: E402

from test_layout import PROJECTOR, comes_to_rest, open_window, show, tools_of, wait_for_pictures  # noqa: E402
from projector import clipped, small_texts  # noqa: E402

PRESENTER_STEPS = ("lesson step 5", "lesson step 10", "lesson step 18")
IN_USE = ("stepper in use", "network in use", "training in use", "pictures in use")


@pytest.fixture(scope="module", params=["en", "ja"])
def presenting_window(request, qapp):
    """One window per language in presenter mode at 1280 × 720, the lesson open."""
    with open_window(qapp, request.param) as (win, watch):
        win.resize(*PROJECTOR)
        for key in win.tools:                           # every tool built before: it must follow
            show(win, key)                              # the change of sizes, not only be built in it
        wait_for_pictures(win)
        win.presentation.allow_full_screen = False      # the offscreen screen is not 1280 × 720
        win.presentation.set_presenting(True)
        win.resize(*PROJECTOR)
        yield win, watch


def _settle(qapp, window, watch, view):
    if view.endswith(" in use"):          # as its screenshot shows it: runs, a prediction...
        key = view.split()[0]
        tool = window.show_tool(key)
        if key == "training":     # at full speed, as in a fresh window (a lesson step left its pace)
            tool.set_step_pause(0)
        tool.prepare_screenshot(**({"step": 3} if key == "pictures" else {}))
        wait_for_pictures(window)
    else:
        show(window, view)
    window.presentation.update()           # what the view drew on being shown, scaled now
    rested, why = comes_to_rest(qapp, watch)
    assert rested, f"{view}: {why}"
    window.presentation.update()           # and what it drew once shown (as the next second does)
    rested, why = comes_to_rest(qapp, watch)
    assert rested, f"{view}: {why}"


def test_in_presenter_mode_every_text_is_one_fiftieth_of_the_screen_high_and_none_is_cut_off(qapp, presenting_window):
    """One walk of every tool, lesson step and state in use (a walk takes ~50 s): at each, every
    text is at least 1/50 of the 720-pixel screen high, and no text is cut off or scrolls."""
    window, watch = presenting_window
    from PySide6.QtWidgets import QScrollArea, QTabWidget
    required = 720 / 50
    small, cut = [], []
    for view in tools_of(window) + PRESENTER_STEPS + IN_USE:
        _settle(qapp, window, watch, view)
        assert (window.width(), window.height()) == PROJECTOR
        page = window.tabs.currentWidget()
        roots = (page, window.lesson, window.tabs.tabBar())
        for _second in range(3):      # what a job draws later (the landscape's map) is scaled
            if not any(small_texts(root, required) for root in roots):    # within the next second
                break
            window.presentation.update()
            comes_to_rest(qapp, watch)
        for root in roots:
            small += [f"{view}: {where} “{text}” is {px} px" for where, text, px in small_texts(root, required)]
        page = QTabWidget.widget(window.tabs, window.tabs.currentIndex())
        bars = [type(area.widget()).__name__ for area in [page] + page.findChildren(QScrollArea)
                for bar in (area.horizontalScrollBar(), area.verticalScrollBar()) if bar.isVisible()]
        if bars:
            cut.append(f"{view}: the page scrolls ({', '.join(bars)})")
        for root, scrolls in ((window.tabs.currentWidget(), False), (window.lesson, True), (window.tabs, False)):
            cut += [f"{view}: {where}: “{text}”" for where, text in clipped(root, scrolls)]
    assert not small, f"{len(small)} texts below {required} px:\n" + "\n".join(sorted(set(small)))
    assert not cut, f"{len(cut)} texts cut off:\n" + "\n".join(sorted(set(cut)))


def test_in_presenter_mode_what_the_teacher_points_at_is_strongly_highlighted(window, qtbot):
    from PySide6.QtGui import QPalette
    window.presentation.allow_full_screen = False
    stepper = window.show_tool("stepper")
    stepper.load_preset("square")
    stepper.step()
    row = stepper.steps_panel.rows[1]                          # Step 2 is the current one
    assert stepper.steps_panel.highlighted() == [2]
    pale = row.palette().color(QPalette.ColorRole.Window)
    builder = window.show_tool("network")
    builder.select_layer(0)
    pale_fill, no_outline = builder.diagram.selection_colours()
    assert no_outline is None
    dashboard = window.show_tool("training")
    dashboard.set_toy_dataset("xor", n=100)
    dashboard.step_batch()
    qtbot.waitUntil(lambda: not dashboard.controller.is_running(), timeout=10_000)
    assert dashboard.loss_panel.newest_point() is None          # only in presenter mode

    window.presentation.set_presenting(True)
    qtbot.waitUntil(lambda: dashboard.loss_panel.newest_point() is not None, timeout=5_000)
    x, _y = dashboard.loss_panel.newest_point()
    assert x == dashboard.current_run().batch_step.values[-1]
    strong = row.palette().color(QPalette.ColorRole.Window)
    assert strong == presentation.STRONG_HIGHLIGHT != pale
    assert strong.saturationF() > 0.9 and row.text().startswith("<b>")
    assert QFontInfo(row.font()).pixelSize() == QFontInfo(stepper.steps_panel.rows[0].font()).pixelSize()
    fill, outline = builder.diagram.selection_colours()
    assert outline is not None and fill.alpha() > pale_fill.alpha()
    window.presentation.set_presenting(False)
    assert row.palette().color(QPalette.ColorRole.Window) == pale and "<b>" not in row.text()
    assert builder.diagram.selection_colours()[1] is None
    assert dashboard.loss_panel.newest_point() is None
    dashboard.controller.finish_now()


def test_a_column_as_wide_as_its_buttons_grows_with_them_when_the_text_grows(app, qtbot):
    """The dashboard's column: its width is fixed to its contents; a larger font (presenter
    mode, the zoom) must widen it with its buttons, not leave them cut by the plots beside it."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

    from gui.layout_rules import fixed_width_for_contents, keep_width
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    column = QWidget()
    inner = QWidget(column)
    grid = QGridLayout(inner)
    buttons = [QPushButton(text) for text in ("Step one batch", "Step one epoch", "Reset weights")]
    for k, button in enumerate(buttons):
        keep_width(button, (button.text(),))
        grid.addWidget(button, 0, k)
    QVBoxLayout(column).addWidget(inner)
    fixed_width_for_contents(column, 100)
    row.addWidget(column)
    row.addWidget(QPushButton("the plots"), 1)
    window.resize(900, 200)
    window.show()
    qtbot.waitExposed(window)
    usual = column.width()
    font = QFont(app.font())
    try:
        bigger = QFont(font)
        bigger.setPixelSize(2 * QFontInfo(font).pixelSize())
        app.setFont(bigger)
        qtbot.waitUntil(lambda: column.width() > 1.5 * usual, timeout=5_000)
        qtbot.waitUntil(lambda: all(b.visibleRegion().boundingRect().width() >= b.sizeHint().width()
                                    for b in buttons), timeout=5_000)
    finally:
        app.setFont(font)


def test_a_long_message_of_the_training_tool_is_shown_whole_in_presenter_mode(window, qtbot):
    """The message line is two lines high; a run's end with three accuracies needs more at a
    projector's size in presenter mode: it grows (its last words were cut off), and goes back
    to two lines for a short message."""
    window.presentation.allow_full_screen = False
    window.resize(1280, 720)
    tool = window.show_tool("training")
    window.presentation.set_presenting(True)
    window.resize(1280, 720)
    status = tool.status

    def two_lines():
        return 2 * status.fontMetrics().lineSpacing() + 4
    qtbot.waitUntil(lambda: status.width() > 0, timeout=5_000)
    long = "Finished 150 epochs: training loss 0.006323, training accuracy 100 %"
    for share in range(99, 0, -1):              # three lines at least, however wide the column
        if status.fontMetrics().horizontalAdvance(long) > 3 * status.width():
            break
        long += f", validation accuracy {share} %"
    tool.say(long)
    qtbot.waitUntil(lambda: status.heightForWidth(status.width()) > two_lines(), timeout=5_000)
    qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()), timeout=5_000)
    tool.say("Stopped.")
    qtbot.waitUntil(lambda: status.height() == two_lines(), timeout=5_000)
    window.presentation.set_presenting(False)
