"""The one undoable command of the builder: replace the network's spec."""
from PySide6.QtGui import QUndoCommand

# Below this many parameters, undo brings back the old weights too (trained ones included);
# above it, undo rebuilds the old architecture with fresh weights to save memory.
KEEP_WEIGHTS_UP_TO = 2_000_000


class SetSpecCommand(QUndoCommand):
    """Replace ``session``'s spec by ``new_spec`` (already validated); undo restores the old one.

    ``merge_key``: consecutive commands with the same key (e.g. typing a layer's size) merge
    into one undo step.
    """

    MERGE_ID = 4711

    def __init__(self, session, new_spec, text, merge_key=None):
        super().__init__(text)
        self._session = session
        self._old_spec = session.spec
        old = session.network
        self._old_network = old.copy() if old.parameter_count <= KEEP_WEIGHTS_UP_TO else None
        self._new_spec = new_spec
        self._merge_key = merge_key

    def redo(self):
        self._session.set_spec(self._new_spec)

    def undo(self):
        if self._old_network is not None:
            self._session.set_network(self._old_network.copy())
        else:
            self._session.set_spec(self._old_spec)

    def id(self):
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other):
        if other._merge_key != self._merge_key:
            return False
        self._new_spec = other._new_spec
        return True
