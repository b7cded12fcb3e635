"""Collect every tr("...") string of the plugin into i18n/lantu_zh_CN.ts, keeping existing translations.

    python scripts/update_translations.py          # sync the .ts file
    python scripts/update_translations.py --check  # also fail if a string has no translation
    python scripts/update_translations.py --import other.ts  # take translations from another .ts
                                                             # (e.g. a branch's, after a merge)

Strings come from calls tr("literal") or self.tr("literal") (adjacent literals joined, as Python
joins them). Strings no longer in the code are marked obsolete, not lost.
"""
import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILE = os.path.join(ROOT, "i18n", "lantu_zh_CN.ts")
CONTEXT = "Lantu"
SKIP = {".venv", "tests", "bench", "scripts", ".git", "dist", "demo-output", ".dev-profiles"}


def source_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(folder, name)


def strings_in(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        first = node.args[0]
        if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((first.value, os.path.relpath(path, ROOT), node.lineno))
    return sorted(found, key=lambda item: item[2])


def collect():
    messages = {}
    for path in source_files():
        for text, rel, line in strings_in(path):
            messages.setdefault(text, (rel, line))
    return messages


def read_existing(path=TS_FILE):
    if not os.path.exists(path):
        return {}
    existing = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is not None and translation is not None and translation.text and translation.get("type") != "unfinished":
            existing[source] = translation.text
        elif source is not None and translation is not None and translation.text:
            existing.setdefault(source, translation.text)
    return existing


def write(messages, existing):
    ts = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, (rel, line) in messages.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../{rel}", line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in existing:
            translation.text = existing[text]
        else:
            translation.set("type", "unfinished")
    for text in sorted(set(existing) - set(messages)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="obsolete").text = existing[text]
    ET.indent(ts)
    os.makedirs(os.path.dirname(TS_FILE), exist_ok=True)
    with open(TS_FILE, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(ts, encoding="unicode"))
        out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when a string has no translation")
    parser.add_argument("--import", dest="imports", action="append", default=[], metavar="TS",
                        help="also take translations from this .ts file (ours win where both have one)")
    args = parser.parse_args()
    messages = collect()
    existing = read_existing()
    for path in args.imports:
        for source, text in read_existing(path).items():
            existing.setdefault(source, text)
    write(messages, existing)
    untranslated = [t for t in messages if t not in existing]
    print(f"i18n: {len(messages)} strings, {len(untranslated)} without a zh_CN translation")
    if args.check and untranslated:
        for text in untranslated:
            print("  untranslated:", text.replace("\n", "\\n")[:100])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
