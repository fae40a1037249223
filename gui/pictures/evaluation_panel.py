"""After training: accuracy per class, the confusion matrix and the misclassified pictures."""
import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..class_names import display_names
from .confusion_view import ConfusionView
from .evaluation import evaluate_validation
from .qimages import row_picture, to_pixmap

THUMB = 64
MAX_SHOWN = 60


class EvaluationPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("Evaluate the network now"))
        self.refresh_button.setToolTip(self.tr("Measure the network on the pictures with its current weights"))
        self.table = QTableWidget(0, 4)
        self.table.setToolTip(self.tr("Accuracy per class"))
        self.table.setHorizontalHeaderLabels([self.tr("Class"), self.tr("Pictures"), self.tr("Correct"),
                                              self.tr("Accuracy")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumWidth(320)
        self.table.setMaximumWidth(460)
        self.confusion = ConfusionView()
        self.wrong_heading = QLabel(wordWrap=True)
        self.wrong = QListWidget()
        self.wrong.setToolTip(self.tr("The pictures the network gets wrong, with what it said"))
        self.wrong.setViewMode(QListView.ViewMode.IconMode)
        self.wrong.setIconSize(QSize(THUMB, THUMB))
        self.wrong.setGridSize(QSize(THUMB + 110, THUMB + 58))
        self.wrong.setMovement(QListView.Movement.Static)
        self.wrong.setResizeMode(QListView.ResizeMode.Adjust)
        self.wrong.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        left = QVBoxLayout()
        self.per_class_label = QLabel(self.tr("Validation accuracy per class"))
        left.addWidget(self.per_class_label)
        left.addWidget(self.table)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Confusion matrix (validation pictures)")))
        middle.addWidget(self.confusion, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(middle, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 3)
        layout.addWidget(self.wrong_heading)
        layout.addWidget(self.wrong, 2)
        self.show_message(self.tr("Train the network on the pictures (Training tab), then see here how it "
                                  "does on the validation pictures it never trained on."))

    def show_message(self, text):
        self.result = None
        self.heading.setText(text)
        self.table.setRowCount(0)
        self.confusion.set_matrix(np.zeros((0, 0)), [])
        self.wrong.clear()
        self.wrong_heading.clear()

    def evaluate(self, net, dataset, fraction, seed):
        """Judge ``net`` on the validation split of ``dataset`` and show it all."""
        result = evaluate_validation(net, dataset, fraction, seed)
        self.result = result
        names = display_names(dataset.class_names)
        self.heading.setText(self.tr("Validation accuracy {0}% on {1} pictures the network never trained on "
                                     "(share {2}, seed {3})").format(
            f"{100 * result.accuracy:.1f}", len(result.y_true), f"{fraction:g}", seed))
        per_class = result.per_class()
        self.table.setRowCount(len(names))
        for k, (name, (count, correct)) in enumerate(zip(names, per_class)):
            accuracy = f"{100 * correct / count:.1f}%" if count else "—"
            for column, text in enumerate([name, str(count), str(correct), accuracy]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(k, column, item)
        self.table.resizeColumnsToContents()
        self.confusion.set_matrix(result.matrix, names)
        self.wrong.clear()
        wrong = result.wrong
        self.wrong_heading.setText(self.tr("Misclassified validation pictures: {0} (most confident mistakes first)")
                                   .format(len(wrong)) if len(wrong) else
                                   self.tr("No validation picture is misclassified."))
        for j in wrong[:MAX_SHOWN]:
            index, p = int(result.indices[j]), result.probabilities[j]
            true, said = int(result.y_true[j]), int(result.predicted[j])
            text = self.tr("is {0}\nsaid {1} {2}%").format(names[true], names[said], f"{100 * p[said]:.0f}")
            item = QListWidgetItem(QIcon(to_pixmap(row_picture(dataset.X[index], dataset.image_shape), THUMB)), text)
            item.setToolTip("\n".join(f"{names[k]}: {100 * p[k]:.1f}%" for k in np.argsort(-p)))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.wrong.addItem(item)
