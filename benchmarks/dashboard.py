"""Responsiveness and speed of the training dashboard (offscreen).

    python benchmarks/dashboard.py [--window] [--seconds 3]

For a tiny network ([2, 8, 2] on XOR) and a [1024, 128, 2] network (random 32×32 "pictures"):
  * the delay of a 10 ms timer on the UI thread while the dashboard trains (targets: worst
    ≤ 50 ms, 99th percentile ≤ 20 ms);
  * how often the loss plot (target ≥ 15 a second) and the decision map (≥ 5) are redrawn;
  * training throughput in the app against the engine's headless ``Trainer.fit`` on the same
    network, data and settings, measured in the same run (target ≥ 85 %).
  * with 100 finished runs kept and shown, the worst delay while the 101st trains (< 50 ms);
  * "no views": the same run through the dashboard's own controller (worker thread, stream of
    records, the records kept in a Run on the UI thread) with nothing drawn, against the same
    headless runs: the ceiling that drawing can only lower (what the thread and the stream cost).
  * "worker runs": the share of its time the training thread runs (its processor time over its
    wall time) in each throughput run: the rest it waits for the GIL or a core. The headless
    reference moves with the machine's speed from run to run (by a fifth and more here); this
    share does not.
--decompose: where the in-app run's time goes, step by step, each against headless runs just
before it (--pairs of them, median and middle half): the run's stream alone in a plain thread
(no Qt), "no views", the whole dashboard not painted (hidden: its Python drawing work runs, Qt
paints nothing), and the dashboard drawn. The headless reference drifts by a fifth between runs
here, so only many pairs tell steps of a few points apart.
--window measures inside the whole main window (the other tools also react to the weights).
OpenBLAS runs on one thread, as in the app (gui/app.py); --blas-threads N measures with N.
"start" is the time the Start button takes (building the run's curves and painting once);
"worst delay" and "99%" are the 10 ms timer's delays after that, while training; the
throughput is measured in a second run without that timer, between two headless runs.
"""
import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--blas-threads" in sys.argv:  # before NumPy loads OpenBLAS
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[sys.argv.index("--blas-threads") + 1]
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gui.app  # noqa: E402,F401  (OPENBLAS_NUM_THREADS=1 unless set, as the app runs)

import numpy as np  # noqa: E402
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from engine import Network, Trainer  # noqa: E402
from engine.data import Dataset, make_toy  # noqa: E402

CASES = {
    "tiny [2, 8, 2], XOR 200 points, batch 10": dict(
        spec={"input_size": 2, "layers": [{"units": 8, "activation": "relu"},
                                          {"units": 2, "activation": "softmax"}]},
        batch=10, data="xor"),
    "[1024, 128, 2], 2048 random 32×32 pictures, batch 32": dict(
        spec={"input_size": 1024, "layers": [{"units": 128, "activation": "relu"},
                                             {"units": 2, "activation": "softmax"}]},
        batch=32, data="pictures"),
}


def make_dataset(kind):
    if kind == "xor":
        X, y, names = make_toy("xor", n=200, noise=0.05, seed=0)
        return Dataset(X, y, names, name="XOR")
    rng = np.random.default_rng(0)
    X = rng.random((2048, 1024), dtype=np.float32)
    y = rng.integers(0, 2, 2048)
    return Dataset(X, y, ["a", "b"], name="random pictures", image_shape=(32, 32))


def headless_seconds(spec, dataset, batch, epochs):
    net = Network.from_spec(spec, seed=0)
    trainer = Trainer(net, "sgd", lr=0.01, batch_size=batch, epochs=epochs, seed=0)
    t0 = time.perf_counter()
    trainer.fit(dataset.X, dataset.y)
    return time.perf_counter() - t0


class WorkerClock:
    """The training thread's processor time against its wall time while it runs: the share of
    the time it runs rather than waits (for the GIL, or for a core). Unlike the ratio to
    headless, it does not move with the machine's speed from one run to the next."""

    def __init__(self):
        from gui import worker
        self.share, original = None, worker._Worker.run

        def run(this):
            wall, cpu = time.perf_counter(), time.thread_time()
            original(this)
            self.share = (time.thread_time() - cpu) / (time.perf_counter() - wall)
        worker._Worker.run = run


