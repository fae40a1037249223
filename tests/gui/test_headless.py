"""Headless runs (``main.py --screenshot``) leave the user's settings, log and autosave alone,
and print nothing about Qt's offscreen plugin."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def image_array(path):
    from PySide6.QtGui import QImage
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), f"{path} is not a picture"
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].copy()


def user_home(folder):
    """A home folder as the user has it, with its XDG variables (the process's own are dropped)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(folder), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / ".config"),
               XDG_DATA_HOME=str(folder / ".local" / "share"), XDG_STATE_HOME=str(folder / ".local" / "state"),
               XDG_CACHE_HOME=str(folder / ".cache"))
    return env


def screenshot(env, out):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--screenshot", str(out)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=out.parent)
    assert result.returncode == 0, result.stderr
    return result


def files_under(folder):
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """A screenshot in a home whose settings say Japanese at lesson step 8, and one in an
    empty home."""
    used = tmp_path_factory.mktemp("used-home")
    steps = json.loads((ROOT / "resources" / "lesson" / "lesson.json").read_text(encoding="utf-8"))["steps"]
    conf = used / ".config" / "GradientLab" / "Gradient Lab.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[General]\nlanguage=ja\n\n[lesson]\nstep={steps[7]['id']}\n", encoding="utf-8")
    before = files_under(used)
    seeded = screenshot(user_home(used), tmp_path_factory.mktemp("out") / "seeded.png")
    after = files_under(used)
    fresh_home = tmp_path_factory.mktemp("fresh-home")
    fresh = screenshot(user_home(fresh_home), tmp_path_factory.mktemp("out") / "fresh.png")
    return {"before": before, "after": after, "fresh_home": files_under(fresh_home),
            "seeded": seeded, "fresh": fresh}


def test_a_screenshot_writes_no_settings_log_or_autosave_in_the_users_home(runs):
    assert runs["after"] == runs["before"]      # not a file added, none changed
    assert runs["fresh_home"] == {}


def test_a_screenshot_ignores_the_users_settings(runs):
    """The user's settings say Japanese and lesson step 8: the screenshot is the one a fresh
    machine gives (English, the first step)."""
    seeded = image_array(runs["seeded"].stdout.strip())
    fresh = image_array(runs["fresh"].stdout.strip())
    assert seeded.shape == fresh.shape
    assert np.abs(seeded.astype(int) - fresh.astype(int)).mean() < 0.5


def test_offscreen_runs_print_no_notice_about_the_plugin(runs):
    for result in (runs["seeded"], runs["fresh"]):
        assert "This plugin does not support" not in result.stderr, result.stderr
