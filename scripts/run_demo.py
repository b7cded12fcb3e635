"""The main job on the bundled demo 片区, headless: every Lantu algorithm, results in one folder.

    python scripts/run_demo.py --out demo-output

Writes a GeoPackage of result layers and tables, the tables again as .xlsx (one sheet each) and
.csv, an HTML report per job and an index.html, and prints where they are and the key figures.
As algorithms land, each adds its jobs to JOBS.
"""
import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import qgis_headless  # noqa: E402

ROOT = qgis_headless.ROOT
DEMO = os.path.join(ROOT, "resources", "demo", "lantu_demo.gpkg")


def layer(name):
    return f"{{DEMO}}|layername={name}"  # DEMO is filled in when the job runs (--data)


def table(name):
    """A second output table of a job (TRANSFER, CHECK …), written beside OUTPUT."""
    return f"{{TABLE}}{name}"


# (output name, title, algorithm, parameters): the jobs a planner runs on a 片区 plan, in order.
JOBS = [
    ("current_structure_township", "现状用地结构表（三调一级类，按乡镇，TBDLMJ）", "lantu:landusestructure", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "LEVEL": 1, "AREA_FIELD": "TBDLMJ",
        "ZONES": layer("township"), "ZONE_FIELD": "XZQMC"}),
    ("current_structure_ydyh", "现状用地结构表（转换为用地用海二级类，椭球面积）", "lantu:landusestructure", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "LEVEL": 2, "REPORT_AS": 1, "AREA_METHOD": 1}),
    ("planned_structure_cluster", "规划用地结构表（用地用海一级类，按村级片区）", "lantu:landusestructure", {
        "LANDUSE": layer("ghyd"), "CODE_FIELD": "YDYHFLDM", "LEVEL": 1,
        "ZONES": layer("village_cluster"), "ZONE_FIELD": "PQMC"}),
    ("landuse_change", "用地结构调整表（三调现状 → 用地用海规划，一级类）", "lantu:landusechange", {
        "CURRENT": layer("dltb"), "CURRENT_CODE_FIELD": "DLBM", "PLANNED": layer("ghyd"),
        "PLANNED_CODE_FIELD": "YDYHFLDM", "LEVEL": 1, "TRANSFER": table("landuse_transfer")}),
    ("indicator_breakdown", "规划指标分解表（按村级片区）", "lantu:indicatorbreakdown", {
        "CLUSTERS": layer("village"), "CLUSTER_FIELD": "CLUSTER", "NAME_FIELD": "XZQMC", "TOWNSHIP_FIELD": "XZMC",
        "CENTER_FIELD": "is_center", "PLANNED": layer("ghyd"), "PLANNED_CODE_FIELD": "YDYHFLDM",
        "PERMANENT_FARMLAND": layer("yjjbnt"), "ECO_REDLINE": layer("stbhhx"),
        "TARGETS": "{ROOT}/resources/demo/targets.csv", "CHECK": table("indicator_check")}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="demo-output")
    parser.add_argument("--locale", default="zh_CN", help="language of names and reports (zh_CN or en)")
    parser.add_argument("--data", default=DEMO, help="a GeoPackage with the demo's layers (make_demo.py --parcels N)")
    args = parser.parse_args()
    data = os.path.abspath(args.data)
    if not os.path.exists(data):
        sys.exit(f"demo: {data} is missing (python scripts/make_demo.py builds it)")
    out = os.path.abspath(args.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "csv"))

    app, plugin = qgis_headless.start()
    from lantu import translation

    translation.remove_translator(plugin.translator)  # the demo speaks --locale, whatever the system's
    plugin.translator = translation.install_translator(args.locale)
    import processing
    from osgeo import gdal
    from qgis.core import QgsProcessingFeedback

    gdal.UseExceptions()
    gpkg = os.path.join(out, "lantu_demo_results.gpkg")
    xlsx = os.path.join(out, "lantu_demo_tables.xlsx")
    index = []
    print(f"Lantu demo: {data}")
    for name, title, algorithm, parameters in JOBS:
        started = time.time()
        report = os.path.join(out, f"{name}.html")
        parameters = {k: v.replace("{DEMO}", data).replace("{ROOT}", ROOT) if isinstance(v, str) else v
                      for k, v in parameters.items()}
        tables = [name] + [v[len("{TABLE}"):] for v in parameters.values() if isinstance(v, str) and v.startswith("{TABLE}")]
        parameters = {k: f"ogr:dbname='{gpkg}' table=\"{v[len('{TABLE}'):]}\"" if isinstance(v, str) and v.startswith("{TABLE}")
                      else v for k, v in parameters.items()}
        result = processing.run(algorithm, {**parameters, "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{name}\"",
                                            "REPORT": report}, feedback=QgsProcessingFeedback())
        for written in tables:
            gdal.VectorTranslate(os.path.join(out, "csv", f"{written}.csv"), gpkg, layers=[written], format="CSV",
                                 layerCreationOptions=["WRITE_BOM=YES"])  # Excel opens UTF-8 Chinese with a BOM
            gdal.VectorTranslate(xlsx, gpkg, layers=[written], format="XLSX",
                                 accessMode="update" if os.path.exists(xlsx) else None, layerName=written[:31])
        figures = {k: v for k, v in result.items() if isinstance(v, (int, float))}
        seconds = time.time() - started
        print(f"\n{title}  [{algorithm}, {seconds:.1f} s]")
        for key, value in figures.items():
            print(f"  {key:24s} {value:,.2f}" + (f"  ({value / 10000:,.2f} 公顷)" if key.endswith("_M2") else ""))
        _print_top_rows(gpkg, name)
        index.append((title, os.path.basename(report), algorithm, figures))

    _write_index(os.path.join(out, "index.html"), index)
    print(f"\nResults in {out}:")
    for item in sorted(os.listdir(out)):
        print(f"  {item}")
    app.exitQgis()


def _print_top_rows(gpkg, name, limit=12):
    from osgeo import ogr

    source = ogr.Open(gpkg)
    table = source.GetLayerByName(name)
    fields = {table.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(table.GetLayerDefn().GetFieldCount())}
    if not {"zone", "code", "name", "area_ha", "share_pct"} <= fields:
        return  # not a structure table: its figures and report say what it holds
    first_zone = None
    shown = 0
    for feature in table:
        zone = feature.GetField("zone")
        first_zone = first_zone or zone
        if zone != first_zone or shown >= limit:
            break
        print(f"    {zone} {feature.GetField('code') or '':6s} {feature.GetField('name'):16s} "
              f"{feature.GetField('area_ha'):12,.2f} 公顷 {feature.GetField('share_pct'):6.2f} %")
        shown += 1


def _write_index(path, entries):
    import html

    rows = "".join(
        f"<tr><td><a href='{html.escape(link)}'>{html.escape(title)}</a></td><td>{html.escape(alg)}</td>"
        f"<td>{'<br>'.join(f'{html.escape(k)} = {v:,.2f}' for k, v in figures.items())}</td></tr>"
        for title, link, alg, figures in entries)
    with open(path, "w", encoding="utf-8") as out:
        out.write("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>Lantu 蓝图 演示结果</title>"
                  "<style>body{font-family:sans-serif;margin:2em}td,th{border:1px solid #999;padding:4px 8px}"
                  "table{border-collapse:collapse}</style></head><body><h1>Lantu 蓝图 演示结果</h1>"
                  "<p>lantu_demo_results.gpkg · lantu_demo_tables.xlsx · csv/</p>"
                  f"<table><tr><th>表</th><th>算法</th><th>关键数字</th></tr>{rows}</table></body></html>")


if __name__ == "__main__":
    main()
