"""The start page: what Gradient Lab is, and a button for each tool."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        title = QLabel(self.tr("<h1>Gradient Lab</h1>"))
        intro = QLabel(self.tr(
            "<p style='font-size:14pt'>A deep network is only a composite function "
            "f<sub>Θ</sub>(x) = f<sub>L</sub>(… f<sub>2</sub>(f<sub>1</sub>(x))), and learning "
            "is moving its parameters Θ downhill on the loss, one gradient step at a time.</p>"
            "<p style='font-size:12pt'>Step 1: set s to a starting value. Step 2: g := f′(s). "
            "Step 3: s := s − α g. Step 4: go back to step 2.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        self._buttons = QVBoxLayout()
        layout.addLayout(self._buttons)
        layout.addStretch(1)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def set_tools(self, titles):
        """One button per tool ({key: title}), opening its tab."""
        for key, title in titles.items():
            button = QPushButton(title)
            button.setMinimumHeight(40)
            button.setToolTip(self.tr("Open the {0} tool").format(title))
            button.clicked.connect(lambda _=False, k=key: self._window.show_tool(k))
            self._buttons.addWidget(button)
