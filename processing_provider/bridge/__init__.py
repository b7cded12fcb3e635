"""The bridge between QGIS and `core`: what every algorithm shares (algorithm.py), the working CRS
(crs.py), reading a layer once into arrays (reading.py, fast_read.py) or in batches (stream.py), writing results once (writing.py),
land-class codes (codes.py) and the three control lines (control_lines.py) on the QGIS side.

Algorithms use it as `from .. import bridge` and call `bridge.read(...)`, `bridge.write_rows(...)`.
`core` only ever sees shapely arrays in metres of one projected CRS and numpy columns.
"""
from .algorithm import (
    GROUPS,
    LantuAlgorithm,
    add_area_method_parameter,
    add_report_parameter,
    progress,
    stop_if_cancelled,
)
from .crs import ELLIPSOIDAL, PLANAR, gauss_kruger_suggestion, to_crs, working_crs
from .fields import name_field
from .outputs import add_secondary_sink, asked_for
from .reach import reach, reason_text
from .reading import (
    ANY,
    LINES,
    POLYGONS,
    LayerData,
    check_fields,
    check_geometry,
    geometry_kind,
    guess_field,
    layer_name,
    numeric_column,
    read,
    read_layers,
    read_source,
    source_or_fail,
    table_name,
)
from .stream import Stream
from .tables import detail_text, rules_problem
from .values import refuse_negative
from .writing import AttributeRows, geometry_wkb, make_fields, rows_from_columns, write_rows

__all__ = [
    "GROUPS", "LantuAlgorithm", "add_area_method_parameter", "add_report_parameter", "progress", "stop_if_cancelled",
    "ELLIPSOIDAL", "PLANAR", "gauss_kruger_suggestion", "to_crs", "working_crs",
    "ANY", "LINES", "POLYGONS", "LayerData", "check_fields", "check_geometry", "geometry_kind", "guess_field", "layer_name",
    "numeric_column", "read", "read_layers", "read_source", "source_or_fail", "table_name",
    "name_field", "add_secondary_sink", "asked_for", "reach", "reason_text", "refuse_negative",
    "Stream", "detail_text", "rules_problem",
    "AttributeRows", "geometry_wkb", "make_fields", "rows_from_columns", "write_rows",
]
