"""Train on a folder of pictures and predict from a terminal, without the window.

    python main.py train FOLDER [--size 32] [--hidden 64] [--epochs 20] [--lr 0.001] [--out model.npz]
    python main.py predict model.npz PICTURE...

Exit codes: 0 it worked; 1 training failed (the loss diverged); 2 wrong command line;
3 the folder or a picture could not be used; 4 the model file could not be used.

A model file is the network's ordinary .npz (``Network.save``: the spec and W1, b1, ...), so
``Network.load`` reads it; the class names, picture size and colour are its ``meta`` (a JSON
text beside the spec, checked as the spec is). Nothing is unpickled. Model files of the
earlier format (metadata in the zip archive's comment) are refused: train them again.
"""
import argparse
import math
import sys

import numpy as np

from engine.data.images import MAX_SIZE, ImageFolderError, load_image_folder, load_picture, plain_name
from engine.data.split import train_validation_split
from engine.network import Network
from engine.training import EpochRecord, Trainer, TrainingEnded, evaluate

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DATA, EXIT_MODEL = 0, 1, 2, 3, 4
MODEL_FORMAT = "gradient-lab-pictures/1"
VALIDATION_FRACTION = 0.2
DEFAULT_LR = 0.001
DEFAULT_OPTIMIZER = "adam"


def picture_spec(input_size, n_classes, hidden=(64,)):
    """The default picture classifier: n inputs -> ReLU hidden layers -> softmax over classes."""
    layers = [{"units": int(h), "activation": "relu"} for h in hidden]
    layers.append({"units": int(n_classes), "activation": "softmax"})
    return {"input_size": int(input_size), "layers": layers, "loss": "cross_entropy"}


def save_model(net, path, class_names, image_shape, color="gray"):
    """Save ``net`` with what a picture needs to be predicted: class names, N, colour."""
    meta = {"format": MODEL_FORMAT, "class_names": list(class_names),
            "image_shape": list(image_shape), "color": color}
    with open(path, "wb") as f:  # a file object: np.savez adds no ".npz" to the name
        net.save(f, meta)


def load_model(path):
    """(network, meta) from a file ``save_model`` wrote; raises ValueError with a clear message
    for anything else (not a regular file, not a zip, damaged or implausible metadata)."""
    net = Network.load(path)          # a regular file of plausible size, checked arrays, no pickle
    meta = net.meta
    if meta.get("format") != MODEL_FORMAT:
        raise ValueError(f"{path} is a network, but not one trained on pictures "
                         f"(it has no class names or picture size; a model saved by an earlier "
                         f"Gradient Lab keeps them elsewhere: train it again)")
    return net, _checked_meta(meta, net, path)


def _checked_meta(meta, net, path):
    """The metadata of a picture model, every field checked against the network."""
    names, shape, color = meta.get("class_names"), meta.get("image_shape"), meta.get("color")
    if color not in ("gray", "rgb"):
        raise ValueError(f"{path}: the colour must be gray or rgb, not {color!r}")
    if not (isinstance(shape, list) and len(shape) == (2 if color == "gray" else 3)
            and all(isinstance(v, int) and not isinstance(v, bool) for v in shape)
            and 1 <= shape[0] == shape[1] <= MAX_SIZE and (color == "gray" or shape[2] == 3)):
        raise ValueError(f"{path}: the picture size is damaged ({shape!r:.80})")
    if int(np.prod(shape)) != net.input_size:
        raise ValueError(f"{path}: the network expects {net.input_size} inputs but the pictures "
                         f"have {int(np.prod(shape))} numbers")
    if not (isinstance(names, list) and all(isinstance(n, str) and 0 < len(n) <= 1000 for n in names)
            and len(names) == net.output_size >= 2):
        raise ValueError(f"{path}: the class names are damaged or do not match the network's "
                         f"{net.output_size} outputs")
    return {**meta, "class_names": list(names), "image_shape": tuple(shape), "color": color}


def _parse_hidden(text):
    try:
        sizes = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"hidden layer sizes are whole numbers like 64 or 128,64, not {text!r}")
    if any(s < 1 for s in sizes):
        raise argparse.ArgumentTypeError("each hidden layer needs at least one unit (use 0 alone for none)")
    return sizes


def _hidden(text):
    return [] if text.strip() == "0" else _parse_hidden(text)


