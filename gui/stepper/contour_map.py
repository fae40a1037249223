"""The contour map of f(x1, x2), computed once per function and view (no Qt drawing here).

Filled bands as an RGBA image, contour lines as one NaN-separated polyline per map, a label
position per level, and the gradient field as arrows — everything a ContourView draws.
"""
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from . import drawing
from .texts import num


@dataclass
class ContourMap:
    x1: np.ndarray            # (n1,)
    x2: np.ndarray            # (n2,)
    values: np.ndarray        # (n2, n1), nan where undefined
    levels: np.ndarray        # the labelled contour levels
    image: np.ndarray         # (n2, n1, 4) uint8 filled bands, row-major
    lines: tuple              # (x, y) NaN-separated
    labels: list              # [(x1, x2, text)]
    field: tuple              # (x, y) NaN-separated gradient arrows


def nice_levels(values, count=11):
    """Contour levels spread by quantiles (so steep and flat functions both look good),
    rounded to two significant digits so the labels are short."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return np.array([])
    raw = np.quantile(finite, np.linspace(0.03, 0.97, count) ** 1.5)
    levels = []
    for v in raw:
        rounded = float(f"{v:.2g}")
        if not levels or rounded > levels[-1]:
            levels.append(rounded)
    return np.array(levels)


def compute(objective, n=200, field_n=17, colormap="viridis", label=None):
    """The ContourMap of ``objective`` on an n × n grid; ``label(level)`` writes a level's label."""
    (lo1, hi1), (lo2, hi2) = objective.view
    x1 = np.linspace(lo1, hi1, n)
    x2 = np.linspace(lo2, hi2, n)
    X1, X2 = np.meshgrid(x1, x2)
    values = objective.values(X1, X2)
    levels = nice_levels(values)
    # filled bands: the index of the band each grid value falls into, coloured light
    band = np.digitize(np.nan_to_num(values, nan=np.inf), levels)
    lut = pg.colormap.get(colormap).getLookupTable(0.0, 1.0, len(levels) + 1, alpha=False)
    lut = (0.55 * lut + 0.45 * 255).astype(np.uint8)     # lighter, so the path stands out
    image = np.empty(values.shape + (4,), dtype=np.uint8)
    image[..., :3] = lut[np.minimum(band, len(levels))]
    image[..., 3] = np.where(np.isfinite(values), 255, 0)
    # contour lines with skimage (marching squares) -> data coordinates
    dx1, dx2 = (hi1 - lo1) / (n - 1), (hi2 - lo2) / (n - 1)
    xs, ys, labels = [], [], []
    finite = np.where(np.isfinite(values), values, np.nanmax(values) if np.isfinite(values).any() else 0)
    placed = []
    for i, level in enumerate(levels):
        from skimage import measure   # imported when first needed: not at start-up
        pieces = measure.find_contours(finite, level)
        if not pieces:
            continue
        for piece in pieces:
            xs.append(lo1 + piece[:, 1] * dx1)
            ys.append(lo2 + piece[:, 0] * dx2)
            xs.append([np.nan])
            ys.append([np.nan])
        # one label per level, on its longest line, away from the labels already placed
        # (positions measured in grid cells so both axes count alike)
        longest = max(pieces, key=len)
        candidates = longest[np.linspace(0, len(longest) - 1, 24).astype(int)]
        inside = (candidates[:, 0] > 0.06 * n) & (candidates[:, 0] < 0.94 * n) & \
                 (candidates[:, 1] > 0.06 * n) & (candidates[:, 1] < 0.94 * n)
        if inside.any():
            candidates = candidates[inside]
        if placed:
            gaps = np.min(np.linalg.norm(candidates[:, None] - np.array(placed)[None], axis=2), 1)
            best = candidates[int(np.argmax(gaps))]
        else:
            best = candidates[(len(candidates) * (i + 1)) // 7 % len(candidates)]
        placed.append(best)
        labels.append((lo1 + best[1] * dx1, lo2 + best[0] * dx2, label(level) if label else num(level, 2)))
    lines = (np.concatenate(xs), np.concatenate(ys)) if xs else (np.array([]), np.array([]))
    return ContourMap(x1, x2, values, levels, image, lines, labels,
                      gradient_field(objective, field_n))


def gradient_field(objective, count):
    """Unit-length arrows of ∇f on a grid: perpendicular to the contours, pointing uphill."""
    if count < 1:       # too costly to compute (a large network's backward passes): none
        return np.array([]), np.array([])
    (lo1, hi1), (lo2, hi2) = objective.view
    span = max(hi1 - lo1, hi2 - lo2)
    step = span / count
    g1 = np.arange(lo1 + step / 2, hi1, step)
    g2 = np.arange(lo2 + step / 2, hi2, step)
    G1, G2 = np.meshgrid(g1, g2)
    grad = objective.gradients(G1, G2).reshape(-1, 2)
    tails = np.stack([G1.ravel(), G2.ravel()], axis=1)
    norm = np.hypot(grad[:, 0], grad[:, 1])
    keep = np.isfinite(norm) & (norm > 1e-9)
    direction = grad[keep] / norm[keep, None]
    tails = tails[keep] - 0.3 * step * direction        # centre each arrow on its grid point
    return drawing.arrows(tails, tails + 0.6 * step * direction, head=0.35)
