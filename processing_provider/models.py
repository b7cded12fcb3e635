"""The graphical models shipped in resources/models (made by scripts/make_models.py), as the Toolbox shows
them: in Lantu's own groups, with their help, inputs and outputs in the interface's language."""
import glob
import os

from qgis.core import QgsProcessingModelAlgorithm

from ..paths import MODELS_DIR
from ..translation import tr
from .bridge import GROUPS


def model_texts():
    """model name → (group id, title, help, {parameter or output name: label}). The .model3 files hold
    the English; these are what the planner reads."""
    return {
        "bottomlinechecks": ("bottomlines", tr("Bottom-line checks (底线约束检查, model)"), tr(
            "The bottom-line checks a design institute runs on a draft plan: the three control lines against each other "
            "(lantu:controllineoverlaps), then the land use and planning zones against the lines (lantu:landuseconflicts). "
            "Open it in the Model Designer (right-click ▸ Edit model…) to extend it; save the copy under a name of your own."), {
            "LANDUSE": tr("Land use (用地用海 or 三调)"),
            "CODE_FIELD": tr("Land-use code field"),
            "PERMANENT_FARMLAND": tr("永久基本农田 (permanent basic farmland)"),
            "ECO_REDLINE": tr("生态保护红线 (ecological protection redline)"),
            "URBAN_BOUNDARY": tr("城镇开发边界 (urban development boundary)"),
            "ZONES": tr("Planning zones (规划分区)"),
            "ZONE_FIELD": tr("Planning-zone code field"),
            "MIN_AREA": tr("Minimum area (m²)"),
            "overlaps:OVERLAPS": tr("Control-line overlaps"),
            "conflicts:CONFLICTS": tr("Conflicts"),
            "conflicts:SUMMARY": tr("Conflicts by rule"),
        }),
    }


class LantuModel(QgsProcessingModelAlgorithm):
    """A bundled graphical model, named, grouped and labelled in the interface's language."""

    def _texts(self):
        return model_texts().get(self.name())

    def displayName(self):
        texts = self._texts()
        return texts[1] if texts else super().displayName()

    def groupId(self):
        texts = self._texts()
        return texts[0] if texts else super().groupId()

    def group(self):
        return GROUPS[self.groupId()]() if self.groupId() in GROUPS else super().group()

    def shortHelpString(self):
        texts = self._texts()
        return texts[2] if texts else super().shortHelpString()

    def createInstance(self):
        copy = LantuModel()
        copy.loadVariant(self.toVariant())
        copy.setSourceFilePath(self.sourceFilePath())
        copy.label()
        return copy

    def label(self):
        """Give every input and output its label in the interface's language."""
        texts = self._texts()
        if texts:
            for definition in list(self.parameterDefinitions()) + list(self.destinationParameterDefinitions()):
                if definition.name() in texts[3]:
                    definition.setDescription(texts[3][definition.name()])
            for output in self.outputDefinitions():
                if output.name() in texts[3]:
                    output.setDescription(texts[3][output.name()])
        return self


def load_models():
    """The models in resources/models, ready to add to the provider: lantu:<model name>."""
    models = []
    for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
        model = LantuModel()
        if model.fromFile(path):
            model.setSourceFilePath(path)
            models.append(model.label())
    return models
