"""The drawing of a slice, computed in the worker: a finer map than the grid of losses.

The engine computes the loss on an n × n grid (41 × 41); drawn as it is, its colour bands
are staircases of grid cells. The map is drawn from a grid UPSAMPLE times finer, bilinearly
interpolated from the losses (the computed losses are kept exactly at their grid points), so
bands and contour lines follow smooth curves. Where a corner of a cell is not finite (the
loss overflows) the cell stays blank. When the loss spans many orders of magnitude the
interpolation and the contour levels are on log10 of the loss (the labels stay losses).
"""
from dataclasses import dataclass

import numpy as np

from ..stepper import contour_map
from ..stepper.texts import num

UPSAMPLE = 6          # fine grid points per grid cell, along each axis
LOG_RATIO = 1e3       # largest / smallest finite loss above which colours follow log10(loss)


@dataclass(frozen=True)
class SliceMap:
    map: contour_map.ContourMap     # bands, lines and labels on the fine grid
    log: bool                       # the colours follow log10 of the loss


def is_log(L):
    finite = L[np.isfinite(L)]
    return bool(finite.size and finite.min() > 0 and finite.max() > LOG_RATIO * finite.min())


def interpolate(V, span, x, y):
    """V (n × n, s along axis 1, t along axis 0, both over [−span, span]) at the points (x, y).

    Bilinear, and a corner whose weight is 0 is left out, so a grid point keeps its own value
    even beside a corner that is not finite.
    """
    n = V.shape[0]
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    u = np.clip((x + span) / (2 * span) * (n - 1), 0, n - 1)
    v = np.clip((y + span) / (2 * span) * (n - 1), 0, n - 1)
    j, i = np.minimum(u.astype(int), n - 2), np.minimum(v.astype(int), n - 2)
    fu, fv = u - j, v - i
    out = np.zeros(np.broadcast(x, y).shape)
    with np.errstate(invalid="ignore"):
        for di, dj, w in ((0, 0, (1 - fu) * (1 - fv)), (0, 1, fu * (1 - fv)),
                          (1, 0, (1 - fu) * fv), (1, 1, fu * fv)):
            out += np.where(w > 0, w * V[i + di, j + dj], 0.0)
    return out


class FineGrid:
    """The slice as the stepper's contour map reads a function: ``view``, ``values``, ``gradients``."""

    def __init__(self, L, span, log):
        self.view = ((-span, span), (-span, span))
        self.span = span
        with np.errstate(divide="ignore", invalid="ignore"):
            V = np.log10(L) if log else L
        self._V = np.where(np.isfinite(V), V, np.nan)

    def values(self, X1, X2):
        return interpolate(self._V, self.span, X1, X2)

    def gradients(self, G1, G2):
        return np.full(np.shape(G1) + (2,), np.nan)        # no arrows are drawn on this map


def compute(L, span):
    """SliceMap of the losses L (n × n) over [−span, span]²: run in the worker, not the UI thread."""
    log = is_log(L)
    label = (lambda level: num(10.0 ** level, 2)) if log else None
    fine = (len(L) - 1) * UPSAMPLE + 1
    return SliceMap(contour_map.compute(FineGrid(L, span, log), fine, field_n=1, label=label), log)


def loss_at(slice_map, s, t):
    """The loss the map shows at (s, t)."""
    m = slice_map.map
    span = float(m.x1[-1])
    value = interpolate(m.values, span, s, t)
    return 10.0 ** value if slice_map.log else value
