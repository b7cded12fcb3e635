"""As a planner would: the packaged plugin in a fresh profile of a real QGIS window (under Xvfb).

Saves screenshots to test-artefacts/ (zh_CN with a CJK font, and English), for a person to look at:
the window with the demo project and Lantu's algorithm dialog; the drafting dock opened from the
plugin's action after running 现状研判 on the demo; and an exported standard map.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

ARTEFACTS = os.path.join(ROOT, "test-artefacts")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (shutil.which("qgis") and shutil.which("xvfb-run")),
                                                   reason="needs QGIS and xvfb-run")]

SCRIPT = r'''
import json, os, traceback
import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
out = {}
def step_one():
    try:
        out["active"] = "lantu" in qgis.utils.active_plugins
        out["provider"] = QgsApplication.processingRegistry().providerById("lantu") is not None
        import shapely
        out["shapely"] = shapely.__version__
        import lantu
        demo = os.path.join(os.path.dirname(lantu.__file__), "resources", "demo", "lantu_demo.qgz")
        out["demo_opened"] = os.path.exists(demo) and QgsProject.instance().read(demo)
        out["layers"] = len(QgsProject.instance().mapLayers())
        import processing
        dialog = processing.createAlgorithmDialog("lantu:landusestructure", {})
        dialog.show()
        out["dialog_title"] = dialog.windowTitle()
        QTimer.singleShot(4000, lambda: step_two(dialog))
    except Exception:
        out["error"] = traceback.format_exc()
        finish()
def step_two(dialog):
    qgis.utils.iface.mainWindow().grab().save(os.environ["LANTU_SHOT"] + "_window.png")
    dialog.grab().save(os.environ["LANTU_SHOT"] + "_dialog.png")
    dialog.close()
    try:
        plugin = qgis.utils.plugins["lantu"]
        plugin.dock_action.trigger()  # the toolbar / menu action
        dock = plugin.dock
        dock.setMinimumWidth(560)
        out["roles"] = sorted(dock.state.roles)
        dock.tabs.setCurrentIndex(dock.tab_index["status"])
        page = dock.pages["status"]
        page.run()
        out["returned_while_running"] = page.runner.running
        wait_for_step(dock, page, 0)
    except Exception:
        out["error"] = traceback.format_exc()
        finish()
def wait_for_step(dock, page, waited):
    if page.runner.running and waited < 180:
        QTimer.singleShot(500, lambda: wait_for_step(dock, page, waited + 0.5))
        return
    try:
        summary = dock.state.results.get("status", {})
        out["runs"] = {r["algorithm"]: r["state"] for r in summary.get("runs", [])}
        out["figures"] = {f["key"]: f["value"] for f in summary.get("figures", [])}
        out["table_rows"] = page.table.rowCount()
        out["notes"] = page.notes.text()
        # then every other step, one after another, as a planner goes through the plan
        others = [k for k, p in dock.pages.items() if k not in ("status", "targets")]
        QTimer.singleShot(100, lambda: run_others(dock, others))
    except Exception:
        out["error"] = traceback.format_exc()
        finish()
def run_others(dock, others):
    try:
        if others:
            page = dock.pages[others[0]]
            if page.runner is None or not page.runner.running:
                if page.runner is not None and page.step.key in dock.state.results:
                    others.pop(0)
                else:
                    page.run()
            QTimer.singleShot(300, lambda: run_others(dock, others))
            return
        out["steps"] = {k: v.get("status") for k, v in dock.state.results.items()}
        dock.set_setting("plan_name", "示范片区")
        dock.export_page.write_report(os.environ["LANTU_SHOT"] + "_review.html")
        maps = os.path.join(os.path.dirname(os.environ["LANTU_RESULT"]), "maps")
        out["maps"] = [os.path.basename(p) for p in dock.export_page.export_maps(maps)]
        import shutil
        shutil.copy(os.path.join(maps, "yongdi_guihua.png"), os.environ["LANTU_SHOT"] + "_map.png")
        QTimer.singleShot(2500, lambda: step_three(dock))
    except Exception:
        out["error"] = traceback.format_exc()
        finish()
def step_three(dock):
    dock.grab().save(os.environ["LANTU_SHOT"] + "_dock.png")
    qgis.utils.iface.mainWindow().grab().save(os.environ["LANTU_SHOT"] + "_window_dock.png")
    dock.tabs.setCurrentIndex(0)
    QTimer.singleShot(800, lambda: step_four(dock))
def step_four(dock):
    dock.grab().save(os.environ["LANTU_SHOT"] + "_dock_layers.png")
    dock.pages["targets"].add_standard()
    dock.tabs.setCurrentIndex(dock.tab_index["targets"])
    QTimer.singleShot(800, lambda: (dock.grab().save(os.environ["LANTU_SHOT"] + "_dock_targets.png"), finish()))
def finish():
    json.dump(out, open(os.environ["LANTU_RESULT"], "w"))
    QgsApplication.exit(0)
QTimer.singleShot(6000, step_one)
'''


@pytest.mark.parametrize("locale", ["zh_CN", "en_US"])
def test_packaged_plugin_in_a_real_qgis_window(tmp_path, locale):
    package = tmp_path / "lantu.zip"
    subprocess.run([sys.executable, "scripts/package.py", "--out", str(package)], cwd=ROOT, check=True)
    profiles = tmp_path / "profiles"
    subprocess.run(["bash", "scripts/make_profile.sh", str(profiles), "planner", "--zip", str(package)], cwd=ROOT,
                   check=True)
    ini = profiles / "profiles" / "planner" / "QGIS" / "QGIS3.ini"
    with open(ini, "a", encoding="utf-8") as settings:
        settings.write(f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n")
    script = tmp_path / "in_qgis.py"
    script.write_text(SCRIPT, encoding="utf-8")
    os.makedirs(ARTEFACTS, exist_ok=True)
    result = tmp_path / "result.json"
    env = dict(os.environ, LANTU_RESULT=str(result), LANTU_SHOT=os.path.join(ARTEFACTS, f"qgis_{locale}"))
    env.pop("QT_QPA_PLATFORM", None)  # a real window, on Xvfb
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(profiles),
                    "--profile", "planner", "--nologo", "--code", str(script)],
                   env=env, timeout=420, capture_output=True, text=True)
    found = json.loads(result.read_text())
    assert "error" not in found, found.get("error")
    assert found["active"] and found["provider"]
    assert found["shapely"].startswith("2")  # from the profile's lantu/python-libs, not QGIS's 1.8
    expected = "用地结构表" if locale == "zh_CN" else "Land-use structure table"
    assert expected.lower() in found["dialog_title"].lower()  # QGIS title-cases English names
    assert os.path.getsize(os.path.join(ARTEFACTS, f"qgis_{locale}_dialog.png")) > 10_000
    # the dock: roles guessed on the demo, 现状研判 run in the background, its page filled, a map exported
    assert {"current_landuse", "planned_landuse", "township"} <= set(found["roles"])
    assert found["returned_while_running"]
    assert found["runs"]["lantu:landusestructure"] == "done", found["notes"]
    assert found["figures"]["TOTAL_AREA_M2"] > 1e8 and found["table_rows"] > 10
    assert "yongdi_guihua.png" in found["maps"]
    assert set(found["steps"]) == {"status", "bottomlines", "quality", "delivery"}  # every step ran, none broke
    assert os.path.getsize(os.path.join(ARTEFACTS, f"qgis_{locale}_review.pdf")) > 20_000
    for shot in ("dock", "map"):
        assert os.path.getsize(os.path.join(ARTEFACTS, f"qgis_{locale}_{shot}.png")) > 20_000
