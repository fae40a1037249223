"""LandscapeModel: the plane chosen, the path recorded while training, the slice and the range test.

Views watch it (napari style). The path is recorded from ``session.weights_changed``: every
time the training run hands its weights to the session, a copy is kept (thinned to at most
MAX_PATH points, so a long run costs bounded memory) and projected onto the plane at once.
Slices are computed in a worker thread (gui/worker.py), at most one at a time and at most
one every REFRESH_MS while training, and only while a view is watching.
"""
import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from engine.objectives import weight_label

from ..worker import Job
from . import jobs
from .texts import nan_weights_message, tr

MAX_PATH = 400        # recorded weights kept; beyond, every other one is dropped
REFRESH_MS = 1000     # at most one new slice a second while the weights change
GRID = 41             # an n × n grid of losses


def weight_entries(net, per_key=256):
    """[(label, (key, index))] of the network's parameters, 'W1[0,0]' … 'b2[1]'.

    At most ``per_key`` entries of each W and b (a picture network's W1 has 100 000).
    """
    entries = []
    for key, value in net.params.items():
        for flat in range(min(value.size, per_key)):
            index = np.unravel_index(flat, value.shape)
            entry = (key, tuple(int(i) for i in index))
            entries.append((weight_label(entry), entry))
    return entries


def finite_weights(net):
    return all(np.all(np.isfinite(v)) for v in net.params.values())


