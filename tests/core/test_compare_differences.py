"""Which pieces of two compared layers differ visibly, and the order of the change matrix
(core.compare), on hand-made comparisons."""
import numpy as np

from lantu.core import compare


def comparison(ia, ib, code_a, code_b, area):
    return compare.Comparison(np.array(ia), np.array(ib), np.array(code_a, dtype=object), np.array(code_b, dtype=object),
                              np.full(len(ia), None, dtype=object), np.array(area, dtype=float))


def test_visible_differences():
    result = comparison(ia=[0, 1, 2, 3, -1, 4], ib=[0, 1, 2, 3, 4, -1],
                        code_a=["0101", "03", "03", "0101", None, "07"], code_b=["0101", "0301", "0701", "0103", "07", None],
                        area=[10.0, 10.0, 10.0, 0.5, 10.0, 10.0])
    undecided_a = np.array([False, True, True, False, False])  # features 1 and 2 of A: 三调 classes to be split
    differs = result.visible_differences(undecided_a, np.zeros(5, dtype=bool), min_area=1.0)
    # same class; undecided 03 against 0301: not visible; 03 against 0701: visible; 0.5 m²: too small;
    # ground only one layer covers: visible
    assert differs.tolist() == [False, False, True, False, True, True]


def test_matrix_order_puts_uncovered_last():
    cells = {("07", None): 1.0, (None, "01"): 2.0, ("01", "07"): 3.0, ("01", "01"): 4.0}
    assert compare.matrix_keys(cells) == [("01", "01"), ("01", "07"), ("07", None), (None, "01")]
    assert compare.code_order({None, "07", "01", ""}) == ["", "01", "07", None]
