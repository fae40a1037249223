"""The main window: composes the tools, menus, status bar and saved geometry."""
import importlib
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStyle

from . import i18n, status_hints
from .session import Session
from .tool_tabs import ToolTabs
from .welcome import WelcomePage
from .worker import Job

APP_VERSION = "0.1.0"

# (key used by --tool, module, class, translation context, title). Each tool is a QWidget built as Tool(session, parent)
# when its tab is first shown or it is first asked for; its ``title()`` is the same text
# translated in the class's context. It may define ``prepare_screenshot()``.
TOOLS = [
    ("stepper", "gui.stepper", "StepperTool", "StepperTool", "Gradient stepper"),
    ("network", "gui.builder", "BuilderTool", "BuilderTool", "Network"),
    ("training", "gui.dashboard", "DashboardTool", "DashboardTool", "Training"),
    ("pictures", "gui.pictures", "PicturesTool", "PicturesTool", "Pictures"),
    ("backprop", "gui.backprop", "BackpropTool", "BackpropTool", "Backprop"),
    ("landscape", "gui.landscape", "LandscapeTool", "Landscape", "Loss landscape"),
    ("model", "gui.lesson.model_view", "ModelView", "ModelView", "Model and loss"),     # the lesson's
]


class Tools(Mapping):
    """``window.tools``: key -> tool, every tool of TOOLS, each built the first time it is asked for."""

    def __init__(self, pages):
        self._pages = pages    # key -> the tab page that builds and holds the tool

    def __getitem__(self, key):
        return self._pages[key].tool

    def __iter__(self):
        return iter(self._pages)

    def __len__(self):
        return len(self._pages)

    def built(self):
        """{key: tool} of the tools built so far (building none)."""
        return {key: page.built for key, page in self._pages.items() if page.built is not None}


FIRST_RUN_SIZE = QSize(1280, 820)
TITLE_BAR = 32        # height the window manager adds above the window (not part of its size)


def window_rect(available, saved=None):
    """Where the window goes on a screen whose free area is ``available`` (QRect).

    ``saved``: the geometry restored from the last run, or None on the first run (then
    FIRST_RUN_SIZE, centred). Either way no larger than the screen leaves free and on it:
    a projector of 1280 × 720 gets a window that fits it.
    """
    room = QSize(available.width(), max(available.height() - TITLE_BAR, 1))
    size = (saved.size() if saved is not None else FIRST_RUN_SIZE).boundedTo(room)
    rect = QRect(QPoint(0, 0), size)
    if saved is None:
        rect.moveCenter(available.center())
    else:
        rect.moveTopLeft(saved.topLeft())
    left = min(max(rect.left(), available.left()), available.left() + available.width() - size.width())
    top = min(max(rect.top(), available.top() + TITLE_BAR), available.top() + available.height() - size.height())
    rect.moveTopLeft(QPoint(left, top))
    return rect


