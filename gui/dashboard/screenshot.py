"""The dashboard as ``main.py --screenshot x.png --tool training`` shows it."""
import time

from PySide6.QtCore import QEventLoop, QTimer


def prepare(tool):
    """Two runs on the circles set: a finished one with a small α, and one in progress."""
    tool.set_toy_dataset("circles", n=300, noise=0.08, seed=1)
    tool.set_optimizer("adam")
    tool.set_settings(batch_size=16, epochs=40, seed=0, validation_fraction=0.2)
    tool.set_learning_rate(0.003)
    run_until(tool, lambda: tool.controller.run is not None and tool.controller.run.ended is not None)
    tool.set_settings(epochs=150)
    tool.set_learning_rate(0.03)
    tool.start()
    run_until(tool, lambda: len(tool.current_run().history.epochs) >= 45)
    tool.pause()
    tool.show_cell(1, 0)


def run_until(tool, done, seconds=20.0):
    """Start (if idle) and process events until ``done()`` or the time is up."""
    if not tool.controller.is_active():
        tool.start()
    deadline = time.monotonic() + seconds
    loop = QEventLoop()
    while not done() and time.monotonic() < deadline:
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def prepare_points(tool):
    """Your own points: two classes from the blobs and a third drawn across them, learnt, with
    Edit points on (``--screenshot x.png --tool training --step 1``)."""
    from engine.data import points
    tool.set_toy_dataset("blobs", n=40, noise=0.35, seed=2)
    data = tool.session.dataset
    for k in range(9):
        data = points.added(data, (-1.6 + 0.4 * k, 1.3 - 0.3 * k * (k % 2)), 2)
    tool.use_points(data, edited=True)
    tool.set_optimizer("adam")
    tool.set_settings(batch_size=8, epochs=60, seed=0, validation_fraction=0.0)
    tool.set_learning_rate(0.03)
    run_until(tool, lambda: tool.controller.run is not None and tool.controller.run.ended is not None)
    tool.point_editor.set_editing(True)
    box = tool.point_editor.bar.class_box
    box.setCurrentIndex(box.findData(2))
