import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_notebook_export_the_command_line_and_the_session_format_load_no_qt():
    code = ("import sys, lab, pkgutil, importlib\n"
            "for m in pkgutil.walk_packages(lab.__path__, 'lab.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken', 'gui')))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"lab/ loaded Qt or GUI modules: {out.stdout}"


def test_the_engine_holds_only_the_lecture():
    tooling = {"notebook", "notebook_texts", "numpy_source", "cli"}
    assert not tooling & {p.stem for p in (ROOT / "engine").glob("*.py")}


def test_docs_name_every_module_of_the_engine_and_of_lab():
    """Each module by its path in the package: `network.py`, `data/images.py`."""
    for package, doc in (("engine", "engine.md"), ("lab", "lab.md")):
        text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        modules = [p.relative_to(ROOT / package).as_posix() for p in (ROOT / package).rglob("*.py")
                   if p.name != "__init__.py"]
        missing = [name for name in modules if f"`{name}`" not in text]
        assert modules and not missing, f"docs/{doc} does not describe {missing}"
