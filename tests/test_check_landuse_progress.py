"""Issue 14: lantu:checklanduse reports progress and honours cancel on a GeoPackage (read through GDAL's Arrow
stream, where the feature-by-feature reader's progress and cancel checks do not run) as on any other input."""
import pytest
from conftest import LoggingFeedback, run_algorithm
from layers import box, memory_layer, to_gpkg
from qgis.core import QgsProcessingException

FIELDS = [("BSM", "integer"), ("DLBM", "string"), ("DLMC", "string")]


@pytest.fixture()
def gpkg(tmp_path):
    # a 30 × 30 grid of parcels, every fifth one shifted so that it overlaps its neighbour
    rows = [(box(10 * i + (3 if (i + j) % 5 == 0 else 0), 10 * j, 10 * i + 10 + (3 if (i + j) % 5 == 0 else 0),
                 10 * j + 10), 30 * j + i, "0101", "水田") for i in range(30) for j in range(30)]
    layer = to_gpkg(memory_layer("dltb", FIELDS, rows), tmp_path / "dltb.gpkg")
    yield layer
    from qgis.PyQt import sip

    sip.delete(layer)


def parameters(layer):
    return {"LANDUSE": layer.source(), "CODE_FIELD": "DLBM", "CLASSIFICATION": 2, "OUTPUT": "memory:",
            "SUMMARY": "memory:"}


def test_progress_is_reported_through_the_checks(lantu_processing, gpkg):
    feedback = LoggingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    result, _ = run_algorithm("lantu:checklanduse", parameters(gpkg), feedback)
    assert result["ERROR_COUNT"] > 0  # the overlaps were found
    assert len({round(v) for v in seen}) >= 5, seen  # the bar moves through the stages, not only while reading
    assert max(seen) >= 99
    assert all(b >= a - 1e-9 for a, b in zip(seen, seen[1:])), seen  # and never goes back


def test_cancel_is_honoured_after_reading(lantu_processing, gpkg):
    feedback = LoggingFeedback()

    def cancel_past(value):
        if value > 20:
            feedback.cancel()
    feedback.progressChanged.connect(cancel_past)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("lantu:checklanduse", parameters(gpkg), feedback)


def test_cancel_before_the_run(lantu_processing, gpkg):
    feedback = LoggingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("lantu:checklanduse", parameters(gpkg), feedback)