def measure_in_app(tool, epochs, probe=True, keep_runs=False):
    """Train in the dashboard; return (seconds, start ms, worst delay ms, 99th percentile ms,
    plot redraws/s, map redraws/s). probe=False: without the 10 ms timer (which itself takes
    the GIL 100 times a second), to measure throughput alone."""
    tool.set_settings(epochs=epochs)
    for run in [] if keep_runs else list(tool.runs):   # one run on the plots, as a student starts
        tool.delete_run(run)
    ticks, clock = [], QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    draws0, maps0 = tool.painter.frames, tool.regions.map_updates
    loop = QEventLoop()
    clock.start()
    if probe:
        timer.start()
    t0 = time.perf_counter()
    tool.start()          # builds the run's curves and paints the new state (one frame)
    start_ms = (time.perf_counter() - t0) * 1000
    tool.controller.job.ended.connect(loop.quit)
    loop.exec()
    seconds = time.perf_counter() - t0
    timer.stop()
    run = tool.current_run()
    assert run.ended.reason == "completed", run.ended
    # delays of the 10 ms timer once the run is under way (the first tick follows the start)
    delays = np.diff(ticks[1:]) - 10 if len(ticks) > 2 else np.zeros(1)
    return (seconds, start_ms, float(delays.max()), float(np.percentile(delays, 99)),
            (tool.painter.frames - draws0) / seconds, (tool.regions.map_updates - maps0) / seconds)


def run_stream(tool, case, dataset, epochs):
    """The run's stream as the dashboard builds it (the decision map's grid for 2-D data), on
    the network and settings of ``headless_seconds``."""
    from gui.dashboard.output_view import GRID_RESOLUTION
    from gui.dashboard.stream import RunStream
    net = Network.from_spec(case["spec"], seed=0)
    trainer = Trainer(net, "sgd", lr=0.01, batch_size=case["batch"], epochs=epochs, seed=0)
    bounds = tool.regions.bounds if dataset.input_size == 2 else None
    return RunStream(trainer, net, dataset.X, dataset.y, dataset.n_classes, bounds, GRID_RESOLUTION)


def set_up_case(tool, session, case, seconds):
    """Give the dashboard the case's data, network and settings; (dataset, epochs for about
    ``seconds`` of headless training)."""
    dataset = make_dataset(case["data"])
    session.set_dataset(dataset)
    session.set_spec(case["spec"])
    tool.set_optimizer("sgd")
    tool.set_learning_rate(0.01)
    tool.set_settings(batch_size=case["batch"], seed=0, validation_fraction=0.0)
    one = headless_seconds(case["spec"], dataset, case["batch"], 1)
    return dataset, max(2, int(seconds / max(one, 1e-4)))


def measure_without_views(tool, case, dataset, epochs):
    """Seconds to train ``epochs`` through the dashboard's controller alone: a worker thread, the
    run's stream (with the decision map's grid for 2-D data), its records delivered to and kept
    in a ``Run`` on the UI thread; no view is told of them."""
    from gui.dashboard.controller import TrainingController
    from gui.dashboard.run import Run
    stream = run_stream(tool, case, dataset, epochs)
    run = Run(1, "no views", {"epochs": epochs, "batch_size": case["batch"]}, "classification",
              dataset.class_names)
    controller = TrainingController()
    controller.begin(run, stream)
    loop = QEventLoop()
    t0 = time.perf_counter()
    controller.start()
    controller.job.ended.connect(loop.quit)
    loop.exec()
    seconds = time.perf_counter() - t0
    assert run.ended.reason == "completed", run.ended
    controller.deleteLater()
    return seconds


def stream_alone_seconds(tool, case, dataset, epochs):
    """Seconds to iterate the run's stream (``RunStream``, as the dashboard builds it: snapshots
    with the decision map's grid, confusion matrices) in a plain Python thread, no Qt."""
    import threading
    stream = run_stream(tool, case, dataset, epochs)
    seconds = []

    def iterate():
        t0 = time.perf_counter()
        for _ in stream.segment():
            pass
        seconds.append(time.perf_counter() - t0)

    thread = threading.Thread(target=iterate)
    thread.start()
    thread.join()
    return seconds[0]


def measure_hidden(tool, epochs):
    """Seconds of an in-app run with the dashboard hidden: every view's Python work runs (records
    kept, frames built, maps and matrices computed), but Qt paints nothing."""
    tool.hide()
    try:
        return measure_in_app(tool, epochs, probe=False)[0]
    finally:
        tool.show()


def decompose(tool, session, seconds, pairs):
    """Print, per case, each step's throughput against headless runs just before it."""
    steps = {
        "stream alone (a plain thread, no Qt)": lambda case, dataset, epochs:
            stream_alone_seconds(tool, case, dataset, epochs),
        "no views (worker thread, records kept)": lambda case, dataset, epochs:
            measure_without_views(tool, case, dataset, epochs),
        "not painted (the dashboard hidden)": lambda case, dataset, epochs: measure_hidden(tool, epochs),
        "drawn (the dashboard as used)": lambda case, dataset, epochs:
            measure_in_app(tool, epochs, probe=False)[0],
    }
    print(f"in app / headless, median and middle half of {pairs} pairs (headless run just before)")
    for name, case in CASES.items():
        dataset, epochs = set_up_case(tool, session, case, seconds)
        ratios = {step: [] for step in steps}
        for _ in range(pairs):
            for step, measure in steps.items():
                headless = headless_seconds(case["spec"], dataset, case["batch"], epochs)
                ratios[step].append(headless / measure(case, dataset, epochs))
        print(name)
        for step, values in ratios.items():
            q1, median, q3 = np.percentile(values, [25, 50, 75])
            print(f"  {step:45s} {median:5.0%}  ({q1:.0%}–{q3:.0%})")


