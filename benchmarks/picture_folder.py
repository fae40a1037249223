"""A large folder of small pictures, opened and trained in the application: time and memory.

    python benchmarks/picture_folder.py [--count 20000] [--side 28] [--epochs 3]

Writes ``count`` gray PNGs of side × side pixels into ten class folders of a temporary
folder, then, in a fresh offscreen application (the main window, as a student uses it):
opens the folder in the Pictures tool at N = side (loading in its worker thread, with its
progress bar) and trains the builder's network on it in the Training tab (the tab's own
settings: validation share 0.2, Adam, ``epochs`` epochs, batch 32).
Prints the load time, pictures/s, the progress updates shown, the size of the loaded array
X, training samples/s, and the peak memory above the application's baseline against the
bound of twice the array (target: ratio ≤ 1). The peak is VmHWM of the child process (Linux):
ru_maxrss would carry over the parent's peak across exec.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = 10


def write_folder(root, count, side=28, seed=0):
    """``count`` gray PNGs in ten class folders: class k is a bright bar at row k, over noise."""
    rng = np.random.default_rng(seed)
    rows = np.linspace(2, side - 3, CLASSES).astype(int)
    for k in range(CLASSES):
        os.makedirs(os.path.join(root, f"class {k}"), exist_ok=True)
    for i in range(count):
        k = i % CLASSES
        a = rng.integers(0, 120, (side, side), dtype=np.uint8)
        a[rows[k]:rows[k] + 2] = 230
        Image.fromarray(a).save(os.path.join(root, f"class {k}", f"{i:05d}.png"))
    return root


def memory_kb(field):
    """VmRSS (now) or VmHWM (the peak so far) of this process, in kB (Linux)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def in_app(folder, side, epochs):
    """Run in the child: open ``folder`` in the Pictures tool, train in the Training tab."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, ROOT)
    from gui.app import create_application, isolate_from_user_files
    isolate_from_user_files()          # never the user's settings, data or log
    app = create_application(language="en")
    from PySide6.QtCore import QEventLoop

    from gui.main_window import MainWindow
    from gui.worker import Job
    window = MainWindow()
    window.show()
    pictures = window.show_tool("pictures")
    pictures.size.setValue(side)
    training = window.tools["training"]     # built now: its memory is part of the baseline
    app.processEvents()
    baseline = memory_kb("VmRSS")

    shown = []
    started, cpu = time.perf_counter(), time.process_time()
    job = pictures.open_folder(folder)
    job.progress.connect(lambda _records: shown.append(pictures.progress.value()))
    loop = QEventLoop()
    job.ended.connect(loop.quit)
    loop.exec()
    load_seconds, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    data = window.session.dataset
    loaded_peak = memory_kb("VmHWM")

    window.show_tool("training")
    training.set_optimizer("adam")
    training.set_learning_rate(0.001)
    training.set_settings(epochs=epochs, batch_size=32)
    app.processEvents()
    started = time.perf_counter()
    training.start()
    loop = QEventLoop()
    training.controller.job.ended.connect(loop.quit)
    loop.exec()
    train_seconds = time.perf_counter() - started
    run = training.current_run()
    peak = memory_kb("VmHWM")
    Job.stop_all()
    window.close()
    return {"pictures": len(data.y), "shape": list(data.image_shape), "x_bytes": data.X.nbytes,
            "x_dtype": str(data.X.dtype), "load_seconds": load_seconds, "load_cpu": load_cpu,
            "progress_updates": len(set(shown)),
            "train_seconds": train_seconds, "train_samples": epochs * len(data.y), "ended": run.ended.reason,
            "val_accuracy": run.history.epochs[-1].val_accuracy if run.history.epochs else None,
            "baseline_kb": baseline, "loaded_peak_kb": loaded_peak, "peak_kb": peak}


def run_app(folder, side, epochs):
    child = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", folder, str(side), str(epochs)],
                           capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if child.returncode != 0:
        sys.exit(f"the application failed:\n{child.stderr[-3000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def measure(count, side, epochs, folder=None):
    """The figures of ``run_app`` on a new folder (``folder``: written there once and kept)."""
    if folder is not None:
        started = time.perf_counter()
        if not os.path.isdir(folder):
            write_folder(folder, count, side)
        return run_app(folder, side, epochs), time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="gradlab-pictures-") as root:
        started = time.perf_counter()
        write_folder(root, count, side)
        written = time.perf_counter() - started
        return run_app(root, side, epochs), written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--side", type=int, default=28)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--folder", help="write the pictures there (once) and keep them, instead of a temporary folder")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        folder, side, epochs = args.child
        print(json.dumps(in_app(folder, int(side), int(epochs))))
        return
    r, written = measure(args.count, args.side, args.epochs, args.folder)
    mb = 2 ** 20
    above = (r["peak_kb"] - r["baseline_kb"]) * 1024
    bound = 2 * r["x_bytes"]
    print(f"{r['pictures']:,} pictures of {' × '.join(map(str, r['shape']))} (written in {written:.1f} s); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s)")
    print(f"  loaded in {r['load_seconds']:.1f} s: {r['pictures'] / r['load_seconds']:,.0f} pictures/s "
          f"({r['load_cpu']:.1f} s of CPU: {r['pictures'] / r['load_cpu']:,.0f} pictures per CPU second), "
          f"{r['progress_updates']} progress updates shown")
    print(f"  X: {r['x_bytes'] / mb:.1f} MB ({r['x_dtype']})")
    print(f"  trained {r['train_samples'] // r['pictures']} epochs in {r['train_seconds']:.1f} s: "
          f"{r['train_samples'] / r['train_seconds']:,.0f} samples/s ({r['ended']}, "
          f"validation accuracy {r['val_accuracy']})")
    print(f"  memory: baseline {r['baseline_kb'] / 1024:.0f} MB, peak after loading "
          f"{r['loaded_peak_kb'] / 1024:.0f} MB, peak after training {r['peak_kb'] / 1024:.0f} MB")
    print(f"  peak above the baseline {above / mb:.1f} MB; bound 2 × X = {bound / mb:.1f} MB; "
          f"ratio {above / bound:.2f} (target ≤ 1: {'met' if above <= bound else 'NOT met'})")


if __name__ == "__main__":
    main()
