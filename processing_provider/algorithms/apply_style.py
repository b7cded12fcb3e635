"""lantu:applystyle — the standard symbology (三调, 用地用海 2023, control lines, roads, boundaries, findings)."""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ... import styles
from ...compat import FLAG_NO_THREADING
from ...translation import tr
from .. import bridge


class ApplyStyle(bridge.LantuAlgorithm):
    ID = "applystyle"
    GROUP_ID = "status"
    INPUT, STYLE, CODE_FIELD, QML = "INPUT", "STYLE", "CODE_FIELD", "QML"

    def displayName(self):
        return tr("Apply the standard style")

    def shortHelpString(self):
        return tr(
            "Gives a layer the standard symbology of a plan's maps, from the QML styles shipped in "
            "resources/styles: 三调 DLBM and 用地用海 2023 codes in the colours of resources/tables (sources in "
            "SOURCES.md), 永久基本农田, 生态保护红线, 城镇开发边界, roads by grade, administrative boundaries, and "
            "Lantu's findings and result layers (control zones, farmland blocks, slope grades, homesteads, conflicts "
            "by severity, site verdicts), which leave the map below visible. With STYLE = auto the style is chosen "
            "from what the layer holds (its code field, its name, its fields), and the log says which. The data is never changed; the style can also be "
            "saved as a .qml file for batch use.")

    def flags(self):
        # a layer's renderer belongs to the main thread
        return super().flags() | FLAG_NO_THREADING

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Layer")))
        labels = {"auto": tr("auto (from what the layer holds)"), "sandiao": tr("三调 DLBM"), "ydyh": tr("用地用海 2023"),
                  "pbf": tr("永久基本农田"), "erl": tr("生态保护红线"), "udb": tr("城镇开发边界"), "roads": tr("roads by grade"),
                  "boundaries": tr("administrative boundaries"), "findings": tr("findings"),
                  "road_zones": tr("road control zones by grade (道路控制线)"), "protection_zones": tr("protection zones (分级保护范围)"),
                  "encroachments": tr("encroachments"), "farmland_blocks": tr("farmland blocks by size, 百亩方 marked"),
                  "slope_grades": tr("slope grades 1–5 of cultivated land"), "homesteads": tr("homesteads: relocate or keep"),
                  "severity": tr("conflicts and findings by severity"), "findings_points": tr("findings at points, by severity"),
                  "site_verdicts": tr("site verdicts 可行 / 需调整 / 不可行"), "site_pieces": tr("site pieces by what they lie in"),
                  "life_circle": tr("镇村生活圈: settlements within reach of every facility type or not")}
        options = [labels[key] for key in styles.STYLE_KEYS]  # the enum's order is STYLE_KEYS'
        self.addParameter(QgsProcessingParameterEnum(self.STYLE, tr("Style"), options, defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, tr("Code field for a categorised style (empty = guess)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.QML, tr("Save the style as"), tr("QGIS style files (*.qml)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, tr("Styled layer")))
        self.addOutput(QgsProcessingOutputString("STYLE_USED", tr("Style applied")))

    def processAlgorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(tr("Could not open the input layer {0}.").format(tr("Layer")))
        key = styles.STYLE_KEYS[self.parameterAsEnum(parameters, self.STYLE, context)]
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) or None
        if key == "auto":
            key, code_field = styles.choose(layer, code_field)
            if key is None:
                raise QgsProcessingException(tr(
                    "No standard style fits {0}: it has no DLBM or 用地用海 code field, is not a control line, road "
                    "or boundary layer. Choose a style.").format(layer.name()))
        elif styles.STYLES[key][1] and not code_field:
            code_field = styles.choose(layer)[1] or styles.STYLES[key][1]
        if code_field and code_field not in layer.fields().names() and styles.STYLES[key][1]:
            raise QgsProcessingException(tr("Field {0} is missing from {1} (fields there: {2}).").format(
                code_field, layer.name(), ", ".join(layer.fields().names())))
        error = styles.apply(layer, key, code_field)
        if error:
            raise QgsProcessingException(tr("Could not load the style {0}: {1}").format(key, error))
        feedback.pushInfo(tr("{0}: style {1}{2}").format(
            layer.name(), key, tr(" keyed on {0}").format(code_field) if code_field else ""))
        results = {self.OUTPUT: layer.id(), "STYLE_USED": key}
        qml = self.parameterAsFileOutput(parameters, self.QML, context)
        if qml:
            self._save(layer, qml)
            feedback.pushInfo(tr("Style saved to {0}.").format(qml))
            results[self.QML] = qml
        return results

    @staticmethod
    def _save(layer, path):
        """Save the layer's style as a .qml file and check that the file is there and new: QGIS 3.22 reports
        success when the folder cannot be written ('The directory … needs to be writable!')."""
        before = os.stat(path).st_mtime_ns if os.path.isfile(path) else None
        message, ok = layer.saveNamedStyle(path)
        written = os.path.isfile(path) and os.stat(path).st_mtime_ns != before
        if not ok or not written:
            folder = os.path.dirname(os.path.abspath(path))
            why = (tr("the folder {0} does not exist").format(folder) if not os.path.isdir(folder) else
                   tr("the folder {0} cannot be written").format(folder) if not os.access(folder, os.W_OK) else message)
            raise QgsProcessingException(tr("Could not save the style to {0}: {1}. Choose a folder you can write to; "
                                            "the style was applied to the layer all the same.").format(path, why))
