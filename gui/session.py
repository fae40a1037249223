"""The state the tools share: the data set and the network that learns it.

The network builder and the training dashboard are two views of one ``Session``: each
connects to its signals in ``__init__`` and redraws when they fire.
"""
import numpy as np
from PySide6.QtCore import QObject, Signal

from engine import Network, validate_spec
from engine.data import Dataset, make_toy
from engine.spec import fit_to_task, output_fits, output_layer_for

DEFAULT_SPEC = {
    "input_size": 2,
    "layers": [{"units": 8, "activation": "relu"}, {"units": 2, "activation": "softmax"}],
    "loss": "cross_entropy",
}


class Session(QObject):
    spec_changed = Signal()      # the architecture changed (a new Network with new weights)
    weights_changed = Signal()   # the parameters changed (training, reset, load)
    data_changed = Signal()      # a new data set
    chosen_changed = Signal()    # weights chosen in the builder's diagram (``chosen_weights``)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.seed = 0
        self._dataset = self._network = None     # the first ones made when first asked for (by a
        self._chosen = []                        # tool): the window is painted sooner

    @property
    def dataset(self):
        """The data set the tools share: XOR (200 points) until another is chosen."""
        if self._dataset is None:
            X, y, names = make_toy("xor", n=200, noise=0.05, seed=0)
            self._dataset = Dataset(X, y, names, name="XOR",
                                    source={"kind": "toy", "name": "xor", "n": 200, "noise": 0.05, "seed": 0})
        return self._dataset

    @dataset.setter
    def dataset(self, dataset):
        self._dataset = dataset

    @property
    def network(self):
        """The network the tools share: DEFAULT_SPEC until another is built or loaded."""
        if self._network is None:
            self._network = Network.from_spec(DEFAULT_SPEC, seed=self.seed)
        return self._network

    @network.setter
    def network(self, network):
        self._network = network

    @property
    def spec(self):
        return self.network.spec

    def set_spec(self, spec, seed=None):
        """Replace the architecture; raises engine.SpecError and changes nothing if invalid."""
        spec = validate_spec(spec)
        if seed is not None:
            self.seed = seed
        self.network = Network.from_spec(spec, seed=self.seed)
        self.spec_changed.emit()
        self.weights_changed.emit()

    def set_network(self, network):
        """Use a network that already has weights (loaded from a file)."""
        self.network = network
        self.spec_changed.emit()
        self.weights_changed.emit()

    def reset_weights(self, seed=None):
        if seed is not None:
            self.seed = seed
        self.network = Network.from_spec(self.spec, seed=self.seed)
        self.weights_changed.emit()

    def set_params(self, params):
        """Copy new parameter values in (e.g. from a training thread's snapshot).

        A snapshot that no longer fits the network (the architecture was edited meanwhile) is
        ignored and False returned; True when the values were copied.
        """
        current = self.network.params
        if any(key not in current or np.shape(value) != current[key].shape for key, value in params.items()):
            return False
        for key, value in params.items():
            np.copyto(current[key], value)
        self.weights_changed.emit()
        return True

    def set_dataset(self, dataset):
        """Use new data. When the network no longer fits it (input size, number of classes),
        its input size and output layer are adapted and ``spec_changed`` follows ``data_changed``."""
        self.dataset = dataset
        fitted = self.fit_spec_to_data(self.spec)
        changed = fitted != self.spec
        if changed:
            self.network = Network.from_spec(fitted, seed=self.seed)
        self.data_changed.emit()
        if changed:
            self.spec_changed.emit()
            self.weights_changed.emit()

    # -- two weights chosen (clicked in the builder's diagram, used by the landscape) --
    @property
    def chosen_weights(self):
        """[(key, index)] of at most two parameters, e.g. [("W1", (0, 1)), ("b2", (0,))],
        the earlier first; those the network no longer has are left out."""
        params = self.network.params
        return [(k, i) for k, i in self._chosen
                if k in params and len(i) == params[k].ndim and all(0 <= a < n for a, n in zip(i, params[k].shape))]

    def choose_weight(self, key, index):
        """Choose one weight or bias (the earliest of two is let go); chosen again, it is let go."""
        entry = (key, tuple(int(i) for i in index))
        chosen = self.chosen_weights
        chosen = [e for e in chosen if e != entry] if entry in chosen else (chosen + [entry])[-2:]
        self._chosen = chosen
        self.chosen_changed.emit()

    # -- what the task asks of the network -------------------------------------------
    @property
    def n_classes(self):
        """Number of classes (0 for regression)."""
        return self.dataset.n_classes

    @property
    def n_targets(self):
        """Numbers to predict per example in regression (1 for classification)."""
        return self.dataset.n_targets

    def task_output_layer(self):
        """The output layer the data asks for: softmax per class, or identity per target."""
        return output_layer_for(self.n_classes, self.n_targets)

    def output_fits_task(self, spec=None):
        spec = self.spec if spec is None else spec
        return output_fits(spec["layers"][-1], self.n_classes, self.n_targets)

    def input_explanation(self):
        """Where the input size comes from, for the user: '32×32 pixels = 1024 inputs'."""
        shape = self.dataset.image_shape
        n = self.dataset.input_size
        if shape and len(shape) == 3:
            return self.tr("{h}×{w} pixels × {c} colours = {n} inputs").format(
                h=shape[0], w=shape[1], c=shape[2], n=n)
        if shape:
            return self.tr("{h}×{w} pixels = {n} inputs").format(h=shape[0], w=shape[1], n=n)
        if n == 2:
            return self.tr("2 inputs: the point's coordinates (x₁, x₂)")
        return self.tr("{n} inputs per example").format(n=n)

    def task_description(self):
        """One line about what the network must output for this data."""
        if self.n_classes >= 2:
            return self.tr("classify into {n} classes").format(n=self.n_classes)
        return self.tr("predict {n} number(s) (regression)").format(n=self.n_targets)

    def fit_spec_to_data(self, spec):
        """``spec`` changed as little as possible so that it can learn the current data
        (engine.spec.fit_to_task). Returns a validated spec; raises SpecError if none can."""
        return fit_to_task(spec, self.dataset.input_size, self.n_classes, self.n_targets)
