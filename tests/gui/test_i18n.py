"""Japanese everywhere: every string translated, the .qm up to date, visible widgets in Japanese."""
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabWidget

from gui import i18n

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDERS = re.compile(r"\{[^}]*\}|%[vm]|<[^>]+>|\n")


@pytest.fixture(scope="module")
def extracted():
    """What lupdate (plus the helper-context fix) finds in gui/ now."""
    return i18n.extract()


def test_every_translatable_string_has_a_finished_japanese_translation(extracted):
    translations = i18n.read_ts(i18n.TS_FILES["ja"])
    missing = sorted(key for key in extracted if key not in translations)
    unfinished = sorted(key for key in extracted if key in translations and not translations[key][1])
    assert not missing, f"run `python -m gui.i18n build` and translate: {missing[:10]}"
    assert not unfinished, f"unfinished translations in gradlab_ja.ts: {unfinished[:10]}"


def test_translations_keep_every_placeholder_and_tag():
    for (context, source), (text, _) in i18n.read_ts(i18n.TS_FILES["ja"]).items():
        assert sorted(PLACEHOLDERS.findall(source)) == sorted(PLACEHOLDERS.findall(text)), \
            f"[{context}] {source!r} -> {text!r}"


def test_module_helper_strings_are_filed_under_the_context_qt_looks_up(extracted):
    contexts = {context for context, _ in extracted}
    assert "" not in contexts and "QCoreApplication" not in contexts
    assert ("Stepper", "Gradient descent") in extracted      # tr() from gui/stepper/texts.py
    assert ("Presets", "Wide (256 ReLU units)") in extracted   # _tr() from gui/builder/presets.py


def test_the_compiled_qm_translates_what_the_ts_says(app):
    assert i18n.install(app, "ja")
    try:
        assert i18n.current_language() == "ja"
        translations = i18n.read_ts(i18n.TS_FILES["ja"])
        for (context, source), (text, _) in list(translations.items())[::25]:
            assert QCoreApplication.translate(context, source) == text
    finally:
        i18n.install(app, "en")
    assert QCoreApplication.translate("MainWindow", "Ready") == "Ready"


def test_the_qm_is_newer_than_the_ts():
    ts = i18n.TS_FILES["ja"]
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1, \
        "gradlab_ja.qm is older than gradlab_ja.ts: run `python -m gui.i18n build`"


def test_the_language_follows_the_settings_then_the_system_locale(app, monkeypatch):
    from PySide6.QtCore import QSettings
    QSettings().remove("language")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Japanese)))
    assert i18n.preferred_language() == "ja"
    QSettings().setValue("language", "en")
    assert i18n.preferred_language() == "en"


# -- what a Japanese user reads: no English left in any tool, lesson step, menu or dialog ---------
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Words that stay as they are in Japanese text: proper names, the names of functions and
# optimizers, file types, key names and the words of formulas.
KEEP_IN_JAPANESE = {
    "adam", "adagrad", "rmsprop", "nesterov", "sgd", "momentum", "relu", "sigmoid", "tanh", "softmax",
    "identity", "xor", "numpy", "pyside", "pyside6", "qt", "python", "pyqtgraph", "scikit", "image",
    "skimage", "lfw", "subset", "pytorch", "google", "colab", "jupyter", "tensorboard", "opengl", "mesa",
    "xvfb", "himmelblau", "rosenbrock", "mit", "english", "gradient", "lab", "gpu",
    "png", "svg", "jpg", "jpeg", "csv", "json", "npz", "rgb", "gradlab", "ipynb",
    "ctrl", "shift", "alt", "del", "esc", "space", "backspace", "home", "end", "pgup", "pgdown",
    "argmin", "argmax", "const", "exp", "log", "max", "min", "sin", "cos", "sqrt", "loss",
    "pets", "cats", "dogs",   # the folder names of an example
    "pca",                    # principal component analysis: written so in Japanese texts too
}
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")


def english_words(text):
    """The ASCII words (three letters or more) of ``text`` that a Japanese reader would have to
    read as English; HTML is read as the plain text it shows."""
    from PySide6.QtGui import QTextDocumentFragment
    if "<" in text or "&" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    # paths and file names, environment variables (QT_QPA_PLATFORM=xcb), addresses, Qt platform names
    text = re.sub(r"(?:^|(?<=\s))(?:/|~/|[A-Za-z]:\\)\S*|\S+\.(png|gradlab|ipynb|log|json|npz)\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+=?\S*|https?://\S+"
                  r"|offscreen|xcb|Qt for Python", " ", text)
    return [w for w in ASCII_WORD.findall(text) if w.lower() not in KEEP_IN_JAPANESE]


