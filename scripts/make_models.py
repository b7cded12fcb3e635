"""Write the graphical models in resources/models/ (.model3, opened by QGIS's model designer).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_models.py

Built with the modeler API rather than by hand so the files are exactly what QGIS itself writes.
The provider loads every .model3 in that folder, so a model appears in the Toolbox as lantu:<name>.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_headless

ROOT = qgis_headless.ROOT


def bottom_line_checks():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    from lantu.compat import NUMBER_DOUBLE, VECTOR_POLYGON

    model = QgsProcessingModelAlgorithm("Bottom-line checks", "3 底线约束 Bottom lines", "bottomlines")
    model.setName("bottomlinechecks")
    model.setHelpContent({"ALG_DESC": (
        "The bottom-line checks a design institute runs on a draft plan: the three control lines against each other "
        "(lantu:controllineoverlaps), then the land use and planning zones against the lines "
        "(lantu:landuseconflicts).")})
    polygons = [VECTOR_POLYGON]
    inputs = [
        (QgsProcessingParameterFeatureSource("LANDUSE", "Land use (用地用海 or 三调)", polygons), QPointF(120, 60)),
        (QgsProcessingParameterField("CODE_FIELD", "Land-use code field", parentLayerParameterName="LANDUSE",
                                     optional=True), QPointF(120, 130)),
        (QgsProcessingParameterFeatureSource("PERMANENT_FARMLAND", "永久基本农田 (permanent basic farmland)", polygons, optional=True), QPointF(360, 60)),
        (QgsProcessingParameterFeatureSource("ECO_REDLINE", "生态保护红线 (ecological protection redline)", polygons, optional=True), QPointF(560, 60)),
        (QgsProcessingParameterFeatureSource("URBAN_BOUNDARY", "城镇开发边界 (urban development boundary)", polygons, optional=True), QPointF(760, 60)),
        (QgsProcessingParameterFeatureSource("ZONES", "Planning zones (规划分区)", polygons, optional=True), QPointF(960, 60)),
        (QgsProcessingParameterField("ZONE_FIELD", "Planning-zone code field", parentLayerParameterName="ZONES",
                                     optional=True), QPointF(960, 130)),
        (QgsProcessingParameterNumber("MIN_AREA", "Minimum area (m²)", NUMBER_DOUBLE, 0.0,
                                      False, 0.0), QPointF(1160, 60)),
    ]
    for definition, position in inputs:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(position)
        model.addModelParameter(definition, component)

    def child(child_id, algorithm_id, description, sources, outputs, position):
        step = QgsProcessingModelChildAlgorithm(algorithm_id)
        step.setChildId(child_id)
        step.setDescription(description)
        step.setPosition(position)
        for name in sources:
            step.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromModelParameter(name)])
        model_outputs = {}
        for output_name, description, child_output in outputs:
            out = QgsProcessingModelOutput(output_name, description)
            out.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)  # runs with only the inputs given, as native algorithms do
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setPosition(position + QPointF(0, 90))
            model_outputs[output_name] = out
        step.setModelOutputs(model_outputs)
        model.addChildAlgorithm(step)

    lines = ["PERMANENT_FARMLAND", "ECO_REDLINE", "URBAN_BOUNDARY"]
    child("overlaps", "lantu:controllineoverlaps", "三线冲突检查 Control-line overlaps", lines + ["MIN_AREA"],
          [("OVERLAPS", "Control-line overlaps", "OUTPUT")], QPointF(460, 250))
    child("conflicts", "lantu:landuseconflicts", "底线约束冲突检查 Land use against the lines",
          ["LANDUSE", "CODE_FIELD"] + lines + ["ZONES", "ZONE_FIELD", "MIN_AREA"],
          [("CONFLICTS", "Conflicts", "OUTPUT"), ("SUMMARY", "Conflicts by rule", "SUMMARY")], QPointF(760, 250))
    return model


def main():
    app, _ = qgis_headless.start()
    folder = os.path.join(ROOT, "resources", "models")
    os.makedirs(folder, exist_ok=True)
    model = bottom_line_checks()
    path = os.path.join(folder, "bottomlinechecks.model3")
    if not model.toFile(path):
        raise SystemExit(f"could not write {path}")
    print("wrote", path)
    app.exitQgis()


if __name__ == "__main__":
    main()
