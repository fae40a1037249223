"""The pictures tool: open a folder, see counts and skipped files, train, evaluate, predict."""
import numpy as np
import pytest
from PIL import Image

from engine import Trainer
from engine.data import train_validation_split



def make_folder(root, per_class=30, size=12):
    """dark/ and light/ pictures (a learnable task), with a text file and a corrupt picture."""
    rng = np.random.default_rng(0)
    for name, level in (("dark", 50), ("light", 200)):
        (root / name).mkdir(parents=True)
        for k in range(per_class):
            a = np.clip(level + rng.normal(0, 20, (size, size)), 0, 255).astype(np.uint8)
            Image.fromarray(a).save(root / name / f"{k:02d}.png")
    (root / "dark" / "notes.txt").write_text("not a picture")
    (root / "light" / "broken.jpg").write_bytes(b"garbage" * 30)
    return root


@pytest.fixture
def tool(window):
    tool = window.tools["pictures"]
    tool.size.setValue(8)
    window.show_tool("pictures")
    return tool


def load(qtbot, tool, path):
    job = tool.open_folder(path)
    with qtbot.waitSignal(job.ended, timeout=20_000):
        pass
    return job


def test_opening_a_folder_shows_counts_skipped_files_and_feeds_the_session(qtbot, tool, tmp_path):
    load(qtbot, tool, make_folder(tmp_path / "pets"))
    session = tool.session
    assert session.dataset.image_shape == (8, 8) and session.dataset.X.shape == (60, 64)
    assert session.dataset.class_names == ["dark", "light"]
    assert session.network.input_size == 64 and session.network.output_size == 2
    assert tool.gallery.headers[0].text().startswith("<b>dark</b>: 30 pictures (50%)")
    assert tool.gallery.lists[1].count() == 30
    rows = dict(tool.skipped_panel.rows())
    assert set(rows) == {"dark/notes.txt", "light/broken.jpg"}
    assert "not a picture" in rows["dark/notes.txt"]
    assert tool.pages.tabText(1) == "Skipped files (2)"
    assert "Loaded 60 pictures" in tool.message.text()
    assert not tool.progress.isVisible() and tool.job is None


def test_clicking_a_thumbnail_shows_that_picture_as_a_vector(qtbot, tool, tmp_path):
    load(qtbot, tool, make_folder(tmp_path / "pets"))
    grid = tool.gallery.lists[1]
    item = grid.item(3)
    grid.itemClicked.emit(item)
    index = tool.shown_index
    assert tool.dataset.y[index] == 1
    assert tool.vector_view.count.text() == "8 × 8 = 64 numbers"
    tool.select_pixel(2, 5)
    value = tool.dataset.X[index][2 * 8 + 5]
    assert f"value {value:.2f}; it is number {2 * 8 + 5 + 1} of the vector" in tool.vector_view.pixel.text()
    np.testing.assert_array_equal(tool.vector_view.strip.vector, tool.dataset.X[index])


def test_a_refused_folder_says_why_and_keeps_the_previous_pictures(qtbot, tool, tmp_path):
    load(qtbot, tool, make_folder(tmp_path / "pets"))
    before = tool.session.dataset
    (tmp_path / "one" / "cats").mkdir(parents=True)
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(tmp_path / "one" / "cats" / "a.png")
    load(qtbot, tool, tmp_path / "one")
    assert tool.session.dataset is before
    assert "only one class folder (cats)" in tool.message.text()
    assert "Nothing was changed" in tool.message.text()


def test_cancelling_a_load_keeps_the_previous_pictures(qtbot, tool, tmp_path):
    load(qtbot, tool, make_folder(tmp_path / "pets"))
    before = tool.session.dataset
    job = tool.open_folder(make_folder(tmp_path / "more", per_class=150))
    assert tool.cancel_button.isVisible()
    with qtbot.waitSignal(job.ended, timeout=20_000):
        tool.cancel_loading()
    assert tool.session.dataset is before
    assert "cancelled" in tool.message.text()


