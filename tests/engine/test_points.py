"""engine.data.points: your own points, edited and read from or written to CSV."""
import numpy as np
import pytest

from engine.data import make_toy, quadratic
from engine.data import points
from engine.data.points import PointsFileError, parse_points_csv, points_csv_text


def test_a_csv_of_classes_with_a_header_reads_names_in_the_order_they_appear():
    data = parse_points_csv("x1,x2,label\n0.5,-1,cat\n\n2,3e-1,dog\n# a comment\n-4,.5,cat\n")
    np.testing.assert_array_equal(data.X, np.array([[0.5, -1], [2, 0.3], [-4, 0.5]], dtype=np.float32))
    assert list(data.y) == [0, 1, 0] and data.class_names == ["cat", "dog"]
    assert data.source == {"kind": "drawn", "task": "classification"} and data.X.dtype == np.float32


def test_a_csv_of_x_and_y_without_header_is_regression_data():
    data = parse_points_csv("1,2\r\n3,4.5\r\n")
    assert data.X.shape == (2, 1) and data.y.shape == (2, 1) and data.y.dtype == np.float32
    assert not data.is_classification and data.source == {"kind": "drawn", "task": "regression"}


def test_whole_number_labels_are_the_classes_0_to_k():
    data = parse_points_csv("0,0,0\n1,1,2\n")
    assert list(data.y) == [0, 2] and data.class_names == ["0", "1", "2"]


def test_the_classes_line_fixes_the_order_and_names_with_commas_are_quoted():
    data = parse_points_csv('# classes: "big, red",small\n1,2,small\n3,4,"big, red"\n')
    assert data.class_names == ["big, red", "small"] and list(data.y) == [1, 0]


@pytest.mark.parametrize("make", [lambda: points.drawn(*make_toy("xor", n=50, noise=0.05, seed=1)),
                                  lambda: points.drawn(*quadratic(n=20, noise=0.3, seed=2)[:2])])
def test_written_points_read_back_exactly(make):
    data = make()
    back = parse_points_csv(points_csv_text(data))
    np.testing.assert_array_equal(back.X, data.X)
    np.testing.assert_array_equal(back.y, data.y)
    assert back.class_names == data.class_names and back.y.dtype == data.y.dtype


def test_written_numbers_are_short():
    data = points.drawn([[0.1, -2.5]], [0], ["A", "B"])
    assert "0.1,-2.5,A" in points_csv_text(data)


@pytest.mark.parametrize("text, kind, line", [
    ("", "empty", None), ("x,y\n\n", "empty", None),
    ("1,2,0,4\n", "too_many_columns", 1), ("1,2\n3\n", "too_few_columns", 2), ("1,2\n3,4,0\n", "columns", 2),
    ("1,nan\n", "not_finite", 1), ("1,2\n-inf,2\n", "not_finite", 2), ("1,1e300\n", "too_large", 1),
    ("1,1e999\n", "too_large", 1), ("x,y\n1,0x10\n", "not_number", 2), ("1,1_000\n", "not_number", 1),
    ("0,0,A\n1,1,1.5\n", "label", 2), ("0,0,0\n1,1,10\n", "label", 2), ("0,0,0\n1,1,-1\n", "label", 2),
    ("0,0,A\n1,1,a\x00b\n", "name", 2), ("0,0,A\n1,1," + "n" * 101 + "\n", "name", 2),
    ("".join(f"0,0,c{k}\n" for k in range(11)), "too_many_classes", 11),
    ("# classes: A,B\n0,0,C\n", "unknown_class", 2), ("0,0,A\n1,1,A\n", "one_class", None),
    ('0,0,"A\n', "unreadable", 1),
])
def test_a_bad_file_is_refused_with_the_kind_and_line(text, kind, line):
    with pytest.raises(PointsFileError) as info:
        parse_points_csv(text)
    assert (info.value.kind, info.value.line) == (kind, line)
    assert (f"line {line}" in str(info.value)) == (line is not None)


def test_too_many_points_are_refused_before_they_are_all_read():
    with pytest.raises(PointsFileError) as info:
        parse_points_csv("1,2\n" * (points.MAX_POINTS + 5))
    assert info.value.kind == "too_many_points"


def test_a_file_that_is_not_utf8_is_refused_and_a_byte_order_mark_is_skipped(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes("x1,x2,label\n1,2,猫\n3,4,犬\n".encode("shift_jis"))
    with pytest.raises(PointsFileError) as info:
        points.read_points_csv(path)
    assert info.value.kind == "not_text"
    path.write_bytes("x1,x2,label\n1,2,猫\n3,4,犬\n".encode("utf-8-sig"))
    data = points.read_points_csv(path)
    assert data.class_names == ["猫", "犬"] and data.name == "p.csv"


def test_adding_moving_and_removing_points_give_new_data_sets():
    data = points.drawn(*make_toy("blobs", n=4, noise=0.1, seed=0))
    more = points.added(data, (0.5, 0.25), 1)
    assert len(more.X) == 5 and more.y[-1] == 1 and len(data.X) == 4      # the old one is unchanged
    third = points.added(more, (0.0, 0.0), 2)
    assert third.class_names == ["A", "B", "C"] and third.y[-1] == 2
    moved = points.moved(third, 0, (9.0, 8.0))
    assert tuple(moved.X[0]) == (9.0, 8.0) and tuple(third.X[0]) != (9.0, 8.0)
    fewer = points.removed(moved, 0)
    assert len(fewer.X) == 5 and (9.0, 8.0) not in [tuple(p) for p in fewer.X]
    with pytest.raises(ValueError):
        points.removed(points.drawn([[0, 0]], [0], ["A", "B"]), 0)


def test_an_xy_point_moves_its_input_and_its_target():
    data = points.drawn([[0.0], [1.0]], [[0.0], [1.0]])
    moved = points.moved(data, 1, (2.0, -3.0))
    assert moved.X[1, 0] == 2.0 and moved.y[1, 0] == -3.0
    assert points.nearest(moved, (2.1, -3.0)) == (1, pytest.approx(0.1))
