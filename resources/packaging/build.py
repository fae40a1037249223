"""Build the one-folder bundle dist/gradlab/ with PyInstaller, then prove it starts.

    python resources/packaging/build.py [--no-check] [--skip-install]

1. installs PyInstaller into the running Python (the project's .venv) if it is missing;
2. runs ``pyinstaller --noconfirm resources/packaging/gradlab.spec`` (work files in build/);
3. starts the built program with ``--screenshot dist/gradlab-check.png`` (offscreen) and checks
   that it wrote a picture.

The same command works on Windows and macOS (see docs/desktop.md). Exit code 0 when all went well.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "resources" / "packaging" / "gradlab.spec"
DIST = ROOT / "dist"
PYINSTALLER = "pyinstaller>=6.10,<7"


def ensure_pyinstaller(skip_install=False):
    try:
        import PyInstaller  # noqa: F401
        return True
    except ImportError:
        if skip_install:
            return False
    print(f"build.py: installing {PYINSTALLER} into {sys.prefix}", flush=True)
    return subprocess.call([sys.executable, "-m", "pip", "install", "--disable-pip-version-check",
                            PYINSTALLER]) == 0


def built_program(dist=DIST):
    """The path of the program in the bundle, for this operating system."""
    if sys.platform == "win32":
        return dist / "gradlab" / "gradlab.exe"
    if sys.platform == "darwin":
        return dist / "Gradient Lab.app" / "Contents" / "MacOS" / "gradlab"
    return dist / "gradlab" / "gradlab"


def build(dist=DIST, work=ROOT / "build"):
    """Run PyInstaller on the spec; returns the seconds it took (raises on failure)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   cwd=ROOT, check=True)
    return time.perf_counter() - start


def check(program, picture, timeout=120, env=None):
    """Start the built program with --screenshot; returns the completed process."""
    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if picture.exists():
        picture.unlink()
    with tempfile.TemporaryDirectory() as home:   # neither read nor write the user's settings
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = os.path.join(home, name.lower())
        return subprocess.run([str(program), "--screenshot", str(picture), "--tool", "stepper"],
                              env=env, capture_output=True, text=True, timeout=timeout)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-check", action="store_true", help="do not start the built program")
    parser.add_argument("--skip-install", action="store_true", help="never pip install PyInstaller")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    if not ensure_pyinstaller(args.skip_install):
        print("build.py: PyInstaller is not installed", file=sys.stderr)
        return 1
    seconds = build(args.dist, args.work)
    program = built_program(args.dist)
    size = sum(f.stat().st_size for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"build.py: built {program} in {seconds:.0f} s ({size:.0f} MB)", flush=True)
    if args.no_check:
        return 0
    picture = args.dist / "gradlab-check.png"
    start = time.perf_counter()
    result = check(program, picture)
    if result.returncode != 0 or not picture.exists():
        print(f"build.py: the built program failed (exit {result.returncode}):\n"
              f"{result.stdout}{result.stderr}", file=sys.stderr)
        return 1
    print(f"build.py: the built program started and wrote {picture} "
          f"in {time.perf_counter() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
