"""Gradient Lab (勾配ラボ): learn the basics of deep learning by doing it.

    python main.py [SESSION.gradlab]            start the application (and open a session)
    python main.py --install-desktop-entry      put Gradient Lab in this user's desktop menu (Linux)
    python main.py --screenshot out.png [--tool stepper|network|training|pictures|backprop|lesson] [--size 1280x720] [--presenter]
    python main.py train FOLDER [--size 32] [--hidden 64] [--epochs 20] [--lr 0.001] [--out model.npz]
    python main.py predict model.npz PICTURE...     (these two never load Qt: see lab/cli.py)
    python main.py export-notebook SESSION_OR_SPEC OUT.ipynb    (a Colab notebook: lab/notebook.py)
"""
import argparse
import sys


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="gradlab", description="Gradient Lab (勾配ラボ)")
    parser.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    parser.add_argument("--tool", help="the tool to show: start, stepper, network, training, pictures, backprop, lesson")
    parser.add_argument("--step", type=int, help="with --tool lesson: the lesson step to show; with --tool training, 1: your own points")
    parser.add_argument("--lang", choices=["en", "ja"], help="the language of the interface")
    parser.add_argument("--size", metavar="WxH", type=window_size,
                        help="with --screenshot: the window size, e.g. 1280x720 (default 1600x960)")
    parser.add_argument("--presenter", action="store_true",
                        help="start in presenter mode: large text, thick lines, full screen (F5)")
    parser.add_argument("session", nargs="?", help="a session file (.gradlab) to open")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add Gradient Lab to this user's desktop menu (Linux) and exit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added and exit")
    # the command the language switch restarts with (checked by the tests, also in the bundle)
    parser.add_argument("--print-restart-command", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def window_size(text):
    """'1280x720' -> (1280, 720), for --size."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1280x720: {text!r}") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError(f"too small: {text!r}")
    return width, height


HEADLESS_COMMANDS = ("train", "predict")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in HEADLESS_COMMANDS:
        from lab.cli import main as cli_main  # pure NumPy: works without a display or Qt
        return cli_main(argv)
    if argv and argv[0] == "export-notebook":
        from lab.notebook import main as notebook_main  # writes JSON: no Qt either
        return notebook_main(argv[1:])
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from gui.desktop_entry import main as desktop_entry_main  # copies files: no Qt, no display
        return desktop_entry_main(uninstalling=args.uninstall_desktop_entry)
    if args.print_restart_command:
        import json

        from gui.app import own_command   # no Qt
        print(json.dumps(own_command()))
        return 0
    from gui.app import run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
