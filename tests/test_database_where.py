"""core/database_checks.py `_where` (a value check asked once per distinct value of a column, the column gone through
again only when one value fails) and database_geometry `_numbers` (recorded areas read in one go) against the same
asked of every value one by one."""
import numpy as np
import pytest


def column(*items):
    out = np.empty(len(items), dtype=object)
    for k, item in enumerate(items):
        out[k] = item
    return out


COLUMNS = [
    column("0101", " 0101", None, "0101", "", "水田", float("nan"), 2.5, "0102", None, "01011"),
    column(*[f"{i % 7:04d}" for i in range(1000)] + ["012345"]),
    column(*[f"{i:05d}" for i in range(1000)]),  # all distinct, none failing
    [("0101", "水田"), ("0101", "旱地"), ("0101", "水田"), (None, "")],
    column(["not", "hashable"], "0101", None, "010101"),
    column(),
]


@pytest.mark.parametrize("values", COLUMNS)
def test_where_finds_what_one_by_one_finds(lantu, values):
    from lantu.core.database_checks import _empty, _text, _where

    for check in (_empty, lambda v: len(_text(v)) > 4, lambda v: _text(v) != "0101", lambda v: False):
        want = [i for i, v in enumerate(values) if check(v)]
        found = _where(check, values)
        assert found.tolist() == want
        assert found.dtype.kind == "i"


@pytest.mark.parametrize("values", [[1.5, None, 2, 3], ["1.5", "", "x", None, "  ", "nan", b"2.5", True], [None], []])
def test_recorded_areas_read_as_one_by_one(lantu, values):
    # database_geometry._numbers: a column of numbers in one go, else value by value (NULL, blank, words: NaN)
    from lantu.core.database_geometry import _number, _numbers

    values = column(*values)
    want = [np.nan if v is None or v == "" else _number(v) for v in values]
    assert np.array_equal(_numbers(values), np.array(want, dtype=float), equal_nan=True)