def about_versions():
    """'Python 3.11.7 · PySide6 6.12.0 · Qt 6.12.0 · numpy 2.4 · …' for the About box."""
    import platform

    from .logging_setup import library_versions
    parts = [f"Python {platform.python_version()}"] + [f"{k} {v}" for k, v in library_versions().items()]
    return "<p><small>" + " · ".join(parts) + "</small></p>"


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gradient Lab — learn the gradient method"))
        self.session = Session(self)
        self.tabs = ToolTabs()
        self.setCentralWidget(self.tabs)
        self.welcome = WelcomePage(self)
        self.tabs.addTab(self.welcome, self.tr("Start"))
        pages = {}
        for key, _module, _name, context, title in TOOLS:
            index = self.tabs.addTab(lambda k=key: self._build_tool(k), QCoreApplication.translate(context, title))
            pages[key] = self.tabs.page(index)
        self.tools = Tools(pages)
        from .lesson import LessonDock   # the lesson walkthrough
        self.lesson = LessonDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.lesson)
        self.welcome.set_tools({key: QCoreApplication.translate(context, title)
                                for key, _m, _n, context, title in TOOLS})
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"))
        self._restore_geometry()

    # -- menus -------------------------------------------------------------------------
    def _build_menus(self):
        """File, View and Help, from the actions the parts expose."""
        from .export_menu import export_menu
        from .help_actions import HelpActions
        from .persistence.autosave import Autosaver
        from .persistence.dialogs import SessionDialogs
        from .persistence.last_session import LastSession, quit_tip
        from .persistence.menus import SessionMenus
        style = self.style()
        SP = QStyle.StandardPixmap
        # session files: opened and saved by the dialogs, autosaved, offered again at the next start
        self.session_dialogs = SessionDialogs(self, APP_VERSION)
        self.autosaver = Autosaver(self, app_version=APP_VERSION)
        self.last_session = LastSession(self, self.session_dialogs, self.autosaver)
        sessions = self.session_menus = SessionMenus(self, self.session_dialogs, self.last_session)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([sessions.open_action, sessions.save_action, sessions.save_as_action])
        file_menu.addMenu(sessions.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(sessions.reset_action)
        file_menu.addSeparator()
        file_menu.addMenu(export_menu(self))           # Export → Notebook for Google Colab…
        file_menu.addSeparator()
        quit_action = QAction(style.standardIcon(SP.SP_DialogCloseButton), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setStatusTip(quit_tip())
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        from .presentation import Presentation
        self.presentation = Presentation(self)
        from .presenter_keys import PresenterKeys
        self.presenter_keys = PresenterKeys(self)
        for action in self.presentation.actions() + [self.presenter_keys.blank_action]:
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)    # exclusive: the one ticked is in use
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions.addAction(action)
            language_menu.addAction(action)

        lesson_menu = self.menuBar().addMenu(self.tr("&Lesson"))
        lesson_menu.addAction(self.lesson.predictions.ask_action)   # the teacher's switch, remembered

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        helps = self.help_actions = HelpActions(self)
        help_menu.addActions([helps.lesson_action, helps.shortcuts_action, helps.report_action])
        help_menu.addSeparator()
        about = QAction(style.standardIcon(SP.SP_MessageBoxInformation), self.tr("&About Gradient Lab"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        status_hints.install(self)   # every control's tooltip also as a status-bar hint

    @Slot()
    def show_about(self):
        QMessageBox.about(self, self.tr("About Gradient Lab"), self.about_text())

    def about_text(self):
        return self.tr(
            "<h3>Gradient Lab {version}</h3>"
            "<p>Learn the basics of deep learning by doing it: step the gradient method by hand, "
            "build a network, and watch it learn.</p>"
            "<p>Made with Python, Qt for Python (PySide6), pyqtgraph, NumPy and scikit-image. "
            "MIT licence.</p>").replace("{version}", APP_VERSION) + about_versions()

    @Slot(str)
    def set_language(self, code):
        """Remember the language; it takes effect on the next start (offered now)."""
        QSettings().setValue("language", code)
        if code == i18n.current_language():
            return
        answer = QMessageBox.question(
            self, self.tr("Language"),
            self.tr("The language changes when Gradient Lab starts again. Restart now?"))
        for action in self.language_actions.actions():   # the tick stays on the language shown
            action.setChecked(action.data() == i18n.current_language())
        if answer == QMessageBox.StandardButton.Yes:
            from PySide6.QtCore import QProcess

            from .app import own_command    # the bundle's program itself, or Python and main.py
            command = own_command()
            if QProcess.startDetached(command[0], command[1:] + ["--lang", code]):
                self.close()

    # -- tools -------------------------------------------------------------------------
    def _build_tool(self, key):
        _key, module, name, _context, _title = next(row for row in TOOLS if row[0] == key)
        tool = getattr(importlib.import_module(module), name)(self.session, self)
        if key in ("pictures", "landscape"):   # the split / "Use α" follow the training tab
            tool.follow_training(self.tools["training"].model)
        if key == "landscape":                 # "Step on it": the two-weight slice to the stepper
            tool.step_on_requested.connect(self._step_on)
        gate = getattr(tool, "gate", None)     # predict, then reveal: the lesson asks first (gui/reveal.py)
        if gate is not None:
            gate.guard = lambda action, proceed, k=key: self.lesson.predictions.ask_first(k, action, proceed)
        return tool

    def _step_on(self, objective):
        self.show_tool("stepper").set_function(objective)

    def show_tool(self, key):
        """Bring a tool to the front by its --tool name ('stepper', 'network', ...)."""
        if key in ("start", "main", ""):
            self.tabs.setCurrentWidget(self.welcome)
            return self.welcome
        if key == "lesson":
            self.lesson.show()
            self.lesson.raise_()
            return self.lesson
        if key not in self.tools:
            raise KeyError(key)
        self.tabs.setCurrentWidget(self.tools[key])
        return self.tools[key]

    # -- lifetime ----------------------------------------------------------------------
    def _restore_geometry(self):
        """The saved geometry, else the first-run size; either way inside the screen."""
        geometry = QSettings().value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(FIRST_RUN_SIZE)
            return
        rect = window_rect(screen.availableGeometry(), self.geometry() if restored else None)
        self.resize(rect.size())
        self.move(rect.topLeft())

    def closeEvent(self, event):
        QSettings().setValue("window/geometry", self.saveGeometry())
        # Training and loading threads must end before the widgets they report to.
        self.statusBar().showMessage(self.tr("Stopping…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            Job.stop_all()
        finally:
            QApplication.restoreOverrideCursor()
        super().closeEvent(event)
