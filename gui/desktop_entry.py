"""Install Gradient Lab into the desktop's menu for the current user (Linux, freedesktop.org).

    python main.py --install-desktop-entry       (or: gradlab --install-desktop-entry)
    python main.py --uninstall-desktop-entry

writes, under $XDG_DATA_HOME (default ~/.local/share):
    applications/gradlab.desktop                  the launcher, Exec= the command that started us
    icons/hicolor/<n>x<n>/apps/gradlab.png        the PNG sizes, and scalable/apps/gradlab.svg
    mime/packages/gradlab.xml                     *.gradlab files open with Gradient Lab
and refreshes the desktop's caches when their tools are installed. No Qt and no root needed.
"""
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home():
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command():
    """The command (a list) that starts this Gradient Lab: the bundle, the installed
    ``gradlab`` launcher beside this Python, or this Python with main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / ("gradlab.exe" if os.name == "nt" else "gradlab")
    if script.is_file():
        return [str(script)]
    return [sys.executable, str(RESOURCES.parent / "main.py")]


def desktop_file_text(command=None):
    """resources/linux/gradlab.desktop with Exec and TryExec pointing at ``command``."""
    command = command or launch_command()
    lines = []
    for line in (RESOURCES / "linux" / "gradlab.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(part) for part in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def _quote(part):
    """Quote an Exec argument as the Desktop Entry Specification asks (double quotes)."""
    if all(c.isalnum() or c in "/._-+=:," for c in part):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def installed_paths(home=None):
    home = Path(home or data_home())
    paths = {"desktop": home / "applications" / "gradlab.desktop",
             "svg": home / "icons" / "hicolor" / "scalable" / "apps" / "gradlab.svg",
             "mime": home / "mime" / "packages" / "gradlab.xml"}
    for size in ICON_SIZES:
        paths[f"png{size}"] = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "gradlab.png"
    return paths


def install(home=None, command=None, refresh=True):
    """Write the launcher, icons and file type; returns the paths written."""
    paths = installed_paths(home)
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    paths["desktop"].write_text(desktop_file_text(command), encoding="utf-8")
    os.chmod(paths["desktop"], 0o755)   # some desktops only trust executable launchers
    shutil.copyfile(RESOURCES / "icons" / "gradlab.svg", paths["svg"])
    for size in ICON_SIZES:
        shutil.copyfile(RESOURCES / "icons" / f"gradlab-{size}.png", paths[f"png{size}"])
    shutil.copyfile(RESOURCES / "linux" / "gradlab-mime.xml", paths["mime"])
    if refresh:
        home = Path(home or data_home())
        _run_quietly(["update-desktop-database", str(home / "applications")])
        _run_quietly(["update-mime-database", str(home / "mime")])
        _run_quietly(["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")])
    return list(paths.values())


def uninstall(home=None):
    removed = []
    for path in installed_paths(home).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _run_quietly(command):
    if shutil.which(command[0]):
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def main(uninstalling=False):
    """For main.py: do it and say what was done; returns the exit code."""
    if not sys.platform.startswith("linux") and not uninstalling:
        sys.stderr.write("--install-desktop-entry is for Linux desktops; on Windows and macOS "
                         "build the bundle (see docs/desktop.md).\n")
        return 2
    try:
        paths = uninstall() if uninstalling else install()
    except OSError as exc:
        sys.stderr.write(f"could not {'remove' if uninstalling else 'install'} the desktop entry: {exc}\n")
        return 1
    if uninstalling:
        print(f"removed {len(paths)} files" + "".join(f"\n  {p}" for p in paths))
    else:
        print("Gradient Lab is now in your desktop's menu (Education). Launcher:\n  "
              f"{paths[0]}\nIt starts: {shlex.join(launch_command())}")
    return 0
