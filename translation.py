"""One translation context for the whole plugin, and the translator that follows QGIS's locale."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "Lantu"
I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")


def tr(text):
    """Translate a visible string; scripts/update_translations.py collects every tr("...") call."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale():
    """The locale QGIS shows its own interface in (e.g. 'zh_CN', 'en_US')."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "", type=str) or "en_US"
    try:
        return QgsApplication.locale() or "en_US"
    except AttributeError:  # very old QGIS
        return settings.value("locale/userLocale", "en_US", type=str)


def install_translator(locale=None):
    """Install Lantu's translator for `locale` (default: QGIS's); return it, or None for English."""
    locale = locale or qgis_locale()
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(I18N_DIR, f"lantu_{name}.qm")
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def speaks_chinese():
    """Whether the interface is in Chinese now (the zh_CN file translates this word as 中文): data
    tables that carry both a Chinese and an English text pick one with it."""
    return tr("English") == "中文"
