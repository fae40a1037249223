"""Export an experiment as a Jupyter notebook that runs in Google Colab with PyTorch (issue 9).

    nb = training_notebook(spec, {"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0},
                           {"optimizer": "adam", "lr": 0.01, "batch_size": 10, "epochs": 100})
    write_notebook(nb, "xor.ipynb")
    write_notebook(stepper_notebook("square", x0=[2.0], lr=0.2, steps=10), "square.ipynb")

A notebook is a JSON document (nbformat 4.5): a list of Markdown and code cells. It is built
here from plain dicts, so the app needs no Jupyter library. The code is *the same
experiment*: the app's own data generators and picture preprocessing (their source text is
copied in), the same starting weights, loss, optimizer rule, batch order and seed, so the
PyTorch network computes the numbers the engine computes (the tests check it to 1e-5).

Data sources (``data_source`` dicts):
  {"kind": "toy", "name": "xor", "n": 200, "noise": 0.1, "seed": 0}          engine.data.toy
  {"kind": "quadratic", "a": 2, "b": -3, "c": 1, "n": 50, "noise": 0.1, "seed": 0}
  {"kind": "pictures", "folder": "/path/pets", "size": 32, "color": "gray"}  engine.data.images
  {"kind": "arrays", "X": X, "y": y, "class_names": [...], "name": "..."}     embedded as .npz

Headless: ``python main.py export-notebook SPEC_OR_SESSION OUT.ipynb`` (see ``main``).

The parts, each readable on its own:
  notebook_cells     the notebook format, writing it atomically, helpers for writing code
  notebook_data      the data cells (toy sets, the quadratic, picture folders, embedded arrays)
  notebook_training  the training notebook (PyTorch)
  notebook_stepper   the stepper notebook (NumPy)
  notebook_texts     the explanations in English and Japanese
  numpy_source       a formula as NumPy source text
This module reads experiment files (sessions through lab/session_file.py) and is the command.
"""
import argparse
import json
import os
import sys

import numpy as np

from engine import optimizers
from engine.data import images, toy

from . import session_file, tool_parts
from .notebook_cells import LANGUAGES, NotebookError, code_of, write_notebook
from .notebook_data import data_source_of, describe_data
from .notebook_stepper import stepper_notebook
from .notebook_training import DEFAULT_TRAINING, QUADRATIC_MODEL, training_notebook


# -- headless: python main.py export-notebook SPEC_OR_SESSION OUT.ipynb ---------------------------

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3


