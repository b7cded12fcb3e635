"""One translation context for the whole plugin, and the translator that follows QGIS's locale."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "Lantu"
I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")


def tr(text):
    """Translate a visible string; scripts/update_translations.py collects every tr("...") call."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale():
    """The locale QGIS shows its own interface in: the override QGIS's settings hold ('zh-Hans' when
    简体中文 is chosen there), else QGIS's own locale, else the system's (e.g. 'zh_CN', 'en_US')."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = settings.value("locale/userLocale", "", type=str)
        if chosen:
            return chosen
    try:
        found = QgsApplication.locale()
    except AttributeError:  # very old QGIS
        found = ""
    if not found or found in ("C", "POSIX"):
        found = QLocale.system().name()
    return found or "en_US"


def catalogue_name(locale):
    """The translation catalogue for a locale as QGIS or the system names it: every spelling of Simplified
    Chinese (zh, zh_CN, zh-CN, zh-Hans, zh_Hans_CN, zh_SG) is 'zh_CN'; Traditional Chinese (zh-Hant, zh_TW,
    zh_HK) has none of its own; other locales keep their name ('de_DE' → 'de_DE', then 'de' is tried)."""
    parts = (locale or "").replace("-", "_").split(".")[0].split("_")
    language = parts[0].lower()
    if language != "zh":
        return "_".join(parts)
    if {p.upper() for p in parts[1:]} & {"HANT", "TW", "HK", "MO"}:
        return "zh_Hant"
    return "zh_CN"


def install_translator(locale=None):
    """Install Lantu's translator for `locale` (default: the language QGIS shows); return it, or None for English."""
    name = catalogue_name(locale or qgis_locale())
    for candidate in dict.fromkeys((name, name.split("_")[0])):
        path = os.path.join(I18N_DIR, f"lantu_{candidate}.qm")
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
