"""The network builder tool: compose a network and see the function it makes.

Every edit becomes a ``SetSpecCommand`` on ``undo_stack`` that calls ``session.set_spec``;
an invalid edit is refused with a message beside the layer and leaves the model unchanged.
"""
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from engine import SpecError, validate_spec
from engine.presets import NETWORK_PRESETS
from engine.spec import default_loss_for
from engine.safe_files import JSONLimitError, parse_json, read_regular_text

from ..layout_rules import width_for_text
from ..persistence import settings as remembered   # the last folder used, across runs
from . import edits
from .activation_plot import ActivationPlot
from .commands import SetSpecCommand
from .diagram import NetworkDiagram
from .formulas import FormulaPanel
from .layer_list import LayerListEditor
from .messages import explain
from .presets import preset_spec
from .task_panel import TaskPanel
from .weight_images import WeightImages
from .. import theme


MAX_SPEC_BYTES = 1024 * 1024   # a network description of 100 layers is a few kilobytes


class BuilderTool(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self._build()
        self._build_actions()
        session.spec_changed.connect(self._on_spec_changed)
        session.data_changed.connect(self._on_data_changed)
        self._on_data_changed()
        self.select_layer(0)

    def secondary_panels(self):
        """What presenter mode hides: the layers' formulas get the whole width (gui/presentation.py)."""
        return [self.details]

    def title(self):
        return self.tr("Network")

    # -- layout --------------------------------------------------------------------------
    def _build(self):
        self.task_panel = TaskPanel(self.session)
        self.editor = LayerListEditor(self.session)
        self.diagram = NetworkDiagram(self.session)
        self.formulas = FormulaPanel(self.session)
        self.activation_plot = ActivationPlot(self.session)
        self.weight_images = WeightImages(self.session)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 6, 6)
        lv.addWidget(self.task_panel)
        lv.addWidget(QLabel(self.tr("<b>Layers</b> (input → output; drag to reorder)")))
        lv.addWidget(self.editor, 1)
        buttons = QGridLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change of the network (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo the change undone (Ctrl+Shift+Z)"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("save the network's description (spec) as JSON"))
        self.load_button = QPushButton(self.tr("Load…"))
        self.load_button.setToolTip(self.tr("load a network description (spec) from JSON"))
        self.reset_button = QPushButton(self.tr("New weights"))
        self.reset_button.setToolTip(self.tr("draw new random starting weights"))
        for i, b in enumerate((self.undo_button, self.redo_button, self.reset_button,
                               self.save_button, self.load_button)):
            buttons.addWidget(b, i // 3, i % 3)
        lv.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        lv.addWidget(self.message)
        width_for_text(left, 380)

        self.details = QTabWidget()
        self.details.addTab(self.activation_plot, self.tr("Activation"))
        self.details.addTab(self.weight_images, self.tr("Layer 1 weights"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.formulas)
        bottom.addWidget(self.details)
        bottom.setSizes([560, 340])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.diagram)
        right.addWidget(bottom)
        right.setSizes([430, 330])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 880])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.editor.edit_requested.connect(self.apply_spec)
        self.editor.layer_selected.connect(self._on_layer_selected)
        self.diagram.layer_clicked.connect(self.select_layer)
        self.task_panel.loss_chosen.connect(self.set_loss)
        self.task_panel.preset_chosen.connect(self.load_preset)
        self.save_button.clicked.connect(self._ask_save)
        self.load_button.clicked.connect(self._ask_load)
        self.reset_button.clicked.connect(lambda: self.session.reset_weights(self.session.seed + 1))

    def _build_actions(self):
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    # -- reacting to the model -----------------------------------------------------------
    def _on_spec_changed(self):
        self.editor.rebuild()
        self.select_layer(self.editor.selected_layer())

    def _on_data_changed(self):
        pictures = self.weight_images.applies()
        self.details.setTabVisible(1, pictures)
        self.editor.rebuild()

    def _on_layer_selected(self, index):
        self.diagram.set_selected_layer(index)
        self.formulas.set_selected_layer(index)
        self.activation_plot.show_layer(index)

    # -- the API (also for the lesson walkthrough) ----------------------------------------
    def apply_spec(self, spec, text=None, merge_key=None):
        """Validate ``spec`` and make it the session's through an undoable command.

        Returns True if applied. If invalid, the message goes beside the offending layer
        (``message_for_layer``) and the model is left unchanged; returns False.
        """
        try:
            spec = validate_spec(spec)
        except SpecError as error:
            layer, message = explain(error, spec)
            current = self.session.spec["layers"]
            if error.field == "units" and layer is not None and layer < len(current):
                message += self.tr(" (the network keeps {0})").format(f"{current[layer]['units']:,}")
            self.editor.show_error(layer, message)
            return False
        if spec == self.session.spec:
            return True
        self.undo_stack.push(SetSpecCommand(self.session, spec, text or self.tr("change the network"),
                                            merge_key))
        return True

    def set_spec(self, spec):
        """Undoable: use ``spec`` (engine JSON format). False, with a message, if invalid."""
        return self.apply_spec(spec, self.tr("set the network"))

    def load_preset(self, name):
        """Undoable: one of 'single_neuron', 'one_hidden', 'deep_narrow', 'wide', fitted to the data."""
        if name not in NETWORK_PRESETS:
            raise KeyError(name)
        self.editor.override_output = False
        return self.apply_spec(preset_spec(name, self.session), self.tr("preset"))

    def set_loss(self, loss):
        """Undoable: 'squared_error' or 'cross_entropy'."""
        return self.apply_spec(edits.set_loss(self.session.spec, loss), self.tr("loss"))

    def selected_layer(self):
        """0-based index of the selected layer in spec["layers"] (the last is the output)."""
        return self.editor.selected_layer()

    def select_layer(self, index):
        self.editor.select_layer(index)

    def message_for_layer(self, index):
        """The validation message shown beside layer ``index`` ('' if none; None: under the list)."""
        return self.editor.message_for(index)

    def show_message(self, text, error=False):
        theme.colour_text(self.message, "error" if error else "good")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- files ---------------------------------------------------------------------------
    def save_spec(self, path):
        """Write the spec as JSON; True on success, else a message and False."""
        try:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(self.session.spec, f, indent=2)
                f.write("\n")
        except OSError as exc:
            self.show_message(self.tr("Could not save {0}: {1}").format(path, exc.strerror or str(exc)), True)
            return False
        self.show_message(self.tr("Saved the network description to {0}").format(path))
        return True

    def load_spec(self, path):
        """Read a spec JSON file and use it (undoable), fitted to the data; messages explain."""
        try:
            spec = parse_json(read_regular_text(path, MAX_SPEC_BYTES))
        except JSONLimitError as exc:
            why = (self.tr("lists nested more than {0} levels deep") if exc.kind == "depth"
                   else self.tr("a number with more than {0} digits")).format(exc.limit)
            self.show_message(self.tr("{0} is not a usable network description: {1}. Nothing was changed.").format(
                path, why), True)
            return False
        except OSError as exc:
            self.show_message(self.tr("Could not open {0}: {1}").format(path, exc.strerror or str(exc)), True)
            return False
        except UnicodeDecodeError:
            self.show_message(self.tr("{0} is not a text file: a network description is JSON text").format(path), True)
            return False
        except json.JSONDecodeError as exc:
            self.show_message(self.tr("{0} is not valid JSON (line {1}, column {2}: {3})").format(
                path, exc.lineno, exc.colno, exc.msg), True)
            return False
        try:
            spec = validate_spec(spec)
        except SpecError as error:
            layer, message = explain(error, spec)
            where = self.tr("layer {0}: ").format(layer + 1) if layer is not None else ""
            self.show_message(self.tr("{0} is not a usable network description: {1}{2}. "
                                      "Nothing was changed.").format(path, where, message), True)
            return False
        notes = []
        fitted = self.session.fit_spec_to_data(spec)
        if fitted["input_size"] != spec["input_size"]:
            notes.append(self.tr("its input size {0} was changed to {1} to match the data").format(
                spec["input_size"], fitted["input_size"]))
        if fitted["layers"][-1] != spec["layers"][-1]:
            notes.append(self.tr("its output layer was changed to fit the task"))
        self.apply_spec(fitted, self.tr("load {0}").format(path))
        text = self.tr("Loaded {0}.").format(path)
        if notes:
            text += " " + self.tr("Note: {0}.").format("; ".join(notes))
        self.show_message(text)
        return True

    def _ask_save(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save network description"),
                                              remembered.start_path("network", "network.json"),
                                              self.tr("Network description (*.json)"))
        if path:
            remembered.set_last_folder(path, "network")
            self.save_spec(path)

    def _ask_load(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load network description"),
                                              remembered.start_path("network"),
                                              self.tr("Network description (*.json);;All files (*)"))
        if path:
            remembered.set_last_folder(path, "network")
            self.load_spec(path)

    # -- screenshot ----------------------------------------------------------------------
    def prepare_screenshot(self, **kwargs):
        """Three layers (two hidden tanh layers and the output) with slightly trained weights."""
        from engine import Trainer
        output = self.session.task_output_layer()
        self.set_spec({"input_size": self.session.dataset.input_size,
                       "layers": [{"units": 6, "activation": "tanh"}, {"units": 4, "activation": "tanh"}, output],
                       "loss": default_loss_for(output["activation"])})
        net = self.session.network.copy()
        data = self.session.dataset
        Trainer(net, optimizer="adam", lr=0.05, batch_size=32, epochs=20, seed=0).fit(data.X, data.y)
        self.session.set_params(net.params)
        self.select_layer(0)
        self.diagram.update_weights()
