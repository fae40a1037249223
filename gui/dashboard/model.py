"""The training dashboard's model: what the next run will be, which model learns which data,
and the runs kept (no drawing).

Views connect to its signals and show the new state:
  setup_changed     the settings of the next run (a TrainingSetup) or the pace
  data_changed      the data chosen (a DataChoice): the dashboard makes that data set
  model_changed     the network from the builder or the quadratic model learns
  runs_changed      a run was added or deleted
  run_changed(run)  a run was renamed, shown or hidden
  runs_replaced     a session put its runs in (numbering goes on after them)
"""
import dataclasses
import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from engine import Trainer
from engine.data import TOY_SETS, Dataset, make_toy, quadratic
from engine.data.points import REGRESSION
from engine.optimizers import OPTIMIZERS
from engine.quadratic_model import QuadraticModel

from .run import Run

OPTIMIZER_NAMES = list(OPTIMIZERS)
STEP_PAUSES = (0.0, 0.02, 0.05, 0.1, 0.25)   # seconds to wait after each step: watch it learn
RANGES = {"batch_size": (1, 100_000), "epochs": (1, 1_000_000), "seed": (0, 2 ** 31 - 1),
          "momentum": (0.0, 0.999), "validation_fraction": (0.0, 0.9), "weight_decay": (0.0, 10.0)}
DECIMALS = {"momentum": 3, "validation_fraction": 2, "weight_decay": 5}
TOY_KEYS = list(TOY_SETS)
QUADRATIC, SESSION = "quadratic", "session"
DRAWN, DRAWN_XY = "drawn", "drawn_xy"       # your own points: classes (x1, x2, label), or (x, y)
NETWORK_MODEL, QUADRATIC_MODEL = "network", "quadratic"
DATA_RANGES = {"n": (10, 20_000), "noise": (0.0, 2.0), "seed": (0, 2 ** 31 - 1)}


def _clamp(value, lo, hi):
    return type(lo)(min(max(value, lo), hi)) if isinstance(lo, float) else int(min(max(value, lo), hi))


@dataclass(frozen=True)
class TrainingSetup:
    """The settings the next run takes, and the pace (which may change during a run)."""
    optimizer: str = "sgd"
    lr: float = 0.03
    momentum: float = 0.9          # μ of momentum and Nesterov
    batch_size: int = 10
    epochs: int = 200
    seed: int = 0                  # of the initial weights and of the batch order
    validation_fraction: float = 0.2
    weight_decay: float = 0.0      # L2 λ
    continue_weights: bool = False
    pace: float = 0.0              # seconds to wait after each step

    def settings(self):
        """A run's settings, as the engine's Trainer and session files name them."""
        extra = {"momentum": self.momentum} if self.optimizer in ("momentum", "nesterov") else {}
        return {"optimizer": self.optimizer, "lr": self.lr, "batch_size": self.batch_size,
                "epochs": self.epochs, "seed": self.seed, "validation_fraction": self.validation_fraction,
                "weight_decay": self.weight_decay, "optimizer_settings": extra,
                "continue": self.continue_weights}

    def trainer(self, model):
        """The engine's Trainer of ``model`` with these settings (ValueError if they do not fit it)."""
        return Trainer(model, self.optimizer, lr=self.lr, batch_size=self.batch_size, epochs=self.epochs,
                       seed=self.seed, weight_decay=self.weight_decay, validation_fraction=self.validation_fraction,
                       **self.settings()["optimizer_settings"])

    def checked(self):
        """This setup within the controls' ranges; ValueError for an unknown optimizer or a bad α."""
        if self.optimizer not in OPTIMIZER_NAMES:
            raise ValueError(f"unknown optimizer {self.optimizer!r}")
        if not (self.lr > 0 and math.isfinite(self.lr)):
            raise ValueError("the learning rate must be a positive number")
        pace = min(STEP_PAUSES, key=lambda p: abs(p - float(self.pace)))
        within = {k: _clamp(getattr(self, k), *r) for k, r in RANGES.items()}
        for name, decimals in DECIMALS.items():        # as many as the spin boxes show
            within[name] = round(within[name], decimals)
        return dataclasses.replace(self, lr=float(self.lr), pace=pace, continue_weights=bool(self.continue_weights),
                                   **within)


