"""What the dashboard paints of a long run: as much as the screen can show, and no more."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.dashboard.curves import GrowingDecimation, Line, RunDrawing, decimate


def test_decimate_keeps_each_columns_lowest_highest_and_last_value():
    rng = np.random.default_rng(0)
    x = np.arange(1, 20_001, dtype=float)
    y = np.exp(-x / 5000) + rng.normal(0, 0.1, x.size)
    y[[10, 500]] = np.nan                      # a diverged value is left out, not drawn as 0
    xc, low, high, last = decimate(x, y, 0, 20_000, 400)
    assert len(xc) <= 402 and (xc[0], last[0]) == (x[0], y[0])
    assert (xc[-1], last[-1]) == (x[-1], y[-1])       # the newest point is exact
    finite = np.isfinite(y)
    assert low.min() == y[finite].min() and high.max() == y[finite].max()
    # one column: every point between the previous column's last x and this one's
    column = (x > xc[99]) & (x <= xc[100]) & finite
    assert low[100] == y[column].min() and high[100] == y[column].max() and last[100] == y[column][-1]


def test_decimate_passes_few_points_through_and_keeps_the_neighbours_of_the_view():
    x = np.arange(10, dtype=float)
    y = x ** 2
    xc, low, high, last = decimate(x, y, 0, 9, 400)
    assert np.array_equal(xc, x) and np.array_equal(low, y) and np.array_equal(high, y)
    xc, _, _, last = decimate(x, y, 3.5, 6.5, 400)    # zoomed in: lines run to the edges
    assert np.array_equal(xc, [3, 4, 5, 6, 7])
    assert [len(a) for a in decimate([], [], 0, 1, 10)] == [0, 0, 0, 0]


@pytest.mark.parametrize("points", [300, 20_000, 200_000])
def test_a_run_is_drawn_with_at_most_two_points_per_pixel_column(app, points):
    rng = np.random.default_rng(1)
    x = np.arange(1, points + 1, dtype=float)
    loss = 1 / np.sqrt(x) + rng.normal(0, 0.05, points)
    drawing = RunDrawing("#0072B2", Qt.PenStyle.SolidLine)
    lines = {"raw": Line(x, loss, True, Qt.PenStyle.SolidLine),
             "smooth": Line(x, loss, True, Qt.PenStyle.SolidLine)}
    columns = 400                                     # an 800-pixel plot
    drawing.set_lines(lines, (0, points, columns), lambda v: v)
    # points drawn: a band goes along its highs and back along its lows
    elements = [len(arrays[0]) * (2 if kind == "area" else 1) for kind, arrays, _ in drawing.shapes
                if kind != "dots"]
    assert len(elements) == 2                         # the noise (band or line) and the smoothed line
    assert sum(elements) <= 3 * (columns + 2) + 2     # band: 2 per column; line: 1 per column
    x0, x1, y0, y1 = drawing.bounds
    assert (x0, x1) == (1, points) and np.isclose(y0, loss.min()) and np.isclose(y1, loss.max())


def test_a_growing_line_is_reduced_as_the_whole_line_would_be_frame_after_frame():
    """The run in progress reduces only its newest points; the result must be exactly what
    reducing all of them gives, as the line grows by a few points or by hundreds, crosses
    from fewer points than columns to more, and meets a NaN (then it starts afresh)."""
    rng = np.random.default_rng(3)
    x = np.arange(1, 30_001, dtype=np.float64)
    y = rng.normal(size=x.size).cumsum()
    y[17_000] = np.nan
    view = (-300.0, 30_300.0, 350)
    growing, n, steps = GrowingDecimation(), 0, 0
    while n < len(x):
        n = min(n + int(rng.integers(1, 900)), len(x))
        got = growing(x[:n], y[:n], view)
        want = decimate(x[:n], y[:n], *view)
        for a, b in zip(got, want):
            np.testing.assert_array_equal(a, b)
        steps += 1
    assert steps > 50
    # another view: reduced afresh for it
    for a, b in zip(growing(x, y, (0.0, 30_000.0, 100)), decimate(x, y, 0.0, 30_000.0, 100)):
        np.testing.assert_array_equal(a, b)
