"""Layouts that never fight: every tool, at the screen sizes of a classroom, comes to rest.

A view that refits itself to its viewport on every resize, and whose refit changes that
viewport (a scroll bar appears, the viewport shrinks, the view refits, the bar goes...),
keeps Qt resizing forever: the window stops answering. Each test shows every tool with the
lesson panel open at each size and asks the event loop to keep serving a 10 ms timer while
the widgets stop resizing. A watchdog ends a runaway layout so that a failure never hangs
the suite.
"""
import contextlib
import time
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

SIZES = [(1024, 768), (1280, 720), (1280, 820), (1366, 768), (1920, 1080)]
LESSON_PATH = (5, 18, 7)      # after step 1: where the freeze was seen (1 → 5 → 18; 6/7)
TICKS = 10                    # the 10 ms timer must fire this often...
QUIET_TICKS = 10              # ...the last ones with no widget resized in between...
BOUND_S = 4.0                 # ...within this many seconds (about 0.1 s when all is well)


class _LayoutWatch(QObject):
    """Counts resize events by widget class; past the deadline, drops layout events.

    Dropping Resize and LayoutRequest events breaks a layout loop, so the measuring event
    loop gets its quit timer even when Qt would otherwise never be idle again.
    """

    def __init__(self):
        super().__init__()
        self.resized = Counter()
        self.deadline = float("inf")

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            if time.monotonic() > self.deadline:
                return True
            if kind == QEvent.Type.Resize:
                self.resized[type(obj).__name__] += 1
        return False


def comes_to_rest(app, watch):
    """Serve a 10 ms timer until it fired TICKS times, the last QUIET_TICKS with no resize.

    Returns (True, "") or (False, what kept resizing) if BOUND_S passed first.
    """
    loop = QEventLoop()
    state = {"ticks": 0, "quiet": 0, "seen": 0, "rested": False}
    watch.resized.clear()

    def tick():
        state["ticks"] += 1
        total = sum(watch.resized.values())
        state["quiet"] = state["quiet"] + 1 if total == state["seen"] else 0
        state["seen"] = total
        if state["ticks"] >= TICKS and state["quiet"] >= QUIET_TICKS:
            state["rested"] = True
            loop.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(int(BOUND_S * 1000))
    give_up.timeout.connect(loop.quit)
    watch.deadline = time.monotonic() + BOUND_S + 1.0   # the watchdog, should give_up starve
    timer.start()
    give_up.start()
    loop.exec()
    timer.stop()
    give_up.stop()
    watch.deadline = float("inf")
    app.processEvents()
    if state["rested"]:
        return True, ""
    return False, (f"{state['ticks']} ticks of a 10 ms timer in {BOUND_S} s; "
                   f"resized meanwhile: {watch.resized.most_common(4)}")


def wait_for_pictures(window):
    """Wait until the pictures tool has loaded the sample a lesson step opened."""
    job = getattr(window.tools["pictures"], "job", None)
    if job is not None and job.is_running():
        loop = QEventLoop()
        job.ended.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        if job.is_running():
            loop.exec()
    assert job is None or not job.is_running()


def tools_of(window):
    """The start page and every tool's --tool name (stepper, network, ..., model)."""
    return ("start",) + tuple(window.tools)


def show(window, view):
    """Bring a tool ('stepper', ...) or a lesson step ('lesson step 5') to the front."""
    if view.startswith("lesson"):
        window.lesson.go_to(int(view.split()[-1]) - 1)
        wait_for_pictures(window)
    else:
        window.show_tool(view)


def test_coming_to_rest_catches_a_view_that_keeps_resizing_itself(qapp, monkeypatch):
    """The check the tests below make: a view that resizes itself on every resize never rests
    (and is named); once it stops fighting, the window rests in a tenth of a second."""
    monkeypatch.setitem(globals(), "BOUND_S", 1.0)
    watch = _LayoutWatch()
    qapp.installEventFilter(watch)
    window = QWidget()

    class Fighting(QWidget):
        fighting = True

        def resizeEvent(self, event):  # noqa: N802 - Qt's name
            if self.fighting:           # as a view whose refit changes its own viewport
                QTimer.singleShot(0, lambda: self.resize(601 - self.width(), 100))

    view = Fighting(window)
    view.resize(300, 100)
    window.resize(700, 200)
    window.show()
    try:
        rested, why = comes_to_rest(qapp, watch)
        assert not rested and "Fighting" in why, why
        view.fighting = False
        start = time.monotonic()
        rested, why = comes_to_rest(qapp, watch)
        assert rested and time.monotonic() - start < 0.5, why
    finally:
        qapp.removeEventFilter(watch)
        window.close()
        window.deleteLater()


