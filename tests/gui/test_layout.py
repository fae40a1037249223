"""Layouts that never fight: every tool, at the screen sizes of a classroom, comes to rest.

A view that refits itself to its viewport on every resize, and whose refit changes that
viewport (a scroll bar appears, the viewport shrinks, the view refits, the bar goes...),
keeps Qt resizing forever: the window stops answering. Each test shows every tool with the
lesson panel open at each size and asks the event loop to keep serving a 10 ms timer while
the widgets stop resizing. A watchdog ends a runaway layout so that a failure never hangs
the suite.
"""
import time
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

SIZES = [(1024, 768), (1280, 720), (1280, 820), (1366, 768), (1920, 1080)]
TOOLS = ("start", "stepper", "network", "training", "pictures", "model")
LESSON_PATH = (5, 18, 7)      # after step 1: where the freeze was seen (1 → 5 → 18; 6/7)
TICKS = 20                    # the 10 ms timer must fire this often...
QUIET_TICKS = 10              # ...the last ones with no widget resized in between...
BOUND_S = 4.0                 # ...within this many seconds (about 0.2 s when all is well)


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


def wait_for_pictures(qtbot, window):
    job = getattr(window.tools["pictures"], "job", None)
    if job is not None and job.is_running():
        with qtbot.waitSignal(job.ended, timeout=30_000):
            pass


@pytest.fixture
def watch(app):
    watch = _LayoutWatch()
    app.installEventFilter(watch)
    yield watch
    app.removeEventFilter(watch)


@pytest.fixture(params=["en", "ja"])
def language_window(request, app, qtbot, watch):
    """One main window in the language, lesson panel open, at lesson step 1."""
    from gui import i18n
    from gui.main_window import MainWindow
    assert i18n.install(app, request.param)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        win.lesson.show()
        win.lesson.go_to(0)
        wait_for_pictures(qtbot, win)
        yield win
        win.close()
    finally:
        i18n.install(app, "en")


def test_every_tool_at_every_screen_size_leaves_the_window_answering(app, qtbot, watch, language_window):
    window = language_window
    for width, height in SIZES:
        window.resize(width, height)
        for view in TOOLS + tuple(f"lesson step {n}" for n in LESSON_PATH):
            if view.startswith("lesson"):
                window.lesson.go_to(int(view.split()[-1]) - 1)
                wait_for_pictures(qtbot, window)
            else:
                window.show_tool(view)
            assert window.lesson.isVisible()
            rested, why = comes_to_rest(app, watch)
            assert rested, f"{view} at {width}×{height}: the window stops answering: {why}"


def test_screenshot_size_option_reads_width_by_height():
    import main
    assert main.parse_args(["--screenshot", "x.png", "--size", "1280x720"]).size == (1280, 720)
    assert main.parse_args(["--screenshot", "x.png"]).size is None
    with pytest.raises(SystemExit):
        main.parse_args(["--screenshot", "x.png", "--size", "wide"])