def _plot_texts(view):
    """Titles, axis labels, legends and text items that pyqtgraph draws in ``view``."""
    import pyqtgraph as pg
    texts = []
    scene = view.scene()
    for item in scene.items() if scene is not None else []:
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem) and item.label.isVisible():
            texts.append(item.labelText)
        elif isinstance(item, pg.LabelItem):
            texts.append(item.text)
        elif isinstance(item, pg.TextItem):
            texts.append(item.toPlainText())
    return texts


def visible_texts(root):
    """[(where, text)]: what a user can read in ``root``: labels, buttons, tooltips, status tips,
    titles, tabs, list and table entries and headers, menus and their actions, plots' labels."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (QAbstractSpinBox, QGraphicsView, QLineEdit, QListWidget, QMenu,
                                   QStatusBar, QTableWidget, QTextEdit, QWidget)
    found = []

    def add(obj, *texts):
        found.extend((type(obj).__name__, t) for t in texts if t and t.strip())

    for obj in [root] + root.findChildren(QObject):
        if isinstance(obj, QWidget):
            if obj is not root and not isinstance(obj, QMenu) and not obj.isVisibleTo(root):
                continue
            add(obj, obj.toolTip(), obj.statusTip(), obj.windowTitle() if obj.isWindow() else "")
        if isinstance(obj, (QLabel, QAbstractButton)):
            add(obj, obj.text())
        elif isinstance(obj, QGroupBox):
            add(obj, obj.title())
        elif isinstance(obj, QTabWidget):
            add(obj, *[obj.tabText(i) for i in range(obj.count())], *[obj.tabToolTip(i) for i in range(obj.count())])
        elif isinstance(obj, QComboBox):
            add(obj, *[obj.itemText(i) for i in range(obj.count())])
        elif isinstance(obj, QTextEdit):
            add(obj, obj.toPlainText())
        elif isinstance(obj, QLineEdit):
            add(obj, obj.placeholderText())
        elif isinstance(obj, QAbstractSpinBox):
            add(obj, obj.specialValueText(), getattr(obj, "prefix", str)(), getattr(obj, "suffix", str)())
        elif isinstance(obj, QStatusBar):
            add(obj, obj.currentMessage())
        elif isinstance(obj, QListWidget):
            for i in range(obj.count()):
                add(obj, obj.item(i).text(), obj.item(i).toolTip())
        elif isinstance(obj, QTableWidget):
            headers = [obj.horizontalHeaderItem(c) for c in range(obj.columnCount())]
            headers += [obj.verticalHeaderItem(r) for r in range(obj.rowCount())]
            add(obj, *[h.text() for h in headers if h is not None])
            items = [obj.item(r, c) for r in range(obj.rowCount()) for c in range(obj.columnCount())]
            add(obj, *[t for i in items if i is not None for t in (i.text(), i.toolTip())])
        elif isinstance(obj, QGraphicsView):
            add(obj, *_plot_texts(obj))
        if isinstance(obj, QAction) and not obj.isSeparator():
            add(obj, obj.text(), obj.toolTip(), obj.statusTip())
    return found


def english_in(root):
    """{(widget class, text)} of everything in ``root`` that still reads as English."""
    return {(where, text) for where, text in visible_texts(root) if english_words(text)}


def test_english_words_finds_english_but_not_names_formulas_or_numbers():
    assert english_words("Train the network") == ["Train", "the", "network"]
    assert english_words("Θ → Θ′ so that f<sub>Θ′</sub>(x) ≈ y") == ["that"]
    assert english_words("Adam、α = 0.01、ReLU 層、NumPy で計算") == []
    assert english_words("f<sub>Θ</sub>(x) = 1.00 x<sup>2</sup> + 0.00 x,&nbsp; exp(−x)") == []
    assert english_words("|1 − 10α| &lt; 1 &nbsp;⇔&nbsp; 0 &lt; α &lt; 0.2") == []
    assert english_words("上側, lower") == ["lower"]
    assert english_words("/tmp/pytest-of-root/my work.gradlab") == []       # a recent file's path


def test_the_3d_view_says_why_it_is_off_in_the_language_in_use(app):
    """The OpenGL check runs once per process; its reason is worded when asked, not cached in
    the language of the first caller."""
    from gui.stepper.opengl_check import opengl_status
    ok, reason = opengl_status()
    assert not ok, "the tests run offscreen (tests/conftest.py), where the 3-D view is off"
    assert not JAPANESE.search(reason)
    assert i18n.install(app, "ja")
    try:
        ok, reason = opengl_status()
        assert JAPANESE.search(reason) and not english_words(reason)
    finally:
        i18n.install(app, "en")


class RecordingTranslator(QTranslator):
    """Sees every translation Qt looks up (and answers none): what the program really asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None          # a null string: "not mine", and Qt asks the next translator

    def isEmpty(self):
        return False


