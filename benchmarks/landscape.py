"""Speed of the loss-landscape computations (engine/landscape.py).

    python benchmarks/landscape.py

(1) A 41×41 slice of a [2, 8, 8, 2] network on 200 points (target ≤ 0.3 s) and of a
[1024, 128, 2] network on 400 pictures (target ≤ 3 s), each against the same 41² losses
computed as separate forward passes (``Network.loss`` at every grid point) in the same run.
(2) λ_max by power iteration on the linear model: Hessian-vector products until 1 %.
(3) The learning-rate range test, 200 steps on the faces sample (target ≤ 2 s).

    python benchmarks/landscape.py --ui [--seconds 6]

(4) The UI thread's delay while the dashboard trains [2, 8, 8, 2] on XOR and the Loss
landscape tab recomputes its map in a worker (target: worst < 50 ms), against the same
training without the landscape, in the same run (a 10 ms timer's lateness, offscreen). Start
is pressed once the tools are on screen (laid out, painted, the first map drawn), and the
delays are measured from then on: the run's first frames are in them.
"""
import os
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if "--ui" in sys.argv:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import gui.app  # noqa: E402,F401  (OPENBLAS_NUM_THREADS=1 unless set, as the app runs)
from engine import Network  # noqa: E402
from engine.landscape import lr_range_test, max_curvature, random_directions, slice_2d  # noqa: E402


def spec_for(sizes):
    layers = [{"units": u, "activation": "relu"} for u in sizes[1:-1]]
    layers.append({"units": sizes[-1], "activation": "softmax"})
    return {"input_size": sizes[0], "layers": layers, "loss": "cross_entropy"}


def separate_passes(net, X, y, d1, d2, span, n):
    moved = net.copy()
    for s in np.linspace(-span, span, n):
        for t in np.linspace(-span, span, n):
            for k in net.params:
                moved.params[k] = net.params[k] + s * d1[k] + t * d2[k]
            moved.loss(X, y)


def time_it(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main():
    rng = np.random.default_rng(0)
    print(f"{'slice 41×41':<34}{'batched s':>11}{'separate s':>12}{'ratio':>8}  target")
    for sizes, n_points, target in (([2, 8, 8, 2], 200, 0.3), ([1024, 128, 2], 400, 3.0)):
        net = Network.from_spec(spec_for(sizes), seed=0)
        X = rng.random((n_points, sizes[0]), dtype=np.float32)
        y = rng.integers(0, sizes[-1], n_points)
        d1, d2 = random_directions(net)
        batched = min(time_it(lambda: slice_2d(net, X, y, d1, d2, 1.0, 41)) for _ in range(3))
        separate = time_it(lambda: separate_passes(net, X, y, d1, d2, 1.0, 41))
        print(f"{str(sizes) + f' on {n_points}':<34}{batched:>11.3f}{separate:>12.3f}{separate / batched:>7.1f}×"
              f"  ≤ {target} s {'met' if batched <= target else 'NOT met'}")
        # where the cost is: the same slice in float64 (twice the bytes to move)
        net64 = Network(net.spec, net.params, np.float64)
        double = min(time_it(lambda: slice_2d(net64, X, y, d1, d2, 1.0, 41)) for _ in range(2))
        print(f"{'   the same in float64':<34}{double:>11.3f}{'':>12}{double / batched:>7.1f}× the float32 time")

    X = rng.normal(size=(200, 2)) * [1.0, 3.0]
    y = X @ [[0.5], [-1.0]] + 0.3
    lin = Network.from_spec({"input_size": 2, "layers": [{"units": 1, "activation": "identity"}],
                             "loss": "squared_error"}, dtype=np.float64)
    exact = float(np.linalg.eigvalsh(np.c_[X, np.ones(len(X))].T @ np.c_[X, np.ones(len(X))] / len(X)).max())
    for iterations in (5, 10, 20, 30):
        lam = max_curvature(lin, X, y, iterations=iterations)
        print(f"λ_max after ≤{iterations:>2} Hessian-vector products: {lam:.5f} (exact {exact:.5f}, "
              f"error {abs(lam - exact) / exact:.2%})")

    from engine.data.images import load_image_folder  # noqa: E402
    from engine.data.samples import sample_folder
    with tempfile.TemporaryDirectory() as tmp:
        data = load_image_folder(sample_folder("faces", tmp), size=32)
    net = Network.from_spec(spec_for([data.X.shape[1], 64, 2]), seed=0)
    seconds = time_it(lambda: lr_range_test(net, data.X, data.y, 1e-5, 10.0, steps=200, batch_size=32))
    print(f"LR range test, 200 steps on the faces sample: {seconds:.2f} s (target ≤ 2 s)")


def ui_delay(seconds):
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from gui.app import create_application
    from gui.dashboard import DashboardTool
    from gui.landscape import LandscapeTool
    from gui.session import Session
    app = create_application(language="en")
    session = Session()
    dashboard = DashboardTool(session)
    dashboard.resize(1400, 900)
    dashboard.show()
    dashboard.set_toy_dataset("xor", n=200, noise=0.05, seed=0)
    session.set_spec(spec_for([2, 8, 8, 2]))
    dashboard.set_settings(epochs=1_000_000, batch_size=10, validation_fraction=0.0)
    print(f"{'UI thread while training [2, 8, 8, 2] on XOR':<48}{'worst':>8}{'99 %':>8}{'slices':>8}")
    for with_landscape in (False, True):
        landscape = None
        if with_landscape:
            landscape = LandscapeTool(session)
            landscape.resize(1000, 650)
            landscape.show()
        slices = []
        if landscape is not None:
            landscape.model.slice_changed.connect(lambda: slices.append(landscape.model.slice))
        # as a student presses Start: in a window already on screen (laid out, painted, and the
        # landscape's first map drawn), not in the same moment as the tools are first shown
        settled = time.perf_counter()
        while time.perf_counter() - settled < 0.5 or (landscape is not None and not slices
                                                          and time.perf_counter() - settled < 30):
            app.processEvents()
            time.sleep(0.005)
        slices.clear()
        ticks, clock, loop = [], QElapsedTimer(), QEventLoop()
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
        dashboard.start()
        app.processEvents()
        clock.start()
        timer.start()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        timer.stop()
        dashboard.stop()
        while dashboard.controller.is_running():
            app.processEvents()
        dashboard.controller.finish_now()
        delays = np.diff(ticks) - 10
        name = "  with the landscape recomputing its map" if with_landscape else "  the dashboard alone"
        print(f"{name:<48}{delays.max():>5.0f} ms{np.percentile(delays, 99):>5.0f} ms"
              f"{sum(s is not None for s in slices) if with_landscape else '-':>8}")
        if landscape is not None:
            landscape.model.stop()
            landscape.close()
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    if "--ui" in sys.argv:
        ui_delay(float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 6.0)
    else:
        main()
