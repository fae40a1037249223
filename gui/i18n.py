"""Japanese and English: Qt's translation system, with .qm files from resources/i18n."""
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = {"en": "English", "ja": "日本語"}

_installed = []
_current = ["en"]


def preferred_language():
    """The language from the settings, else from the system locale ('ja' or 'en')."""
    chosen = QSettings().value("language", "", type=str)
    if chosen in LANGUAGES:
        return chosen
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def qt_translations_dir():
    """Where Qt's own translations are (PySide6/Qt/translations; the bundle keeps the same place)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_file(language):
    """Qt's translation of its standard buttons, file dialogs and key names (qtbase_ja.qm)."""
    return qt_translations_dir() / f"qtbase_{language}.qm"


def qt_translation_datas():
    """[(file, folder in the bundle)]: Qt's own translations for PyInstaller (gradlab.spec), put
    where QLibraryInfo looks for them in the bundle too (PySide6/Qt/translations)."""
    import PySide6
    site = Path(PySide6.__file__).resolve().parent.parent
    folder = qt_translations_dir().resolve()
    return [(str(qt_translation_file(language)), str(folder.relative_to(site)))
            for language in LANGUAGES if language != "en" and qt_translation_file(language).is_file()]


def install(app, language):
    """Load the translation for ``language`` into ``app`` (English needs none): ours, and Qt's
    own for what Qt draws itself (Close, Yes/No, Cancel, the file dialog, key names)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = "en"
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(I18N_DIR / f"gradlab_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _current[0] = language
    qt_translator = QTranslator(app)
    if qt_translator.load(str(qt_translation_file(language))):   # missing: Qt's texts stay English
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return True


def current_language():
    """The language whose translation is installed now ('en' or 'ja')."""
    return _current[0]


# -- building the translations: python -m gui.i18n build ---------------------------------------
# lupdate finds self.tr("...") and QCoreApplication.translate("Context", "..."), but not the
# small module helpers some tools use (def tr(text): return QCoreApplication.translate("X", text)):
# it files bare tr("...") under the wrong context and misses _tr("...") entirely. ``extract``
# runs lupdate and then puts those strings under the context Qt will look them up in.
ROOT = I18N_DIR.parent.parent
TS_FILES = {"ja": I18N_DIR / "gradlab_ja.ts"}


def _python_files():
    return sorted(p for p in (ROOT / "gui").rglob("*.py") if "__pycache__" not in p.parts)


def _helper_contexts(tree):
    """{function name: context} for module-level helpers returning translate("Ctx", arg)."""
    import ast
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                        and sub.func.attr == "translate" and len(sub.args) == 2
                        and isinstance(sub.args[0], ast.Constant)
                        and isinstance(sub.args[1], ast.Name)
                        and sub.args[1].id == node.args.args[0].arg):
                    helpers[node.name] = sub.args[0].value
    return helpers


def helper_messages():
    """[(context, source, path, line)] for calls of the module translation helpers."""
    import ast
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _python_files()}
    module_helpers = {path: _helper_contexts(tree) for path, tree in trees.items()}
    found = []
    for path, tree in trees.items():
        names = dict(module_helpers[path])
        for node in ast.walk(tree):          # from .texts import tr: the helper of texts.py
            if isinstance(node, ast.ImportFrom) and node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*(node.module or "").split(".")).with_suffix(".py")
                for alias in node.names:
                    context = module_helpers.get(target, {}).get(alias.name)
                    if context:
                        names[alias.asname or alias.name] = context
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in names and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((names[node.func.id], node.args[0].value, path, node.lineno))
    return found


def _lupdate(ts_path):
    import subprocess
    import sys
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(p.relative_to(ROOT)) for p in _python_files()]
    subprocess.run([str(tool), *files, "-no-obsolete", "-silent", "-ts", str(ts_path)], cwd=ROOT,
                   check=True)


# pyqtgraph's right-click menus (View All, X axis, Export…, Plot Options) and its export dialog
# ask Qt's translator too, under pyqtgraph's own contexts ("ViewBox", "Form", "Exporter", ...).
PYQTGRAPH_FILES = [
    "GraphicsScene/GraphicsScene.py", "GraphicsScene/exportDialogTemplate_generic.py",
    "graphicsItems/ViewBox/ViewBoxMenu.py", "graphicsItems/ViewBox/axisCtrlTemplate_generic.py",
    "graphicsItems/PlotItem/PlotItem.py", "graphicsItems/PlotItem/plotConfigTemplate_generic.py",
    "exporters/ImageExporter.py", "exporters/SVGExporter.py", "exporters/CSVExporter.py",
    "exporters/PrintExporter.py", "exporters/HDF5Exporter.py", "exporters/Matplotlib.py",
]


def pyqtgraph_messages():
    """{(context, source)}: pyqtgraph's translate("Context", "text") calls (under any alias:
    translate, _translate) in PYQTGRAPH_FILES, and its exporters' names (translated as
    translate("Exporter", Name) in the export dialog)."""
    import ast

    import pyqtgraph
    base = Path(pyqtgraph.__file__).resolve().parent
    found = set()
    for name in PYQTGRAPH_FILES:
        path = base / name
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in ("translate", "_translate"):
                    found.add((node.args[0].value, node.args[1].value))
            elif (isinstance(node, ast.Assign) and name.startswith("exporters/")
                  and [getattr(t, "id", "") for t in node.targets] == ["Name"]
                  and isinstance(node.value, ast.Constant)):
                found.add(("Exporter", node.value.value))
    return found


def extract():
    """{(context, source): [(path relative to resources/i18n, line)]}: every translatable string."""
    import os
    import tempfile
    import xml.etree.ElementTree as ET
    with tempfile.TemporaryDirectory(dir=I18N_DIR) as tmp:
        ts_path = Path(tmp) / "extract.ts"
        _lupdate(ts_path)
        root = ET.parse(ts_path).getroot()
        base = Path(tmp)
        messages = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                locations = [((base / loc.get("filename")).resolve(), int(loc.get("line", 0)))
                             for loc in message.iter("location")]
                messages.setdefault((name, source), []).extend(locations)
    helpers = helper_messages()
    for context, source, path, line in helpers:
        for key in list(messages):       # lupdate's guess for this call is wrong: drop it
            if key[1] == source and key[0] != context:
                kept = [loc for loc in messages[key] if loc != (path.resolve(), line)]
                if kept:
                    messages[key] = kept
                else:
                    del messages[key]
        messages.setdefault((context, source), []).append((path.resolve(), line))
    found = {key: sorted({(os.path.relpath(p, I18N_DIR), n) for p, n in locs})
             for key, locs in messages.items()}
    for key in pyqtgraph_messages():     # no location: pyqtgraph lives outside the project
        found.setdefault(key, [])
    return found


def read_ts(ts_path):
    """{(context, source): (translation, finished)} of a .ts file."""
    import xml.etree.ElementTree as ET
    found = {}
    if not Path(ts_path).exists():
        return found
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source"))] = (text, finished and bool(text))
    return found


def write_ts(ts_path, language, messages, translations):
    """Write the .ts: one message per (context, source), keeping known translations. A source
    translated elsewhere under another context is offered as an unfinished suggestion."""
    import xml.etree.ElementTree as ET
    by_source = {}
    for (context, source), (text, finished) in translations.items():
        if finished:
            by_source.setdefault(source, text)
    root = ET.Element("TS", version="2.1", language=language)
    contexts = {}
    for context, source in sorted(messages):
        element = contexts.get(context)
        if element is None:
            element = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message")
        for filename, line in messages[(context, source)]:
            ET.SubElement(message, "location", filename=filename, line=str(line))
        ET.SubElement(message, "source").text = source
        text, finished = translations.get((context, source), ("", False))
        if not text and source in by_source:
            text = by_source[source]
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


def build(release=True):
    """Update every .ts from the sources (keeping translations), then compile the .qm files."""
    import subprocess
    import sys
    messages = extract()
    report = {}
    for language, ts_path in TS_FILES.items():
        write_ts(ts_path, language, messages, read_ts(ts_path))
        unfinished = [key for key, (_, done) in read_ts(ts_path).items() if not done]
        report[language] = (len(messages), unfinished)
        if release:
            tool = Path(sys.executable).with_name("pyside6-lrelease")
            subprocess.run([str(tool), "-silent", str(ts_path), "-qm",
                            str(ts_path.with_suffix(".qm"))], check=True)
    return report


if __name__ == "__main__":
    import sys
    if sys.argv[1:] != ["build"]:
        sys.exit("usage: python -m gui.i18n build")
    for language, (total, unfinished) in build().items():
        print(f"{language}: {total} strings, {len(unfinished)} without a finished translation")
        for context, source in unfinished[:20]:
            print(f"  [{context}] {source[:70]!r}")
    sys.exit(0)
