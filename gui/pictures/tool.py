"""The pictures tool: open a folder of class subfolders, see the pictures as vectors, and after
training see how the network does on them and ask it about any picture.

Loading runs in a ``Job`` (worker thread) with a progress bar and Cancel; a cancelled or
refused load leaves the previous pictures in place. The loaded data set goes to the session
(``Dataset`` with ``image_shape``), where the builder and the training dashboard pick it up.

API (also for the lesson walkthrough): ``open_folder(path)``, ``open_sample("faces")``,
``cancel_loading()``, ``show_vector_of(index)``, ``select_pixel(row, column)``,
``evaluate()``, ``predict_file(path)``, ``show_page("pictures"|"skipped"|"evaluation"|"predict")``;
for sessions: ``reopen(source)`` (read a folder again, as ``Dataset.source`` says) and
``show_saved(dataset)`` (pictures whose folder is gone, from the session file).
"""
import os
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from engine.data import ImageFolder, ImageFolderError, LoadProgress, iter_load_image_folder, sample_folder
from engine.data.images import MAX_SIZE, load_picture, read_picture
from engine.data.samples import is_hard_sample

from ..class_names import display_data_name, display_name, display_names
from ..persistence import settings as remembered   # the last folder used, across runs
from ..worker import Job
from .evaluation import SEED, VALIDATION_FRACTION, class_probabilities
from .evaluation_panel import EvaluationPanel
from .gallery import ClassGallery
from .predict_panel import PredictPanel
from .skipped_panel import SkippedPanel
from .texts import refusal
from .vector_view import PictureToVector
from .. import theme

PAGES = ("pictures", "skipped", "evaluation", "predict")


@dataclass(frozen=True)
class LoadFailed:
    """The folder was refused (the engine's ImageFolderError, or a sample that could not be written)."""
    error: Exception


def load_records(path, size, color, sample=None, data_dir=None):
    """The loading job's records (run in the worker thread): progress, then the ImageFolder."""
    try:
        if sample is not None:
            path = sample_folder(sample, data_dir)
        yield from iter_load_image_folder(path, size, color)
    except (ImageFolderError, OSError) as exc:
        yield LoadFailed(exc)


def same_data(a, b):
    """True when two data sets hold the same pictures from the same source."""
    return (a.source == b.source and list(a.class_names) == list(b.class_names) and a.image_shape == b.image_shape
            and np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y))


def user_data_folder():
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


