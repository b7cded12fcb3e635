"""The dock's steps fill the parameters the algorithms really declare (the ids and names are contracts)."""
import pytest
from qgis.core import QgsApplication

SHARED_SETTINGS = {"AREA_METHOD"}  # the plan-wide area method, passed to every algorithm that declares it


def test_every_step_fills_what_its_algorithms_need(lantu_processing, lantu):
    from lantu.ui import steps

    registry = QgsApplication.processingRegistry()
    checked = 0
    for step in steps.steps():
        for run in step.runs:
            algorithm = registry.algorithmById(run.algorithm)
            if algorithm is None:
                continue  # not in this version: the page says so
            declared = {p.name(): p for p in algorithm.parameterDefinitions()}
            assert set(run.parameters) - set(declared) <= SHARED_SETTINGS, run.algorithm
            needed = [name for name, p in declared.items()
                      if not p.flags() & p.FlagOptional and not p.isDestination() and p.defaultValue() is None]
            assert set(needed) <= set(run.parameters), (run.algorithm, sorted(set(needed) - set(run.parameters)))
            checked += 1
    assert checked >= 9


@pytest.mark.parametrize("algorithm_id", ["lantu:landusestructure", "lantu:controllineoverlaps", "lantu:landuseconflicts",
                                          "lantu:roadcontrollines", "lantu:landusechange", "lantu:indicatorbreakdown"])
def test_the_algorithms_the_steps_name_are_registered(lantu_processing, algorithm_id):
    assert QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None
