"""metadata.txt reads as QGIS reads it, describes what the provider has, and its changelog follows the version."""
import configparser
import os
import re

from conftest import ROOT


def general():
    # QGIS's plugin manager (qgis.utils) and the plugin repository read metadata.txt with a plain ConfigParser:
    # a stray % (interpolation) or a broken continuation line would fail here as it fails there.
    parser = configparser.ConfigParser()
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as stream:
        parser.read_file(stream)
    return {key: parser.get("general", key) for key in parser.options("general")}


def test_about_names_every_algorithm_of_the_provider(lantu_processing):
    about = general()["about"]
    names = sorted(algorithm.name() for algorithm in lantu_processing.algorithms())
    assert len(names) >= 17
    missing = [name for name in names if not re.search(rf"\b{name}\b", about)]
    assert missing == [], f"metadata.txt's about does not mention {missing}"


def test_changelog_starts_with_the_current_version():
    meta = general()
    version = meta["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert meta["changelog"].split()[0] == version  # the plugin repository shows this entry
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as stream:
        headings = [line[3:].split()[0] for line in stream if line.startswith("## ")]
    assert headings and headings[0] == version  # the newest section is the current version
