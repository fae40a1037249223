"""The stepper's model: the function, the settings and the runs being stepped (no drawing).

Views connect to its signals and redraw:
  function_changed  a new function or view (curves and contour maps are recomputed once)
  path_changed      a sub-step, back or reset (points, arrows and tables are updated)
  settings_changed  learning rate, method, start or comparison changed
"""
from PySide6.QtCore import QObject, Signal

from engine import descent, objectives

HYPERPARAMETERS = {          # method -> its settings besides α, with their usual defaults
    "sgd": {}, "momentum": {"momentum": 0.9}, "nesterov": {"momentum": 0.9}, "adagrad": {},
    "rmsprop": {"decay": 0.99}, "adam": {"beta1": 0.9, "beta2": 0.999},
}


class StepperModel(QObject):
    function_changed = Signal()
    path_changed = Signal()
    settings_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.objective = objectives.preset("square")
        self.lr = self.objective.lr
        self.start = tuple(self.objective.start)
        self.method = "sgd"
        self.hyper = {m: dict(h) for m, h in HYPERPARAMETERS.items()}
        self.compare = []           # further methods run side by side with ``method``
        self.steppers = []          # [(method, engine Stepper)], the first is the main one
        self._rebuild()

    # -- what is being stepped -------------------------------------------------------------
    @property
    def primary(self):
        return self.steppers[0][1]

    @property
    def methods(self):
        return [self.method] + [m for m in self.compare if m != self.method]

    def _rebuild(self):
        self.steppers = [(m, descent.Stepper(self.objective, lr=self.lr, start=self.start,
                                             method=m, **self.hyper[m]))
                         for m in self.methods]

    def _changed_settings(self):
        self._rebuild()
        self.settings_changed.emit()
        self.path_changed.emit()

    # -- changing the function and settings --------------------------------------------------
    def set_objective(self, objective):
        self.objective = objective
        self.lr = objective.lr
        self.start = tuple(objective.start)
        self._rebuild()
        self.function_changed.emit()
        self.settings_changed.emit()
        self.path_changed.emit()

    def set_formula(self, text):
        """Use the user's formula; raises ExpressionError (and changes nothing) if malformed."""
        objective = objectives.from_formula(text)
        if objective.dim == self.objective.dim and self.objective.key == "formula":
            objective.start, objective.lr = self.start, self.lr
        self.set_objective(objective)

    def set_lr(self, lr):
        self.lr = float(lr)
        self._changed_settings()

    def set_start(self, point):
        self.start = tuple(float(v) for v in point)
        self._changed_settings()

    def set_method(self, method):
        method = descent.method_name(method)      # 'gd' (older lesson files) is 'sgd'
        if method not in HYPERPARAMETERS:
            raise ValueError(method)
        self.method = method
        self._changed_settings()

    def set_hyperparameter(self, method, name, value):
        self.hyper[method][name] = float(value)
        self._changed_settings()

    def set_compare(self, methods):
        self.compare = [m for m in map(descent.method_name, methods) if m in HYPERPARAMETERS]
        self._changed_settings()

    # -- stepping ----------------------------------------------------------------------------
    def substep(self):
        """One of the four steps for every run. False when the main run has stopped."""
        moved = [stepper.substep() for _, stepper in self.steppers]
        self.path_changed.emit()
        return moved[0]

    def iterate(self):
        moved = [stepper.iterate() for _, stepper in self.steppers]
        self.path_changed.emit()
        return moved[0]

    def back(self):
        moved = [stepper.back() for _, stepper in self.steppers]
        self.path_changed.emit()
        return moved[0]

    def reset(self):
        for _, stepper in self.steppers:
            stepper.reset()
        self.path_changed.emit()

    @property
    def running_possible(self):
        return any(s.stop is None for _, s in self.steppers)
