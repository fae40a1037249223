"""File → Export → Notebook…: carry the current experiment into Google Colab (lab/notebook.py).

``gui/export_menu.py`` is the menu the window places (it imports this module when used); ``export_notebook(window, path, kind)`` does the
work without any dialog (for the lesson walkthrough and tests). What is exported is read
from the window: the session's network, weights and data, the training tab's data choice
and settings, and the stepper's function, start, α and method.
"""
import os

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel, QMessageBox, QRadioButton, QVBoxLayout)

from engine import SpecError
from lab.notebook import (DEFAULT_TRAINING, QUADRATIC_MODEL, NotebookError, stepper_notebook, training_notebook,
                             write_notebook)
from lab.notebook_data import data_source_of

from . import i18n
from .class_names import display_data_name
from .dashboard.data_panel import data_titles
from .dashboard.settings_panel import optimizer_titles
from . import theme

TRAINING, STEPPER = "training", "stepper"
FOLDER_KEY = "export/notebook_folder"


def tr(text):
    return QCoreApplication.translate("ExportNotebook", text)


# -- what the window holds ------------------------------------------------------------------

def _training_model(window):
    """The training dashboard's DashboardModel, or None."""
    return getattr(window.tools.get(TRAINING), "model", None)


def data_source(window):
    """The data the training tab trains on, as lab.notebook describes it (``data_source_of``:
    where it came from, else the arrays themselves)."""
    return data_source_of(window.session.dataset)


def uses_quadratic_model(window):
    """True when the training tab fits the lecture's a x² + b x + c instead of the network."""
    model = _training_model(window)
    return model is not None and model.uses_quadratic_model(window.session.dataset)


def training_settings(window):
    model = _training_model(window)
    if model is not None:
        return model.setup.settings()
    return dict(DEFAULT_TRAINING, seed=window.session.seed)


def stepper_settings(window):
    """The stepper's function (an Objective), start, α, method and its settings."""
    model = window.tools[STEPPER].model
    return {"function": model.objective, "x0": list(model.start), "lr": model.lr,
            "steps": max(10, model.primary.t), "method": model.method,
            "settings": dict(model.hyper.get(model.method, {}))}


def export_notebook(window, path, kind=TRAINING, embed_weights=True, language=None):
    """Write the window's training (or stepper) experiment to ``path``; returns the notebook.

    Raises NotebookError, SpecError (the experiment cannot be exported) or OSError.
    """
    language = language or i18n.preferred_language()
    if kind == STEPPER:
        s = stepper_settings(window)
        nb = stepper_notebook(s["function"], s["x0"], s["lr"], s["steps"], s["method"], language, s["settings"])
    elif uses_quadratic_model(window):
        model = _training_model(window).quadratic_model
        params = {k: v.copy() for k, v in model.params.items()} if embed_weights else None
        nb = training_notebook(QUADRATIC_MODEL, data_source(window), training_settings(window), language, params)
    else:
        net = window.session.network
        params = {k: v.copy() for k, v in net.params.items()} if embed_weights else None
        nb = training_notebook(net.spec, data_source(window), training_settings(window), language, params)
    write_notebook(nb, path)
    return nb


# -- the dialog -------------------------------------------------------------------------------

