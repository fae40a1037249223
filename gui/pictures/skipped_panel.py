"""The files that were not loaded, each with the reason."""
import os

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from .texts import skip_reason


class SkippedPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setToolTip(self.tr("Files of the folder that could not be read as pictures, and why"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Why it was skipped")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.show_skipped([], "")

    def show_skipped(self, skipped, folder):
        self.tree.clear()
        if not skipped:
            self.heading.setText(self.tr("No file was skipped."))
        else:
            self.heading.setText(self.tr("{0} file(s) were not loaded:").format(len(skipped)))
        for s in skipped:
            shown = os.path.relpath(s.path, folder) if folder else s.path
            item = QTreeWidgetItem([shown, skip_reason(s)])
            item.setToolTip(0, s.path)
            item.setToolTip(1, s.reason)
            self.tree.addTopLevelItem(item)

    def rows(self):
        """[(file, reason)] as shown."""
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]
