"""engine.safe_files: FIFOs, devices and folders are refused at once, sizes before reading."""
import os

import pytest

from engine.safe_files import UnsafeFileError, open_regular_file, read_regular_bytes, read_regular_text
from files_timeout import finishes_within

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")


def test_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "session.gradlab"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeFileError, match="pipe") as info:
        finishes_within(5, read_regular_bytes, fifo, 1000)
    assert info.value.kind == "not_regular"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_link_to_a_device_is_refused_before_reading(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "net.npz"
    link.symlink_to(device)
    with pytest.raises(UnsafeFileError, match="device"):
        finishes_within(5, read_regular_bytes, link, 1000)


def test_a_folder_and_a_missing_file_are_oserrors(tmp_path):
    with pytest.raises(UnsafeFileError, match="folder"):
        read_regular_bytes(tmp_path, 1000)
    with pytest.raises(FileNotFoundError):
        read_regular_bytes(tmp_path / "missing", 1000)


def test_the_size_is_checked_before_reading_and_small_files_read_whole(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("{\"ü\": 1}", encoding="utf-8")
    with pytest.raises(UnsafeFileError, match="too large") as info:
        read_regular_bytes(path, 3)
    assert info.value.kind == "too_large"
    assert read_regular_text(path, 100) == "{\"ü\": 1}"
    with open_regular_file(path, 100) as f:     # seeking back and reading again works
        f.read(2)
        f.seek(0)
        assert f.read() == path.read_bytes()