@dataclass(frozen=True)
class DataChoice:
    """A toy set (its key), the lecture's quadratic, your own points (DRAWN, DRAWN_XY: the points
    themselves are the session's data set), or SESSION: the data chosen in another tab."""
    kind: str = SESSION
    n: int = 200
    noise: float = 0.1
    seed: int = 0
    abc: tuple = (2.0, -3.0, 1.0)

    @classmethod
    def of(cls, source):
        """The choice that made a data set with this ``Dataset.source`` (SESSION for others)."""
        source = source or {}
        if source.get("kind") == "toy" and source.get("name") in TOY_KEYS:
            return cls(source["name"], source["n"], source["noise"], source["seed"])
        if source.get("kind") == "quadratic":
            return cls(QUADRATIC, source["n"], source["noise"], source["seed"],
                       (source["a"], source["b"], source["c"]))
        if source.get("kind") == "drawn":
            return cls(DRAWN_XY if source.get("task") == REGRESSION else DRAWN)
        return cls()

    @property
    def is_drawn(self):
        return self.kind in (DRAWN, DRAWN_XY)

    @property
    def fits_quadratic_model(self):
        """The quadratic model learns the lecture's points, and your own (x, y) points."""
        return self.kind in (QUADRATIC, DRAWN_XY)

    def checked(self):
        return dataclasses.replace(self, abc=tuple(round(_clamp(float(v), -10.0, 10.0), 2) for v in self.abc),
                                   noise=round(_clamp(float(self.noise), *DATA_RANGES["noise"]), 2),
                                   n=_clamp(self.n, *DATA_RANGES["n"]), seed=_clamp(self.seed, *DATA_RANGES["seed"]))

    def make(self, name):
        """The Dataset this choice describes (not SESSION nor drawn), called ``name``, with its source."""
        if self.kind == QUADRATIC:
            a, b, c = self.abc
            X, y, names = quadratic(a, b, c, n=self.n, noise=self.noise, seed=self.seed)
            source = {"kind": "quadratic", "a": a, "b": b, "c": c}
        else:
            X, y, names = make_toy(self.kind, n=self.n, noise=self.noise, seed=self.seed)
            source = {"kind": "toy", "name": self.kind}
        source.update(n=self.n, noise=self.noise, seed=self.seed)
        return Dataset(X, y, names, name=name, source=source)


class DashboardModel(QObject):
    setup_changed = Signal()
    data_changed = Signal()
    model_changed = Signal()
    runs_changed = Signal()
    run_changed = Signal(object)
    runs_replaced = Signal()

    def __init__(self, data=None, parent=None):
        super().__init__(parent)
        self.setup = TrainingSetup()
        self.data = data or DataChoice()
        self.model_kind = NETWORK_MODEL
        self.quadratic_model = QuadraticModel()    # a x² + b x + c, when it is the model that learns
        self.runs = []
        self.run_number = 0                        # of the last run made (numbers are never reused)

    # -- the next run's settings ---------------------------------------------------------------
    def set_setup(self, **changes):
        """Change some settings (names of TrainingSetup); ValueError and no change if one is wrong."""
        self.setup = dataclasses.replace(self.setup, **changes).checked()
        self.setup_changed.emit()

    # -- the data and the model ----------------------------------------------------------------
    def set_data(self, choice):
        """Choose data (a DataChoice); the quadratic model learns only (x, y) points."""
        self.data = choice.checked()
        if not self.data.fits_quadratic_model and self.model_kind == QUADRATIC_MODEL:
            self.set_model_kind(NETWORK_MODEL)
        self.data_changed.emit()

    def set_model_kind(self, kind):
        if kind not in (NETWORK_MODEL, QUADRATIC_MODEL):
            raise ValueError(f"unknown model {kind!r}")
        if kind == QUADRATIC_MODEL and not self.data.fits_quadratic_model:
            return
        if kind != self.model_kind:
            self.model_kind = kind
            self.model_changed.emit()

    def uses_quadratic_model(self, dataset):
        """True when the quadratic model learns ``dataset`` (1 input, real targets)."""
        return self.model_kind == QUADRATIC_MODEL and not dataset.is_classification and dataset.input_size == 1

    def new_quadratic_model(self):
        self.quadratic_model = QuadraticModel()

    # -- the runs ------------------------------------------------------------------------------
    def add_run(self, name_of, settings, kind, class_names=(), quadratic=False, batches_per_epoch=1):
        """A new run, numbered after the last; ``name_of(number)`` names it."""
        self.run_number += 1
        run = Run(self.run_number, name_of(self.run_number), settings, kind, class_names, quadratic)
        run.batches_per_epoch = batches_per_epoch     # its plots are as wide as the whole run at once
        self.runs.append(run)
        self.runs_changed.emit()
        return run

    def delete_run(self, run):
        self.runs.remove(run)
        self.runs_changed.emit()

    def rename_run(self, run, name):
        if name.strip() and name.strip() != run.name:
            run.name = name.strip()
            self.run_changed.emit(run)

    def set_run_visible(self, run, visible):
        if bool(visible) != run.visible:
            run.visible = bool(visible)
            self.run_changed.emit(run)

    def hide_runs(self):
        for run in self.runs:
            run.visible = False
        self.runs_changed.emit()

    def replace_runs(self, runs):
        """Put a session's runs in; the next run is numbered after them."""
        self.runs[:] = runs
        self.run_number = len(runs)
        self.runs_replaced.emit()
        self.runs_changed.emit()
