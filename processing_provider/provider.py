"""The `lantu` Processing provider."""
import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON, MODELS_DIR
from ..translation import tr
from .algorithms import ALGORITHMS


class LantuModel(QgsProcessingModelAlgorithm):
    """A bundled graphical model, named and grouped in the interface's language."""

    def displayName(self):
        titles = {"bottomlinechecks": tr("Bottom-line checks (底线约束检查, model)")}
        return titles.get(self.name(), super().displayName())

    def group(self):
        from .bridge import GROUPS

        return GROUPS[self.groupId()]() if self.groupId() in GROUPS else super().group()


class LantuProvider(QgsProcessingProvider):
    def id(self):
        return "lantu"

    def name(self):
        return tr("Lantu 蓝图")

    def longName(self):
        return tr("Lantu 蓝图 — township territorial spatial planning")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
        # The graphical models chain the algorithms as design institutes do: lantu:<model name>.
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = LantuModel()
            if model.fromFile(path):
                model.setSourceFilePath(path)
                self.addAlgorithm(model)