class LandscapeModel(QObject):
    slice_changed = Signal()      # a new map (or none: ``slice`` is None)
    path_changed = Signal()       # the path grew, was thinned or cleared; the current point moved
    message_changed = Signal()
    range_changed = Signal()      # a range test finished (or started: ``range_result`` None)
    busy_changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = "weights"
        self.weights = None           # ((key, index), (key, index)) for "weights"
        self.span = 1.0
        self.grid = GRID
        self.slice = None
        self.path = np.zeros((0, 2))  # the recorded path in the slice's plane
        self.current = None           # (s, t) of the current weights, or None
        self.message = ""
        self.range_result = None
        self._ids, self._snapshots, self._next_id = [], [], 0
        self._stride, self._skipped = 1, 0
        self._job = self._range_job = None
        self._job_ids = []
        self._network_number = 0
        self._dirty = True
        self._watching = False
        self._last_start = -1e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._maybe_start)
        session.weights_changed.connect(self._weights_changed)
        session.spec_changed.connect(self._spec_changed)
        session.data_changed.connect(self.refresh)
        self._default_weights()

    # -- what the student chooses ----------------------------------------------------------------
    def set_plane(self, kind, weights=None):
        """kind: 'weights' (then ``weights`` = two (key, index)), 'random' or 'pca'."""
        self.kind = kind
        if weights is not None:
            self.weights = tuple(weights)
        self.refresh()

    def set_span(self, span):
        self.span = float(span)
        self.refresh()

    def clear_path(self):
        self._ids, self._snapshots = [], []
        self._stride, self._skipped = 1, 0
        self.path = np.zeros((0, 2))
        self.path_changed.emit()
        self.refresh()

    def set_watching(self, watching):
        """Slices are computed only while the tool is on screen."""
        self._watching = watching
        if watching:
            self._schedule()

    @property
    def busy(self):
        return self._job is not None

    # -- the path ------------------------------------------------------------------------------
    def _weights_changed(self):
        net = self.session.network
        if not finite_weights(net):
            self.current = None
            self.path_changed.emit()
            self.refresh()
            return
        self._skipped += 1
        self.current = self._project_one(net.params)
        if self._skipped >= self._stride:
            self._skipped = 0
            self._record({k: v.copy() for k, v in net.params.items()}, self.current)
        self.path_changed.emit()
        self.refresh()

    def _record(self, params, point):
        self._ids.append(self._next_id)
        self._snapshots.append(params)
        self._next_id += 1
        self.path = np.vstack([self.path, [point if point is not None else (np.nan, np.nan)]])
        if len(self._ids) > MAX_PATH:     # keep the first and every other one after it
            keep = list(range(0, len(self._ids) - 1, 2)) + [len(self._ids) - 1]
            self._ids = [self._ids[i] for i in keep]
            self._snapshots = [self._snapshots[i] for i in keep]
            self.path = self.path[keep]
            self._stride *= 2

    def _project_one(self, params):
        if self.slice is None:
            return None
        return tuple(self.slice.plane.project([params])[0])

    def _spec_changed(self):
        self._network_number += 1       # a slice still computed for the old network is dropped
        self._default_weights()
        self.slice = None
        self.slice_changed.emit()
        self.clear_path()

    def _default_weights(self):
        entries = [e for _, e in weight_entries(self.session.network)]
        second = ("W1", (1, 0)) if ("W1", (1, 0)) in entries else entries[1]
        self.weights = (entries[0], second)

    # -- slices in the worker ------------------------------------------------------------------
    def refresh(self):
        """The map is out of date: compute a new one soon (at a bounded rate)."""
        self._dirty = True
        self._schedule()

    def _schedule(self):
        if not self._watching or self._job is not None or self._timer.isActive():
            return
        wait = self._last_start + REFRESH_MS / 1000 - time.monotonic()
        self._timer.start(max(0, int(wait * 1000)))

    def _maybe_start(self):
        if not self._dirty or self._job is not None or not self._watching:
            return
        self._dirty = False
        net = self.session.network
        if self._refused(net):
            return
        data = self.session.dataset
        args = (net.copy(), data.X, data.y, self.kind, self.weights, list(self._snapshots),
                self.span, self.grid)
        self._job_ids = list(self._ids)
        self._last_start = time.monotonic()
        self._job = job = Job(lambda: jobs.compute_slice(*args), self)
        job.finished.connect(lambda result, number=self._network_number:
                             self._slice_done(result) if number == self._network_number else None)
        job.errored.connect(self._job_failed)
        job.ended.connect(self._slice_ended)
        job.start()
        self.busy_changed.emit()

    def _refused(self, net):
        """True (and no map, with a message saying why) when no slice can be drawn."""
        if finite_weights(net):
            if self.kind != "pca" or len(self._snapshots) >= 3:
                return False
            why = tr("PCA needs a recorded path: train the network for a while first "
                     "(at least three recorded points).")
        else:
            why = nan_weights_message()
        self._set_message(why)
        self.slice = None
        self.slice_changed.emit()
        return True

    def _slice_done(self, result):
        if result is None:
            return
        self.slice = result
        # the path as the job projected it, plus points recorded meanwhile projected now
        known = dict(zip(self._job_ids, result.path))
        self.path = np.array([known[i] if i in known else result.plane.project([s])[0]
                              for i, s in zip(self._ids, self._snapshots)]).reshape(-1, 2)
        net = self.session.network
        self.current = self._project_one(net.params) if finite_weights(net) else None
        self._set_message(self._slice_note(result))
        self.slice_changed.emit()
        self.path_changed.emit()

    def _slice_note(self, result):
        notes = []
        if result.used < len(self.session.dataset.X):
            notes.append(tr("Loss on {n} of the {total} examples.").format(
                n=result.used, total=len(self.session.dataset.X)))
        if np.isinf(result.L).any():
            notes.append(tr("Blank: the loss is not finite there (it overflows)."))
        if result.explained is not None:
            notes.append(tr("The two directions explain {a:.0%} and {b:.0%} of the path's variance.")
                         .format(a=result.explained[0], b=result.explained[1]))
        return " ".join(notes)

    def _job_failed(self, details):
        last = details.strip().splitlines()[-1] if details.strip() else ""
        self._set_message(tr("The slice could not be computed: {why}").format(why=last))

    def _slice_ended(self):
        self._job = None
        self.busy_changed.emit()
        if self._dirty:
            self._schedule()

    def _set_message(self, text):
        if text != self.message:
            self.message = text
            self.message_changed.emit()

    # -- how large may α be? -------------------------------------------------------------------
    def run_range_test(self):
        """The LR range test and λ_max from a copy of the weights, in a worker thread."""
        if self._range_job is not None:
            return False
        net = self.session.network
        if not finite_weights(net):
            self._set_message(nan_weights_message())
            return False
        data = self.session.dataset
        copy = net.copy()
        self.range_result = None
        self.range_changed.emit()
        self._range_job = job = Job(lambda: jobs.range_test(copy, data.X, data.y), self)
        job.finished.connect(self._range_done)
        job.errored.connect(self._job_failed)
        job.ended.connect(self._range_ended)
        job.start()
        self.busy_changed.emit()
        return True

    @property
    def range_running(self):
        return self._range_job is not None

    def _range_done(self, result):
        if result is not None:
            self.range_result = result
            self.range_changed.emit()

    def _range_ended(self):
        self._range_job = None
        self.busy_changed.emit()

    def stop(self):
        """Stop the worker threads (the tool closes)."""
        for job in (self._job, self._range_job):
            if job is not None:
                job.wait()

    def compute_now(self):
        """Compute the slice in this thread at once (screenshots, tests)."""
        self._dirty = False
        net = self.session.network
        if self._refused(net):
            return
        data = self.session.dataset
        self._job_ids = list(self._ids)
        for result in jobs.compute_slice(net.copy(), data.X, data.y, self.kind, self.weights,
                                         list(self._snapshots), self.span, self.grid):
            self._slice_done(result)