def our_contexts(extracted):
    """The translation contexts of Gradient Lab's own code (its classes and helper modules)."""
    import ast
    names = {context for context, _ in extracted}
    for path in (ROOT / "gui").rglob("*.py"):
        names |= {node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.ClassDef)}
    return names


@pytest.fixture
def japanese_window(app, qtbot):
    """The main window in Japanese, with a translator that records every lookup."""
    assert i18n.install(app, "ja")
    recorder = RecordingTranslator(app)
    app.installTranslator(recorder)      # asked first: it records, then Qt asks the others
    from gui.main_window import MainWindow
    win = MainWindow()
    win.recorder = recorder
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    yield win
    win.close()
    app.removeTranslator(recorder)
    i18n.install(app, "en")


def _wait_for_pictures(window, qtbot):
    pictures = window.tools.get("pictures")
    qtbot.waitUntil(lambda: pictures is None or pictures.job is None or not pictures.job.is_running(),
                    timeout=60_000)


def test_in_japanese_no_tool_lesson_step_menu_or_dialog_shows_english(japanese_window, qtbot, extracted):
    """Every tool as it starts and in use (its screenshot state: runs, confusion matrices, a
    prediction), every lesson step, the menus and the shortcuts dialog: nothing reads as English,
    and every text the program asked the translator for is in gradlab_ja.ts."""
    win = japanese_window
    assert win.tabs.tabText(0) == "はじめに"
    assert JAPANESE.search(win.menuBar().actions()[0].text())
    english = {}

    def look(where, root=win):
        QCoreApplication.processEvents()
        for found in english_in(root):
            english.setdefault(found, where)

    for key, tool in win.tools.items():
        win.show_tool(key)
        look(key)
        assert len([t for _, t in visible_texts(tool) if JAPANESE.search(t)]) >= 3, key
    for i in range(win.lesson.count()):
        win.lesson.go_to(i)
        _wait_for_pictures(win, qtbot)
        look(f"lesson step {i + 1}")
        assert win.lesson.heading.text() == win.lesson.current_step().title["ja"]
    assert win.lesson.next_button.text() == "次へ →"
    for key in ("stepper", "network", "training", "pictures"):
        tool = win.show_tool(key)
        if key == "pictures":
            tool.prepare_screenshot(step=3)
        elif key == "training":   # at full speed, as in a fresh window (a lesson step left its pace)
            tool.set_step_pause(0)
            tool.prepare_screenshot()
        else:
            tool.prepare_screenshot()
        look(f"{key} in use")
    dialog = win.help_actions.show_shortcuts()
    look("Help ▸ Keyboard shortcuts", dialog)
    dialog.close()
    from gui.export_notebook import ExportNotebookDialog
    for experiment in ("training", "stepper"):
        dialog = ExportNotebookDialog(win)
        getattr(dialog, experiment).setChecked(True)
        look(f"File ▸ Export ▸ Notebook ({experiment})", dialog)
        dialog.deleteLater()
    if english_words(win.about_text()):
        english[("About", win.about_text())] = "Help ▸ About"
    report = "\n".join(f"  {where}: {cls}: {text[:100]!r}" for (cls, text), where in sorted(english.items()))
    assert not english, f"still in English in the Japanese interface:\n{report}"

    ours = our_contexts(extracted)
    asked = {key for key in win.recorder.asked if key[0] in ours}
    translations = i18n.read_ts(i18n.TS_FILES["ja"])
    not_extracted = sorted(key for key in asked if key not in extracted)
    assert not not_extracted, f"translated at run time but not found by `python -m gui.i18n build`: {not_extracted[:10]}"
    assert all(translations[key][1] for key in asked)


