"""lantu:roadcontrollines — 道路控制线: the 建筑控制区 of each road, by grade, and what encroaches on it."""
import os

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ...compat import FIELD_NUMERIC, VECTOR_LINE, VECTOR_POLYGON
from ...paths import TABLES_DIR
from ...translation import tr
from .. import bridge
from .class_buffers import ClassBufferAlgorithm

SETBACK_TABLE = os.path.join(TABLES_DIR, "road_setbacks.csv")
NAME_FIELDS = ["NAME", "LXMC", "MC", "DLMC", "名称", "路线名称"]


class RoadControlLines(ClassBufferAlgorithm):
    ID = "roadcontrollines"
    ROADS, SETBACKS, DEFAULT_SETBACK = "ROADS", "SETBACKS", "DEFAULT_SETBACK"
    INPUT, TABLE, DEFAULT = ROADS, SETBACKS, DEFAULT_SETBACK  # as ClassBufferAlgorithm reads them
    CLASS_OUT = "grade"
    DISTANCE_OUT = "setback_m"
    GRADE_FIELD, ROUTE_FIELD = "GRADE_FIELD", "ROUTE_FIELD"

    def displayName(self):
        return tr("Road control lines (道路控制线)")

    def shortHelpString(self):
        return tr(
            "Draws the building-control zone (建筑控制区) of every road, measured from the outer edge of the road "
            "land (公路用地外缘) as 《公路安全保护条例》第十一条 requires: 高速公路 ≥ 30 m, 国道 ≥ 20 m, 省道 ≥ 15 m, "
            "县道 ≥ 10 m, 乡道 ≥ 5 m. For centre lines the buffer distance is half the road-land width (WIDTH_FIELD, "
            "or the table's default width for the grade) plus the setback; road-land polygons are buffered by the "
            "setback alone.\n\n"
            "The grade comes from GRADE_FIELD (高速公路/国道/省道/县道/乡道/村道, English names or G/S/X/Y/C) or from "
            "route numbers in ROUTE_FIELD (G 国道, S 省道, X 县道, Y 乡道, C 村道; expressways from 1–2 or 4-digit "
            "G/S numbers, or 高速 in the grade or name). SETBACKS replaces the built-in table "
            "(resources/tables/road_setbacks.csv: grade, aliases, setback_m, width_m); a plan may set wider "
            "setbacks there.\n\n"
            "Unknown grades are skipped and counted (UNMATCHED_COUNT, values listed in the log) or get "
            "DEFAULT_SETBACK. With DISSOLVE there is one zone per grade and where grades overlap the wider setback "
            "owns the ground. BOUNDARY clips the zones to the 片区; CHECK_LAYER polygons (planned construction land, "
            "buildings) inside a zone are written to ENCROACHMENTS with src_fid, grade and area. Of a land-use layer "
            "only the classes that encroach count (CHECK_CLASSES; by default construction land without the road "
            "land itself, as resources/tables/encroachment_classes.csv lists it for 三调 and 用地用海 codes in "
            "CHECK_CODE_FIELD).")

    def add_input_parameters(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Roads: centre lines or road-land polygons (公路用地)"),
            [VECTOR_LINE, VECTOR_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            self.GRADE_FIELD, tr("Grade field (高速公路/国道/省道/县道/乡道/村道)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ROUTE_FIELD, tr("Route number field (G/S/X/Y/C + number, e.g. S302)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, tr("Setback table (CSV: grade, aliases, setback_m, width_m; empty = built-in)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.WIDTH_FIELD, tr("Road-land width field (m)"), parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC, optional=True))

    def default_table(self):
        return SETBACK_TABLE

    def input_fields(self, parameters, context, source):
        grade = self.parameterAsString(parameters, self.GRADE_FIELD, context)
        route = self.parameterAsString(parameters, self.ROUTE_FIELD, context)
        if not grade and not route:
            raise QgsProcessingException(tr("Give GRADE_FIELD or ROUTE_FIELD: the road grade comes from one of them."))
        bridge.check_fields(source, [grade, route], source.sourceName() or self.INPUT)
        # a road name saying 高速 marks an expressway whose route number alone would not
        self.name_field = bridge.guess_field(source, NAME_FIELDS) if route else None
        return [f for f in (grade, route, self.name_field) if f]

    def feature_classes(self, parameters, context, feedback, data, table):
        from ...core import roads

        grade_field = self.parameterAsString(parameters, self.GRADE_FIELD, context)
        route_field = self.parameterAsString(parameters, self.ROUTE_FIELD, context)
        grades = data.columns[grade_field] if grade_field else None
        klass = table.match(grades) if grades is not None else np.full(len(data), -1)
        raw = grades
        if route_field:
            names = data.columns.get(self.name_field) if self.name_field else None
            from_route = roads.route_grades(data.columns[route_field], grades, names)
            by_route = table.match(from_route)
            # The grade field decides where it names a grade; route numbers fill the rest, and
            # an expressway recognised from the route (G5, "G5京昆高速") wins over a plain 国道.
            expressway = from_route == roads.EXPRESSWAY
            take = ((klass < 0) | expressway) & (by_route >= 0)
            klass = np.where(take, by_route, klass)
            raw = data.columns[route_field] if grades is None else np.array(
                [f"{g} / {r}" for g, r in zip(grades, data.columns[route_field])], dtype=object)
        return klass, raw
