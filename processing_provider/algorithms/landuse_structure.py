"""lantu:landusestructure — 用地结构表: area per land class, per zone, with shares and totals."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...compat import FIELD_NUMERIC, NUMBER_INTEGER, VECTOR, VECTOR_POLYGON
from ...translation import tr
from .. import bridge
from ..bridge import codes


class LandUseStructure(bridge.LantuAlgorithm):
    ID = "landusestructure"
    GROUP_ID = "status"
    LANDUSE, CODE_FIELD, CLASSIFICATION = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION
    REPORT_AS, LEVEL, ZONES, ZONE_FIELD, AREA_FIELD = "REPORT_AS", "LEVEL", "ZONES", "ZONE_FIELD", "AREA_FIELD"

    def displayName(self):
        return tr("Land-use structure table (用地结构表)")

    def shortHelpString(self):
        return tr(
            "Sums the area of every land class of a land-use layer, optionally per zone (township, village "
            "or village cluster), with each class's share and a total row per zone.\n\n"
            "The codes may be 三调 DLBM or 用地用海 2023 codes; with CLASSIFICATION = auto the column is "
            "recognised from its codes, names and field name, and the evidence is written to the log. "
            "三调 input can be reported in 用地用海 classes: classes the official conversion splits one-to-many "
            "are reported as 'to be split' rows, never guessed.\n\n"
            "Areas come from the geometry (planar in the layer's projected CRS, or ellipsoidal on the CGCS2000 "
            "ellipsoid as 三调 TBMJ are), or from an area field such as TBDLMJ (shared out in proportion where a "
            "parcel crosses zones). Invalid geometries are repaired and counted.\n\n"
            "Outputs: a table (zone, code, name, kind, area_m2, area_ha, area_mu, share_pct) that saves as .xlsx, "
            ".csv or a GeoPackage table; the total area; an optional HTML report.")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self, tr("Land-use layer (三调 DLTB or planned land use)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.REPORT_AS, tr("Report the classes in"), [tr("the input's classification"), tr("用地用海 2023 classes")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LEVEL, tr("Class level (1 = 一级类, 2 = 二级类)"), NUMBER_INTEGER, 1, False, 1, 2))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, tr("Zones: townships, villages or village clusters"), [VECTOR_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_FIELD, tr("Area field instead of the geometry's area (e.g. TBDLMJ, m²)"),
            parentLayerParameterName=self.LANDUSE, type=FIELD_NUMERIC, optional=True))
        bridge.add_area_method_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Land-use structure table"), VECTOR))
        bridge.add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("TOTAL_AREA_M2", tr("Total area (m²)")))
        self.addOutput(QgsProcessingOutputString("CLASSIFICATION_USED", tr("Classification used")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED_COUNT", tr("Invalid geometries repaired")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        from ...core import structure, units

        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = source.sourceName() or tr("land-use layer")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        name_field = bridge.guess_field(source, codes.NAME_FIELDS)
        area_field = self.parameterAsString(parameters, self.AREA_FIELD, context) or None
        area_method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        level = self.parameterAsInt(parameters, self.LEVEL, context)
        crs = bridge.working_crs(source, area_method, context)

        wanted = [f for f in (code_field, name_field, area_field) if f]
        land = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs, wanted, label)
        if len(land) == 0:
            raise QgsProcessingException(tr("{0} has no polygons to measure.").format(label))

        scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, land.columns[code_field],
                               code_field, land.columns.get(name_field))
        report_as = self.parameterAsEnum(parameters, self.REPORT_AS, context)
        classes = codes.classify(land.columns[code_field], scheme, level, report_as == 1, feedback, label)
        piece_zone, piece_index, piece_value, zone_order = self._pieces(parameters, context, feedback, crs, land,
                                                                        label, area_field)
        rows = structure.structure_table(piece_zone, classes.code[piece_index], classes.kind[piece_index],
                                         piece_value, zone_order)

        spec = [("zone", "str"), ("code", "str"), ("name", "str"), ("kind", "str"), ("area_m2", "float"),
                ("area_ha", "float"), ("area_mu", "float"), ("share_pct", "float")]
        table = [(r.zone, r.code, classes.row_name(r.code, r.kind), r.kind, *units.area_triplet(r.area_m2),
                  r.share_pct) for r in rows]
        dest = bridge.write_rows(self, parameters, self.OUTPUT, context, spec, table)
        total = float(np.sum(piece_value))
        feedback.pushInfo(tr("Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩").format(*units.area_triplet(total)))

        results = {self.OUTPUT: dest, "TOTAL_AREA_M2": total, "CLASSIFICATION_USED": classes.scheme_out,
                   "REPAIRED_COUNT": land.repaired}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            area_text = tr("field {0}").format(area_field) if area_field else (
                tr("ellipsoidal (CGCS2000)") if area_method else tr("planar"))
            self._report(report_path, rows, table, classes, land, label, level, area_text)
            results[self.REPORT] = report_path
        return results

    def _pieces(self, parameters, context, feedback, crs, land, label, area_field):
        """(zone label, land index, value) per piece of land and the zone order: one piece a parcel
        without ZONES, else its parts in each zone. The value is the area, or AREA_FIELD shared out."""
        import shapely

        from ...core import structure

        geometry_area = shapely.area(land.geoms)
        value = geometry_area
        if area_field:
            value = bridge.refuse_negative(bridge.numeric_column(land.columns[area_field], label, area_field), land.fids,
                                           label, area_field, tr("an area"))
            missing = np.isnan(value)
            if missing.any():
                feedback.pushWarning(tr("{0}: {1} features have no {2}; their geometry's area is used.").format(
                    label, int(missing.sum()), area_field))
                value = np.where(missing, geometry_area, value)
        zones = read_zones(self, parameters, context, feedback, crs, land.geoms)
        if zones is None:
            everything = tr("All")
            return np.full(len(land), everything, dtype=object), np.arange(len(land)), value, [everything]
        pieces = structure.split_by_zones(land.geoms, geometry_area, value, *zones, tr("Outside the zones"),
                                          bridge.progress(feedback))
        bridge.stop_if_cancelled(feedback)
        return pieces

    def _report(self, path, rows, table, classes, land, label, level, area_text):
        from ...core import report, structure

        headers = [tr("Zone"), tr("Code"), tr("Class"), tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)"),
                   tr("Share (%)")]
        css = ["total" if r.kind == structure.TOTAL else ("flag" if r.kind != structure.CLASS else "") for r in rows]
        facts = [tr("Layer: {0} ({1} features, {2} repaired)").format(label, land.read, land.repaired),
                 tr("Classification: {0}; level {1}").format(codes.scheme_label(classes.scheme_out), level),
                 tr("Area: {0}").format(area_text)]
        page = report.page(tr("Land-use structure table (用地结构表)"), facts + classes.notes,
                           [(tr("Structure"), report.table(headers, [t[:3] + t[4:] for t in table], css))])
        report.write(path, page)


def read_zones(algorithm, parameters, context, feedback, crs, land=()):
    """The ZONES layer (named by ZONE_FIELD) as (geometries, name per zone), or None when not given, or when it
    cannot be looked at against the land-use geometries `land` (no polygons, or lying apart: told, and the
    tables are not split by zone rather than showing every parcel outside them)."""
    zones_source = algorithm.parameterAsSource(parameters, algorithm.ZONES, context)
    if zones_source is None:
        return None
    from ...core import overlay

    zones_label = zones_source.sourceName() or tr("zones")
    zone_field = bridge.name_field(algorithm, parameters, algorithm.ZONE_FIELD, context, zones_source, feedback,
                                   zones_label)
    zones = bridge.read(algorithm, parameters, algorithm.ZONES, context, feedback, crs,
                               [zone_field] if zone_field else [], zones_label)
    if bridge.reach(land, zones.geoms, zones_label, tr("the land-use layer"), feedback):
        feedback.pushWarning(tr("{0}: the tables are not split by zone (not checked).").format(zones_label))
        return None
    if zone_field:
        names = np.array([tr("(no name)") if v is None else str(v) for v in zones.columns[zone_field]], dtype=object)
    else:
        names = np.array([f"#{fid}" for fid in zones.fids], dtype=object)
    doubled = overlay.overlapping_area(zones.geoms)
    if doubled > 1.0:
        feedback.pushWarning(tr("The zones overlap by {0:,.2f} m²: land there is counted in each zone.").format(doubled))
    return zones.geoms, names
