"""How long one sub-step of the gradient-descent stepper takes to redraw, on a 200×200 map.

    QT_QPA_PLATFORM=offscreen python benchmarks/stepper.py [--grid 200] [--repeats 200]

In one run, on the zig-zag function ½ x1² + 5 x2² with the whole stepper tab shown
(1300×850, offscreen), it times (median and 90th percentile over ``repeats``):
  (a) reference: a bare ``setData`` of the path on the same map, then a synchronous repaint
      of the map — the least any redraw can cost;
  (b) one sub-step: the engine's step, every panel updated (path, gradient arrow, formula,
      highlighted step, table, f(x_t) plot), then the same synchronous repaint;
  (c) a whole iteration with Momentum in comparison with GD and Adam (three paths, velocity);
and, once, the cost of computing the contour map (done per function and view, never per step).
The goal is (b) under 16 ms (one frame at 60 Hz). Prints absolute ms and the ratio to (a).
"""
import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(action, repaint, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        repaint()
        times.append(time.perf_counter() - start)
    times = np.array(times) * 1000
    return float(np.median(times)), float(np.percentile(times, 90))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from gui.stepper import StepperTool
    from gui.stepper import contour_map
    from gui.stepper.contour_view import ContourView
    from engine import objectives

    ContourView.grid_size = args.grid
    tool = StepperTool(None)
    tool.resize(1300, 850)
    tool.show()
    tool.load_preset("zigzag")
    tool.set_learning_rate(0.02)       # a slow walk: it never stops during the benchmark
    app.processEvents()
    view = tool.contour_view

    def repaint():
        view.viewport().repaint()     # a synchronous paint of the whole map
        app.processEvents()

    t0 = time.perf_counter()
    contour_map.compute(objectives.preset("zigzag"), args.grid)
    contour_ms = (time.perf_counter() - t0) * 1000

    path = view.paths["sgd"]
    x, y = path.getData()
    ref = timed(lambda: path.setData(x, y), repaint, args.repeats)

    tool.reset()
    step = timed(tool.step, repaint, args.repeats)

    tool.set_compare(["momentum", "adam"])
    app.processEvents()
    compare = timed(tool.model.iterate, repaint, max(20, args.repeats // 4))

    print(f"stepper redraw, {args.grid}×{args.grid} contour map, "
          f"{args.repeats} repeats (median / 90th percentile):")
    print(f"  (a) reference: bare setData of the path + repaint  {ref[0]:7.2f} ms / {ref[1]:7.2f} ms")
    print(f"  (b) one sub-step, all panels + repaint            {step[0]:7.2f} ms / {step[1]:7.2f} ms"
          f"   ratio {step[0] / ref[0]:5.2f}×")
    print(f"  (c) one iteration, 3 methods compared + repaint   {compare[0]:7.2f} ms / "
          f"{compare[1]:7.2f} ms   ratio {compare[0] / ref[0]:5.2f}×")
    print(f"  contour map computed once per function:           {contour_ms:7.2f} ms")
    print(f"  goal (b) < 16 ms: {'met' if step[0] < 16 else 'NOT met'}")
    tool.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
