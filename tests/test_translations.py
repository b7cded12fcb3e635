"""zh_CN is a first-class language: every tr() string of the plugin has a Chinese translation."""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", os.path.join(ROOT, "scripts", "update_translations.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_visible_string_has_a_zh_cn_translation():
    tool = _tool()
    messages = tool.collect()
    translated = tool.read_existing()
    missing = [text for text in messages if text not in translated]
    assert len(messages) > 300
    assert not missing, f"{len(missing)} strings lack zh_CN (run scripts/update_translations.py): {missing[:5]}"
