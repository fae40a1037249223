"""Your own points on the dashboard's 2-D view: click to add a point (of the class chosen),
drag to move one, right-click or Ctrl-click to remove the nearest; load and save them as CSV.

Editing is a mode (the "Edit points" button): while it is on, a press on the plot edits and
never pans, and the plot's right-click menu stays closed; while it is off the plot pans, zooms
and has its menu as every other plot. The wheel zooms in both. While a run is in progress the
points cannot change (its data is the data it started with): a press says so, and the next
run learns the points once the run has ended. The tool decides what an edit does
(``edited``); the editing rules are engine.data.points'.
"""
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from engine.data import points

from ..class_names import display_name
from .. import theme
from .plots import class_colour, class_symbol

GRAB_PIXELS = 6       # a press this close to a point (drawn 7 pixels wide) drags it; else adds one
REMOVE_PIXELS = 12    # a right-click this close to a point removes it


class PointEditBar(QWidget):
    """The row above the 2-D view: Edit points, the class a click adds, what the mouse does,
    and loading and saving the points as CSV."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit_button = QPushButton(self.tr("Edit points"))
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(self.tr("Draw your own data: click to add a point, drag to move one, "
                                            "right-click or Ctrl-click to remove one. Off: the plot pans and "
                                            "zooms as usual."))
        self.class_label = QLabel(self.tr("Class"))
        self.class_box = QComboBox()
        self.class_box.setToolTip(self.tr("The class of the points a click adds"))
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.class_box.setMinimumContentsLength(5)     # the map's column is narrow beside the lesson
        self.hint = QLabel()             # under the buttons, while editing
        theme.colour_text(self.hint, "muted")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setToolTip(self.edit_button.toolTip())
        self.file_button = QToolButton()      # one button: the column beside the lesson is narrow
        self.file_button.setText(self.tr("CSV…"))
        self.file_button.setToolTip(self.tr("Load points from a CSV file (x1,x2,label or x,y), or save them as one"))
        self.file_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.file_button)
        self.load_action = menu.addAction(self.tr("Load points from CSV…"))
        self.save_action = menu.addAction(self.tr("Save the points as CSV…"))
        self.file_button.setMenu(menu)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        row = QHBoxLayout()
        for widget in (self.edit_button, self.class_label, self.class_box):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.file_button)
        rows.addLayout(row)
        rows.addWidget(self.hint)

    def show_classes(self, names):
        """The classes a click can add: the data's, and one more (a new class) up to ten."""
        current = max(self.class_box.currentIndex(), 0)
        self.class_box.clear()
        for k, name in enumerate(names):
            self.class_box.addItem(_swatch(k), display_name(name), k)
        if len(names) < points.MAX_CLASSES:
            self.class_box.addItem(_swatch(len(names)), self.tr("{0} (a new class)").format(
                display_name(points.next_class_name(names))), len(names))
        self.class_box.setCurrentIndex(min(current, self.class_box.count() - 1))

    def show_state(self, editing, classes, locked):
        for widget in (self.class_label, self.class_box):
            widget.setVisible(editing and classes)
        self.hint.setVisible(editing)
        if not editing:
            self.hint.setText("")
        elif locked:
            self.hint.setText(self.tr("A run is in progress: stop it to edit the points."))
        else:
            self.hint.setText(self.tr("Click: add · drag: move · right-click: remove · Ctrl+Z: undo"))


def _swatch(k):
    """The class's marker in its colour, as the map draws its points."""
    from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
    image = renderSymbol(class_symbol(k), 12, pg.mkPen("w", width=0.8), pg.mkBrush(class_colour(k)))
    return QIcon(QPixmap.fromImage(image))


class EditPointsCommand(QUndoCommand):
    """One edit of the points (added, moved, removed): redo puts ``after`` in, undo ``before``."""

    def __init__(self, editor, before, after, text):
        super().__init__(text)
        self._editor, self._before, self._after = editor, before, after

    def redo(self):
        self._editor.edited.emit(self._after)

    def undo(self):
        self._editor.edited.emit(points.drawn(self._before.X, self._before.y, self._before.class_names,
                                              self._before.name))


