"""The plots' frames answer Qt without Python (gui/plot_frames.py) and draw exactly the same."""
import sys
import threading
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QGraphicsWidget

from gui import plot_frames, theme


def _plot(legend=False):
    widget = theme.follow(pg.PlotWidget(background="w"))
    item = widget.getPlotItem()
    item.setTitle("Loss", size="10pt")
    item.setLabel("left", "loss")
    item.setLabel("bottom", "batches")
    curve = item.plot(np.arange(50), np.sin(np.arange(50) / 5), pen=pg.mkPen("#0072B2", width=2))
    if legend:
        item.addLegend(offset=(-10, 10)).addItem(curve, "a curve")
    text = pg.TextItem("0.25", color="#222222", anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 170))
    text.setPos(25, 0.5)
    item.addItem(text)
    item.addItem(pg.ScatterPlotItem(x=[5, 20, 40], y=[0.5, -0.5, 0.2], size=9, brush="#D55E00"))
    image = pg.ImageItem((np.arange(64 * 64 * 3).reshape(64, 64, 3) % 251).astype(np.uint8))
    image.setRect(0, -1, 50, 2)
    image.setZValue(-10)
    item.addItem(image)
    widget.resize(500, 320)
    widget.show()
    return widget


def _picture(widget):
    for _ in range(5):
        QApplication.processEvents()
    return widget.grab().toImage()


def test_a_plot_is_drawn_the_same_with_qts_own_bounds_and_shapes(qapp, qtbot):
    theme.follow(pg.PlotWidget())             # what every plot goes through installs them
    assert pg.ViewBox.boundingRect is QGraphicsWidget.boundingRect
    widget = _plot()
    qtbot.addWidget(widget)
    faster = _picture(widget)
    plot_frames.uninstall()
    try:
        widget.getPlotItem().getViewBox().update()
        widget.viewport().update()
        theirs = _picture(widget)
        again = _plot()
        qtbot.addWidget(again)
        fresh = _picture(again)
    finally:
        plot_frames.install()
    assert faster == theirs == fresh


def test_a_legend_at_the_right_edge_sits_at_most_half_a_pixel_further_right(qapp, qtbot):
    """pyqtgraph's view box was half a pixel larger than the widget (room for a border none of
    our plots draws): a legend anchored to its right edge moves by that half pixel, no more."""
    theme.follow(pg.PlotWidget())
    ours = _plot(legend=True)
    qtbot.addWidget(ours)
    _picture(ours)
    plot_frames.uninstall()
    try:
        theirs = _plot(legend=True)
        qtbot.addWidget(theirs)
        _picture(theirs)
    finally:
        plot_frames.install()
    at = [w.getPlotItem().legend.scenePos() for w in (ours, theirs)]
    assert abs(at[0].x() - at[1].x()) <= 0.5 and at[0].y() == at[1].y()


def test_a_repaint_asks_the_plots_frame_nothing_in_python(qapp, qtbot):
    """Qt asks each item for its bounds and shape several times a repaint, and the view box to
    paint itself (nothing, for a box without a border); while a network trains each answer
    given in Python waits for the training thread (up to 0.5 ms)."""
    widget = theme.follow(_plot(legend=True))
    qtbot.addWidget(widget)
    _picture(widget)
    asked = []

    def record(frame, event, _arg):
        if event == "call" and frame.f_code.co_name in ("boundingRect", "shape", "paint"):
            asked.append((type(frame.f_locals.get("self")).__name__, frame.f_code.co_name))
    curve = widget.getPlotItem().listDataItems()[0]
    for k in range(3):
        curve.setData(np.arange(50), np.sin(np.arange(50) / 5 + k))
        sys.setprofile(record)
        try:
            _picture(widget)
        finally:
            sys.setprofile(None)
    frame = sorted({(name, what) for name, what in asked
                    if what != "paint" and name in ("ViewBox", "PlotItem", "LabelItem", "LegendItem",
                                                    "ItemSample") or name == "ViewBox"})
    assert asked and not frame, f"asked in Python: {frame}"


def _spins_per_second(during):
    """How fast another Python thread counts while ``during()`` runs on this one."""
    count, stop = [0], threading.Event()

    def spin():
        while not stop.is_set():
            count[0] += 1
    thread = threading.Thread(target=spin)
    thread.start()
    try:
        time.sleep(0.05)
        started, before = time.perf_counter(), count[0]
        during()
        return (count[0] - before) / (time.perf_counter() - started)
    finally:
        stop.set()
        thread.join()


def test_another_python_thread_keeps_running_while_qt_paints_a_plot(qapp, qtbot):
    """The training thread trains while the plots are painted: Qt paints without holding
    Python's lock (pyqtgraph's view painted the whole picture in a Python method, and a
    thread beside it ran at a fifth of its speed)."""
    widget = _plot()
    qtbot.addWidget(widget)
    x = np.arange(2000.0)
    for k in range(150):       # lines Qt draws itself: a picture that takes a while
        path = QGraphicsPathItem(pg.functions.arrayToQPath(x / 40, np.sin(x / 30 + k) * (k % 7) / 7))
        path.setPen(pg.mkPen("#0072B2", width=3))
        widget.getPlotItem().addItem(path)
    _picture(widget)

    def repaint():
        for _ in range(8):
            widget.viewport().update()
            QApplication.processEvents()
    idle = _spins_per_second(lambda: time.sleep(0.3))
    painting = _spins_per_second(repaint)
    # (measured: 0.5–1.4 of its own speed; 0.14–0.40 with pyqtgraph's Python paintEvent)
    assert painting > 0.35 * idle, f"{painting:,.0f} counts/s while painting, {idle:,.0f} otherwise"


def test_every_plot_of_every_tool_fits_its_range_before_it_is_painted(window, qtbot):
    """pyqtgraph's view boxes fit their range when the scene is told it is about to be painted
    (``prepareForPaint``); with Qt painting on its own, every plot must still be told."""
    for key in window.tools:
        window.show_tool(key)
    views = [v for v in window.findChildren(pg.GraphicsView)]
    assert len(views) >= 8
    untold = []
    for view in views:
        told = []
        view.scene().sigPrepareForPaint.connect(lambda: told.append(1))
        view.grab()
        if not told:
            untold.append(f"{type(view).__name__} in {type(view.parent()).__name__}")
    assert not untold, f"painted without being told: {untold}"
