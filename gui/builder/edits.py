"""Edits of a network spec as pure functions: each returns a new spec, the old one untouched.

The builder turns every user action into one of these, validates the result and, if it is
valid, pushes it onto the undo stack. Layer indices are 0-based positions in ``spec["layers"]``;
the last layer is the output layer.
"""
import copy

HIDDEN_DEFAULT = {"units": 4, "activation": "relu"}


def _copy(spec):
    return copy.deepcopy(spec)


def insert_layer(spec, index, layer=None):
    """A new hidden layer at ``index`` (at most before the output layer)."""
    new = _copy(spec)
    index = max(0, min(index, len(new["layers"]) - 1))
    new["layers"].insert(index, dict(layer or HIDDEN_DEFAULT))
    return new


def remove_layer(spec, index):
    """Without the hidden layer at ``index`` (the output layer is never removed)."""
    new = _copy(spec)
    if 0 <= index < len(new["layers"]) - 1:
        del new["layers"][index]
    return new


def reorder_layers(spec, order):
    """Layers taken in ``order`` (a permutation of their indices)."""
    new = _copy(spec)
    new["layers"] = [copy.deepcopy(spec["layers"][i]) for i in order]
    return new


def move_layer(spec, index, to):
    order = list(range(len(spec["layers"])))
    order.insert(to, order.pop(index))
    return reorder_layers(spec, order)


def set_layer(spec, index, **fields):
    """The layer at ``index`` with some of its fields (units, activation) changed."""
    new = _copy(spec)
    new["layers"][index].update(fields)
    return new


def set_loss(spec, loss):
    new = _copy(spec)
    new["loss"] = loss
    return new