class PointEditor(QObject):
    """Edits the points drawn by ``regions`` (a RegionsPanel) with the mouse.

    edited(dataset)   the points after an add, a move or a removal (a new Dataset)
    refused(text)     an edit that cannot be made now (a run is in progress, nothing to remove)
    file_chosen(key)  'load_points' or 'save_points' (the tool asks for the file)

    Edits go through ``undo_stack``: Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) on the tool undo and
    redo them (``add_actions``), until other data comes in.
    """

    edited = Signal(object)
    refused = Signal(str)
    file_chosen = Signal(str)

    def __init__(self, regions, parent=None):
        super().__init__(parent)
        self.regions = regions
        self.bar = PointEditBar()
        self.editing = False
        self.locked = False
        self._drag = None            # (index, Dataset) of the point the mouse moves
        self._pressed = False        # a press on the plot was an edit: its moves and release are too
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.bar.edit_button.toggled.connect(self.set_editing)
        self.bar.load_action.triggered.connect(lambda: self.file_chosen.emit("load_points"))
        self.bar.save_action.triggered.connect(lambda: self.file_chosen.emit("save_points"))
        regions.plot.viewport().installEventFilter(self)

    @property
    def dataset(self):
        return self.regions.dataset

    def add_actions(self, widget):
        """Undo and redo of the edits as ``widget``'s shortcuts (only while it has the focus)."""
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)

    def _edit(self, after, text):
        self.undo_stack.push(EditPointsCommand(self, self.dataset, after, text))

    def show_dataset(self, edited=False):
        """The data changed (``edited``: by an edit here, else other data came in, whose edits
        start anew): the bar shows its classes, or hides when it cannot be drawn."""
        if not edited:
            self.undo_stack.clear()
        task = points.task_of(self.dataset) if self.dataset is not None else None
        self.bar.setVisible(task is not None)
        if task == points.CLASSIFICATION:
            self.bar.show_classes(self.dataset.class_names)
        self.bar.save_action.setEnabled(task is not None)
        if task is None and self.editing:
            self.set_editing(False)
        self._show_state()

    @Slot(bool)
    def set_editing(self, on):
        self._cancel_drag()
        self.editing = bool(on) and self.dataset is not None and points.task_of(self.dataset) is not None
        self.bar.edit_button.setChecked(self.editing)
        viewport = self.regions.plot.viewport()
        box = self.regions.plot.getPlotItem().getViewBox()
        if self.editing:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
            box.disableAutoRange()       # a point dragged to the edge must not move the view under it
        else:
            viewport.unsetCursor()
            if self.dataset is not None and not self.dataset.is_classification:
                box.enableAutoRange()
        self._show_state()

    def set_locked(self, locked):
        """``locked``: a run is in progress, the points stay as they are."""
        self.locked = bool(locked)
        for action in (self.undo_action, self.redo_action):   # a run's data stays as it started
            action.setEnabled(not self.locked and (self.undo_stack.canUndo() if action is self.undo_action
                                                   else self.undo_stack.canRedo()))
        if self.locked:
            self._cancel_drag()
        self._show_state()

    def _cancel_drag(self):
        """A drag that ends without a release on the plot: the points are shown as they are."""
        if self._drag is not None:
            self.regions.show_points(self._drag[1])
        self._drag, self._pressed = None, False

    def _show_state(self):
        classes = self.dataset is not None and self.dataset.is_classification
        self.bar.show_state(self.editing, classes, self.locked)

    def chosen_class(self):
        return max(self.bar.class_box.currentData() or 0, 0)

    # -- the mouse -------------------------------------------------------------------------------
    def eventFilter(self, watched, event):
        if not self.editing:
            return False
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True                   # the plot's menu would come with every right-click
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            where = self._where(event)
            if where is None:
                return False              # on an axis: it pans, as always
            self._pressed = True
            self._press(event, where)
            return True
        if kind == QEvent.Type.MouseMove and self._pressed:
            if self._drag is not None:      # shown where the mouse is; the data changes on release
                where = self._where(event, anywhere=True)
                self.regions.show_points(points.moved(self._drag[1], self._drag[0], where))
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._pressed:
            drag, self._drag, self._pressed = self._drag, None, False
            if drag is not None:
                index, before = drag
                after = points.moved(before, index, self._where(event, anywhere=True))
                if not (after.X == before.X).all() or not (after.y == before.y).all():
                    self._edit(after, self.tr("moving a point"))
            return True
        return False

    def _where(self, event, anywhere=False):
        """The data coordinates (x, y) under the mouse, or None outside the plot's area."""
        plot = self.regions.plot
        box = plot.getPlotItem().getViewBox()
        scene = plot.mapToScene(event.position().toPoint())
        if not anywhere and not box.sceneBoundingRect().contains(scene):
            return None
        view = box.mapSceneToView(scene)
        return view.x(), view.y()

    def _press(self, event, where):
        if self.locked:
            self.refused.emit(self.tr("A run is in progress: stop it (or let it finish) to edit the points; "
                                      "the next run learns them."))
            return
        data = self.dataset
        pixel = self.regions.plot.getPlotItem().getViewBox().viewPixelSize()
        index, distance = points.nearest(data, where, pixel)
        remove = (event.button() == Qt.MouseButton.RightButton or
                  event.button() == Qt.MouseButton.LeftButton and
                  event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if remove:
            if distance > REMOVE_PIXELS:
                self.refused.emit(self.tr("There is no point under the mouse to remove."))
            elif len(data.X) == 1:
                self.refused.emit(self.tr("The last point stays: data needs at least one."))
            else:
                self._edit(points.removed(data, index), self.tr("removing a point"))
        elif event.button() == Qt.MouseButton.LeftButton:
            if distance > GRAB_PIXELS:      # a new point, which the mouse then drags
                data = points.added(data, where, self.chosen_class())
                index = len(data.X) - 1
                self._edit(data, self.tr("adding a point"))
                data = self.dataset          # as the tool took it
            if index < len(data.X):
                self._drag = (index, data)


# -- CSV files ---------------------------------------------------------------------------------
def _tr(text):
    return QCoreApplication.translate("PointEditor", text)


def refusal(error):
    """Why a CSV file of points was refused (an engine PointsFileError), in the user's language."""
    texts = {
        "not_text": _tr("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."),
        "empty": _tr("The file holds no points. Each line is a point: x1,x2,label (classes) or x,y."),
        "columns": _tr("Line {0} has {1} value(s) where the first point has {2}. Each line is a point: "
                       "x1,x2,label (classes) or x,y."),
        "too_many_columns": _tr("Line {0} has {1} values. Each line is a point: x1,x2,label (classes) or x,y."),
        "too_few_columns": _tr("Line {0} has only one value. Each line is a point: x1,x2,label (classes) or x,y."),
        "not_number": _tr("Line {0}: “{1}” is not a number."),
        "not_finite": _tr("Line {0}: {1} is not a finite number (NaN and infinity cannot be drawn)."),
        "too_large": _tr("Line {0}: {1} is too large (at most ±1,000,000)."),
        "label": _tr("Line {0}: the label {1} is not a whole number from 0 to 9 (or a class name)."),
        "name": _tr("Line {0}: the label {1} is not a class name (1 to 100 printable characters)."),
        "too_many_classes": _tr("Line {0}: more than 10 classes."),
        "unknown_class": _tr("Line {0}: the class “{1}” is not on the “# classes:” line."),
        "one_class": _tr("All points are of the one class “{1}”: a classifier needs two or more."),
        "too_many_points": _tr("The file holds more than 20,000 points."),
        "unreadable": _tr("Line {0} cannot be read as CSV."),
    }
    text = texts.get(error.kind)
    return text.format(error.line, error.value, error.expected) if text else str(error)


def load_points(path):
    """The points of a CSV file; ValueError with a translated message (or OSError) if refused."""
    try:
        return points.read_points_csv(path)
    except points.PointsFileError as error:
        raise ValueError(_tr("The points were not loaded: {0}").format(refusal(error))) from None


def save_points(dataset, path):
    """Write the points as CSV (through a temporary file: the old file stays whole if it fails)."""
    from lab.session_file import write_atomic
    try:
        text = points.points_csv_text(dataset)
    except ValueError:
        raise ValueError(_tr("Only points of two inputs with classes, or of x and y, can be saved as CSV.")) \
            from None
    write_atomic(path, text)
