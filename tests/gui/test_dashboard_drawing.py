"""The training dashboard draws a run live, and drawing never holds the training back."""
import time

import numpy as np

import pytest


@pytest.fixture
def tool(app, qtbot):
    from gui.dashboard import DashboardTool
    from gui.session import Session
    widget = DashboardTool(Session())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.controller.finish_now()


def start_long_run(tool, qtbot):
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_settings(batch_size=10, epochs=100_000, validation_fraction=0.0)
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: len(run.history.batches) > 20, timeout=10_000)
    return run


def test_while_training_the_loss_plot_and_the_decision_map_are_redrawn_live(tool, qtbot):
    run = start_long_run(tool, qtbot)
    frames, maps = tool.painter.frames, tool.regions.map_updates
    started = time.perf_counter()
    # the promise is 15 loss plots and 5 maps a second; a shared test machine gets three times
    # as long (the worker used to be held while the view painted: 1 to 4 frames a second)
    qtbot.waitUntil(lambda: tool.painter.frames >= frames + 15 and tool.regions.map_updates >= maps + 5,
                    timeout=3_000)
    assert tool.is_training() and run.ended is None
    assert time.perf_counter() - started < 3.0
    # what is drawn is the newest state: the curve holds every batch that has arrived so far
    tool.pause()
    qtbot.waitUntil(lambda: tool.buttons.pause_button.text() == "Resume")
    assert len(tool.loss_panel.line(run, "raw").y) == len(run.history.batches)


def test_the_worker_keeps_training_while_the_view_is_busy_drawing(tool, qtbot, monkeypatch):
    from engine import BatchRecord
    run = start_long_run(tool, qtbot)
    drawing, slept, delivered = tool.loss_panel.refresh, [], []

    def slow_refresh(*args, **kwargs):     # one drawing that keeps the UI thread busy for 0.4 s
        drawing(*args, **kwargs)
        if not slept:
            time.sleep(0.4)                # (sleeping, the UI thread leaves the GIL to the worker)
            slept.append(True)

    def on_records(_run, records):         # the first delivery after that drawing
        if slept and not delivered:
            delivered.append(sum(isinstance(r, BatchRecord) for r in records))

    tool.controller.records.connect(on_records)
    monkeypatch.setattr(tool.loss_panel, "refresh", slow_refresh)
    qtbot.waitUntil(lambda: bool(delivered), timeout=5_000)
    # it holds what the worker trained meanwhile: dozens of batches, not the one or two a
    # worker waiting for the drawing would have done
    assert delivered[0] >= 40
    tool.stop()
    qtbot.waitUntil(lambda: not tool.controller.is_running(), timeout=10_000)
    assert run.ended.reason == "stopped"


def test_with_many_runs_kept_a_new_run_draws_only_its_own_curves(tool, qtbot):
    from gui.dashboard.run import Run
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_settings(batch_size=10, epochs=2, validation_fraction=0.0)
    tool.start()
    qtbot.waitUntil(lambda: tool.current_run().ended is not None, timeout=10_000)
    h, first = tool.current_run().history, tool.current_run()
    kept = []
    for number in range(1, 31):
        run = Run(number, f"run {number}", first.settings, first.kind, first.class_names)
        run.add(list(h.batches) + list(h.epochs) + [h.ended])
        kept.append(run)
    tool.model.replace_runs(kept)
    drawn = tool.loss_panel.refresh_count
    tool.start()
    assert tool.loss_panel.refresh_count - drawn <= 2      # not all 31 runs again
    qtbot.waitUntil(lambda: tool.current_run().ended is not None, timeout=10_000)
    finished, live = tool.loss_panel.items[tool.loss_panel.loss_plot]
    assert len(finished.drawings) == 31 and not live.drawings


