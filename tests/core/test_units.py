"""Area units: m², 公顷 and 亩."""
import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from lantu.core.units import M2_PER_HA, M2_PER_MU, area_triplet, m2_to_ha, m2_to_mu


def test_constants():
    assert M2_PER_HA == 10000
    assert math.isclose(M2_PER_MU, 666.6666666666666)
    assert math.isclose(15 * M2_PER_MU, M2_PER_HA)


def test_scalars():
    assert m2_to_ha(10000) == 1.0
    assert m2_to_ha(2500.0) == 0.25
    # One 公顷 is exactly 15 亩, with no rounding residue.
    assert m2_to_mu(10000) == 15.0
    assert math.isclose(m2_to_mu(M2_PER_MU), 1.0)
    # 百亩方 threshold as GLOSSARY states it: 100 亩 = 6.667 公顷.
    assert math.isclose(m2_to_ha(100 * M2_PER_MU), 6.6667, abs_tol=1e-4)


def test_arrays_and_lists():
    areas = np.array([0, 10000, 666.6666666666666, 1.5e6])
    np.testing.assert_allclose(m2_to_ha(areas), [0, 1, 0.0666666666, 150])
    np.testing.assert_allclose(m2_to_mu(areas), [0, 15, 1, 2250])
    np.testing.assert_allclose(m2_to_ha([10000, 20000]), [1, 2])
    assert isinstance(m2_to_mu([10000]), np.ndarray)
    integers = np.array([10000, 30000], dtype=np.int64)
    assert m2_to_mu(integers).dtype == np.float64


def test_area_triplet():
    assert area_triplet(20000.0) == (20000.0, 2.0, 30.0)
    m2, ha, mu = area_triplet([10000.0, 5000.0])
    np.testing.assert_array_equal(m2, [10000.0, 5000.0])
    np.testing.assert_allclose(ha, [1.0, 0.5])
    np.testing.assert_allclose(mu, [15.0, 7.5])


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_units_agree(area):
    m2, ha, mu = area_triplet(area)
    assert m2 == area
    assert math.isclose(mu, ha * 15, rel_tol=1e-12, abs_tol=1e-12)
    assert math.isclose(mu * M2_PER_MU, area, rel_tol=1e-12, abs_tol=1e-9)
