"""The three control-line parameters (三区三线) shared by the bottom-line algorithms."""
from qgis.core import QgsProcessingParameterFeatureSource

from ...compat import VECTOR_POLYGON
from ...translation import tr
from . import reading as reader
from .algorithm import stop_if_cancelled

# (line key, parameter name): the keys are core.control_lines.LINES
PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY = "PERMANENT_FARMLAND", "ECO_REDLINE", "URBAN_BOUNDARY"
PARAMETERS = (("PBF", PERMANENT_FARMLAND), ("ERL", ECO_REDLINE), ("UDB", URBAN_BOUNDARY))


def label(key):
    return {"PBF": tr("永久基本农田 (permanent basic farmland)"),
            "ERL": tr("生态保护红线 (ecological protection redline)"),
            "UDB": tr("城镇开发边界 (urban development boundary)")}[key]


def short_name(key):
    return {"PBF": tr("永久基本农田"), "ERL": tr("生态保护红线"), "UDB": tr("城镇开发边界")}[key]


def add_parameters(algorithm):
    for key, name in PARAMETERS:
        algorithm.addParameter(QgsProcessingParameterFeatureSource(
            name, label(key), [VECTOR_POLYGON], optional=True))


def given(algorithm, parameters, context):
    """[(key, parameter name, source)] of the line layers the planner gave, in PBF, ERL, UDB order."""
    found = []
    for key, name in PARAMETERS:
        source = algorithm.parameterAsSource(parameters, name, context)
        if source is not None:
            found.append((key, name, source))
    return found


def read(algorithm, parameters, context, feedback, crs, lines):
    """{key: LayerData} of the given lines, each read once into `crs` (any CRS in, one CRS out)."""
    data = {}
    for key, name, _source in lines:
        layer = reader.layer_name(algorithm, parameters, name, context)
        layer_label = f"{short_name(key)} ({layer})" if layer else short_name(key)
        data[key] = reader.read(algorithm, parameters, name, context, feedback, crs, (), layer_label)
        if len(data[key]) == 0:
            feedback.pushWarning(tr("{0} has no polygons: nothing to check against it.").format(layer_label))
        stop_if_cancelled(feedback)
    return data
