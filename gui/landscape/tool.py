"""The Loss landscape tab: the loss around the network's weights, the training path on it,
and how large the learning rate α may be.

Public API: set_plane(kind, weights=None), set_span(span), clear_path(), compute_now(),
follow_training(dashboard_model) (main_window wires it: "Use α" sets the training tab's α),
step_on_it() -> the objective sent (main_window connects ``step_on_requested`` to the stepper).
"""
import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget, QHBoxLayout)

from engine import objectives

from ..layout_rules import width_for_text
from .map_view import MapView
from .model import LandscapeModel, finite_weights, weight_entries
from .range_view import RangeView
from .surface_view import LandscapeSurface
from .texts import nan_weights_message, plane_titles, tr


class LandscapeTool(QWidget):
    step_on_requested = Signal(object)    # an engine Objective: the slice as f(w1, w2) for the stepper

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.model = model = LandscapeModel(session, self)
        self.training = None
        self.map = MapView(model)
        self.range = RangeView(model)
        self.range.use_suggestion.connect(self._use_alpha)
        self.surface = LandscapeSurface(model)
        self.gl_notice = QLabel()      # why the 3-D view is off, at the foot of the plane's column
        self.gl_notice.setObjectName("glNotice")
        self.gl_notice.setWordWrap(True)
        self.gl_notice.setStyleSheet("color:#555555; font-size:9pt;")
        self.gl_notice.hide()
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        self.views = QTabWidget()
        self.views.addTab(map_page, tr("Contour map"))
        self.views.addTab(self.surface, tr("3-D surface"))
        self.views.addTab(self.range, tr("How large may α be?"))
        if not self.surface.ensure():
            # as in the stepper: without OpenGL the 3-D tab goes, and a note says why (in the
            # column's free space: under the map it would take the map's height at 1280 × 720)
            self.gl_notice.setText(self.surface.reason)
            self.gl_notice.show()
            self.views.setTabVisible(self.views.indexOf(self.surface), False)
        layout = QHBoxLayout(self)
        layout.addWidget(self._controls())
        layout.addWidget(self.views, 1)
        model.message_changed.connect(lambda: self.message.setText(model.message))
        session.spec_changed.connect(self._fill_weights)
        session.chosen_changed.connect(self._chosen_in_builder)
        self._fill_weights()
        self._chosen_in_builder()

    def title(self):
        return tr("Loss landscape")

    def _controls(self):
        box = QGroupBox(tr("Plane"))
        width_for_text(box, 230, 290)
        self.kind = QComboBox()
        for key, title in plane_titles().items():
            self.kind.addItem(title, key)
        self.kind.setToolTip(tr("Which plane through the weights to draw the loss on: two of the "
                                "weights (all others fixed), two random directions scaled to each "
                                "unit's weights, or the two directions the training path moved most along."))
        self.first, self.second = QComboBox(), QComboBox()
        for combo in (self.first, self.second):
            combo.setToolTip(tr("The weight along this axis of the map (all other weights stay as they are)."))
            combo.activated.connect(self._plane_chosen)
        self.kind.activated.connect(self._plane_chosen)
        self.span = QDoubleSpinBox()
        self.span.setRange(0.01, 100.0)
        self.span.setDecimals(2)
        self.span.setValue(self.model.span)
        self.span.setToolTip(tr("How far the map reaches from the current weights in each direction "
                                "(it widens to hold the whole path)."))
        self.span.editingFinished.connect(lambda: self.model.set_span(self.span.value()))
        self.step_on = QPushButton(tr("Step on it"))
        self.step_on.setObjectName("stepOnIt")
        self.step_on.clicked.connect(self.step_on_it)
        clear = QPushButton(tr("Clear the path"))
        clear.setToolTip(tr("Forget the recorded weights; a new path starts with the next change."))
        clear.clicked.connect(self.model.clear_path)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint = QLabel(tr("The path is recorded while the network trains in the Training tab."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Directions"), self.kind)
        form.addRow(tr("Axis 1"), self.first)
        form.addRow(tr("Axis 2"), self.second)
        form.addRow(tr("Span"), self.span)
        self.chosen_note = QLabel()
        self.chosen_note.setWordWrap(True)
        self.chosen_note.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_note.setStyleSheet("color:#6A1B9A;")
        form.addRow(self.chosen_note)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(self.step_on)
        column.addWidget(clear)
        column.addWidget(hint)
        column.addWidget(self.message, 1)
        column.addWidget(self.gl_notice)
        return box

    def _fill_weights(self):
        entries = weight_entries(self.session.network)
        for combo, chosen in ((self.first, self.model.weights[0]), (self.second, self.model.weights[1])):
            combo.clear()
            for label, entry in entries:
                combo.addItem(label, entry)
            combo.setCurrentIndex(max(0, combo.findText(objectives.weight_label(chosen))))
        self._enable()

    def _enable(self):
        two = self.kind.currentData() == "weights"
        self.first.setEnabled(two)
        self.second.setEnabled(two)
        distinct = self.first.currentData() != self.second.currentData()
        self.step_on.setEnabled(two and distinct)
        if not two:
            why = tr("Only a plane of two chosen weights is a function of two weights: random and "
                     "PCA directions move every weight at once. Choose “Two weights” to step on it.")
        elif not distinct:
            why = tr("Choose two different weights.")
        else:
            why = tr("Send this map to the gradient stepper: f is the network's loss over the two "
                     "weights, its gradient the network's own backpropagation, and the stepper's "
                     "four steps move those two weights.")
        self.step_on.setToolTip(why)

    def _plane_chosen(self, _index=None):
        self._enable()
        weights = (self.first.currentData(), self.second.currentData())
        if weights[0] == weights[1]:
            self.message.setText(tr("Choose two different weights."))
            return
        self.model.set_plane(self.kind.currentData(), weights)

    # -- the lesson's and tests' API ------------------------------------------------------------
    def set_plane(self, kind, weights=None):
        # the kind and both weights first, then one slice: changing the kind alone asked for a
        # slice over the weights shown before, and that map came first
        blockers = [QSignalBlocker(box) for box in (self.kind, self.first, self.second)]
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if weights is not None:
            for combo, entry in ((self.first, weights[0]), (self.second, weights[1])):
                name = objectives.weight_label(entry)
                if combo.findText(name) < 0:       # beyond the first 256 of a W: add it
                    combo.addItem(name, tuple(entry))
                combo.setCurrentIndex(combo.findText(name))
        for blocker in blockers:
            blocker.unblock()
        self._plane_chosen()

    def _chosen_in_builder(self):
        """Two weights clicked in the Network tab's diagram are the plane; one is named."""
        chosen = self.session.chosen_weights
        names = ", ".join(objectives.weight_label(entry) for entry in chosen)
        if len(chosen) == 2:
            self.chosen_note.setText(tr("Chosen in the Network tab: {names}.").format(names=names))
            self.set_plane("weights", chosen)
        elif chosen:
            self.chosen_note.setText(tr("Chosen in the Network tab: {names}. Click one more weight "
                                        "or bias there.").format(names=names))
        else:
            self.chosen_note.setText(tr("Or click two weights (lines) or biases (circles) in the "
                                        "Network tab's diagram."))

    def step_on_it(self):
        """The two-weight slice as a function for the stepper (``step_on_requested``), or None
        with a message when it cannot be one."""
        data, weights = self.session.dataset, (self.first.currentData(), self.second.currentData())
        if not self.step_on.isEnabled():
            return None
        if not finite_weights(self.session.network):
            self.message.setText(nan_weights_message())
            return None
        lr = self.training.setup.lr if self.training is not None else 0.1
        span = self.model.slice.span if self.model.slice is not None else self.model.span
        try:
            objective = objectives.network_slice(self.session.network, data.X, data.y, *weights,
                                                 span=span, lr=lr)
        except ValueError as err:
            self.message.setText(tr("The stepper cannot take this slice: {why}").format(why=err))
            return None
        self.step_on_requested.emit(objective)
        return objective

    def set_span(self, span):
        self.span.setValue(span)
        self.model.set_span(span)

    def clear_path(self):
        self.model.clear_path()

    def follow_training(self, dashboard_model):
        """The training tab's DashboardModel: "Use α" sets its learning rate."""
        self.training = dashboard_model

    def _use_alpha(self, alpha):
        if self.training is not None:
            self.training.set_setup(lr=float(f"{alpha:.3g}"))

    # -- lifetime ------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.model.set_watching(True)

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self.model.set_watching(False)

    def closeEvent(self, event):  # noqa: N802
        self.model.stop()
        super().closeEvent(event)

    def show_view(self, name):
        """'map', 'surface' (the 3-D view, when OpenGL works) or 'range'."""
        page = {"map": self.map.parentWidget(), "surface": self.surface, "range": self.range}[name]
        if page is self.surface and not self.surface.enabled:
            page = self.map.parentWidget()
        self.views.setCurrentWidget(page)

    def prepare_screenshot(self, step=1, **_):
        """A short full-batch run on the XOR data recorded as a path, and the slice around it;
        ``--step 2`` shows it in 3-D, ``--step 3`` the α test's page."""
        self.show_view({2: "surface", 3: "range"}.get(step, "map"))
        net = self.session.network
        X, y = self.session.dataset.X, self.session.dataset.y
        for _ in range(60):
            _, grads = net.loss_and_gradients(X, y)
            self.session.set_params({k: net.params[k] - 0.5 * g for k, g in grads.items()})
        self.model.compute_now()