def test_while_a_new_run_trains_the_finished_runs_are_not_painted_again(tool, qtbot):
    """100 finished runs kept on the plots: painting them at every frame blocked the UI for
    seconds. They are one cached picture, painted again only when they or the view change."""
    from gui.dashboard.run import Run
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_settings(batch_size=10, epochs=40, validation_fraction=0.0)
    tool.start()
    qtbot.waitUntil(lambda: tool.current_run().ended is not None, timeout=10_000)
    h, first = tool.current_run().history, tool.current_run()
    kept = []
    for number in range(1, 31):                       # 30 runs as the next one will be
        run = Run(number, f"run {number}", first.settings, first.kind, first.class_names)
        run.add(list(h.batches) + list(h.epochs) + [h.ended])
        kept.append(run)
    tool.model.replace_runs(kept)
    tool.set_step_pause(0.02)                         # slow enough to watch ten frames of it
    finished, live = tool.loss_panel.items[tool.loss_panel.loss_plot]
    qtbot.waitUntil(lambda: finished.paint_count > 0)
    tool.start()
    qtbot.waitUntil(lambda: live.paint_count > 0)
    painted, frames = finished.paint_count, live.paint_count
    qtbot.waitUntil(lambda: live.paint_count >= frames + 10, timeout=10_000)   # ten frames of the new run
    assert finished.paint_count - painted <= 2
    assert len(finished.drawings) == 30 and len(live.drawings) == 1