class ExportNotebookDialog(QDialog):
    """Which experiment, whether to embed the weights, and the language of the explanations."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Export a notebook"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A Jupyter notebook that runs the same experiment in Google Colab with PyTorch "
                               "(on a GPU when there is one)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.training = QRadioButton(self.tr("The training experiment: data, network, loss, optimizer"))
        self.stepper = QRadioButton(self.tr("The stepper experiment: the gradient method on the function"))
        layout.addWidget(self.training)
        layout.addWidget(self.stepper)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)   # a data set's name is shown as it is, never as HTML
        self.summary.setWordWrap(True)
        theme.colour_text(self.summary, "muted", "margin-left: 22px")
        layout.addWidget(self.summary)
        self._window = window
        has_stepper = STEPPER in window.tools
        self.stepper.setEnabled(has_stepper)
        current = window.tabs.currentWidget()
        (self.stepper if has_stepper and current is window.tools.get(STEPPER) else self.training).setChecked(True)
        form = QFormLayout()
        self.embed = QCheckBox(self.tr("Start from the current weights (embedded in the notebook)"))
        self.embed.setChecked(True)
        self.embed.setToolTip(self.tr("Unticked, the notebook draws the starting weights from the seed, "
                                      "exactly as the app does"))
        form.addRow(self.embed)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.preferred_language())))
        form.addRow(self.tr("Explanations in"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.training.toggled.connect(self.embed.setEnabled)
        self.training.toggled.connect(self._summarise)
        self.embed.setEnabled(self.training.isChecked())
        self._summarise()

    def _summarise(self):
        """One line saying what will be exported, so there is no surprise."""
        window = self._window
        if self.kind() == STEPPER:
            from .stepper.texts import method_titles
            s = stepper_settings(window)
            self.summary.setText(self.tr("f = {0}, start {1}, α = {2}, {3}").format(
                s["function"].formula, ", ".join(f"{v:g}" for v in s["x0"]), f"{s['lr']:g}",
                method_titles().get(s["method"], s["method"])))
            return
        spec = window.session.spec
        sizes = " → ".join(str(u) for u in [spec["input_size"]] + [layer["units"] for layer in spec["layers"]])
        if uses_quadratic_model(window):
            sizes = "a x² + b x + c"
        settings = training_settings(window)
        self.summary.setText(self.tr("Data: {0}; model {1}; {2}, α = {3}, {4} epochs").format(
            self._describe_data(data_source(window)), sizes,
            optimizer_titles().get(settings["optimizer"], settings["optimizer"]),
            f"{settings['lr']:g}", settings["epochs"]))

    def _describe_data(self, s):
        """The data source in the user's language (lab.notebook.describe_data says it in English)."""
        kind = s["kind"]
        if kind == "toy":
            return self.tr("{0} (n = {1}, noise {2}, seed {3})").format(
                data_titles().get(s["name"], s["name"]), s["n"], f"{s['noise']:g}", s["seed"])
        if kind == "quadratic":
            return self.tr("y = {0} x² + {1} x + {2} (n = {3}, noise {4}, seed {5})").format(
                f"{s['a']:g}", f"{s['b']:g}", f"{s['c']:g}", s["n"], f"{s['noise']:g}", s["seed"])
        if kind == "pictures":
            colour = self.tr("colour") if s["color"] == "rgb" else self.tr("grey")
            return self.tr("the pictures of {0} ({1}×{1}, {2})").format(
                display_data_name(os.path.basename(os.path.abspath(s["folder"]))), s["size"], colour)
        return self.tr("{0} ({1} × {2}, embedded in the notebook)").format(
            s.get("name") or self.tr("the data"), len(s["X"]), s["X"].shape[1])

    def kind(self):
        return STEPPER if self.stepper.isChecked() else TRAINING

    def choices(self):
        return {"kind": self.kind(), "embed_weights": self.embed.isChecked(),
                "language": self.language.currentData()}


def ask_export(window):
    """The menu action: the dialog, a file name, then the export (errors shown, nothing lost)."""
    dialog = ExportNotebookDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choices = dialog.choices()
    folder = QSettings().value(FOLDER_KEY, os.path.expanduser("~"), type=str)
    name = "gradient_lab_stepper.ipynb" if choices["kind"] == STEPPER else "gradient_lab_training.ipynb"
    path, _ = QFileDialog.getSaveFileName(window, tr("Export a notebook"), os.path.join(folder, name),
                                          tr("Jupyter notebooks (*.ipynb)"))
    if not path:
        return None
    if not path.lower().endswith(".ipynb"):
        path += ".ipynb"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_notebook(window, path, **choices)
    except (NotebookError, SpecError) as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Export a notebook"),
                            tr("This experiment cannot be exported as a notebook: {0}").format(error))
        return None
    except OSError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Export a notebook"),
                            tr("The notebook could not be written to {0}: {1}").format(path, error.strerror or error))
        return None
    QApplication.restoreOverrideCursor()
    QSettings().setValue(FOLDER_KEY, os.path.dirname(path))
    window.statusBar().showMessage(tr("Notebook written to {0}: open it in Google Colab "
                                      "(File → Upload notebook).").format(path), 10000)
    return path