def test_train_then_see_the_confusion_matrix_and_predict_one_picture(qtbot, tool, tmp_path):
    folder = make_folder(tmp_path / "pets")
    load(qtbot, tool, folder)
    session, data = tool.session, tool.session.dataset
    fraction, seed = tool.split_settings()
    X, y, X_val, y_val = train_validation_split(data.X, data.y, fraction, seed)
    net = session.network.copy()
    Trainer(net, "adam", lr=0.01, batch_size=16, epochs=15, seed=seed).fit(X, y)
    session.set_params(net.params)

    tool.show_page("evaluation")
    result = tool.evaluate()
    matrix = result.matrix
    assert matrix.sum() == len(y_val) == 12
    assert np.trace(matrix) >= 11                       # dark vs light is easy
    confusion = tool.evaluation_panel.confusion
    np.testing.assert_array_equal(confusion.matrix, matrix)
    table = tool.evaluation_panel.table
    assert table.item(0, 0).text() == "dark" and table.item(0, 1).text() == str(matrix[0].sum())
    assert f"{100 * result.accuracy:.1f}%" in tool.evaluation_panel.heading.text()
    # which accuracy it is, named: the validation pictures', overall and per class
    assert tool.evaluation_panel.heading.text().startswith("Validation accuracy")
    assert tool.evaluation_panel.per_class_label.text() == "Validation accuracy per class"
    assert tool.evaluation_panel.wrong.count() == len(y_val) - np.trace(matrix)

    p = tool.predict_file(str(folder / "light" / "05.png"))
    assert p.shape == (2,) and abs(p.sum() - 1) < 1e-6 and p[1] > 0.5
    assert "the network says light" in tool.predict_panel.answer.text()
    heights = tool.predict_panel.bars.opts["height"]
    np.testing.assert_allclose(heights, p)
    assert tool.predict_panel.seen.pixmap().width() > 0


def test_a_picture_that_cannot_be_read_is_reported_when_predicting(qtbot, tool, tmp_path):
    folder = make_folder(tmp_path / "pets")
    load(qtbot, tool, folder)
    assert tool.predict_file(str(folder / "light" / "broken.jpg")) is None
    assert "cannot be read as a picture" in tool.predict_panel.answer.text()


def test_the_faces_sample_is_written_to_the_data_folder_and_loaded(qtbot, tool):
    job = tool.open_sample("faces")
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert tool.session.dataset.class_names == ["face", "not face"]
    assert list(tool.session.dataset.class_counts()) == [100, 100]
    assert tool.data.folder.endswith("samples/faces")


def test_predict_opens_its_file_dialog_in_the_pictures_folder_opened_last(qtbot, tool, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog
    QSettings().remove("folders/picture")
    folder = str(make_folder(tmp_path / "pets"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: folder)
    job = tool.open_folder()                                  # as the Open folder button does
    with qtbot.waitSignal(job.ended, timeout=20_000):
        pass
    opened_in = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, filters: (opened_in.append(start), ("", ""))[1])
    tool.predict_panel.open_button.click()
    assert opened_in == [folder]


def test_the_gallery_and_the_predictions_show_the_classes_of_any_picture_data_set(qtbot):
    """A picture Dataset not read from a folder (a session's, say) is shown with its own classes,
    an empty class too, as the data set counts them."""
    from engine.data import Dataset
    from gui.pictures.gallery import ClassGallery
    from gui.pictures.predict_panel import PredictPanel
    X = np.random.default_rng(0).random((5, 16)).astype(np.float32)
    data = Dataset(X, np.array([0, 0, 0, 2, 2]), ["cats", "dogs", "owls"], name="pets", image_shape=(4, 4))
    gallery = ClassGallery()
    qtbot.addWidget(gallery)
    gallery.show_data(data)
    assert gallery.summary.text().startswith("5 pictures in 3 classes")
    assert [h.text().split(" (")[0] for h in gallery.headers] == [
        "<b>cats</b>: 3 pictures", "<b>dogs</b>: 0 pictures", "<b>owls</b>: 2 pictures"]
    panel = PredictPanel()
    qtbot.addWidget(panel)
    panel.show_prediction("x.png", X[0].reshape(4, 4), X[0].reshape(4, 4), [0.1, 0.2, 0.7], data)
    assert "the network says owls (70.0%)" in panel.answer.text()
    assert len(panel.bars.opts["x"]) == 3
