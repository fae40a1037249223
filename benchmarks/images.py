"""Loading speed of ``engine.data.load_image_folder`` against a plain scikit-image loop.

    python benchmarks/images.py [--count 2000] [--repeats 3]

Two folders, each in two class folders, half JPEG and half PNG: ``count`` small pictures
(80×60) and ``count // 10`` photograph-sized ones (640×480). For each it times, in one run:
  (a) reference: a single-threaded loop of skimage.io.imread + rgb2gray + resize
      (anti_aliasing=True) to 32×32, the code a student would write;
  (b) load_image_folder with one worker thread;
  (c) load_image_folder with a thread pool of both cores;
  (d) load_image_folder choosing by itself (threads only for large files).
Prints pictures per second and the ratio to the reference (best of ``repeats``).
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from engine.data.images import default_workers, load_image_folder  # noqa: E402

SIZE = 32


def write_pictures(root, count, size=(80, 60), seed=0):
    rng = np.random.default_rng(seed)
    paths = []
    for k in range(count):
        folder = os.path.join(root, "class_a" if k % 2 == 0 else "class_b")
        os.makedirs(folder, exist_ok=True)
        base = rng.integers(0, 255, size=(15, 20, 3)).astype(np.uint8)
        picture = Image.fromarray(base).resize(size, Image.Resampling.BICUBIC)
        path = os.path.join(folder, f"{k:05d}.{'jpg' if k % 4 < 2 else 'png'}")
        picture.save(path)
        paths.append(path)
    return paths


def reference(paths):
    from skimage import io, transform
    from skimage.color import rgb2gray
    rows = []
    for path in paths:
        picture = io.imread(path)
        if picture.ndim == 3:
            picture = rgb2gray(picture[..., :3])
        rows.append(transform.resize(picture, (SIZE, SIZE), anti_aliasing=True).reshape(-1))
    return np.array(rows, dtype=np.float32)


def best_of(repeats, fn):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(count, size, repeats):
    with tempfile.TemporaryDirectory() as root:
        paths = write_pictures(root, count, size)
        reference(paths[:20])  # warm up imports and caches
        t_ref = best_of(repeats, lambda: reference(paths))
        t_one = best_of(repeats, lambda: load_image_folder(root, size=SIZE, workers=1))
        t_pool = best_of(repeats, lambda: load_image_folder(root, size=SIZE, workers=default_workers()))
        t_auto = best_of(repeats, lambda: load_image_folder(root, size=SIZE))
        check = load_image_folder(root, size=SIZE)
        assert len(check.y) == count and not check.skipped
    n = count
    print(f"{n} pictures of {size[0]}×{size[1]} -> {SIZE}×{SIZE} gray, {os.cpu_count()} CPU(s), best of {repeats}")
    print(f"  skimage imread + resize loop      {n / t_ref:8.0f} pictures/s   1.00×")
    print(f"  load_image_folder, 1 thread       {n / t_one:8.0f} pictures/s   {t_ref / t_one:.2f}×")
    print(f"  load_image_folder, {default_workers()} threads      {n / t_pool:8.0f} pictures/s   "
          f"{t_ref / t_pool:.2f}×  ({t_one / t_pool:.2f}× one thread)")
    print(f"  load_image_folder, its own choice {n / t_auto:8.0f} pictures/s   {t_ref / t_auto:.2f}×")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    measure(args.count, (80, 60), args.repeats)
    measure(max(args.count // 10, 2), (640, 480), args.repeats)


if __name__ == "__main__":
    main()