def _positive_float(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def _whole(low):
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {value}")
        return value
    return parse


def build_parser():
    parser = argparse.ArgumentParser(prog="gradlab", description="Gradient Lab (勾配ラボ) without the window")
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a network on a folder of class subfolders of pictures")
    train.add_argument("folder", help="a folder with one subfolder of pictures per class")
    train.add_argument("--size", type=_whole(1), default=32, help="pictures become N×N (default 32)")
    train.add_argument("--color", choices=["gray", "rgb"], default="gray", help="gray (default) or rgb")
    train.add_argument("--hidden", type=_hidden, default=[64],
                       help="hidden layer sizes, e.g. 64 or 128,64; 0 for none (default 64)")
    train.add_argument("--epochs", type=_whole(0), default=20, help="passes over the data (default 20)")
    train.add_argument("--lr", type=_positive_float, default=DEFAULT_LR,
                       help=f"learning rate of the {DEFAULT_OPTIMIZER} optimizer (default {DEFAULT_LR})")
    train.add_argument("--optimizer", default=DEFAULT_OPTIMIZER, help="sgd, momentum, adagrad, rmsprop, adam...")
    train.add_argument("--batch-size", type=_whole(1), default=32, help="mini-batch size (default 32)")
    train.add_argument("--validation", type=float, default=VALIDATION_FRACTION,
                       help="share held out for validation (default 0.2)")
    train.add_argument("--seed", type=int, default=0, help="seed for weights and the split (default 0)")
    train.add_argument("--out", default="model.npz", help="where to save the model (default model.npz)")
    predict = commands.add_parser("predict", help="class probabilities of pictures under a saved model")
    predict.add_argument("model", help="a model saved by train")
    predict.add_argument("pictures", nargs="+", help="picture files")
    return parser


def shown(text):
    """Text as it is safe to print on a terminal: names that are not UTF-8 with a visible \\xNN
    per byte, and control characters (terminal escape codes in a folder name) escaped, e.g.
    "\\x1b[31m" printed as the six characters \\x1b[31m rather than turning the terminal red."""
    return "".join(c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode("ascii")
                   for c in plain_name(str(text)))


class _Shown:
    """A stream that prints everything through ``shown``."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        return self._stream.write(shown(text))

    def flush(self):
        self._stream.flush()


def _percent(value):
    return "—" if value is None else f"{100 * value:5.1f}%"


def train_command(args, out=sys.stdout, err=sys.stderr):
    if not 0 <= args.validation < 1:
        err.write("error: --validation must be at least 0 and below 1\n")
        return EXIT_USAGE
    try:
        data = load_image_folder(args.folder, size=args.size, color=args.color)
    except (ImageFolderError, ValueError) as exc:
        err.write(f"error: {exc}\n")
        return EXIT_DATA
    counts = ", ".join(f"{name} {count}" for name, count in zip(data.class_names, data.class_counts()))
    out.write(f"loaded {len(data.y)} pictures of {args.size}×{args.size} = {data.X.shape[1]} numbers "
              f"in {len(data.class_names)} classes ({counts})\n")
    if data.skipped:
        out.write(f"skipped {len(data.skipped)} file(s):\n")
        for s in data.skipped:
            out.write(f"  {s.path}: {s.reason}\n")
    X, y, X_val, y_val = train_validation_split(data.X, data.y, args.validation, seed=args.seed)
    if len(y) == 0:
        err.write("error: no picture is left for training: lower --validation\n")
        return EXIT_DATA
    try:
        net = Network.from_spec(picture_spec(data.X.shape[1], len(data.class_names), args.hidden), seed=args.seed)
        trainer = Trainer(net, args.optimizer, lr=args.lr, batch_size=args.batch_size,
                          epochs=args.epochs, seed=args.seed)
    except ValueError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_USAGE
    out.write(f"training {len(y)} pictures, validating on {len(y_val)}; network "
              f"{' → '.join(str(u) for u in [net.input_size] + [l['units'] for l in net.spec['layers']])}, "
              f"{net.parameter_count:,} parameters\n")
    ended = None
    for record in trainer.run(X, y, X_val if len(y_val) else None, y_val if len(y_val) else None):
        if isinstance(record, EpochRecord):
            line = f"epoch {record.epoch:3d}/{args.epochs}  loss {record.loss:.4f}  accuracy {_percent(record.accuracy)}"
            if record.val_loss is not None:
                line += f"  validation loss {record.val_loss:.4f}  accuracy {_percent(record.val_accuracy)}"
            out.write(line + "\n")
            out.flush()
        elif isinstance(record, TrainingEnded):
            ended = record
    if ended is not None and ended.reason == "diverged":
        err.write(f"error: {ended.message}\n")
        return EXIT_FAILED
    if len(y_val):
        _, val_acc = evaluate(net, X_val, y_val)
        out.write(f"final validation accuracy: {100 * val_acc:.1f}% ({round(val_acc * len(y_val))}/{len(y_val)})\n")
    try:
        save_model(net, args.out, data.class_names, data.image_shape, data.color)
    except OSError as exc:
        err.write(f"error: cannot save the model to {args.out}: {exc.strerror or exc}\n")
        return EXIT_MODEL
    out.write(f"saved the model to {args.out}\n")
    return EXIT_OK


def predict_command(args, out=sys.stdout, err=sys.stderr):
    try:
        net, meta = load_model(args.model)
    except (ValueError, OSError) as exc:
        err.write(f"error: {exc}\n")
        return EXIT_MODEL
    size, color, names = meta["image_shape"][0], meta["color"], meta["class_names"]
    width = max(len(n) for n in names)
    code = EXIT_OK
    for path in args.pictures:
        try:
            x = load_picture(path, size, color).reshape(1, -1)
        except Exception as exc:  # noqa: BLE001 - an unreadable picture is reported, the others go on
            err.write(f"error: {path}: cannot read the picture: {exc}\n")
            code = EXIT_DATA
            continue
        p = net.predict(x)[0]
        best = int(np.argmax(p))
        out.write(f"{path}: {names[best]} ({100 * p[best]:.1f}%)\n")
        for k in np.argsort(-p):
            out.write(f"  {names[k]:<{width}}  {100 * p[k]:5.1f}%  {'█' * int(round(20 * p[k]))}\n")
    return code


def main(argv=None, out=None, err=None):
    """Run one command; returns the exit code."""
    out, err = _Shown(out or sys.stdout), _Shown(err or sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error, 0 for --help
        return int(exc.code or 0)
    if args.command == "train":
        return train_command(args, out, err)
    return predict_command(args, out, err)


if __name__ == "__main__":
    sys.exit(main())
