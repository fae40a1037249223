"""Gradient Lab (勾配ラボ): learn the basics of deep learning by doing it.

    python main.py                              start the application
    python main.py --screenshot out.png [--tool stepper|network|training|pictures|lesson]
"""
import argparse
import sys


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="gradlab", description="Gradient Lab (勾配ラボ)")
    parser.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    parser.add_argument("--tool", help="the tool to show: start, stepper, network, training, pictures, lesson")
    parser.add_argument("--step", type=int, help="with --tool lesson: the lesson step to show")
    parser.add_argument("--lang", choices=["en", "ja"], help="the language of the interface")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from gui.app import run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
