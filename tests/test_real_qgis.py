"""As a planner would: the packaged plugin in a fresh profile of a real QGIS window (under Xvfb), in Chinese.

Twice: with QGIS set to 简体中文 in its own settings (the override QGIS writes: [locale] overrideFlag=true,
userLocale=zh-Hans), and with no override and the system locale zh_CN.UTF-8. Each run opens the demo from the
dock (a copy in the profile), imports the demo's targets, runs every step, writes the review report and exports
the maps, turns the live check on and edits one parcel, and checks what a planner would see: QGIS and Lantu both in Chinese, eight tabs that fit, table headers
and findings in Chinese, key figures in 公顷, the planted TBMJ fault found with the guessed area field, result
layers styled and saved beside the project. Screenshots go to test-artefacts/qgis_<run>_*.png, for a person.
"""
import csv
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import pytest
from conftest import ROOT

ARTEFACTS = os.path.join(ROOT, "test-artefacts")
SUMMARY = json.load(open(os.path.join(ROOT, "resources", "demo", "summary.json"), encoding="utf-8"))
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (shutil.which("qgis") and shutil.which("xvfb-run")),
                                                   reason="needs QGIS and xvfb-run")]
# result layers item 4 of issue 15 is to style (step 4's maps); every other result layer has a standard style

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "real_qgis_script.py")
CJK = re.compile(r"[\u4e00-\u9fff]")
TIMEOUT = 480  # s for one session; it takes about a minute


@pytest.fixture()
def session_dir():
    """A folder of our own for the profile (pytest's tmp_path may be pruned by another pytest run meanwhile)."""
    with tempfile.TemporaryDirectory(prefix="lantu-real-qgis-") as folder:
        yield pathlib.Path(folder)


def run_qgis(tmp_path, name, ini_lines, env_extra):
    """(what the script saw, the profile folder) of one QGIS session; QGIS and its Xvfb are ended on a timeout."""
    package = tmp_path / "lantu.zip"
    subprocess.run([sys.executable, "scripts/package.py", "--out", str(package)], cwd=ROOT, check=True)
    profiles = tmp_path / "profiles"
    subprocess.run(["bash", "scripts/make_profile.sh", str(profiles), "planner", "--zip", str(package)], cwd=ROOT,
                   check=True)
    if ini_lines:
        with open(profiles / "profiles" / "planner" / "QGIS" / "QGIS3.ini", "a", encoding="utf-8") as settings:
            settings.write("\n" + "\n".join(ini_lines) + "\n")
    os.makedirs(ARTEFACTS, exist_ok=True)
    result = os.path.join(ARTEFACTS, f"qgis_{name}_result.json")
    if os.path.exists(result):
        os.remove(result)
    env = dict(os.environ, LANTU_RESULT=result, LANTU_SHOT=os.path.join(ARTEFACTS, f"qgis_{name}"),
               LANTU_MAPS=str(tmp_path / "maps"), **env_extra)
    env.pop("QT_QPA_PLATFORM", None)  # a real window, on Xvfb
    session = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(profiles),
                                "--profile", "planner", "--nologo", "--code", SCRIPT],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, errors = session.communicate(timeout=TIMEOUT)
        quit_by_itself = True
    except subprocess.TimeoutExpired:
        os.killpg(session.pid, signal.SIGKILL)  # QGIS and Xvfb too, not only xvfb-run
        _, errors = session.communicate()
        quit_by_itself = False
    assert os.path.exists(result), errors[-3000:]
    # a Python error while the plugin unloads shows a modal dialog and QGIS never quits
    assert quit_by_itself, "QGIS did not quit: an error dialog on unload? " + errors[-2000:]
    with open(result, encoding="utf-8") as handle:
        return json.load(handle), profiles / "profiles" / "planner"


def chinese(text):
    return bool(CJK.search(text or ""))