def keep_many_runs(tool, count):
    """``count`` finished runs in the list and on the plots: copies of the last run's records."""
    from gui.dashboard.run import Run
    template = tool.current_run()
    h = template.history
    runs = []
    for number in range(1, count + 1):
        run = Run(number, f"run {number}", template.settings, template.kind, template.class_names)
        run.add(list(h.batches) + list(h.epochs) + [h.ended])
        runs.append(run)
    tool.model.replace_runs(runs)
    # painted once, as a student sees them before pressing Start (else that first paint of
    # 100 runs, ~0.25 s per plot, fell into the measured run or not, by chance)
    finished = [tool.loss_panel.items[plot][0] for plot in (tool.loss_panel.loss_plot, tool.loss_panel.acc_plot)]
    before = [layer.paint_count for layer in finished]
    deadline = time.perf_counter() + 10
    while any(layer.paint_count == n for layer, n in zip(finished, before)) and time.perf_counter() < deadline:
        QCoreApplication.processEvents()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", action="store_true", help="measure inside the whole main window")
    parser.add_argument("--seconds", type=float, default=2.0, help="length of each training run")
    parser.add_argument("--repeats", type=int, default=3, help="runs per case (the median is shown)")
    parser.add_argument("--blas-threads", help="OPENBLAS_NUM_THREADS for this run (e.g. 1)")
    parser.add_argument("--switch-interval", type=float, help="override sys.setswitchinterval (s)")
    parser.add_argument("--decompose", action="store_true", help="where the in-app run's time goes (see above)")
    parser.add_argument("--pairs", type=int, default=8, help="--decompose: pairs of runs per step")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    from gui.app import create_application
    import gui.dashboard  # noqa: F401  (installs the PySide 6.12 / Python 3.11 None guard)
    app = create_application(language="en")
    if args.window:
        from gui.main_window import MainWindow
        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        tool = window.show_tool("training")
        session = window.session
    else:
        from gui.dashboard import DashboardTool
        from gui.session import Session
        session = Session()
        tool = DashboardTool(session)
        tool.resize(1400, 900)
        tool.show()
    app.processEvents()
    if args.decompose:
        decompose(tool, session, args.seconds / 2, args.pairs)
        return

    print(f"median of {args.repeats} runs per case (worst delay: that run's, and the worst of all)")
    print(f"{'case':55s} {'start':>7s} {'worst delay':>15s} {'99%':>6s} {'draws/s':>8s} "
          f"{'maps/s':>7s} {'in app':>12s} {'headless':>12s} {'ratio':>6s}  all ratios; worker runs; no views")
    clock = WorkerClock()
    for name, case in CASES.items():
        dataset, epochs = set_up_case(tool, session, case, args.seconds)
        samples = epochs * len(dataset.y)
        rows = []
        for _ in range(args.repeats):
            # headless before and after each in-app run: the machine's load drifts
            _, start_ms, worst, p99, redraws, maps = measure_in_app(tool, epochs, probe=True)
            before = headless_seconds(case["spec"], dataset, case["batch"], epochs)
            seconds = measure_in_app(tool, epochs, probe=False)[0]
            busy = clock.share
            bare = measure_without_views(tool, case, dataset, epochs)
            after = headless_seconds(case["spec"], dataset, case["batch"], epochs)
            headless = (before + after) / 2
            rows.append((headless / seconds, start_ms, worst, p99, redraws, maps, seconds, headless, busy,
                         headless / bare))
        rows.sort()
        ratio, start_ms, worst, p99, redraws, maps, seconds, headless, busy, _ = rows[len(rows) // 2]  # median ratio
        worst_all = max(r[2] for r in rows)
        print(f"{name:55s} {start_ms:4.0f} ms {worst:5.0f} ({worst_all:3.0f}) ms {p99:3.0f} ms {redraws:8.1f} "
              f"{maps:7.1f} {samples / seconds:10,.0f}/s {samples / headless:10,.0f}/s {ratio:6.0%}  "
              f"[{', '.join(f'{r[0]:.0%}' for r in rows)}]; [{', '.join(f'{r[8]:.0%}' for r in rows)}]; "
              f"[{', '.join(f'{r[9]:.0%}' for r in rows)}]")
        if case["data"] == "xor":
            keep_many_runs(tool, 100)
            _, start_ms, worst, p99, redraws, maps = measure_in_app(tool, epochs, probe=True, keep_runs=True)
            print(f"{'  the same with 100 runs kept and shown':55s} {start_ms:4.0f} ms {worst:5.0f}       ms "
                  f"{p99:3.0f} ms {redraws:8.1f} {maps:7.1f}")
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")
    if args.window:
        window.close()
    else:
        tool.close()


if __name__ == "__main__":
    main()
