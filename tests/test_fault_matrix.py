"""Issue 14's fault matrix: every registered algorithm (the shipped model too) × every fault class of
tests/faults.py, each run through Processing. A cell passes when the outcome is a right result or a clear
message: never Python's words, never an input file changed (see fault_matrix.py for how each is judged).

A cell whose right outcome needs work inside one algorithm (not the bridge) is listed in XFAIL with the
issue-14 item it waits for: it shows as xfail, and strict=True turns it red the day it is fixed."""
import pytest
from fault_matrix import FAULTS, Matrix, algorithm_ids, cells

XFAIL = {}  # (algorithm id, fault) -> the issue-14 item that fixes it; none left


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return str(tmp_path_factory.mktemp("faults"))


@pytest.fixture()
def matrix(lantu_processing, folder):
    """One Matrix per test module: the faulty layers and the clean runs are made once."""
    if folder not in _MATRICES:
        _MATRICES[folder] = Matrix(folder)
    return _MATRICES[folder]


_MATRICES = {}


def test_every_registered_algorithm_is_in_the_matrix(lantu_processing):
    registered = sorted(a.id() for a in lantu_processing.algorithms())
    assert registered == algorithm_ids()
    assert {f for _, f in cells()} == set(FAULTS)


def _cell(algorithm, fault):
    reason = XFAIL.get((algorithm, fault))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(algorithm, fault, marks=marks, id=f"{algorithm.split(':')[1]}-{fault}")


@pytest.mark.parametrize("algorithm,fault", [_cell(a, f) for a, f in cells()])
def test_fault(matrix, algorithm, fault):
    outcome = matrix.run(algorithm, fault)
    assert outcome.kind in ("right", "clear"), f"{outcome.kind}: {outcome.why}\nmessage: {outcome.message}\nlog: {outcome.log[-1500:]}"
