"""QGIS enum values under names that work from QGIS 3.22 to QGIS 4.

QGIS 3.30–3.36 moved many enums onto `Qgis` (Qgis.GeometryType.Polygon …) and QGIS 4 drops the old
unscoped names (PolygonGeometry on QgsWkbTypes …). Each value here is looked up under its new name first,
then under the scoped form 3.22 knows, so no other module needs to know which QGIS it runs in
(tests/test_qgis4_names.py keeps the old forms out of the rest of the code).
"""
import qgis.core


def _first(*paths):
    """The first of the dotted names (under qgis.core) that exists."""
    for path in paths:
        value = qgis.core
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise ImportError(f"none of {paths} exists in this QGIS")


# Processing source types (QgsProcessing.SourceType → Qgis.ProcessingSourceType, 3.36)
VECTOR_ANY = _first("Qgis.ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVectorAnyGeometry")
VECTOR_POINT = _first("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
VECTOR_LINE = _first("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
VECTOR_POLYGON = _first("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
VECTOR = _first("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_FILE = _first("Qgis.ProcessingSourceType.File", "QgsProcessing.SourceType.TypeFile")

# Parameter types (3.36)
NUMBER_DOUBLE = _first("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
NUMBER_INTEGER = _first("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")
FIELD_ANY = _first("Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any")
FIELD_NUMERIC = _first("Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric")
FIELD_STRING = _first("Qgis.ProcessingFieldParameterDataType.String", "QgsProcessingParameterField.DataType.String")

# Algorithm and feature-source flags (3.36)
FLAG_NO_THREADING = _first("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading")
SKIP_GEOMETRY_VALIDITY_CHECKS = _first("Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
                                       "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks")
REQUEST_NO_GEOMETRY = _first("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
FIELD_FROM_PROVIDER = _first("Qgis.FieldOrigin.Provider", "QgsFields.FieldOrigin.OriginProvider")
GEOMETRY_NO_CHECK = _first("Qgis.InvalidGeometryCheck.NoCheck", "QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck")

# Geometry and WKB types (QgsWkbTypes → Qgis, 3.30)
POINT_GEOMETRY = _first("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
LINE_GEOMETRY = _first("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
POLYGON_GEOMETRY = _first("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
WKB_NO_GEOMETRY = _first("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POINT = _first("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_POLYGON = _first("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_MULTI_POLYGON = _first("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
WKB_MULTI_LINE = _first("Qgis.WkbType.MultiLineString", "QgsWkbTypes.Type.MultiLineString")
WKB_MULTI_POINT = _first("Qgis.WkbType.MultiPoint", "QgsWkbTypes.Type.MultiPoint")

# Messages, units, CRS text
WARNING = _first("Qgis.MessageLevel.Warning")
CRITICAL = _first("Qgis.MessageLevel.Critical")
INFO = _first("Qgis.MessageLevel.Info")
RENDER_MILLIMETERS = _first("Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
RENDER_POINTS = _first("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
LAYOUT_MILLIMETERS = _first("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
DISTANCE_KILOMETERS = _first("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
WKT_PREFERRED = _first("Qgis.CrsWktVariant.Preferred", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED")
POLYGON_LAYER_FILTER = _first("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
LINE_LAYER_FILTER = _first("Qgis.LayerFilter.LineLayer", "QgsMapLayerProxyModel.Filter.LineLayer")
POINT_LAYER_FILTER = _first("Qgis.LayerFilter.PointLayer", "QgsMapLayerProxyModel.Filter.PointLayer")
RASTER_LAYER_FILTER = _first("Qgis.LayerFilter.RasterLayer", "QgsMapLayerProxyModel.Filter.RasterLayer")
