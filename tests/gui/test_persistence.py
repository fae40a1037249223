"""Session files, autosave and crash restore, recent files and settings, as a user meets them."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from gui.persistence import settings, state
from lab import session_file

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot):
    from gui.main_window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def train_briefly(qtbot, window, epochs=2):
    dashboard = window.tools["training"]
    dashboard.set_settings(epochs=epochs, batch_size=50)
    dashboard.start()
    qtbot.waitUntil(lambda: not dashboard.controller.is_active() and dashboard.controller.job is None,
                    timeout=20_000)
    return dashboard


def put_window_in_a_state(qtbot, window):
    """A zig-zag run at step 4 after three iterations, a 3-layer network, and a trained run."""
    stepper = window.tools["stepper"]
    stepper.load_preset("zigzag")
    stepper.set_learning_rate(0.15)
    for _ in range(3):
        stepper.iterate()
    stepper.step()
    window.session.set_spec({"input_size": 2, "layers": [
        {"units": 6, "activation": "tanh"}, {"units": 5, "activation": "relu"},
        {"units": 2, "activation": "softmax"}], "loss": "cross_entropy"})
    train_briefly(qtbot, window)


def snapshot(window):
    """What the user would compare: the whole document minus the time it was saved."""
    return json.loads(session_file.dumps(state.collect(window)).replace("\n", ""))


def same_state(a, b):
    a, b = dict(a), dict(b)
    a.pop("saved_at"), b.pop("saved_at")
    return a == b


def test_saved_session_reopens_with_the_same_function_path_network_weights_and_history(window, qtbot, tmp_path):
    put_window_in_a_state(qtbot, window)
    path = tmp_path / "lesson1.gradlab"
    assert window.session_dialogs.save_session(str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == session_file.VERSION

    other = make_window(qtbot)
    assert other.tools["stepper"].current_point() != window.tools["stepper"].current_point()
    assert other.session_dialogs.open_session(str(path))

    stepper, stepper2 = window.tools["stepper"], other.tools["stepper"]
    assert stepper2.model.objective.key == "zigzag"
    assert stepper2.current_point() == stepper.current_point()
    assert stepper2.current_step() == stepper.current_step() == 4   # step 4 after iteration 3
    np.testing.assert_array_equal(stepper2.model.primary.points(), stepper.model.primary.points())
    assert other.session.spec == window.session.spec
    for key, value in window.session.network.params.items():
        np.testing.assert_array_equal(other.session.network.params[key], value)
    np.testing.assert_array_equal(other.session.dataset.X, window.session.dataset.X)
    run, run2 = window.tools["training"].runs[-1], other.tools["training"].runs[-1]
    assert run2.name == run.name and run2.history == run.history
    assert len(run2.history.epochs) == 2
    np.testing.assert_array_equal(run2.batch_loss.values, run.batch_loss.values)   # the loss curve
    np.testing.assert_array_equal(run2.confusion.matrix, run.confusion.matrix)
    assert same_state(snapshot(other), snapshot(window))
    assert other.windowTitle().startswith("lesson1.gradlab")


def test_opening_a_session_file_given_on_the_command_line(window, qtbot, tmp_path):
    window.tools["stepper"].load_preset("himmelblau")
    path = tmp_path / "h.gradlab"
    window.session_dialogs.save_session(str(path))
    other = make_window(qtbot)
    other.last_session.start(str(path))
    assert other.tools["stepper"].model.objective.key == "himmelblau"
    other.last_session.stop_autosave()


def damaged_versions(good_text):
    document = json.loads(good_text)
    truncated = good_text[: len(good_text) // 2]
    bad_weights = dict(document, network=dict(document["network"], weights="AAAA" + document["network"]["weights"][40:]))
    wrong_shape = json.loads(good_text)
    wrong_shape["network"]["spec"]["layers"][0]["units"] += 1     # weights no longer fit the spec
    bad_formula = json.loads(good_text)
    bad_formula["tools"]["stepper"]["function"] = {"formula": "x1 +* (", "variables": ["x1", "x2"]}
    return {"truncated": truncated, "bad weights": json.dumps(bad_weights),
            "weights that do not fit": json.dumps(wrong_shape),
            "a formula that does not parse": json.dumps(bad_formula),
            "not JSON at all": "\x00\x01PK not a session", "another JSON file": '{"hello": 1}'}


@pytest.mark.parametrize("damage", ["truncated", "bad weights", "weights that do not fit",
                                    "a formula that does not parse", "not JSON at all",
                                    "another JSON file"])
def test_damaged_session_file_is_refused_and_nothing_changes(window, qtbot, tmp_path, damage):
    window.tools["stepper"].load_preset("rosenbrock")
    good = tmp_path / "good.gradlab"
    window.session_dialogs.save_session(str(good))
    # the user carries on: another function and network, which must survive the refusal
    window.tools["stepper"].load_preset("two_minima")
    window.tools["stepper"].iterate()
    window.session.set_spec({"input_size": 2, "layers": [{"units": 3, "activation": "sigmoid"},
                                                         {"units": 2, "activation": "softmax"}],
                             "loss": "cross_entropy"})
    before = snapshot(window)
    bad = tmp_path / "bad.gradlab"
    bad.write_text(damaged_versions(good.read_text(encoding="utf-8"))[damage], encoding="utf-8")

    assert not window.session_dialogs.open_session(str(bad))
    assert "Nothing was changed" in window.session_dialogs.last_error
    assert same_state(snapshot(window), before)
    assert window.tools["stepper"].model.objective.key == "two_minima"
    assert window.session_dialogs.current_path == str(good)     # still the file in use


def test_session_from_a_newer_version_is_refused_with_a_clear_message(window, tmp_path):
    path = tmp_path / "future.gradlab"
    window.session_dialogs.save_session(str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = session_file.VERSION + 1
    document["app_version"] = "9.0"
    path.write_text(json.dumps(document), encoding="utf-8")
    window.tools["stepper"].load_preset("saddle")
    before = snapshot(window)

    assert not window.session_dialogs.open_session(str(path))
    assert "newer version" in window.session_dialogs.last_error
    assert same_state(snapshot(window), before)
    with pytest.raises(session_file.SessionFileError) as error:
        session_file.read(path)
    assert error.value.kind == "newer" and "9.0" in error.value.message


def test_a_save_that_fails_half_way_keeps_the_previous_file(window, tmp_path, monkeypatch):
    path = tmp_path / "work.gradlab"
    window.session_dialogs.save_session(str(path))
    old = path.read_bytes()
    window.tools["stepper"].load_preset("bowl")

    real_fdopen = os.fdopen

    def failing_fdopen(fd, *args, **kwargs):
        f = real_fdopen(fd, *args, **kwargs)
        real_write = f.write

        def write(text):
            real_write(text[: len(text) // 3])      # a third of the file reaches the disk ...
            raise OSError(28, "No space left on device")   # ... then the disk is full
        f.write = write
        return f
    monkeypatch.setattr(session_file.os, "fdopen", failing_fdopen)

    assert not window.session_dialogs.save_session(str(path))
    assert "could not be saved" in window.session_dialogs.last_error
    assert path.read_bytes() == old                                  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["work.gradlab"]  # no half-written file left
    monkeypatch.undo()
    assert session_file.read(path)["tools"]["stepper"]["function"]["preset"] == "square"


def test_recent_files_lists_saved_sessions_newest_first_and_opens_them(window, qtbot, tmp_path):
    for name, preset in (("a", "bowl"), ("b", "saddle")):
        window.tools["stepper"].load_preset(preset)
        window.session_dialogs.save_session(str(tmp_path / name))      # the suffix is added
    file_menu = window.menuBar().actions()[0].menu()
    menu = next(a.menu() for a in file_menu.actions() if a.text() == "Open &recent")
    menu.aboutToShow.emit()     # as when the user opens it
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&1 b.gradlab", "&2 a.gradlab"]
    menu.actions()[1].trigger()
    assert window.tools["stepper"].model.objective.key == "bowl"
    assert settings.last_folder("session") == str(tmp_path)


CRASHING_RUN = """
import os, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
QCoreApplication.setOrganizationName("GradientLabTests")
QCoreApplication.setApplicationName("Gradient Lab")
from gui.main_window import MainWindow
w = MainWindow()
assert w.last_session.start_autosave()
w.tools["stepper"].load_preset("himmelblau")
w.tools["stepper"].iterate()
assert w.autosaver.save_now()
print(w.tools["stepper"].current_point())
sys.stdout.flush()
os._exit(3)      # a crash: no clean exit, the lock file stays behind
"""


def test_after_a_crash_the_next_start_offers_the_autosave_and_restores_it(window, qtbot, monkeypatch):
    crashed = subprocess.run([sys.executable, "-c", CRASHING_RUN.format(root=str(ROOT))],
                             capture_output=True, text=True, timeout=60, env=os.environ.copy())
    assert crashed.returncode == 3, crashed.stderr
    asked = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answer_yes)

    menus = window.last_session
    assert menus.start_autosave() and menus.offer_restore()
    assert menus.autosaver.crashed and len(asked) == 1 and "did not close properly" in asked[0]
    assert window.tools["stepper"].model.objective.key == "himmelblau"
    assert str(window.tools["stepper"].current_point()) == crashed.stdout.strip()

    menus.stop_autosave()      # a clean exit this time: saved once more, the lock removed
    other = make_window(qtbot)
    assert other.last_session.start_autosave() and not other.last_session.offer_restore()
    assert not other.autosaver.crashed and len(asked) == 1   # no second offer
    other.last_session.stop_autosave()


def test_a_second_copy_running_does_not_autosave_over_the_first(window, qtbot):
    first = window.last_session
    assert first.start_autosave()
    second = make_window(qtbot).last_session
    assert not second.start_autosave()
    assert not second.autosaver.save_now()
    assert first.autosaver.save_now() and first.autosaver.has_autosave()
    first.stop_autosave()


def test_reset_settings_forgets_language_folders_recent_files_and_layout(window, tmp_path, monkeypatch):
    window.session_dialogs.save_session(str(tmp_path / "s"))
    QSettings().setValue("language", "ja")
    QSettings().setValue("lesson/step", 7)
    assert settings.recent_files()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.session_menus.reset_action.trigger()
    assert settings.recent_files() == []
    assert QSettings().value("language") is None and QSettings().value("lesson/step") is None
    assert settings.last_folder("session") != str(tmp_path)


def test_session_file_never_unpickles(tmp_path):
    """An object array (which only pickle can read) inside the weights is refused."""
    import base64
    import io
    buffer = io.BytesIO()
    np.savez(buffer, W1=np.array([object()], dtype=object))
    with pytest.raises(session_file.SessionFileError) as error:
        session_file.text_to_arrays(base64.b64encode(buffer.getvalue()).decode(), "weights")
    assert error.value.kind == "damaged"


def test_opening_a_session_while_training_stops_the_run_first(window, qtbot, tmp_path):
    path = tmp_path / "calm.gradlab"
    window.tools["stepper"].load_preset("bowl")
    window.session_dialogs.save_session(str(path))
    dashboard = window.tools["training"]
    dashboard.set_settings(epochs=100_000, batch_size=1)
    dashboard.start()
    qtbot.waitUntil(lambda: dashboard.controller.is_running(), timeout=5000)
    assert window.session_dialogs.open_session(str(path))
    assert not dashboard.controller.is_active() and dashboard.runs == []
    qtbot.waitUntil(lambda: dashboard.controller.job is None, timeout=10_000)


def test_file_dialogs_open_in_the_folder_used_last_time_even_after_a_restart(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    folder = tmp_path / "my networks"
    folder.mkdir()
    window.session.network.save(str(folder / "net.npz"))
    asked = []

    def fake_open(parent, caption, start, *rest):
        asked.append(start)
        return str(folder / "net.npz"), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    def load_from_the_menu(dashboard):
        menu = dashboard.buttons.export_button.menu()
        next(a for a in menu.actions() if a.text() == "Load a network (.npz)…").trigger()
    load_from_the_menu(window.tools["training"])
    assert asked[0] != str(folder)
    other = make_window(qtbot)        # a new window reads the folder from the settings
    load_from_the_menu(other.tools["training"])
    assert asked[1] == str(folder)


def test_file_dialogs_open_in_a_folder_that_exists_even_without_documents(app, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))                # a home without a Documents folder
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings().setValue("folders/network", str(tmp_path / "gone"))   # remembered, since deleted
    start = settings.start_path("network", "network.npz")
    assert os.path.isdir(os.path.dirname(start)) and os.path.basename(start) == "network.npz"
    assert os.path.dirname(start) == str(tmp_path)
    assert os.path.isdir(settings.start_path("export"))
    QSettings().remove("folders/network")


def test_the_file_menu_saves_as_saves_again_and_opens_a_session(window, tmp_path, monkeypatch):
    """Through the menu a user sees: Save session as… asks where, Save then writes there
    without asking, Open session… brings the saved state back; the title names the file."""
    from PySide6.QtWidgets import QFileDialog
    asked = []

    def fake_save(parent, caption, start, *rest):
        asked.append(start)
        return str(tmp_path / "mine"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "mine.gradlab"), ""))
    file_menu = window.menuBar().actions()[0].menu()
    action = {a.text(): a for a in file_menu.actions()}
    window.tools["stepper"].load_preset("bowl")
    action["Save session &as…"].trigger()
    assert len(asked) == 1 and (tmp_path / "mine.gradlab").is_file()
    assert window.windowTitle().startswith("mine.gradlab — ")
    window.tools["stepper"].load_preset("saddle")
    action["&Save session"].trigger()                  # no second question: the file in use
    assert len(asked) == 1
    window.tools["stepper"].load_preset("bowl")
    action["&Open session…"].trigger()
    assert window.tools["stepper"].model.objective.key == "saddle"
    assert "Opened mine.gradlab" in window.statusBar().currentMessage()


def _picture_folder(root, per_class=8, size=10):
    from PIL import Image
    rng = np.random.default_rng(1)
    for name, level in (("dark", 40), ("light", 210)):
        (root / name).mkdir(parents=True)
        for k in range(per_class):
            a = np.clip(level + rng.normal(0, 15, (size, size)), 0, 255).astype(np.uint8)
            Image.fromarray(a).save(root / name / f"{k:02d}.png")
    return root


def test_a_session_of_pictures_reads_their_folder_again_or_shows_the_saved_ones_when_it_is_gone(
        window, qtbot, tmp_path):
    import shutil
    pictures = window.tools["pictures"]
    pictures.size.setValue(6)
    folder = _picture_folder(tmp_path / "pets")
    with qtbot.waitSignal(pictures.open_folder(str(folder)).ended, timeout=20_000):
        pass
    pictures.show_vector_of(11)
    window.tools["stepper"].load_preset("saddle")
    path = tmp_path / "pets.gradlab"
    assert window.session_dialogs.save_session(str(path))
    saved = window.session.dataset

    window.tools["training"].set_toy_dataset("moons")           # other data meanwhile
    pictures.size.setValue(20)
    assert window.session_dialogs.open_session(str(path))
    qtbot.waitUntil(lambda: pictures.job is None and pictures.data is not None
                    and pictures.data.folder == str(folder), timeout=20_000)
    assert window.session_dialogs.last_notice == ""
    assert pictures.size.value() == 6 and pictures.shown_index == 11
    assert " / " + os.path.basename(pictures.data.paths[11]) in pictures.vector_view.title.text()
    assert pictures.dataset is window.session.dataset            # the pictures as the session has them
    np.testing.assert_array_equal(window.session.dataset.X, saved.X)

    shutil.rmtree(folder)
    window.tools["training"].set_toy_dataset("moons")
    window.tools["stepper"].load_preset("bowl")
    assert window.session_dialogs.open_session(str(path))
    assert str(folder) in window.session_dialogs.last_notice and "no longer there" in window.session_dialogs.last_notice
    assert "no longer there" in window.statusBar().currentMessage()
    assert window.tools["stepper"].model.objective.key == "saddle"          # nothing else lost
    assert pictures.gallery.summary.text().startswith("16 pictures in 2 classes")
    assert pictures.shown_index == 11 and "gone" in pictures.message.text()
    np.testing.assert_array_equal(window.session.dataset.X, saved.X)
    assert window.session.dataset.source["folder"] == str(folder)


def test_a_data_source_a_stranger_wrote_opens_the_saved_data_and_says_why(window, tmp_path):
    window.tools["training"].set_toy_dataset("circles", n=150, noise=0.05, seed=4)
    saved = window.session.dataset
    window.tools["stepper"].load_preset("saddle")
    path = tmp_path / "s.gradlab"
    assert window.session_dialogs.save_session(str(path))
    document = json.loads(path.read_text(encoding="utf-8"))
    document["dataset"]["source"]["name"] = "banana"
    path.write_text(json.dumps(document), encoding="utf-8")
    window.tools["stepper"].load_preset("bowl")
    window.tools["training"].set_toy_dataset("moons")
    assert window.session_dialogs.open_session(str(path))
    assert "banana" in window.session_dialogs.last_notice and "data saved in the session" in window.session_dialogs.last_notice
    assert window.tools["stepper"].model.objective.key == "saddle"
    np.testing.assert_array_equal(window.session.dataset.X, saved.X)
    assert window.tools["training"].model.data.kind == "session"   # no longer said to be a toy set


def test_the_training_tab_names_the_toy_set_a_session_was_saved_with(window, tmp_path):
    window.tools["training"].set_toy_dataset("spiral", n=300, noise=0.1, seed=2)
    chosen = window.tools["training"].model.data
    path = tmp_path / "s.gradlab"
    assert window.session_dialogs.save_session(str(path))
    window.tools["training"].set_toy_dataset("moons")
    assert window.session_dialogs.open_session(str(path))
    assert window.tools["training"].model.data == chosen
    assert window.tools["training"].data_panel.kind.currentData() == "spiral"


def test_your_own_points_reopen_as_your_points(window, tmp_path):
    from engine.data import points
    dashboard = window.tools["training"]
    X = np.array([[0.1, 0.2], [0.9, 0.8], [0.2, 0.1], [0.8, 0.9]], np.float32)
    dashboard.use_points(points.drawn(X, np.array([0, 1, 0, 1]), ["A", "B"], name="mine"))
    path = tmp_path / "mine.gradlab"
    assert window.session_dialogs.save_session(str(path))
    dashboard.set_toy_dataset("moons")
    assert window.session_dialogs.open_session(str(path)) and window.session_dialogs.last_notice == ""
    assert dashboard.model.data.kind == "drawn" and dashboard.data_panel.kind.currentData() == "drawn"
    np.testing.assert_array_equal(window.session.dataset.X, X)