class PicturesTool(QWidget):
    loaded = Signal()        # new pictures are in the session

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.data = None          # the loaded ImageFolder (with file paths and skipped files)
        self.dataset = None       # the Dataset given to the session
        self.job = None           # the loading Job while it runs
        self.shown_index = None
        self._training = None     # the training dashboard's model, if the window has one
        self.setAcceptDrops(True)
        self._build()
        self._eval_timer = QTimer(self, singleShot=True, interval=400)
        self._eval_timer.timeout.connect(self._auto_evaluate)
        session.weights_changed.connect(self._eval_timer.start)
        session.data_changed.connect(self._on_data_changed)

    def title(self):
        return self.tr("Pictures")

    # -- building --------------------------------------------------------------------------
    def _build(self):
        self.open_action = QAction(self.tr("Open a folder of pictures…"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.triggered.connect(lambda: self.open_folder())
        self.addAction(self.open_action)
        self.open_button = QPushButton(self.open_action.text())
        self.open_button.setToolTip(self.tr("A folder with one subfolder of pictures per class, e.g. cats/ and dogs/"))
        self.open_button.clicked.connect(self.open_action.trigger)
        self.faces_button = QPushButton(self.tr("Sample: faces"))
        self.faces_button.setToolTip(self.tr("200 photographs of 25×25 pixels: faces and not faces "
                                             "(from scikit-image, nothing is downloaded)"))
        self.faces_button.clicked.connect(lambda: self.open_sample("faces"))
        self.textures_button = QPushButton(self.tr("Sample: textures"))
        self.textures_button.setToolTip(self.tr("Patches of brick, grass and gravel photographs. Hard for a network "
                                                "that only sees pixel values: expect little better than chance."))
        self.textures_button.clicked.connect(lambda: self.open_sample("textures"))
        self.size = QSpinBox(minimum=4, maximum=MAX_SIZE, value=32)
        self.size.setToolTip(self.tr("Every picture is resized to N × N pixels"))
        self.color = QComboBox()
        self.color.addItem(self.tr("gray"), "gray")
        self.color.addItem(self.tr("colour (RGB)"), "rgb")
        self.color.setToolTip(self.tr("Gray: one number per pixel; colour: three (red, green, blue)"))
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v / %m files"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading the folder; nothing is changed"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_loading)
        bar = QHBoxLayout()
        for w in (self.open_button, self.faces_button, self.textures_button, QLabel(self.tr("N =")), self.size,
                  self.color):
            bar.addWidget(w)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addStretch(0)
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gallery = ClassGallery()
        self.gallery.picture_clicked.connect(self.show_vector_of)
        self.vector_view = PictureToVector()
        split = QSplitter()
        split.addWidget(self.gallery)
        split.addWidget(self.vector_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 860])
        self.gallery.setMinimumWidth(300)
        self.skipped_panel = SkippedPanel()
        self.evaluation_panel = EvaluationPanel()
        self.evaluation_panel.refresh_button.clicked.connect(self.evaluate)
        self.predict_panel = PredictPanel()
        self.predict_panel.open_button.clicked.connect(self._ask_picture)
        self.pages = QTabWidget()
        self.pages.addTab(split, self.tr("Pictures"))
        self.pages.addTab(self.skipped_panel, self.tr("Skipped files"))
        self.pages.addTab(self.evaluation_panel, self.tr("After training"))
        self.pages.addTab(self.predict_panel, self.tr("Predict"))
        self.pages.currentChanged.connect(lambda i: self.evaluate() if PAGES[i] == "evaluation" else None)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.say(self.tr("Open a folder that holds one subfolder of pictures per class (for example pets/cats and "
                         "pets/dogs), or start from a sample."))

    def say(self, text, error=False):
        theme.colour_text(self.message, "error" if error else None)
        self.message.setText(text)

    def show_page(self, name):
        self.pages.setCurrentIndex(PAGES.index(name))

    # -- loading -------------------------------------------------------------------------
    def open_folder(self, path=None):
        """Load the folder at ``path`` (asks for one when None) in a worker thread; returns the Job."""
        if path is None:
            path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of pictures"),
                                                    remembered.start_path("pictures"))
            if not path:
                return None
            remembered.set_last_folder(path, "pictures")
            remembered.set_last_folder(path, "picture")   # Predict opens there next
        return self._start(load_records(path, self.size.value(), self.color.currentData()), str(path))

    def reopen(self, source):
        """Read the folder of a picture source (``Dataset.source``) again, at its size and colour;
        returns the Job. Pictures equal to the session's data set keep it (nothing else changes)."""
        self.size.setValue(source["size"])
        self.color.setCurrentIndex(self.color.findData(source["color"]))
        return self.open_folder(source["folder"])

    def show_saved(self, dataset):
        """Show a picture data set without its folder (gone since a session was saved)."""
        if self.job is not None:
            self.job.stop()
        self.data, self.dataset = None, dataset
        self.gallery.show_data(dataset)
        self.skipped_panel.show_skipped([], "")
        self.pages.setTabText(1, self.tr("Skipped files ({0})").format(0))
        self.show_vector_of(0)
        self.say(self.tr("The folder of these pictures is gone: the {0} pictures saved in the session are "
                         "shown.").format(len(dataset.y)), error=True)

    def open_sample(self, name):
        """Write sample ``name`` ('faces' or 'textures') to the user's data folder if needed and load it."""
        return self._start(load_records(None, self.size.value(), self.color.currentData(), sample=name,
                                        data_dir=user_data_folder()), display_data_name(name))

    def _start(self, records, label):
        if self.job is not None:
            self.job.stop()
        job = Job(lambda: records, self)
        job.progress.connect(self._on_progress)
        job.finished.connect(lambda last: self._on_finished(job, last))
        job.errored.connect(lambda details: self._on_errored(job, details))
        job.ended.connect(lambda: self._on_ended(job))
        self.job = job
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.say(self.tr("Looking at {0}…").format(label))
        job.start()
        return job

    def cancel_loading(self):
        """Stop loading; the pictures loaded before stay."""
        if self.job is not None:
            self.job.stop()

    def _on_progress(self, records):
        steps = [r for r in records if isinstance(r, LoadProgress)]
        if steps:
            last = steps[-1]
            self.progress.setRange(0, max(last.total, 1))
            self.progress.setValue(last.done)
            self.say(self.tr("Loading pictures: {0} of {1} files").format(last.done, last.total))

    def _on_finished(self, job, last):
        if isinstance(last, ImageFolder):
            self._apply(last)
        elif isinstance(last, LoadFailed):
            error = last.error
            text = refusal(error) if isinstance(error, ImageFolderError) else str(error)
            self.say(self.tr("{0} Nothing was changed.").format(text), error=True)
        else:
            self.say(self.tr("Loading was cancelled; the pictures loaded before are kept."))

    def _on_errored(self, job, details):
        last_line = details.strip().splitlines()[-1] if details.strip() else ""
        self.say(self.tr("Loading failed: {0}. Nothing was changed.").format(last_line), error=True)

    def _on_ended(self, job):
        if self.job is job:
            self.job = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)

    def _apply(self, folder):
        self.data = folder
        self.dataset = folder.to_dataset()
        if same_data(self.dataset, self.session.dataset):
            self.dataset = self.session.dataset     # read again for a session: the data set it has
        else:
            self.session.set_dataset(self.dataset)
        self._fit_network()
        self.gallery.show_data(self.dataset)
        self.skipped_panel.show_skipped(folder.skipped, folder.folder)
        self.pages.setTabText(1, self.tr("Skipped files ({0})").format(len(folder.skipped)))
        self.show_vector_of(0)
        hard_case = is_hard_sample(folder.folder)
        if hard_case:
            self.evaluation_panel.show_message(self.hard_case_text())
        else:
            self.evaluation_panel.show_message(self.tr("Train the network on these pictures (Training tab), then "
                                                       "see here how it does on the validation pictures."))
        counts = ", ".join(f"{n} {c}" for n, c in zip(display_names(folder.class_names), folder.class_counts()))
        self.say(self.tr("Loaded {0} pictures of {1} from {2} ({3}); {4} file(s) skipped.").format(
            len(folder.y), " × ".join(str(s) for s in folder.image_shape), display_data_name(folder.name), counts,
            len(folder.skipped))
            + (" " + self.hard_case_text() if hard_case else ""))
        self.loaded.emit()

    def hard_case_text(self):
        return self.tr("A hard case on purpose: brick, grass and gravel differ in patterns that can be "
                       "anywhere in the picture, not in any one pixel, so a network of pixel values stays "
                       "near chance (1 in 3 right; the faces reach about 90%). Networks that compare "
                       "neighbouring pixels (convolutions) learn textures: they come after this lecture.")

    def _fit_network(self):
        """The network's input must be n = N × N and its output one unit per class."""
        spec = self.session.fit_spec_to_data(self.session.spec)
        if spec != self.session.spec:
            self.session.set_spec(spec)

    def _on_data_changed(self):
        if self.dataset is not None and self.session.dataset is not self.dataset:
            self.evaluation_panel.show_message(self.tr("The session now uses other data ({0}); open the pictures "
                                                       "again to evaluate on them.").format(display_data_name(self.session.dataset.name)))

    # -- showing -------------------------------------------------------------------------
    def show_vector_of(self, index):
        """Show picture ``index`` (row of X) as the lecture's picture-to-vector illustration."""
        data = self.dataset
        if data is None or not 0 <= index < len(data.y):
            return
        self.shown_index = int(index)
        picture = data.X[index].reshape(data.image_shape)
        original, name = None, display_name(data.class_names[data.y[index]])
        if self.data is not None:      # the folder was read: the file itself too
            try:
                original = read_picture(self.data.paths[index], self.data.color)
            except Exception:  # noqa: BLE001 - the file changed since loading: show the small one only
                original = None
            name = f"{name} / {os.path.basename(self.data.paths[index])}"
        self.vector_view.show_picture(picture, original, name)

    def select_pixel(self, row, column):
        self.vector_view.select_pixel(row, column)

    # -- after training ------------------------------------------------------------------
    def follow_training(self, model):
        """Split the pictures as the training dashboard (its DashboardModel) does."""
        self._training = model

    def split_settings(self):
        """(validation share, seed) as the training dashboard uses them (its defaults otherwise)."""
        if self._training is None:
            return VALIDATION_FRACTION, SEED
        setup = self._training.setup
        return float(setup.validation_fraction), int(setup.seed)

    def _network_fits(self):
        net, ds = self.session.network, self.dataset
        return (ds is not None and self.session.dataset is ds and net.input_size == ds.input_size
                and max(net.output_size, 2) == ds.n_classes)

    def evaluate(self):
        """Judge the session's network on the validation pictures; returns the Evaluation or None."""
        if self.dataset is None:
            self.evaluation_panel.show_message(self.tr("Open a folder of pictures first."))
            return None
        if not self._network_fits():
            self.evaluation_panel.show_message(self.tr("The network does not fit these pictures: it needs {0} inputs "
                                                       "and {1} outputs.").format(self.dataset.input_size,
                                                                                  self.dataset.n_classes))
            return None
        fraction, seed = self.split_settings()
        self.evaluation_panel.evaluate(self.session.network, self.dataset, fraction, seed)
        return self.evaluation_panel.result

    def _auto_evaluate(self):
        if self.isVisible() and PAGES[self.pages.currentIndex()] == "evaluation" and self._network_fits():
            self.evaluate()

    # -- predicting ----------------------------------------------------------------------
    def _ask_picture(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a picture"), remembered.start_path("picture", also=("pictures",)),
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)"))
        if path:
            remembered.set_last_folder(path, "picture")
            self.predict_file(path)

    def predict_file(self, path):
        """The class probabilities of the picture at ``path`` (shown as bars), or None."""
        self.show_page("predict")
        if self.dataset is None or not self._network_fits():
            self.predict_panel.show_message(self.tr("Open a folder of pictures and train the network first."))
            return None
        shape = self.dataset.image_shape
        color = "rgb" if len(shape) == 3 else "gray"
        try:
            seen = load_picture(path, shape[0], color)
            original = read_picture(path, color)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is reported
            self.predict_panel.show_message(self.tr("{0} cannot be read as a picture: {1}").format(path, exc))
            return None
        p = class_probabilities(self.session.network, seen.reshape(1, -1))[0]
        self.predict_panel.show_prediction(os.path.basename(str(path)), original, seen, p, self.dataset)
        return p

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        if paths and os.path.isdir(paths[0]):
            self.open_folder(paths[0])
        elif paths:
            self.predict_file(paths[0])
        event.acceptProposedAction()

    # -- screenshot ----------------------------------------------------------------------
    def prepare_screenshot(self, step=None, **kwargs):
        """The faces sample loaded: thumbnails and picture-to-vector. step 2: after training
        (confusion matrix, misclassified pictures); step 3: a prediction."""
        from engine import Trainer
        from engine.data import load_image_folder
        from engine.data.split import train_validation_split
        self._apply(load_image_folder(sample_folder("faces", user_data_folder()), size=self.size.value()))
        first_face = int(np.flatnonzero(self.data.y == 0)[3])
        self.show_vector_of(first_face)
        self.select_pixel(14, 12)
        if step in (2, 3):
            fraction, seed = self.split_settings()
            X, y, _, _ = train_validation_split(self.dataset.X, self.dataset.y, fraction, seed)
            net = self.session.network.copy()
            Trainer(net, "adam", lr=0.001, batch_size=32, epochs=4, seed=seed).fit(X, y)
            self.session.set_params(net.params)
            self.show_page("evaluation")
            self.evaluate()
        if step == 3:
            self.predict_file(self.data.paths[first_face])
