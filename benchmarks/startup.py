"""Time to first window: from starting Python to the main window painted, in a fresh process.

    python benchmarks/startup.py [--runs 5] [--imports]

Target: at most 0.7 s on the development machine (2 cores; issue 15). The reference in the same run is a
bare PySide6 window (QApplication + an empty QMainWindow painted): the floor no Qt program
goes below, so the ratio shows what Gradient Lab itself adds. ``--imports`` also lists the
slowest imports (python -X importtime) and checks that the heavy, rarely needed ones
(scikit-image, pyqtgraph.opengl, OpenGL, scipy, Pillow, numpy.random) are not imported before the first window.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.7
LAZY_MODULES = ("skimage", "pyqtgraph.opengl", "OpenGL", "scipy", "PIL", "numpy.random")

# The child prints the moment the window has been painted once (the first expose's paint).
GRADLAB = """
import sys, time
sys.path.insert(0, {root!r})
from gui.app import create_application
app = create_application()
from gui.main_window import MainWindow
from PySide6.QtCore import QTimer
print("IMPORTED", time.time(), flush=True)
window = MainWindow()
print("BUILT", time.time(), flush=True)
window.show()
def painted():
    print("SHOWN", time.time(), flush=True)
    print("MODULES", ",".join(m for m in {lazy!r} if m in sys.modules), flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

BARE_QT = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
window = QMainWindow()
window.resize(1280, 820)
window.show()
def painted():
    print("SHOWN", time.time(), flush=True)
    print("MODULES", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def environment():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    return env


def time_to_window(code, extra=()):
    """Seconds from starting the interpreter to the window's first paint; and the heavy
    modules already imported then."""
    start = time.time()
    result = subprocess.run([sys.executable, *extra, "-c", code], capture_output=True, text=True,
                            env=environment(), cwd=ROOT, timeout=120)
    shown = re.search(r"SHOWN (\S+)", result.stdout)
    if not shown:
        raise RuntimeError(f"the window did not show:\n{result.stdout}\n{result.stderr}")
    modules = re.search(r"MODULES ?(.*)", result.stdout).group(1)
    marks = {k: float(v) - start for k, v in re.findall(r"(IMPORTED|BUILT) (\S+)", result.stdout)}
    time_to_window.last_marks = marks
    return float(shown.group(1)) - start, [m for m in modules.split(",") if m], result.stderr


def import_seconds_by_package(count=12):
    """(seconds, package) summed over every module of each top-level package, from
    ``python -X importtime`` (self times, so nothing is counted twice)."""
    _, _, stderr = time_to_window(GRADLAB.format(root=str(ROOT), lazy=LAZY_MODULES), ("-X", "importtime"))
    totals = {}
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| *(\S+)", line)
        if m:
            package = m.group(3).split(".")[0]
            if package == "gui":   # our own tools, one by one
                package = ".".join(m.group(3).split(".")[:2])
            totals[package] = totals.get(package, 0.0) + int(m.group(1)) / 1e6
    return sorted(((s, p) for p, s in totals.items()), reverse=True)[:count]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--imports", action="store_true", help="list the slowest imports too")
    args = parser.parse_args(argv)

    time_to_window(GRADLAB.format(root=str(ROOT), lazy=LAZY_MODULES))   # warm the disk cache
    ours, bare, heavy, imported, built = [], [], set(), [], []
    for _ in range(args.runs):      # interleaved, so both see the same machine load
        seconds, modules, _ = time_to_window(GRADLAB.format(root=str(ROOT), lazy=LAZY_MODULES))
        ours.append(seconds)
        imported.append(time_to_window.last_marks["IMPORTED"])
        built.append(time_to_window.last_marks["BUILT"])
        heavy.update(modules)
        bare.append(time_to_window(BARE_QT)[0])
    median, floor = statistics.median(ours), statistics.median(bare)
    print(f"time to first window, median of {args.runs}: Gradient Lab {median:.2f} s "
          f"(min {min(ours):.2f}), bare PySide6 window {floor:.2f} s, ratio {median / floor:.1f}×")
    print(f"  of which: interpreter and imports {statistics.median(imported):.2f} s, building the "
          f"window {statistics.median(built) - statistics.median(imported):.2f} s, first paint "
          f"{median - statistics.median(built):.2f} s")
    print(f"target < {TARGET_SECONDS} s: {'met' if median < TARGET_SECONDS else 'NOT met'}")
    if heavy:
        print("imported before the first window although only needed later: " + ", ".join(sorted(heavy)))
    else:
        print("none of " + ", ".join(LAZY_MODULES) + " is imported before the first window")
    if args.imports:
        print("import time by package (seconds, all its modules):")
        for seconds, module in import_seconds_by_package():
            print(f"  {seconds:6.3f}  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
