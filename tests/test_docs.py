"""The README's and docs/'s examples are true: every ```python block runs, and what a comment
says a print gives is what it prints. The README's commands use the venv's Python."""
import contextlib
import io
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))


def blocks(path, language):
    """(first line number, text) of each ```language block of a Markdown file."""
    found, lines, start = [], None, 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if lines is None and line.strip() == "```" + language:
            lines, start = [], number + 1
        elif lines is not None and line.strip() == "```":
            found.append((start, "\n".join(lines)))
            lines = None
        elif lines is not None:
            lines.append(line)
    return found


EXAMPLES = [(path, start, code) for path in DOCUMENTS for start, code in blocks(path, "python")]


def expected_prints(code):
    """What the comments say each print(...) line prints, in order: the comment after it on the
    same line (up to ' — ', which starts an explanation), or a comment line right below it."""
    lines = code.splitlines()
    expected = []
    for i, line in enumerate(lines):
        if not line.startswith("print("):
            continue
        comment = line.split("  # ", 1)[1] if "  # " in line else ""
        if not comment and i + 1 < len(lines) and lines[i + 1].startswith("# "):
            comment = lines[i + 1][2:]
        expected.append(comment.split(" — ")[0].strip())
    return expected


def matches(printed, expected):
    """'…' in what a comment says stands for any text; quotes around it are not printed."""
    if len(expected) > 1 and expected[0] == expected[-1] == "'":
        expected = expected[1:-1]
    pattern = ".*".join(re.escape(part.strip()) for part in expected.split("…"))
    return re.fullmatch(pattern, printed.strip(), flags=re.DOTALL) is not None


def test_the_docs_have_python_examples():
    assert {path.name for path, _, _ in EXAMPLES} >= {"README.md", "engine.md", "stepper.md",
                                                       "pictures.md", "notebook.md"}


@pytest.mark.parametrize("path, start, code", EXAMPLES,
                         ids=[f"{p.name}:{start}" for p, start, _ in EXAMPLES])
def test_python_example_runs_and_prints_what_it_says(path, start, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)        # examples that write files write them here
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"{path.name}:{start}", "exec"), {"__name__": "__example__"})
    printed = out.getvalue().splitlines()
    expected = expected_prints(code)
    assert len(printed) == len(expected), (printed, expected)
    for got, want in zip(printed, expected):
        if want:
            assert matches(got, want), f"{path.name}:{start} prints {got!r}, its comment says {want!r}"


def test_readme_commands_after_the_first_use_the_venvs_python():
    """Only `python3 -m venv` may use a bare Python: every other command runs .venv/bin/python."""
    for _, code in blocks(ROOT / "README.md", "bash"):
        for line in code.splitlines():
            command = line.split("#", 1)[0]
            for match in re.finditer(r"(?:^|&&|;|\s)(python3?)\s", command):
                assert command[match.start(1):].startswith("python3 -m venv"), line


def test_readme_apt_command_installs_the_window_packages_of_the_one_list():
    """The README, gui/app.py and tests/run.sh read resources/linux/system-packages.txt."""
    from gui.app import system_packages
    [command] = [line for _, code in blocks(ROOT / "README.md", "bash") for line in code.splitlines()
                 if line.startswith("sudo apt-get install")]
    assert "python3-venv" in command.split()
    listed = subprocess.run(["bash", "-c", "echo " + command.split("python3-venv", 1)[1]],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    window = [package for package, _ in system_packages("window")]
    assert "libxcb-cursor0" in window and listed == window + ["fonts-ipafont-gothic"]
    assert "resources/linux/system-packages.txt" in (ROOT / "tests" / "run.sh").read_text(encoding="utf-8")
