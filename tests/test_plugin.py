"""The plugin loads through classFactory, registers its provider and actions, and unloads clean."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication


class RecordingIface:
    """Wraps pytest-qgis's iface and records what the plugin adds to and removes from QGIS."""

    def __init__(self, iface):
        self._iface = iface
        self.menu, self.toolbar = [], []

    def addPluginToMenu(self, name, action):
        self.menu.append(action)

    def removePluginMenu(self, name, action):
        self.menu.remove(action)

    def addToolBarIcon(self, action):
        self.toolbar.append(action)

    def removeToolBarIcon(self, action):
        self.toolbar.remove(action)

    def __getattr__(self, name):
        return getattr(self._iface, name)


def test_load_register_unload(qgis_iface, qgis_processing, lantu):
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("lantu")
    if existing is not None:  # another test's provider: this test wants its own
        registry.removeProvider(existing)
    iface = RecordingIface(qgis_iface)
    plugin = lantu.classFactory(iface)
    plugin.initGui()
    provider = registry.providerById("lantu")
    assert provider is not None
    assert "lantu:landusestructure" in [a.id() for a in provider.algorithms()]
    assert iface.menu and iface.toolbar
    live = [a for a in iface.menu if a.objectName() == "lantu_live_check"]  # 实时检查: in the menu and the toolbar
    assert len(live) == 1 and live[0].isCheckable() and live[0] in iface.toolbar
    plugin.unload()
    assert registry.providerById("lantu") is None
    assert iface.menu == [] and iface.toolbar == []
    assert plugin.translator is None and plugin.actions == []


def test_translator_follows_locale(qgis_app, lantu):
    from lantu import translation

    translator = translation.install_translator("zh_CN")
    try:
        assert translator is not None, "i18n/lantu_zh_CN.qm is missing: run `make translations`"
        assert QCoreApplication.translate("Lantu", "Total") == "合计"
    finally:
        translation.remove_translator(translator)
    assert QCoreApplication.translate("Lantu", "Total") == "Total"

