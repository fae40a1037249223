"""Hostile picture folders: links out of the folder or back into it, FIFOs swapped in after the
scan, decompression bombs under the pixel limit (peak memory measured in a subprocess)."""
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from engine.data.images import iter_load_image_folder, load_image_folder, load_picture, read_picture
from files_timeout import finishes_within, watched_fifo
from picture_bombs import png_bomb_bytes

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="links and FIFOs as on Linux")


def picture(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.full((8, 8), value, dtype=np.uint8)).save(path)
    return path


@pytest.fixture
def pets(tmp_path):
    root = tmp_path / "pets"
    for i in range(3):
        picture(root / "cats" / f"c{i}.png", 10)
        picture(root / "dogs" / f"d{i}.png", 200)
    return root


@posix_only
def test_links_out_of_the_folder_or_back_into_it_are_not_followed(pets, tmp_path):
    outside = tmp_path / "elsewhere"
    for i in range(5):
        picture(outside / f"o{i}.png", 99)
    (pets / "dogs" / "up").symlink_to("..")                       # dogs/up → pets: cats again as dogs
    (pets / "dogs" / "cats again").symlink_to(pets / "cats")
    (pets / "dogs" / "etc").symlink_to("/etc")
    (pets / "dogs" / "out.png").symlink_to(outside / "o0.png")
    (pets / "birds").symlink_to(outside)                          # a class folder that is a link out
    (pets / "cats" / "self").symlink_to(pets / "cats")
    data = finishes_within(30, load_image_folder, pets, size=8, workers=1)
    assert data.class_names == ["cats", "dogs"]
    assert list(data.class_counts()) == [3, 3]
    assert not any("elsewhere" in p or p.startswith("/etc") for p in data.paths)
    kinds = {os.path.basename(s.path): s.kind for s in data.skipped}
    assert kinds["up"] == kinds["cats again"] == kinds["self"] == "loop"
    assert kinds["etc"] == kinds["out.png"] == kinds["birds"] == "outside"


@posix_only
def test_a_fifo_swapped_in_after_the_scan_is_skipped_at_once(pets):
    records = iter_load_image_folder(pets, size=8, workers=1)
    first = next(records)                        # the folder is scanned: 6 files to read
    assert first.total == 6
    victim = pets / "dogs" / "d1.png"
    victim.unlink()
    hung = watched_fifo(victim, seconds=5)
    data = finishes_within(30, lambda: [r for r in records][-1])
    assert not hung.is_set(), "the loader waited for a writer on a FIFO"
    assert list(data.class_counts()) == [3, 2]
    assert [s.kind for s in data.skipped if s.path.endswith("d1.png")] == ["not_regular"]


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_picture_that_is_a_device_is_refused_without_reading(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "x.png"
    link.symlink_to(device)
    for read in (load_picture, read_picture):
        with pytest.raises(OSError, match="device"):
            finishes_within(5, read, link)


def peak_memory_of_loading(folder, extra=""):
    """Load ``folder`` with 4 threads in a fresh interpreter: (stdout lines, peak MB, seconds)."""
    code = textwrap.dedent(f"""
        import sys, time
        from engine.data.images import load_image_folder
        start = time.perf_counter()
        data = load_image_folder({str(folder)!r}, size=32, workers=4)
        print([int(c) for c in data.class_counts()], sorted(s.kind for s in data.skipped))
        # VmHWM, not ru_maxrss: Linux carries the parent's peak (pytest's) across exec into ru_maxrss
        peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
        print(peak_kb // 1024, time.perf_counter() - start)
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    counts, memory = result.stdout.strip().splitlines()
    peak, seconds = memory.split()
    return counts, int(peak), float(seconds)


@pytest.mark.skipif(sys.platform != "linux", reason="reads VmHWM from /proc (Linux)")
def test_four_144_megapixel_pngs_are_refused_by_their_header_in_little_memory(tmp_path):
    bomb = png_bomb_bytes(12_000, 12_000)                    # 144 megapixels, 576 MB as RGBA
    for k, name in enumerate(["a", "b"]):
        picture(tmp_path / "bombs" / name / "good.png", 50 * k)
        for i in range(2):
            (tmp_path / "bombs" / name / f"bomb{i}.png").write_bytes(bomb)
    counts, peak, seconds = peak_memory_of_loading(tmp_path / "bombs")
    assert counts == "[1, 1] ['too_large', 'too_large', 'too_large', 'too_large']"
    assert peak < 1000 and seconds < 30, f"{peak} MB, {seconds:.1f} s"   # was 10.5 GB and 135 s


@pytest.mark.skipif(sys.platform != "linux", reason="reads VmHWM from /proc (Linux)")
def test_large_pngs_are_decoded_a_few_at_a_time_within_the_memory_budget(tmp_path):
    big = png_bomb_bytes(6_000, 6_000)                       # 36 megapixels each, 144 MB as RGBA
    for name in ["a", "b"]:
        for i in range(3):
            (tmp_path / "big" / name).mkdir(parents=True, exist_ok=True)
            (tmp_path / "big" / name / f"big{i}.png").write_bytes(big)
    counts, peak, seconds = peak_memory_of_loading(tmp_path / "big")
    assert counts == "[3, 3] []"
    print("peak", peak, "MB", seconds, "s")
    assert peak < 1000, f"{peak} MB at the peak for six 36-megapixel pictures"


CLOSE_WHILE_BUSY = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from gui.worker import Job
app = QApplication([])
owner = QWidget()
def records():
    yield "started"
    time.sleep(3)          # one record that cannot be interrupted (a slow disk, a huge picture)
    yield "done"
job = Job(records, owner)
job.start()
def close():
    print("stopped in time:", Job.stop_all(msecs=300), flush=True)
    owner.deleteLater()    # the window and its jobs go away, the thread is still in its record
    app.quit()
QTimer.singleShot(200, close)
app.exec()
"""


def test_closing_while_a_job_cannot_stop_in_time_never_aborts_the_process():
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", CLOSE_WHILE_BUSY], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "stopped in time: False" in result.stdout
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-300:]}"   # was SIGABRT (134)
    assert time.perf_counter() - started < 30


def test_loading_reports_progress_while_a_large_picture_decodes_so_cancel_is_seen(pets, monkeypatch):
    from engine.data import picture
    real = picture.load_or_skip

    def slow(path, size, color):
        if path.endswith("c0.png"):
            time.sleep(1.0)
        return real(path, size, color)

    monkeypatch.setattr(picture, "load_or_skip", slow)
    records = iter_load_image_folder(pets, size=8, workers=2)
    next(records)
    started = time.perf_counter()
    second = next(records)                        # while c0.png is still being decoded
    assert time.perf_counter() - started < 0.5 and second.done == 0
    records.close()                               # Cancel
    assert time.perf_counter() - started < 1.5


@posix_only
def test_names_that_are_not_utf8_reach_the_data_set_as_plain_text_with_a_visible_marker(tmp_path):
    import json
    root = os.path.join(os.fsencode(tmp_path), b"p\xe4ts")
    for name, value in ((b"caf\xe9", 10), (b"d\xf6gs", 200)):
        for k in range(2):
            picture(Path(os.fsdecode(os.path.join(root, name, b"%d.png" % k))), value)
    data = load_image_folder(os.fsdecode(root), size=8)
    assert data.class_names == ["caf\\xe9", "d\\xf6gs"] and data.name == "p\\xe4ts"
    json.dumps(data.class_names + [data.name], ensure_ascii=False).encode("utf-8")   # a session can save them
    assert all(os.path.exists(p) for p in data.paths)                               # files still readable