@contextlib.contextmanager
def open_window(qapp, language):
    """A main window in ``language``, lesson panel open at step 1, its layout watched:
    (window, watch). Afterwards: no job left, the window gone, English again."""
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.worker import Job
    QCoreApplication.setOrganizationName("GradientLabTests")
    QCoreApplication.setApplicationName("Gradient Lab")
    assert i18n.install(qapp, language)
    watch = _LayoutWatch()
    qapp.installEventFilter(watch)
    win = MainWindow()
    try:
        win.show()
        win.lesson.show()
        win.lesson.go_to(0)
        wait_for_pictures(win)
        yield win, watch
    finally:
        Job.stop_all()
        win.close()
        win.deleteLater()
        qapp.removeEventFilter(watch)
        i18n.install(qapp, "en")


@pytest.fixture(scope="module", params=["en", "ja"])
def language_window(request, qapp):
    """One main window per language for the module, lesson panel open, at lesson step 1."""
    with open_window(qapp, request.param) as opened:
        yield opened


def test_every_tool_at_every_screen_size_leaves_the_window_answering(qapp, language_window):
    window, watch = language_window
    for width, height in SIZES:
        window.resize(width, height)
        for view in tools_of(window) + tuple(f"lesson step {n}" for n in LESSON_PATH):
            show(window, view)
            assert window.lesson.isVisible()
            rested, why = comes_to_rest(qapp, watch)
            assert rested, f"{view} at {width}×{height}: the window stops answering: {why}"


# -- a classroom projector: 1280 × 720 with the lesson panel open -----------------------------
PROJECTOR = (1280, 720)
USABLE_PLOT = (200, 150)
FIT_STEPS = ("lesson step 5", "lesson step 10", "lesson step 15", "lesson step 18")


def _plots(page):
    import pyqtgraph as pg
    kinds = (pg.PlotWidget, pg.GraphicsLayoutWidget)
    try:
        from pyqtgraph.opengl import GLViewWidget
        kinds += (GLViewWidget,)
    except ImportError:     # no OpenGL bindings: no 3-D views to check
        pass
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def _global_rect(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_every_tool_fits_a_projector_with_the_lesson_open(qapp, language_window):
    window, watch = language_window
    window.resize(*PROJECTOR)
    problems = []
    for view in tools_of(window) + FIT_STEPS:
        show(window, view)
        rested, why = comes_to_rest(qapp, watch)
        assert rested, f"{view}: {why}"
        assert (window.width(), window.height()) == PROJECTOR, \
            f"{view}: the window cannot be made {PROJECTOR[0]}×{PROJECTOR[1]}: its smallest is " \
            f"{window.minimumSizeHint().width()}×{window.minimumSizeHint().height()}"
        tabs = window.tabs
        page = QTabWidget.widget(tabs, tabs.currentIndex())
        bars = [type(area.widget()).__name__ for area in [page] + page.findChildren(QScrollArea)
                for bar in (area.horizontalScrollBar(), area.verticalScrollBar()) if bar.isVisible()]
        if bars:
            problems.append(f"{view}: the page scrolls ({', '.join(bars)})")
        shown = _global_rect(page.viewport())
        for plot in _plots(page):
            rect = _global_rect(plot)
            name = f"{type(plot).__name__} of {type(plot.parent()).__name__}"
            if rect.width() < USABLE_PLOT[0] or rect.height() < USABLE_PLOT[1]:
                problems.append(f"{view}: {name} is only {rect.width()}×{rect.height()}")
            if not shown.contains(rect):
                problems.append(f"{view}: {name} is partly outside the window")
    assert not problems, "\n".join(problems)


def test_screenshot_size_option_reads_width_by_height():
    import main
    assert main.parse_args(["--screenshot", "x.png", "--size", "1280x720"]).size == (1280, 720)
    assert main.parse_args(["--screenshot", "x.png"]).size is None
    with pytest.raises(SystemExit):
        main.parse_args(["--screenshot", "x.png", "--size", "wide"])


def test_dashboard_buttons_stay_in_place_before_while_and_after_a_run(app, qtbot):
    """A click meant for Pause must not land on another button because the row moved."""
    from gui.dashboard import DashboardTool
    from gui.session import Session
    tool = DashboardTool(Session())
    qtbot.addWidget(tool)
    tool.resize(920, 640)
    tool.show()
    buttons = (tool.buttons.start_button, tool.buttons.pause_button, tool.buttons.stop_button, tool.buttons.step_batch_button,
               tool.buttons.step_epoch_button, tool.buttons.reset_button, tool.buttons.export_button)

    def places():
        qtbot.waitUntil(lambda: not any(w.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent)
                                        for w in buttons), timeout=2_000)
        app.processEvents()
        return [QRect(b.mapTo(tool, QPoint(0, 0)), b.size()) for b in buttons]

    tool.set_toy_dataset("moons", n=400, noise=0.1, seed=0)
    tool.set_settings(batch_size=4, epochs=100_000)
    before = places()
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: len(run.history.batches) > 5, timeout=10_000)
    assert places() == before, "the buttons moved when the run started"
    tool.pause()
    assert tool.buttons.pause_button.text() != "Pause"
    assert places() == before, "the buttons moved when the run was paused"
    tool.resume()
    tool.stop()
    qtbot.waitUntil(lambda: not tool.controller.is_active(), timeout=10_000)
    assert places() == before, "the buttons moved when the run stopped"
    tool.step_batch()
    qtbot.waitUntil(lambda: not tool.controller.is_running(), timeout=10_000)
    assert tool.buttons.start_button.text() != "Start"      # "Continue" the stepped run
    assert places() == before, "the buttons moved after a step"
    tool.controller.finish_now()


