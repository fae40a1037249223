"""The autosave, as a user meets it: written without freezing the window, and offered again at
the next start after a normal quit (and listed in File → Open recent)."""
import threading

import numpy as np
from PySide6.QtWidgets import QMessageBox

from engine.data import Dataset
from lab import session_file
from gui.persistence.autosave import Autosaver


def make_window(qtbot):
    from gui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_after_a_normal_quit_the_next_start_offers_to_continue_the_session(window, qtbot):
    stepper = window.tools["stepper"]
    stepper.load_preset("himmelblau")
    stepper.iterate()
    point = str(stepper.current_point())
    quit_action = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit"][0]
    assert "next start offers to continue" in quit_action.statusTip()
    window.last_session.start_autosave()
    window.last_session.stop_autosave()          # Quit: autosaved, lock given up

    other = make_window(qtbot)
    other.last_session.start(None)                # a normal start, no file given
    box = other.last_session.continue_box
    assert box is not None and box.isVisible() and "Continue where you stopped" in box.text()
    assert other.tools["stepper"].model.objective.key != "himmelblau"   # nothing restored unasked
    [continue_button] = [b for b in box.buttons()
                         if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    continue_button.click()
    assert other.tools["stepper"].model.objective.key == "himmelblau"
    assert str(other.tools["stepper"].current_point()) == point
    assert other.session_dialogs.current_path is None   # Save asks where: it is not the user's file
    menus = other.session_menus
    menus.recent_menu.aboutToShow.emit()
    first = menus.recent_menu.actions()[0]
    assert first.text().startswith("&Last session, autosaved ")
    other.tools["stepper"].load_preset("square")
    first.trigger()                               # File → Open recent → Last session
    assert other.tools["stepper"].model.objective.key == "himmelblau"
    other.last_session.stop_autosave()


def test_a_start_after_a_normal_quit_with_nothing_autosaved_offers_nothing(window, qtbot):
    window.last_session.start(None)
    assert window.last_session.continue_box is None
    window.last_session.stop_autosave()


def test_the_autosave_is_encoded_and_written_in_a_worker_thread(window, qtbot, tmp_path, monkeypatch):
    """With 1,797 pictures of 32×32 loaded (about a second to encode and write), the timer's
    autosave only copies on the UI thread: encoding and writing happen in a worker thread."""
    rng = np.random.default_rng(0)
    X = rng.random((1797, 1024), dtype=np.float32)
    y = rng.integers(0, 10, 1797)
    window.session.set_dataset(Dataset(X, y, [str(i) for i in range(10)], name="digits",
                                       image_shape=(32, 32)))
    on_ui_thread = []
    for name in ("arrays_to_text", "dumps", "write_atomic"):
        original = getattr(session_file, name)

        def spy(*args, _original=original, _name=name, **kwargs):
            on_ui_thread.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)
        monkeypatch.setattr(session_file, name, spy)

    autosaver = Autosaver(window, folder=str(tmp_path), interval_ms=50)
    assert autosaver.start()
    with qtbot.waitSignal(autosaver.saved, timeout=60_000):
        pass                                      # the timer fires and the worker writes
    qtbot.waitUntil(lambda: autosaver.job is None, timeout=10_000)
    assert {name for name, _ in on_ui_thread} == {"arrays_to_text", "dumps", "write_atomic"}
    assert not any(ui for _, ui in on_ui_thread), on_ui_thread
    saved = session_file.read(autosaver.path)["dataset"]         # what the worker wrote
    np.testing.assert_array_equal(saved.X, X)
    autosaver.stop()
