"""How fast the Backprop tool steps and traces.

    QT_QPA_PLATFORM=offscreen python benchmarks/backprop.py [--repeats 200]

Times (median and 90th percentile over ``repeats``):
  (a) one Step of the walk (forward or backward, alternating through the whole graph) for a
      [2, 4, 4, 2] network drawn unit by unit, with the whole tab shown (1000×620, offscreen):
      the model moves one node, every piece of the graph and the chain-rule text are updated,
      then a synchronous repaint of the graph. Goal: ≤ 16 ms (one frame at 60 Hz).
  (b) the same for the quadratic model (the lecture's hand computation).
  (c) ``engine.backprop.trace_network`` alone for a [1024, 128, 10] network (a 32×32 picture,
      drawn layer by layer) on one example. Goal: ≤ 50 ms.
  (d) rebuilding the per-layer graph of that network (done once per trace, never per step).
"""
import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(action, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    times = np.array(times) * 1000
    return float(np.median(times)), float(np.percentile(times, 90))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from engine import Network
    from engine.backprop import trace_network
    from gui.backprop import BackpropTool
    from gui.session import Session

    session = Session()
    session.set_spec({"input_size": 2, "layers": [{"units": 4, "activation": "relu"},
                                                   {"units": 4, "activation": "relu"},
                                                   {"units": 2, "activation": "softmax"}]})
    tool = BackpropTool(session)
    tool.resize(1000, 620)
    tool.show()
    app.processEvents()

    def one_step():
        if not tool.step():
            tool.reset()
        tool.graph.viewport().repaint()
        app.processEvents()

    tool.set_mode("network")
    app.processEvents()
    network_step = timed(one_step, args.repeats)
    tool.set_mode("quadratic")
    app.processEvents()
    quadratic_step = timed(one_step, args.repeats)

    big = Network.from_spec({"input_size": 1024, "layers": [{"units": 128, "activation": "relu"},
                                                             {"units": 10, "activation": "softmax"}]})
    x = np.random.default_rng(0).random(1024).astype(np.float32)
    trace_network(big, x, 3)   # warm-up
    trace = timed(lambda: trace_network(big, x, 3), max(20, args.repeats // 4))

    session.set_network(big)
    tool.set_mode("network")
    app.processEvents()
    rebuild = timed(lambda: (tool.model.retrace(), app.processEvents()), max(5, args.repeats // 20))

    print(f"Backprop tool, {args.repeats} repeats (median / 90th percentile):")
    print(f"  (a) one Step, [2, 4, 4, 2] per unit, + repaint  {network_step[0]:7.2f} ms / {network_step[1]:7.2f} ms"
          f"   (goal ≤ 16 ms)")
    print(f"  (b) one Step, quadratic model, + repaint        {quadratic_step[0]:7.2f} ms / {quadratic_step[1]:7.2f} ms")
    print(f"  (c) trace_network [1024, 128, 10], one example  {trace[0]:7.2f} ms / {trace[1]:7.2f} ms"
          f"   (goal ≤ 50 ms)")
    print(f"  (d) retrace + rebuild the per-layer graph       {rebuild[0]:7.2f} ms / {rebuild[1]:7.2f} ms")
    tool.close()
    return 0 if network_step[0] <= 16 and trace[0] <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
