"""Lantu speaks the language QGIS shows: every spelling QGIS and systems use for Simplified Chinese."""
import pytest


@pytest.mark.parametrize("locale, catalogue", [
    ("zh-Hans", "zh_CN"),  # what QGIS writes when 简体中文 is chosen in its settings
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"), ("zh_SG", "zh_CN"),
    ("zh-Hant", "zh_Hant"), ("zh_TW", "zh_Hant"),
    ("en_US", "en_US"), ("de", "de"), ("C", "C"), ("", ""),
])
def test_catalogue_name(lantu, locale, catalogue):
    from lantu import translation

    assert translation.catalogue_name(locale) == catalogue


@pytest.mark.parametrize("locale", ["zh-Hans", "zh_CN", "zh-CN", "zh"])
def test_every_simplified_chinese_spelling_gives_chinese(qgis_app, lantu, locale):
    from lantu import translation

    translator = translation.install_translator(locale)
    try:
        assert translator is not None, "i18n/lantu_zh_CN.qm is missing: run `make translations`"
        assert translation.tr("Area method") == "面积计算方法"
    finally:
        translation.remove_translator(translator)
    assert not translation.speaks_chinese()


@pytest.mark.parametrize("locale", ["en_US", "zh-Hant", "C"])
def test_other_locales_stay_english(qgis_app, lantu, locale):
    from lantu import translation

    assert translation.install_translator(locale) is None
    assert not translation.speaks_chinese()


def test_system_locale_counts_when_qgis_has_no_override(qgis_app, lantu, monkeypatch):
    """QGIS reports the system's zh_CN as 'zh' (or 'C' in a bare environment): both must lead to a catalogue."""
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QLocale

    from lantu import translation

    settings = QgsSettings()
    saved = settings.value("locale/overrideFlag")
    settings.setValue("locale/overrideFlag", False)
    try:
        monkeypatch.setattr(QgsApplication, "locale", staticmethod(lambda: "zh"))
        assert translation.catalogue_name(translation.qgis_locale()) == "zh_CN"
        monkeypatch.setattr(QgsApplication, "locale", staticmethod(lambda: "C"))
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
        assert translation.qgis_locale() == "zh_CN"
    finally:
        settings.setValue("locale/overrideFlag", saved if saved is not None else False)
