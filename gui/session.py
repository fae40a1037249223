"""The state the tools share: the data set and the network that learns it.

The network builder and the training dashboard are two views of one ``Session``: each
connects to its signals in ``__init__`` and redraws when they fire.
"""
import numpy as np
from PySide6.QtCore import QObject, Signal

from engine import Network, validate_spec
from engine.data import Dataset, make_toy

DEFAULT_SPEC = {
    "input_size": 2,
    "layers": [{"units": 8, "activation": "relu"}, {"units": 2, "activation": "softmax"}],
    "loss": "cross_entropy",
}


class Session(QObject):
    spec_changed = Signal()      # the architecture changed (a new Network with new weights)
    weights_changed = Signal()   # the parameters changed (training, reset, load)
    data_changed = Signal()      # a new data set

    def __init__(self, parent=None):
        super().__init__(parent)
        X, y, names = make_toy("xor", n=200, noise=0.05, seed=0)
        self.dataset = Dataset(X, y, names, name="XOR")
        self.seed = 0
        self.network = Network.from_spec(DEFAULT_SPEC, seed=self.seed)

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
        """Copy new parameter values in (e.g. from a training thread's snapshot)."""
        for key, value in params.items():
            np.copyto(self.network.params[key], value)
        self.weights_changed.emit()

    def set_dataset(self, dataset):
        self.dataset = dataset
        self.data_changed.emit()