def test_in_japanese_qt_own_buttons_and_dialogs_are_japanese(japanese_window):
    """Qt's own words (the Close button, Yes/No, the file dialog) come from qtbase_ja.qm."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
    dialog = japanese_window.help_actions.show_shortcuts()
    [close] = dialog.findChild(QDialogButtonBox).buttons()
    assert close.text() == "閉じる"
    dialog.close()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["はい(&Y)", "キャンセル"])
    files = QFileDialog(japanese_window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert JAPANESE.search(" ".join(label.text() for label in files.findChildren(QLabel)))
    files.deleteLater()


def test_the_bundle_takes_qt_own_japanese_where_qt_looks_for_it():
    [(source, folder)] = i18n.qt_translation_datas()
    assert Path(source).name == "qtbase_ja.qm" and Path(source).is_file()
    assert Path(folder).parts == ("PySide6", "Qt", "translations")
    spec = (ROOT / "resources" / "packaging" / "gradlab.spec").read_text(encoding="utf-8")
    assert "datas += qt_translation_datas()" in spec


def test_the_classes_of_every_toy_set_and_sample_are_shown_in_japanese(app, extracted):
    """face / not face, upper / lower, A / B ...: the engine's names, translated where shown."""
    from engine.data import make_toy
    from engine.data.samples import SAMPLES
    from engine.data.toy import TOY_SETS
    from gui.class_names import CLASS_NAMES, display_names
    names = {n for key in TOY_SETS for n in make_toy(key, n=30)[2]}
    names |= {n for _, make in SAMPLES.values() for n in make()}
    assert names <= set(CLASS_NAMES), "add the new class names to gui/class_names.py"
    translations = i18n.read_ts(i18n.TS_FILES["ja"])
    assert {n for n in names if not translations.get(("ClassNames", n), ("", False))[1]} == set()
    assert i18n.install(app, "ja")
    try:
        assert display_names(["face", "not face", "upper", "lower"]) == ["顔", "顔以外", "上側", "下側"]
        assert display_names(["cats", "dogs"]) == ["cats", "dogs"]     # the user's own folders
        assert all(not english_words(n) for n in display_names(sorted(names)))
    finally:
        i18n.install(app, "en")
    assert display_names(["not face"]) == ["not face"]


def test_the_sample_pictures_are_named_in_japanese(app):
    from engine.data.samples import SAMPLES
    from gui.class_names import DATA_NAMES, display_data_name
    assert set(SAMPLES) <= set(DATA_NAMES), "add the new sample to gui/class_names.py"
    assert i18n.install(app, "ja")
    try:
        assert [display_data_name(name) for name in SAMPLES] == ["サンプル「顔」", "サンプル「テクスチャ」"]
        assert display_data_name("my pets") == "my pets"
    finally:
        i18n.install(app, "en")


def test_the_confusion_matrix_names_the_classes_in_japanese(japanese_window):
    from types import SimpleNamespace

    import numpy as np
    dashboard = japanese_window.tools["training"]
    dashboard.set_toy_dataset("moons")
    names = japanese_window.session.dataset.class_names
    assert names == ["upper", "lower"]
    dashboard.confusion.show_confusion(SimpleNamespace(matrix=np.array([[3, 1], [0, 4]]), epoch=1), names)
    table = dashboard.confusion.table
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["上側", "下側"]


def test_a_lesson_formula_with_words_is_shown_in_the_lesson_language(japanese_window, app):
    dock = japanese_window.lesson
    dock.go_to(4, apply=False)                     # step 5: Θ → Θ′ so that f_Θ′(x) ≈ y
    assert "so that" in dock.current_step().formula_in("en")
    from gui.lesson.rich_text import keep_formulas_together
    assert dock.formula.text() == keep_formulas_together(dock.current_step().formula_in("ja"))
    assert "となるように" in dock.formula.text()
    from gui.lesson.model import LessonError, check_step
    step = {"id": "x", "title": {"en": "T", "ja": "T"}, "text": {"en": "t", "ja": "t"}, "tool": "start"}
    assert check_step(dict(step, formula="s := s − α g")).formula_in("ja") == "s := s − α g"
    with pytest.raises(LessonError, match="formula.ja"):
        check_step(dict(step, formula={"en": "so that", "ja": ""}))


def test_the_builder_formula_panel_speaks_japanese(japanese_window):
    panel = japanese_window.tools["network"].formulas
    text = panel.toPlainText()
    assert "各層" in text and "合成関数" in text and not english_words(text)


def test_live_language_change_retranslates_the_lesson_dock(window, app):
    dock = window.lesson
    dock.go_to(0, apply=False)
    assert dock.next_button.text() == "Next →"
    i18n.install(app, "ja")
    try:
        QCoreApplication.processEvents()
        assert dock.next_button.text() == "次へ →"
        assert dock.text.text() == dock.current_step().text["ja"]
        assert dock.contents.itemText(0).endswith(dock.lesson.steps[0].title["ja"])
    finally:
        i18n.install(app, "en")
        QCoreApplication.processEvents()
    assert dock.next_button.text() == "Next →"