@pytest.mark.parametrize("preset", ["zigzag", "square"])
def test_no_white_box_near_the_minimum_when_no_gradient_is_shown(app, qtbot, preset):
    """At Step 1 there is no gradient, so no label: an empty label painted a white box."""
    from gui.stepper import StepperTool
    tool = StepperTool()
    qtbot.addWidget(tool)
    tool.resize(900, 640)
    tool.show()
    tool.load_preset(preset)
    tool.step()
    tool.step()              # Step 2: the gradient (and its label) is shown...
    tool.reset()             # ...and back at Step 1 it is gone
    view = tool.contour_view if preset == "zigzag" else tool.curve_view
    label = view.gradient_label if preset == "zigzag" else view.label
    assert tool.current_step() == 1
    assert not label.isVisible(), "an empty text label still paints its white background"


@pytest.mark.parametrize("screen, saved", [
    ((0, 0, 1280, 720), None),                      # a projector, first run
    ((0, 0, 1280, 692), None),                      # the same with a panel at the bottom
    ((0, 0, 1920, 1080), None),                     # a large screen: the usual first size
    ((0, 0, 1280, 720), (100, 80, 1900, 1050)),     # saved on a large screen, opened on a projector
    ((1920, 0, 1366, 768), (40, 40, 1000, 700)),    # saved on another screen
])
def test_the_window_fits_the_screen_it_opens_on(screen, saved):
    from gui.main_window import FIRST_RUN_SIZE, TITLE_BAR, window_rect
    available = QRect(*screen)
    rect = window_rect(available, QRect(*saved) if saved else None)
    framed = rect.adjusted(0, -TITLE_BAR, 0, 0)      # with the window manager's title bar
    assert available.contains(framed), f"{rect} with its title bar leaves the screen {available}"
    if saved is None and available.width() >= 1600:
        assert rect.size() == FIRST_RUN_SIZE
    if saved is not None and available.contains(QRect(*saved).adjusted(0, -TITLE_BAR, 0, 0)):
        assert rect == QRect(*saved)


def test_a_saved_window_larger_than_the_screen_is_made_to_fit(app, qtbot):
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    big = MainWindow()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 4000, 3000)
    QSettings().setValue("window/geometry", big.saveGeometry())
    big.close()
    win = MainWindow()
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    smallest = win.minimumSizeHint()
    assert win.width() <= max(room.width(), smallest.width())
    assert win.height() <= max(room.height(), smallest.height())
    assert win.width() < 4000 and win.height() < 3000


def _combo_shows_whole_text(combo):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def test_japanese_preset_names_and_class_shares_are_never_cut(qapp, language_window):
    window, watch = language_window
    window.resize(*PROJECTOR)
    builder = window.show_tool("network")
    comes_to_rest(qapp, watch)
    box = builder.task_panel.preset
    for index in range(box.count()):
        box.setCurrentIndex(index)
        assert _combo_shows_whole_text(box), f"the preset box cuts “{box.currentText()}”"
    from gui.pictures.gallery import BalanceBar
    bar = BalanceBar()
    bar.resize(300, 26)
    names = ["ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
    bar.set_counts(names, [30] * 10)
    metrics = bar.fontMetrics()
    labels = bar.labels()
    assert len(labels) == 10
    for rect, _colour, text in labels:
        assert metrics.horizontalAdvance(text) <= rect.width(), f"“{text}” is cut in a {rect.width():.0f} px share"
    bar.set_counts(names[:2], [50, 50])
    assert [text for _r, _c, text in bar.labels()] == ["ゼロ 50%", "いち 50%"]


def test_the_decision_map_gets_the_larger_share_beside_the_confusion_matrix(qapp, language_window):
    window, watch = language_window
    window.resize(*PROJECTOR)
    dashboard = window.show_tool("training")
    dashboard.set_toy_dataset("circles")
    comes_to_rest(qapp, watch)
    shown = dashboard.regions.plot
    assert shown.isVisible() and dashboard.confusion.isVisible()
    assert shown.width() > dashboard.confusion.width()
    assert shown.width() >= USABLE_PLOT[0] and shown.height() >= USABLE_PLOT[1]
