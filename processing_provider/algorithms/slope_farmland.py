"""lantu:slopefarmland — 坡耕地: slope grade of every cultivated parcel, and the land steeper than 25°."""
import contextlib
import os

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...compat import VECTOR_POLYGON, WKB_MULTI_POLYGON
from ...core import slope_farmland as sf
from ...translation import tr
from .. import bridge
from ..bridge import codes, dem


class SlopeFarmland(bridge.LantuAlgorithm):
    ID = "slopefarmland"
    GROUP_ID = "quality"
    LANDUSE, CODE_FIELD, CLASSIFICATION, CLASSES = codes.LANDUSE, codes.CODE_FIELD, codes.CLASSIFICATION, codes.CLASSES
    DEM, THRESHOLDS = "DEM", "THRESHOLDS"

    def displayName(self):
        return tr("Slope farmland (坡耕地)")

    def shortHelpString(self):
        return tr(
            "Grades every cultivated parcel by slope, as 三调 GDPDJB does (1 ≤ 2°, 2 2–6°, 3 6–15°, 4 15–25°, "
            "5 > 25°), and finds the land steeper than the top threshold: the candidates for 退耕还林.\n\n"
            "Slope is computed from the DEM in degrees with Horn's formula, exactly as GDAL's gdaldem slope "
            "does (cells next to nodata or the raster's edge have no slope). A DEM in another CRS is warped to "
            "the layer's CRS first. A parcel's mean slope is the mean over the cells whose centres fall inside "
            "it, as QGIS's zonal statistics count them (parcels with fewer than two such cells weight the cells "
            "they touch by the share covered). steep_area_m2 is the parcel's area times the share of its cells "
            "steeper than the top threshold.\n\n"
            "Without a DEM, the layer's GDPDJB field (三调 耕地坡度级别) is used, and a parcel of grade 5 counts as "
            "steep as a whole.\n\n"
            "Outputs: the parcels (source_fid, code, area_m2, mean_slope, slope_grade, steep_area_m2, cells), "
            "the area of each grade (AREA_GRADE_1_M2 … AREA_GRADE_5_M2) and STEEP_AREA_M2.")

    def initAlgorithm(self, config=None):
        codes.add_landuse_parameters(self)
        codes.add_classes_parameter(self)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, tr("DEM (any CRS; empty = use the GDPDJB field)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, tr("Slope grade thresholds (degrees, four ascending values)"), defaultValue="2,6,15,25"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Cultivated parcels with slope grade"), VECTOR_POLYGON))
        bridge.add_report_parameter(self)
        for grade in range(1, sf.GRADES + 1):
            self.addOutput(QgsProcessingOutputNumber(f"AREA_GRADE_{grade}_M2", tr("Area of slope grade {0} (m²)").format(grade)))
        self.addOutput(QgsProcessingOutputNumber("STEEP_AREA_M2", tr("Area steeper than the top threshold (m²)")))

    def processAlgorithm(self, parameters, context, feedback):
        self.require_dependencies()
        import shapely

        from ...core import units

        thresholds = self._thresholds(parameters, context)
        source = bridge.source_or_fail(self, parameters, self.LANDUSE, context, tr("land-use layer"))
        label = source.sourceName() or tr("land-use layer")
        code_field = codes.code_field(self, parameters, self.CODE_FIELD, source, context, feedback, label)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        grade_field = None if dem_layer is not None else bridge.guess_field(source, ["GDPDJB"])
        if dem_layer is None and grade_field is None:
            raise QgsProcessingException(tr("{0}: give a DEM, or a layer with a GDPDJB (耕地坡度级别) field.").format(label))
        crs = bridge.working_crs(source, bridge.PLANAR, context)
        land, chosen, class_codes, zonal, gaps = self._read(parameters, context, feedback, source, crs, label, code_field,
                                                            grade_field, dem_layer, thresholds)
        geoms = land.geoms[chosen]
        area = shapely.area(geoms)
        if dem_layer is not None:
            mean, weight, grades, steep, method = self._grades_from_dem(feedback, dem_layer, thresholds, area, *zonal)
            if len(geoms) and not (weight > 0).any():
                raise QgsProcessingException(tr(
                    "The DEM {0} does not cover any of the {1} cultivated parcels of {2} (no DEM cell with data under "
                    "them): their slope cannot be known. Check that it is the DEM of this area and that its CRS is "
                    "right.").format(dem_layer.name(), len(geoms), label))
        else:
            mean, weight, grades, steep, method = self._grades_from_field(feedback, thresholds, area, label, grade_field,
                                                                          land.columns[grade_field][chosen])
        feedback.pushInfo(tr("Slope from {0}.").format(method))
        ungraded = int((grades == 0).sum())
        if ungraded:
            feedback.pushWarning(tr("{0}: {1} parcels have no slope (no DEM cell with data, or no GDPDJB); they have no grade.").format(
                label, ungraded))

        code_values = land.columns[code_field][chosen]
        spec = [("source_fid", "int"), ("code", "str"), ("area_m2", "float"), ("mean_slope", "float"),
                ("slope_grade", "int"), ("steep_area_m2", "float"), ("cells", "float")]
        rows = bridge.rows_from_columns(land.fids[chosen], [None if c is None else str(c) for c in code_values], area, mean,
                                        np.ma.masked_equal(grades, 0), steep, weight)
        results = {self.OUTPUT: bridge.write_rows(self, parameters, self.OUTPUT, context, spec, rows, geoms=geoms, crs=crs,
                                                  wkb_type=WKB_MULTI_POLYGON),
                   "STEEP_AREA_M2": float(steep.sum())}
        for g, grade_area in sf.grade_areas(area, grades).items():
            results[f"AREA_GRADE_{g}_M2"] = grade_area
        feedback.pushInfo(tr("Steeper than {0}°: {1:,.2f} m² = {2:,.4f} 公顷").format(
            thresholds[-1], results["STEEP_AREA_M2"], results["STEEP_AREA_M2"] / units.M2_PER_HA))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            self._report(report_path, results, thresholds, grades, label, class_codes, len(geoms), method, gaps)
            results[self.REPORT] = report_path
        return results

    def _read(self, parameters, context, feedback, source, crs, label, code_field, grade_field, dem_layer, thresholds):
        """(land, mask of the cultivated parcels, their classes, with a DEM (mean slope, cells, steep share,
        voids) per parcel, and what the codes leave out). The DEM's slope is computed in other threads while
        the parcels are read."""
        import shapely

        from ...core import consolidation_classes

        with contextlib.ExitStack() as stack:
            if dem_layer is not None:
                dataset, full = self._open_dem(dem_layer, crs, feedback)
                window = sf.window(full, self._extent(source, crs, context))
                background = stack.enter_context(self._slope_in_background(dataset, full, window))
            land = bridge.read(self, parameters, self.LANDUSE, context, feedback, crs,
                               [f for f in (code_field, grade_field) if f], label)
            scheme = codes.resolve(self, parameters, self.CLASSIFICATION, context, feedback, land.columns[code_field], code_field)
            class_codes = consolidation_classes.parse_codes(self.parameterAsString(parameters, self.CLASSES, context))
            chosen = codes.select_classes(land.columns[code_field], scheme, class_codes, feedback, label, tr("cultivated land"))
            gaps = codes.report_code_gaps(land.columns[code_field], scheme, shapely.area(land.geoms), feedback, label,
                                          tr("cultivated land"), chosen)
            geoms = land.geoms[chosen]
            if len(geoms) == 0:
                feedback.pushWarning(tr("{0}: no parcel of the classes {1}.").format(label, ", ".join(class_codes)))
            if dem_layer is None:
                return land, chosen, class_codes, None, gaps
            needed = sf.window(full, shapely.total_bounds(geoms))
            if not sf.inside(needed, window):
                feedback.pushInfo(tr("{0}: the layer's stored extent is smaller than its parcels (out of date); "
                                     "the slope is computed again over the parcels' extent.").format(label))
                stack.close()
                background = stack.enter_context(self._slope_in_background(dataset, full, needed))
            if background.grid.rows == 0 and len(geoms):
                feedback.pushWarning(tr("The DEM does not cover the parcels."))
            mean, weight, share = background.zonal(geoms, thresholds[-1], workers=os.cpu_count() or 1,
                                                   progress=bridge.progress(feedback))
            return land, chosen, class_codes, (mean, weight, share, background.voids()), gaps

    def _grades_from_dem(self, feedback, dem_layer, thresholds, area, mean, weight, share, voids):
        """(mean slope, cells, grade, steep area, how) per parcel from the DEM's zonal slope."""
        from ...core import slope

        if voids:
            feedback.pushInfo(tr("The DEM has {0} cells without data (voids) in the parcels' extent; slope there is undefined.").format(
                voids))
        bridge.stop_if_cancelled(feedback)
        method = tr("the DEM {0}: Horn slope (gdaldem), mean over cell centres inside each parcel").format(dem_layer.name())
        return mean, weight, slope.grade(mean, thresholds), sf.steep_from_dem(area, share), method

    def _grades_from_field(self, feedback, thresholds, area, label, grade_field, values):
        """(mean slope, cells, grade, steep area, how) per parcel from its GDPDJB (no slope, no cells)."""
        from ...core import slope

        if list(thresholds) != list(slope.GDPDJB_THRESHOLDS):
            feedback.pushWarning(tr("GDPDJB holds the standard grades (2, 6, 15, 25°); THRESHOLDS is not used without a DEM."))
        grades, bad = sf.gdpdjb_grades(bridge.numeric_column(values, label, grade_field))
        if len(bad):
            raise QgsProcessingException(tr("{0}: field {1} holds values that are not slope grades 1–5, e.g. {2}.").format(
                label, grade_field, ", ".join(f"{v:g}" for v in bad[:5])))
        method = tr("the field {0} (三调 耕地坡度级别)").format(grade_field)
        return np.full(len(area), np.nan), np.zeros(len(area)), grades, sf.steep_from_grades(area, grades), method

    def _report(self, path, results, thresholds, grades, label, class_codes, parcels, method, gaps):
        from ...core import report, units

        names = sf.grade_names(thresholds)
        table = [(g, names[g - 1], int((grades == g).sum()), *units.area_triplet(results[f"AREA_GRADE_{g}_M2"]))
                 for g in range(1, sf.GRADES + 1)]
        facts = [tr("Layer: {0}; classes {1}; {2} parcels").format(label, ", ".join(class_codes), parcels),
                 tr("Slope from {0}.").format(method),
                 tr("Steeper than {0}° (退耕还林 candidates): {1:,.2f} 公顷").format(
                     thresholds[-1], results["STEEP_AREA_M2"] / units.M2_PER_HA)] + ([gaps] if gaps else [])
        headers = [tr("Grade"), tr("Slope"), tr("Parcels"), tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)")]
        report.write(path, report.page(tr("Slope farmland (坡耕地)"), facts,
                                       [(tr("Slope grades"), report.table(headers, table))]))

    def _thresholds(self, parameters, context):

        text = self.parameterAsString(parameters, self.THRESHOLDS, context)
        values = sf.parse_thresholds(text)
        if values is None:
            raise QgsProcessingException(tr("THRESHOLDS must be four ascending slopes in degrees between 0 and 90, e.g. 2,6,15,25; got {0}.").format(text))
        return values

    @staticmethod
    def _extent(source, crs, context):
        return dem.layer_extent(source, crs, context)

    @staticmethod
    def _slope_in_background(dataset, full, window):
        return dem.slope_in_background(dataset, full, window)

    def _open_dem(self, layer, crs, feedback):
        return dem.open_dem(layer, crs, feedback)
