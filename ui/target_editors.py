"""Cell editors for the targets table: a list to pick from (the vocabulary's indicators, the project's village
clusters, ≥ / ≤, units) that still takes any text typed, as a planner's own wording or a new cluster may be."""
from qgis.PyQt.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box offering choices() (called each time an editor opens, so the list follows the project)."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems(list(self.choices()))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        text = index.data() or ""
        found = editor.findText(text)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(text)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText().strip())
