"""The `lantu` Processing provider."""
from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON
from ..translation import tr
from .algorithms import ALGORITHMS
from .models import load_models


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
        self.models = load_models()
        for model in self.models:
            self.addAlgorithm(model)
        if QgsApplication.processingRegistry().providerById(self.id()) is self:  # a refresh, not the first load
            self.attach_models()

    def attach_models(self):
        """Load the models again once the provider is registered: loaded while it was still loading,
        their child algorithms (lantu:…) could not be found, so they declared no outputs."""
        for model in getattr(self, "models", []):
            model.loadVariant(model.toVariant())
            model.label()