@pytest.mark.parametrize("name, ini_lines, env_extra", [
    ("zh-Hans", ["[locale]", "overrideFlag=true", "userLocale=zh-Hans"], {}),
    ("system-zh_CN", [], {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}),
])
def test_the_plugin_in_a_real_chinese_qgis_window(session_dir, name, ini_lines, env_extra):
    found, profile = run_qgis(session_dir, name, ini_lines, env_extra)
    assert "error" not in found, found.get("error")
    assert found["active"] and found["provider"]
    assert found["shapely"].startswith("2")  # from the profile's lantu/python-libs, not QGIS's 1.8
    # Lantu speaks Chinese, and QGIS too where it has a catalogue for the locale (3.22 has none for the system's
    # zh_CN: only for zh-Hans, the name its own settings use)
    if name == "zh-Hans":
        assert chinese(found["qgis_menu"]), found["qgis_menu"]
    assert "用地结构表" in found["dialog_title"]
    assert found["tabs"] == ["图层", "现状", "目标", "底线", "提质", "保障", "实时", "输出"]
    assert found["tabs_fit"], found["tab_bar"]
    # the demo from its copy in the profile, its results beside it
    assert found["project"] == str(profile / "lantu" / "demo" / "lantu_demo.qgz")
    results_dir = str(profile / "lantu" / "demo" / "lantu_demo_lantu")
    assert found["result_sources"] and all(s.startswith(results_dir) for s in found["result_sources"])
    # the Layers page guessed the area field, and the planted TBMJ fault is found
    assert found["area_field"] == "TBMJ"
    tbmj = [t for t in found["findings"]["status"] if "TBMJ" in t]
    assert len(tbmj) == 1 and "+10.00 %" in tbmj[0] and chinese(tbmj[0]), tbmj
    assert found["tbmj_bsm"] == SUMMARY["faults"]["tbmj_plus_10pct_BSM"]
    # every step ran; headers and findings in Chinese, no field names, no key=value
    assert set(found["steps"]) == {"status", "bottomlines", "quality", "delivery"}
    assert all(state == "done" for runs in found["runs"].values() for state in runs.values()), found["runs"]
    for step, headers in found["headers"].items():
        assert headers and all(chinese(h) for h in headers), (step, headers)
    for step, texts in found["findings"].items():
        assert all(chinese(t) and "=" not in t.split("——")[0] for t in texts), (step, texts[:3])
    assert len(found["findings"]["bottomlines"]) >= 6
    # key figures in 公顷 with two decimals: the total area of the demo is 35 000 公顷
    assert found["figures"]["status"]["总面积（公顷）"] == "35,000.00"
    assert not [label for figures in found["figures"].values() for label in figures if "m²" in label]
    # the zone rules are checked (the planned land use carries GHFQDM)
    assert found["zone_rules"] and all(status == "" for status in found["zone_rules"].values()), found["zone_rules"]
    # a check row per target of the imported targets.csv, per indicator and scope, the result in words; the demo's
    # two planted failures (城乡建设用地面积 ≤ 1100 overall and ≤ 160 for 雁河商贸物流片区) are 未达标
    with open(os.path.join(ROOT, "resources", "demo", "targets.csv"), encoding="utf-8") as handle:
        targets = list(csv.DictReader(handle))
    check = found["check"]
    assert [(row[0], row[1] if row[1] in {t["scope"] for t in targets} else "合计") for row in check] == [
        (t["indicator"], t["scope"]) for t in targets], check
    assert {tuple(row[:2]) for row in check if row[2] == "未达标"} >= {("城乡建设用地面积", "雁河商贸物流片区")}
    assert sum(row[2] == "未达标" for row in check) == 2 and all(row[2] in ("达标", "未达标") for row in check), check
    # road encroachment counts construction land only: a small part of the control zones, not 99.8 % of them
    quality = found["figures"]["quality"]
    zone, taken = (float(quality[k].replace(",", "")) for k in ("控制区面积（公顷）", "侵占面积（公顷）"))
    assert 0 < taken < 0.2 * zone, (taken, zone)
    # every result layer is styled, with Chinese field aliases
    unstyled = {layer["algorithm"] for layer in found["layers"] if layer["spatial"] and not layer["style"]}
    assert not unstyled, unstyled
    assert all(chinese(alias) for layer in found["layers"] for alias in layer["aliases"]), [
        (layer.get("name"), alias) for layer in found["layers"] for alias in layer["aliases"] if not chinese(alias)]
    # the report and the maps, written in the background
    assert os.path.getsize(os.path.join(ARTEFACTS, f"qgis_{name}_review.pdf")) > 20_000
    assert found["returned_while_exporting"]
    assert sorted(found["maps"]) == sorted(f"{s}.{k}" for s in ("xianzhuang", "yongdi_guihua", "sanqu_sanxian")
                                           for k in ("pdf", "png"))
    report = open(os.path.join(ARTEFACTS, f"qgis_{name}_review.html"), encoding="utf-8").read()
    assert "35,000.00" in report and "area_m2" not in report and "rule_id" not in report
    # the tables as a spreadsheet: every sheet and header in Chinese (read back through OGR, not the plugin)
    from osgeo import gdal, ogr

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    book = ogr.Open(os.path.join(ARTEFACTS, f"qgis_{name}_tables.xlsx"))
    sheets = [book.GetLayer(i) for i in range(book.GetLayerCount())]
    assert len(sheets) >= 8 and all(chinese(sheet.GetName()) for sheet in sheets), [s.GetName() for s in sheets]
    headers = [(s.GetName(), s.GetLayerDefn().GetFieldDefn(i).GetName())
               for s in sheets for i in range(s.GetLayerDefn().GetFieldCount())]
    assert all(chinese(header) for _, header in headers), [h for h in headers if not chinese(h[1])]
    # 边画边检: one parcel inside the redline made 0701 is found at once, in Chinese, in the layer 实时检查结果
    live = found["live"]
    assert live["checked"] and live["name"] == "lantu_live_check" and live["layer"] == "实时检查结果"
    assert "ERL-01" in live["rules"], live
    assert any("ERL-01" in t and "生态保护红线" in t for t in live["findings"]), live["findings"]
    for shot in ("layers", "status", "bottomlines", "bottomlines_findings", "quality", "delivery", "export", "map", "sanqu",
                 "live", "live_window"):
        assert os.path.getsize(os.path.join(ARTEFACTS, f"qgis_{name}_{shot}.png")) > 20_000, shot
