"""'Edit model…' in the Processing Toolbox's context menu for the models Lantu ships.

Processing offers the Model Designer only for the user's own models; a planner who wants to extend
lantu:bottomlinechecks would have to find the .model3 inside the plugin. This opens a copy in the
Model Designer instead: saving asks where (the user's models folder by default), so the shipped model
stays as it is and the saved one appears under Models.
"""
from qgis.core import QgsProcessingModelAlgorithm

from ..translation import tr

try:  # Processing's GUI is only there inside QGIS (not under qgis_process)
    from processing.gui.ContextAction import ContextAction
    from processing.gui.ProviderActions import ProviderContextMenuActions
except ImportError:  # pragma: no cover - no Processing GUI
    ContextAction = ProviderContextMenuActions = None


def editable_copy(model):
    """A plain model with the same content and no file, so the Model Designer's Save asks where to save."""
    copy = QgsProcessingModelAlgorithm()
    copy.loadVariant(model.toVariant())
    copy.setSourceFilePath("")
    return copy


if ContextAction is not None:
    class EditLantuModelAction(ContextAction):
        def __init__(self):
            super().__init__()
            self.name = tr("Edit model…")

        def isEnabled(self):
            algorithm = getattr(self, "itemData", None)
            return (isinstance(algorithm, QgsProcessingModelAlgorithm) and algorithm.provider() is not None
                    and algorithm.provider().id() == "lantu")

        def execute(self):
            from processing.modeler.ModelerDialog import ModelerDialog

            dialog = ModelerDialog.create(editable_copy(self.itemData))
            dialog.show()
            dialog.activate()


def register():
    """Add the action to the Toolbox's context menu; returns what unregister() takes."""
    if ContextAction is None:
        return []
    actions = [EditLantuModelAction()]
    ProviderContextMenuActions.registerProviderContextMenuActions(actions)
    return actions


def unregister(actions):
    if actions and ProviderContextMenuActions is not None:
        ProviderContextMenuActions.deregisterProviderContextMenuActions(actions)
