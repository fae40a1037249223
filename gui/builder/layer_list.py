"""The layer list: add, insert, remove and reorder layers (buttons or drag and drop)."""
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from engine.spec import default_loss_for

from . import edits
from .layer_row import LayerRow
from .messages import output_warnings
from .. import theme

ROLE_LAYER = Qt.ItemDataRole.UserRole


class LayerListEditor(QWidget):
    """Shows ``session.spec`` as rows; every change is asked for with ``edit_requested``.

    edit_requested(new_spec, undo_text, merge_key): the tool validates it and, if valid, pushes
    an undoable command; if not, it calls ``show_error`` and the model stays as it was.
    """

    edit_requested = Signal(object, str, object)
    layer_selected = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.override_output = False   # the user chose their own output layer
        self.rows = []
        self._selected = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("drag a layer to move it; the output layer stays last"))
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.currentRowChanged.connect(self._on_current_row)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("add a hidden layer just before the output"))
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("insert a hidden layer before the selected one"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("remove the selected hidden layer"))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("move the selected layer towards the input"))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("move the selected layer towards the output"))
        for b in (self.add_button, self.insert_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.general_message = QLabel()
        self.general_message.setWordWrap(True)
        theme.colour_text(self.general_message, "error")
        self.general_message.hide()
        layout.addWidget(self.general_message)
        self.add_button.clicked.connect(self.add_layer)
        self.insert_button.clicked.connect(self.insert_layer)
        self.remove_button.clicked.connect(self.remove_layer)
        self.up_button.clicked.connect(lambda: self.move_layer(-1))
        self.down_button.clicked.connect(lambda: self.move_layer(+1))
        self.rebuild()

    # -- showing the spec --------------------------------------------------------------
    def rebuild(self):
        spec = self.session.spec
        n = len(spec["layers"])
        self.list.blockSignals(True)
        self.list.clear()
        self.rows = []
        for i, layer in enumerate(spec["layers"]):
            is_output = i == n - 1
            item = QListWidgetItem()
            item.setData(ROLE_LAYER, i)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not is_output:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            row = LayerRow(i, layer, is_output)
            row.units_edited.connect(self._on_units)
            row.activation_edited.connect(self._on_activation)
            row.clicked.connect(self.select_layer)
            if is_output:
                following = not self.override_output and self._follows_task(spec)
                row.follow.setChecked(following)
                row.set_editable(not following)
                row.follow.toggled.connect(self._on_follow)
                row.set_warnings(output_warnings(spec, self.session))
            item.setSizeHint(QSize(row.sizeHint().width(), row.sizeHint().height()))
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            self.rows.append(row)
        self._selected = min(self._selected, n - 1)
        self.list.setCurrentRow(self._selected)
        self.list.blockSignals(False)
        self.general_message.hide()
        self._update_buttons()

    def _resize_row(self, index):
        item, row = self.list.item(index), self.rows[index]
        row.adjustSize()
        item.setSizeHint(QSize(row.sizeHint().width(), row.sizeHint().height()))

    def show_error(self, layer, message):
        """Put ``message`` beside layer ``layer`` (or under the list when None)."""
        if layer is not None and 0 <= layer < len(self.rows):
            self.rows[layer].set_message(message)
            self._resize_row(layer)
        else:
            self.general_message.setText(message)
            self.general_message.show()

    def message_for(self, layer):
        """The message shown beside a layer ('' if none), or under the list for None."""
        if layer is None:
            return self.general_message.text() if self.general_message.isVisibleTo(self) else ""
        row = self.rows[layer]
        return row.message.text() if row.message.isVisibleTo(row) else ""

    # -- selection ---------------------------------------------------------------------
    def selected_layer(self):
        return self._selected

    def select_layer(self, index):
        index = max(0, min(index, len(self.rows) - 1))
        if self.list.currentRow() != index:
            self.list.setCurrentRow(index)  # emits currentRowChanged -> _on_current_row
        else:
            self._on_current_row(index)

    def _on_current_row(self, row):
        if row < 0:
            return
        self._selected = row
        self._update_buttons()
        self.layer_selected.emit(row)

    def _update_buttons(self):
        n, i = len(self.rows), self._selected
        hidden = i < n - 1
        self.remove_button.setEnabled(hidden)
        self.up_button.setEnabled(hidden and i > 0)
        self.down_button.setEnabled(hidden and i < n - 2)

    # -- edits -------------------------------------------------------------------------
    def _request(self, spec, text, merge_key=None):
        self.edit_requested.emit(spec, text, merge_key)

    def add_layer(self):
        spec = self.session.spec
        n = len(spec["layers"])
        self._selected = n - 1
        self._request(edits.insert_layer(spec, n - 1), self.tr("add a layer"))

    def insert_layer(self):
        spec = self.session.spec
        index = min(self._selected, len(spec["layers"]) - 1)
        self._request(edits.insert_layer(spec, index), self.tr("insert a layer"))

    def remove_layer(self):
        spec = self.session.spec
        if self._selected >= len(spec["layers"]) - 1:
            self.show_error(self._selected, self.tr("the output layer cannot be removed"))
            return
        self._request(edits.remove_layer(spec, self._selected), self.tr("remove layer {0}").format(
            self._selected + 1))

    def move_layer(self, step):
        spec, i = self.session.spec, self._selected
        to = i + step
        if i >= len(spec["layers"]) - 1 or not 0 <= to < len(spec["layers"]) - 1:
            return
        self._selected = to
        self._request(edits.move_layer(spec, i, to), self.tr("move layer {0}").format(i + 1))

    def _on_rows_moved(self, *args):
        # The drop is still being processed: read the new order once it has finished.
        QTimer.singleShot(0, self._apply_dragged_order)

    def _apply_dragged_order(self):
        order = [self.list.item(r).data(ROLE_LAYER) for r in range(self.list.count())]
        if order == sorted(order):
            return
        n = len(order)
        if order[-1] != n - 1:
            self.rebuild()
            self.show_error(None, self.tr("the output layer stays last: drop hidden layers above it"))
            return
        self._selected = max(0, self.list.currentRow())  # the dragged layer stays selected
        self._request(edits.reorder_layers(self.session.spec, order), self.tr("reorder layers"))

    def _on_units(self, index, units):
        self._selected = index
        spec = self.session.spec
        if spec["layers"][index]["units"] == units:
            return
        if index == len(spec["layers"]) - 1:
            self.override_output = True
        self._request(edits.set_layer(spec, index, units=units),
                      self.tr("layer {0}: {1} units").format(index + 1, units), merge_key=("units", index))

    def _on_activation(self, index, activation):
        self._selected = index
        spec = self.session.spec
        if spec["layers"][index]["activation"] == activation:
            return
        if index == len(spec["layers"]) - 1:
            self.override_output = True
        self._request(edits.set_layer(spec, index, activation=activation),
                      self.tr("layer {0}: {1}").format(index + 1, activation))

    def _on_follow(self, checked):
        self.override_output = not checked
        self.rows[-1].set_editable(not checked)
        spec = self.session.spec
        if checked and not self._follows_task(spec):
            new = edits.set_layer(spec, len(spec["layers"]) - 1, **self.session.task_output_layer())
            new["loss"] = default_loss_for(new["layers"][-1]["activation"])
            self._request(new, self.tr("output layer follows the task"))

    def _follows_task(self, spec):
        """The output layer is what the task asks for (a single sigmoid unit counts too for
        two classes: that is logistic regression)."""
        out, task = spec["layers"][-1], self.session.task_output_layer()
        logistic = self.session.n_classes == 2 and out == {"units": 1, "activation": "sigmoid"}
        return out == task or logistic