def test_a_japanese_font_is_installed_for_the_screenshots(app):
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not families:
        pytest.skip("no Japanese font installed (Debian/Ubuntu: apt-get install fonts-ipafont-gothic)")
    assert families


def test_screenshot_of_a_lesson_step_in_japanese(tmp_path):
    out = tmp_path / "step12.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(out), "--tool", "lesson",
                             "--step", "12", "--lang", "ja"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 700


def test_a_plots_right_click_menu_is_in_japanese(japanese_window):
    """pyqtgraph's own menu (View All, X axis, Mouse Mode, Plot Options, Export…) and its
    axis controls are translated too."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QWidgetAction
    tools = list(japanese_window.tools.values())          # each tool, as when its tab is opened
    plot = next(p for tool in tools for p in tool.findChildren(pg.PlotWidget)
                if p.getPlotItem().getViewBox().menuEnabled())
    menu = plot.getPlotItem().getViewBox().getMenu(None)
    texts = [action.text() for action in plot.scene().contextMenu]      # Export…, added under it
    widgets = []

    def walk(m):
        texts.append(m.title())
        for action in m.actions():
            texts.append(action.text())
            if action.menu() is not None:
                walk(action.menu())
            if isinstance(action, QWidgetAction) and action.defaultWidget() is not None:
                widgets.append(action.defaultWidget())

    walk(menu)
    for widget in widgets:
        texts += [t for _, t in visible_texts(widget)]
    assert "全体を表示" in texts and "X 軸" in texts and "書き出し…" in texts
    assert [t for t in texts if english_words(t)] == []


# Qt calls that put text on the screen, and which of their arguments are not text.
TEXT_CALLS = {"setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setTitle",
              "setPlaceholderText", "setSpecialValueText", "setPrefix", "setSuffix", "setLabelText",
              "addItem", "insertItem", "addTab", "insertTab", "setTabText", "setTabToolTip", "addMenu",
              "addAction", "addRow", "setLabel", "showMessage", "setHorizontalHeaderLabels",
              "setVerticalHeaderLabels", "setFormat", "setHtml", "QLabel", "QPushButton", "QCheckBox",
              "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton", "QListWidgetItem",
              "QTableWidgetItem", "information", "warning", "critical", "question", "about"}
NOT_TEXT = {"setLabel": slice(0, 1), "addItem": slice(1, None), "insertItem": slice(2, None)}
TRANSLATED = {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _untranslated_literals(node):
    """String constants that make up the text an argument evaluates to, outside translation
    calls: literals, f-strings, +, "… if … else …", "….format(…)" and "….join(…)"."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        return [t for v in node.values for t in _untranslated_literals(v)]
    if isinstance(node, ast.FormattedValue):
        return _untranslated_literals(node.value)
    if isinstance(node, ast.BinOp):
        return _untranslated_literals(node.left) + _untranslated_literals(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated_literals(node.body) + _untranslated_literals(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _untranslated_literals(v)]
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TRANSLATED or name.endswith("_tr"):
            return []
        if name in ("format", "join") and isinstance(func, ast.Attribute):
            parts = _untranslated_literals(func.value) if name == "format" else []
            return parts + [t for a in node.args for t in _untranslated_literals(a)]
    return []       # names, subscripts, other calls: data, not text written here


def test_no_english_literal_reaches_the_screen_without_translation():
    """What the walk cannot reach (error messages, rare states): every English text given to a
    widget in gui/ goes through tr(), so gradlab_ja.ts has it."""
    found = []
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            receiver = getattr(getattr(func, "value", None), "id", "")
            if name not in TEXT_CALLS or receiver in ("log", "logger", "logging", "warnings"):
                continue
            args = list(node.args)
            skipped = NOT_TEXT.get(name)
            if skipped is not None:
                del args[skipped]
            if name in ("information", "warning", "critical", "question", "about"):
                args = args[1:]          # QMessageBox.warning(parent, title, text)
            for arg in args:
                for text in _untranslated_literals(arg):
                    if english_words(re.sub(r"<[^>]*(>|$)", " ", text)):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text[:60]!r})")
    assert not found, "wrap these in self.tr() (or a module tr helper):\n" + "\n".join(found)