def _from_session(path):
    """What a session file holds, read by the app's own reader (lab/session_file.py): every
    part checked exactly as File → Open checks it."""
    try:
        decoded = session_file.read(path)
    except session_file.SessionFileError as exc:
        raise NotebookError(f"{path} cannot be opened as a session: {exc.message}") from None
    net = decoded["network"]
    found = {"spec": net.spec, "params": net.params, "seed": decoded["seed"]}
    dataset = decoded["dataset"]
    if dataset is not None:
        found["data"] = data_source_of(dataset)     # where it came from, saved with it
    tools = decoded["tools"]
    settings = (tools.get("training") or {}).get("settings")
    if isinstance(settings, dict):
        found["training"] = settings
    if "stepper" in tools:
        stepper = tool_parts.parse_stepper(tools["stepper"])
        found["stepper"] = {"function": stepper["objective"], "x0": stepper["start"], "lr": stepper["lr"],
                            "steps": max(10, stepper["substeps"] // 3), "method": stepper["method"],
                            "settings": stepper["hyper"].get(stepper["method"], {})}
    return found


def read_experiment(path):
    """What an experiment file holds, as a dict with some of the keys "spec", "params",
    "training", "data", "stepper". Raises NotebookError.

    Read: a network spec (.json with input_size, layers); a network saved by the app (.npz:
    spec and weights); a Gradient Lab session (.gradlab, read by lab/session_file.py as the
    app reads it); or a plain JSON object written by hand with "network" (a spec, or
    {"spec", "weights": {"W1": [[...]], ...}}), "training" (the dashboard's settings),
    "data" (a data source) and "stepper" ({"function", "x0", "lr", "steps", "method",
    "settings"}).
    """
    path = os.fspath(path)
    if path.lower().endswith(".npz"):
        from engine.network import Network
        try:
            net = Network.load(path)
        except (OSError, ValueError) as exc:
            raise NotebookError(str(exc)) from None
        return {"spec": net.spec, "params": net.params}
    if path.lower().endswith(session_file.SUFFIX):
        return _from_session(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except OSError as exc:
        raise NotebookError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise NotebookError(f"{path} is not a JSON file: {exc}") from None
    if not isinstance(doc, dict):
        raise NotebookError(f"{path} must hold a JSON object")
    if doc.get("format") == session_file.FORMAT:
        return _from_session(path)
    if "input_size" in doc:                 # a bare network spec
        return {"spec": doc}
    if "network" not in doc and "stepper" not in doc:
        raise NotebookError(f"{path} is neither a network spec (input_size, layers) nor a session "
                            f"(with \"network\" and \"training\", or \"stepper\")")
    found = {}
    network = doc.get("network")
    if isinstance(network, dict):
        found["spec"] = network.get("spec", network)
        weights = network.get("weights", network.get("params"))
        if isinstance(weights, dict):
            found["params"] = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items()}
        if "seed" in network:
            found["seed"] = network["seed"]
    if isinstance(doc.get("training"), dict):
        found["training"] = doc["training"]
    if isinstance(doc.get("data"), dict):
        found["data"] = doc["data"]
    if isinstance(doc.get("stepper"), dict):
        found["stepper"] = doc["stepper"]
    return found


def build_parser():
    p = argparse.ArgumentParser(prog="gradlab export-notebook",
                                description="Write a Jupyter notebook (Google Colab, PyTorch) of an experiment.")
    p.add_argument("source", help="a network spec (.json), a session (.gradlab) or a saved network (.npz)")
    p.add_argument("out", help="the notebook to write (.ipynb)")
    p.add_argument("--stepper", action="store_true", help="export the session's stepper experiment instead")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the explanations")
    p.add_argument("--data", help="toy set (blobs, xor, circles, moons, spiral, spiral3), 'quadratic', "
                                  "or a folder of pictures")
    p.add_argument("--n", type=int, help="number of points of a toy set or the quadratic")
    p.add_argument("--noise", type=float)
    p.add_argument("--data-seed", type=int)
    p.add_argument("--size", type=int, help="pictures become N×N")
    p.add_argument("--color", choices=images.COLORS)
    p.add_argument("--optimizer", choices=sorted(optimizers.OPTIMIZERS))
    p.add_argument("--lr", type=float)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--epochs", type=int)
    p.add_argument("--seed", type=int)
    p.add_argument("--validation", type=float)
    p.add_argument("--weight-decay", type=float)
    p.add_argument("--momentum", type=float)
    p.add_argument("--no-weights", action="store_true", help="do not embed the weights found in the source")
    return p


def _data_from_args(args, found):
    data = dict(found.get("data") or {})
    if args.data:
        if args.data in toy.TOY_SETS:
            data = {"kind": "toy", "name": args.data}
        elif args.data == "quadratic":
            data = {"kind": "quadratic"}
        else:
            data = {"kind": "pictures", "folder": args.data}
    if not data:
        data = {"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0}   # the app's first data
    for key, value in (("n", args.n), ("noise", args.noise), ("seed", args.data_seed), ("size", args.size),
                       ("color", args.color)):
        if value is not None:
            data[key] = value
    return data


def export_from_args(args):
    found = read_experiment(args.source)
    if args.stepper:
        st = found.get("stepper")
        if not st:
            raise NotebookError(f"{args.source} holds no stepper experiment")
        return stepper_notebook(st.get("function", "square"), st.get("x0"), st.get("lr"), st.get("steps", 10),
                                st.get("method", "sgd"), args.lang, st.get("settings"))
    if "spec" not in found:
        raise NotebookError(f"{args.source} holds no network")
    training = dict(found.get("training") or {})
    for key, value in (("optimizer", args.optimizer), ("lr", args.lr), ("batch_size", args.batch_size),
                       ("epochs", args.epochs), ("seed", args.seed), ("validation_fraction", args.validation),
                       ("weight_decay", args.weight_decay), ("momentum", args.momentum)):
        if value is not None:
            training[key] = value
    params = None if args.no_weights else found.get("params")
    return training_notebook(found["spec"], _data_from_args(args, found), training, args.lang, params)


def main(argv=None, out=None, err=None):
    """``python main.py export-notebook SOURCE OUT.ipynb [options]``; returns the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "export-notebook":
        argv = argv[1:]
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        nb = export_from_args(args)
        write_notebook(nb, args.out)
    except (NotebookError, ValueError) as exc:
        err.write(f"error: {exc}\n")
        return EXIT_INPUT
    except (TypeError, KeyError, AttributeError, IndexError) as exc:   # a value of the wrong kind
        err.write(f"error: {args.source} holds a value that cannot be exported ({exc!r})\n")
        return EXIT_INPUT
    except OSError as exc:
        err.write(f"error: cannot write {args.out}: {exc.strerror or exc}\n")
        return EXIT_INPUT
    cells = len(nb["cells"])
    out.write(f"wrote {args.out}: a {nb['metadata']['gradlab']['kind']} notebook with {cells} cells\n")
    return EXIT_OK


__all__ = ["training_notebook", "stepper_notebook", "write_notebook", "code_of", "read_experiment",
           "NotebookError", "main"]