def test_a_fast_run_computes_the_confusion_matrix_a_few_times_a_second_not_every_epoch():
    """On 200 points an epoch takes a few milliseconds: a matrix (a pass over all the data)
    at every epoch cost the run a sixth of its speed, for a panel redrawn ~7 times a second."""
    from engine import Network, Trainer
    from engine.data import make_toy
    from gui.dashboard.stream import Confusion, RunStream
    X, y, _ = make_toy("xor", n=200, noise=0.05, seed=0)
    net = Network.from_spec({"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                                         {"units": 2, "activation": "softmax"}]}, seed=0)
    stream = RunStream(Trainer(net, "sgd", lr=0.01, batch_size=10, epochs=100_000, seed=0), net, X, y, 2)
    epochs = confusions = 0
    started = time.perf_counter()
    for record in stream.segment():
        epochs += type(record).__name__ == "EpochRecord"
        confusions += isinstance(record, Confusion)
        if time.perf_counter() - started > 1.5:
            break
    seconds = time.perf_counter() - started
    assert epochs > 50                                  # many epochs went by...
    assert 1 <= confusions <= seconds / 0.5 + 1         # ...and a matrix at most every 0.5 s


def differing_pixels(a, b):
    """How many pixels of two same-sized QImages differ."""
    def pixels(image):
        image = image.convertToFormat(image.Format.Format_RGB32)
        return np.frombuffer(image.constBits(), np.uint32, image.width() * image.height()).copy()
    return int(np.count_nonzero(pixels(a) != pixels(b)))


def test_a_frame_paints_only_the_newest_columns_and_the_plot_looks_as_a_full_repaint_would(tool, qtbot):
    """The run in progress grows to the right: a frame repaints the strip of its newest
    columns (repainting the whole plot 16 times a second took the training's time), and
    what the screen shows then is exactly what painting the whole plot again shows."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    plot = tool.loss_panel.loss_plot

    class PaintedWidths(QObject):
        widths = []

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.widths.append(event.rect().width())
            return False

    spy = PaintedWidths()
    plot.viewport().installEventFilter(spy)
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_settings(batch_size=10, epochs=20, validation_fraction=0.0)   # 400 batches wide
    tool.set_step_pause(0.02)                                              # in about 8 s
    tool.start()
    run = tool.current_run()
    qtbot.waitUntil(lambda: tool.painter.frames >= 40, timeout=20_000)
    tool.pause()                          # nothing new arrives: every frame so far is painted
    qtbot.waitUntil(lambda: tool.buttons.pause_button.text() == "Resume")
    qtbot.wait(300)
    QApplication.processEvents()
    plot.viewport().removeEventFilter(spy)
    narrow = [w for w in spy.widths if w < plot.viewport().width() / 4]
    assert len(narrow) >= 0.6 * len(spy.widths), spy.widths
    screen, viewport = plot.screen(), plot.viewport()
    corner = viewport.mapTo(tool, viewport.rect().topLeft())      # the loss plot's pixels only
    area = (corner.x(), corner.y(), viewport.width(), viewport.height())
    painted = screen.grabWindow(tool.winId(), *area).toImage()
    viewport.repaint()                    # the whole plot painted at once
    whole = screen.grabWindow(tool.winId(), *area).toImage()
    assert len(tool.loss_panel.line(run, "raw").y) > 100 and run.ended is None
    # the same picture; a line drawn in two strips may step a pixel differently at their joint
    assert differing_pixels(painted, whole) <= 20           # (a broken strip: 100 or more)
    tool.stop()


def test_the_map_is_drawn_apart_from_the_loss_curves_so_the_window_is_never_held_for_both(tool, qtbot):
    """A frame of the loss curves and a new decision map (with the confusion matrix and the
    progress line) held the window together for the longest stretch of a run; the map now
    comes half a frame later, in an event of its own."""
    loss_panel, regions = tool.loss_panel, tool.regions
    events = []
    drawing, mapping = loss_panel.refresh, regions.show_grid

    def refresh(*args, **kwargs):
        events.append(("curves", time.perf_counter()))
        return drawing(*args, **kwargs)

    def show_grid(*args, **kwargs):
        events.append(("map", time.perf_counter()))
        return mapping(*args, **kwargs)

    start_long_run(tool, qtbot)                          # (starting draws everything at once)
    loss_panel.refresh, regions.show_grid = refresh, show_grid
    qtbot.waitUntil(lambda: sum(kind == "map" for kind, _ in events) >= 8, timeout=20_000)
    tool.stop()
    gaps = [t - before for (k0, before), (k1, t) in zip(events, events[1:]) if (k0, k1) == ("curves", "map")]
    # (on a loaded machine a late curves frame may fall just before a map now and then)
    assert gaps and float(np.median(gaps)) > 0.015, gaps


def test_a_new_runs_plots_span_its_whole_planned_length_from_the_start(app, qtbot):
    """The x axis is fitted to epochs × batches per epoch when Start is pressed, before the first
    batch comes back: fitting it again after the first batch repainted both plots and their
    axes (a ~50 ms stall at the start of every run)."""
    from gui.dashboard import DashboardTool
    from gui.session import Session
    tool = DashboardTool(Session())
    qtbot.addWidget(tool)
    tool.resize(1200, 800)
    tool.show()
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    tool.set_settings(batch_size=16, epochs=40, seed=0, validation_fraction=0.3)
    ranges = []
    box = tool.loss_panel.loss_plot.getPlotItem().getViewBox()
    box.sigXRangeChanged.connect(lambda _box, x_range: ranges.append(tuple(x_range)))
    tool.start()
    try:
        planned = ranges[-1]
        qtbot.waitUntil(lambda: len(tool.current_run().history.epochs) >= 2, timeout=20_000)
        run = tool.current_run()
        batches = run.history.batches[0].batches_per_epoch
        assert batches == 9                    # 140 of the 200 points, 16 at a time
        assert planned[0] <= 0 and 40 * batches <= planned[1] <= 40 * batches * 1.05
        assert ranges[-1] == planned           # not fitted again once the batches came in
    finally:
        tool.controller.finish_now()


def test_a_frame_of_a_run_runs_no_python_for_the_legends_the_axes_or_an_empty_layer(tool, qtbot):
    """Each call Qt makes into Python while it repaints a plot (an item's paint or bounds)
    waits for the training thread to hand the interpreter over (up to 0.5 ms each). 18 frames a
    second, so: the key to the lines is widgets over the plots (a pyqtgraph legend is seven
    items Qt asks at every repaint), the axes are kept as pictures (a strip near the bottom
    repainted them), and the finished-runs layer is hidden while there is no finished run
    (60 calls into Python a frame before, 46 now)."""
    import sys
    from pyqtgraph import AxisItem
    run = start_long_run(tool, qtbot)
    calls = []

    def record(frame, event, _arg):
        if event == "call" and frame.f_code.co_name in ("paint", "boundingRect"):
            me = frame.f_locals.get("self")
            calls.append((type(me).__name__, frame.f_code.co_name, me))
    frames = tool.painter.frames
    sys.setprofile(record)            # this (the UI) thread only
    try:
        qtbot.waitUntil(lambda: tool.painter.frames >= frames + 10, timeout=10_000)
    finally:
        sys.setprofile(None)
    frames = tool.painter.frames - frames
    assert run.ended is None and any(name == "RunsItem" for name, _, _ in calls)    # it painted
    legend = [name for name, _, _ in calls if name in ("LegendItem", "ItemSample")]
    assert not legend, f"{len(legend)} calls into the legends in {frames} frames"
    axes = [me for _, what, me in calls if what == "paint" and isinstance(me, AxisItem)]
    assert len(axes) <= 4, f"the axes painted {len(axes)} times in {frames} frames"
    empty = [what for name, what, me in calls if name == "RunsItem" and not me.drawings]
    assert not empty, f"{len(empty)} calls into a layer with nothing to draw"
    assert tool.loss_panel.legends[tool.loss_panel.loss_plot].isVisible()


def test_the_key_to_the_lines_lies_inside_its_plot_or_is_left_out(tool, qtbot):
    """The key is laid over a corner of each plot's view box; where a plot is too narrow for it
    (the accuracy plot of a small window) it is left out rather than cover the axis."""
    from PySide6.QtCore import QRect

    def placed():
        shown = {}
        for plot, legend in tool.loss_panel.legends.items():
            area = plot.mapFromScene(plot.getPlotItem().getViewBox().sceneBoundingRect()).boundingRect()
            if legend.rows.isVisible():
                assert area.contains(QRect(legend.pos(), legend.size())), (area, legend.geometry())
            shown[plot] = legend.rows.isVisible()
        return shown
    qtbot.waitUntil(lambda: placed()[tool.loss_panel.loss_plot], timeout=5_000)
    tool.resize(900, 600)
    qtbot.waitUntil(lambda: not placed()[tool.loss_panel.acc_plot], timeout=5_000)
    tool.resize(1600, 900)
    qtbot.waitUntil(lambda: all(placed().values()), timeout=5_000)


def test_the_decision_map_shows_each_class_where_the_model_predicts_it(tool, qtbot):
    """Class 0 where x₁ < 0 and class 1 where x₁ > 0, then the same split along x₂: the map's
    colours lie on the right side of the plot (neither turned nor mirrored)."""
    from PySide6.QtCore import QPointF
    from gui.dashboard.regions_panel import region_colours
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    panel = tool.regions
    (x0, x1), (y0, y1) = panel.bounds
    xs, ys = np.linspace(x0, x1, 80), np.linspace(y0, y1, 80)
    for split_on in (0, 1):
        along = np.broadcast_to((xs if split_on == 0 else ys[:, None]), (80, 80))
        probs = np.zeros((80, 80, 2), dtype=np.float32)
        probs[..., 0], probs[..., 1] = along < 0, along >= 0
        panel.points.setVisible(False)          # only the map
        panel.show_grid(probs)
        picture = panel.plot.grab().toImage()
        box = panel.plot.getPlotItem().getViewBox()

        def colour_at(x, y):
            at = panel.plot.mapFromScene(box.mapViewToScene(QPointF(x, y)))
            c = picture.pixelColor(at.x(), at.y())
            return np.array([c.red(), c.green(), c.blue()])
        expected = region_colours(np.array([[[1.0, 0.0], [0.0, 1.0]]], dtype=np.float32))[0]
        low_side = (0.8 * x0, 0.5 * (y0 + y1)) if split_on == 0 else (0.5 * (x0 + x1), 0.8 * y0)
        high_side = (0.8 * x1, 0.5 * (y0 + y1)) if split_on == 0 else (0.5 * (x0 + x1), 0.8 * y1)
        assert np.abs(colour_at(*low_side) - expected[0]).max() <= 2, split_on
        assert np.abs(colour_at(*high_side) - expected[1]).max() <= 2, split_on
    panel.points.setVisible(True)


def test_a_repaint_of_the_decision_map_runs_no_python_for_the_map_or_to_paint_the_points(tool, qtbot):
    """The map changes ~6 times a second while training; it is a picture Qt paints itself
    (pyqtgraph's ImageItem answered each repaint's paint and bounds in Python: each call
    waits for the training thread). The data's points over it do not change: Qt keeps them as
    a picture too (pyqtgraph painted the 200 points again, in Python, at each new map)."""
    import sys
    from PySide6.QtWidgets import QApplication
    tool.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    panel = tool.regions
    called = []

    def record(frame, event, _arg):
        if event == "call" and frame.f_code.co_name in ("paint", "boundingRect", "shape", "width", "height"):
            called.append((type(frame.f_locals.get("self")).__name__, frame.f_code.co_name))
    rng = np.random.default_rng(0)
    panel.plot.viewport().repaint()               # the points as they are shown first
    QApplication.processEvents()
    for _ in range(3):
        probs = rng.random((80, 80, 2)).astype(np.float32)
        panel.show_grid(probs / probs.sum(axis=2, keepdims=True))
        sys.setprofile(record)
        try:
            panel.plot.viewport().repaint()
            QApplication.processEvents()
        finally:
            sys.setprofile(None)
    assert ("ScatterPlotItem", "boundingRect") in called       # the plot was repainted
    image_calls = sorted({call for call in called if call[0] in ("ImageItem", "PlotPicture")})
    assert not image_calls, f"Python run for the map on each repaint: {image_calls}"
    points = called.count(("ScatterPlotItem", "paint"))
    assert points == 0, f"the points were painted {points} times in 3 repaints with new maps"


def test_the_runs_layer_works_out_a_pixels_size_once_per_change_not_at_each_question(tool, qtbot):
    """Qt asks the runs' layer for its bounds several times a repaint, in Python, each time
    waiting for the training thread; the pens' room around the curves depends on the size of a
    pixel, which pyqtgraph works out in Python from the view's transform. It is worked out
    when the layer or the view changes, not at each question, and is right after a zoom."""
    import sys
    from gui.dashboard.curves import RunsItem
    start_long_run(tool, qtbot)
    calls = {"refresh": 0, "boundingRect": 0, "pixelVectors": 0, "viewTransformChanged": 0}

    def record(frame, event, _arg):
        if event == "call" and frame.f_code.co_name in calls \
                and isinstance(frame.f_locals.get("self"), RunsItem):
            calls[frame.f_code.co_name] += 1
    frames = tool.painter.frames
    sys.setprofile(record)
    try:
        qtbot.waitUntil(lambda: tool.painter.frames >= frames + 10, timeout=10_000)
    finally:
        sys.setprofile(None)
    assert calls["boundingRect"] > calls["refresh"] > 0
    # one for the strip a refresh repaints, one for the new bounds, one more each time the view
    # moved (the loss axis follows the falling curve) — 5 to 6 a refresh before
    assert calls["pixelVectors"] <= 2 * calls["refresh"] + calls["viewTransformChanged"] + 2, calls
    tool.pause()
    qtbot.waitUntil(lambda: tool.buttons.pause_button.text() == "Resume")
    layer = next(item for item in tool.loss_panel.loss_plot.getPlotItem().items
                 if isinstance(item, RunsItem) and item.drawings)
    box = tool.loss_panel.loss_plot.getPlotItem().getViewBox()

    def room_in_pixels():         # between the data and the edges of the bounds, left and below
        pixel_w, pixel_h = box.viewPixelSize()
        rect = layer.boundingRect()
        return ((layer.dataBounds(0)[0] - rect.left()) / pixel_w,
                (layer.dataBounds(1)[0] - rect.top()) / pixel_h)
    before = room_in_pixels()
    assert before[0] >= 3 and before[1] >= 3
    box.scaleBy((0.5, 0.5))           # zoom in: a pixel is half as many data units
    qtbot.wait(50)
    assert room_in_pixels() == pytest.approx(before, rel=0.02)


def test_records_reach_the_views_as_the_worker_delivered_them_not_copied_through_qt(tool, qtbot):
    """A small network sends ~250 records a delivery, 30 deliveries a second. A signal declared
    with ``list`` has Qt convert the list into its own and back for every slot (170 µs for 250
    records, on the UI thread, twice a delivery); declared with ``object`` the list is passed."""
    run = start_long_run(tool, qtbot)
    passed = []
    tool.controller.records.connect(lambda _run, records: passed.append(("to the views", records)))
    tool.controller.job.progress.connect(lambda records: passed.append(("from the job", records)))
    qtbot.waitUntil(lambda: len(passed) >= 6, timeout=10_000)
    tool.pause()
    pairs = [(passed[i], passed[i + 1]) for i in range(len(passed) - 1)
             if passed[i][0] == "to the views" and passed[i + 1][0] == "from the job"]
    assert pairs and run.ended is None
    for (_, to_views), (_, from_job) in pairs:
        assert to_views is from_job and len(from_job) > 0
