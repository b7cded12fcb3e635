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


LINES = {"PERMANENT_FARMLAND": layer("yjjbnt"), "ECO_REDLINE": layer("stbhhx"), "URBAN_BOUNDARY": layer("czkfbj")}
SINK = "{SINK}"  # a parameter with this value is a further output, written as table <job>_<parameter>

# (output name, title, algorithm, parameters): the jobs a planner runs on a 片区 plan, in order.
# OUTPUT and REPORT are always written; other outputs are named with SINK.
JOBS = [
    ("base_map", "规划底图（三调 → 用地用海基数转换，城镇村属性码细分）", "lantu:convertbase", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "CZCSXM_FIELD": "CZCSXM"}),
    ("current_structure_township", "现状用地结构表（三调一级类，按乡镇，TBDLMJ）", "lantu:landusestructure", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "LEVEL": 1, "AREA_FIELD": "TBDLMJ",
        "ZONES": layer("township"), "ZONE_FIELD": "XZQMC"}),
    ("current_structure_ydyh", "现状用地结构表（转换为用地用海二级类，椭球面积）", "lantu:landusestructure", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "LEVEL": 2, "REPORT_AS": 1, "AREA_METHOD": 1}),
    ("planned_structure_cluster", "规划用地结构表（用地用海一级类，按村级片区）", "lantu:landusestructure", {
        "LANDUSE": layer("ghyd"), "CODE_FIELD": "YDYHFLDM", "LEVEL": 1,
        "ZONES": layer("village_cluster"), "ZONE_FIELD": "PQMC"}),
    ("control_line_overlaps", "三线冲突检查（永久基本农田、生态保护红线、城镇开发边界）", "lantu:controllineoverlaps", {
        **LINES}),
    ("landuse_conflicts", "底线约束冲突检查（规划用地与规划分区对三线）", "lantu:landuseconflicts", {
        "LANDUSE": layer("ghyd"), "CODE_FIELD": "YDYHFLDM", **LINES, "ZONES": layer("ghyd"), "ZONE_FIELD": "GHFQDM",
        "SUMMARY": SINK}),
    ("resolved_lines", "三线冲突处理（按 生态保护红线 > 永久基本农田 > 城镇开发边界 扣除重叠）", "lantu:resolveoverlaps", {
        **LINES, "OUTPUT_PBF": SINK, "OUTPUT_ERL": SINK, "OUTPUT_UDB": SINK, "MOVED": SINK}),
    ("road_control_lines", "道路控制线（建筑控制区，按公路行政等级，检查规划建设用地占用）", "lantu:roadcontrollines", {
        "ROADS": layer("roads"), "GRADE_FIELD": "GRADE", "WIDTH_FIELD": "WIDTH", "BOUNDARY": layer("township"),
        # planned construction land without the road land itself (the default CHECK_CLASSES,
        # resources/tables/encroachment_classes.csv)
        "CHECK_LAYER": layer("ghyd"), "CHECK_CODE_FIELD": "YDYHFLDM"}),
]
# 全域土地综合整治 (issue 5): land consolidation potential.
JOBS += [
    ("slope_farmland", "坡耕地（DEM 坡度分级，>25° 退耕还林候选）", "lantu:slopefarmland", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "DEM": "{DEMO_DIR}/dem.tif"}),
    ("farmland_blocks", "耕地集中连片（现状 vs 规划，百亩方）", "lantu:farmlandcontiguity", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "GAP": 3, "COMPARE_LANDUSE": layer("ghyd"),
        "COMPARE_CODE_FIELD": "YDYHFLDM"}),
    ("homestead_relocation", "宅基地腾退潜力（聚居点，按村汇总安置与节余）", "lantu:homesteadrelocation", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "VILLAGES": layer("village"), "VILLAGE_FIELD": "XZQMC",
        "POPULATION_FIELD": "POP", "ROADS": layer("roads"), "MAX_ROAD_DISTANCE": 300,
        "SUMMARY": SINK}),
    ("consolidation_potential", "全域土地综合整治潜力表（按村，分级）", "lantu:consolidationpotential", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "VILLAGES": layer("village"), "VILLAGE_FIELD": "XZQMC",
        "POPULATION_FIELD": "POP", "DEM": "{DEMO_DIR}/dem.tif", "GAP": 3}),
    ("landuse_change", "用地结构调整表（三调现状 → 用地用海规划，一级类）", "lantu:landusechange", {
        "CURRENT": layer("dltb"), "CURRENT_CODE_FIELD": "DLBM", "PLANNED": layer("ghyd"),
        "PLANNED_CODE_FIELD": "YDYHFLDM", "LEVEL": 1, "TRANSFER": SINK}),
    ("indicator_breakdown", "规划指标分解表（按村级片区）", "lantu:indicatorbreakdown", {
        "CLUSTERS": layer("village"), "CLUSTER_FIELD": "CLUSTER", "NAME_FIELD": "XZQMC", "TOWNSHIP_FIELD": "XZMC",
        "CENTER_FIELD": "is_center", "PLANNED": layer("ghyd"), "PLANNED_CODE_FIELD": "YDYHFLDM",
        "PERMANENT_FARMLAND": layer("yjjbnt"), "ECO_REDLINE": layer("stbhhx"),
        "TARGETS": "{ROOT}/resources/demo/targets.csv", "CHECK": SINK}),
    ("data_quality", "数据质检（三调地类图斑：几何、拓扑、编码、面积、字段、坐标系）", "lantu:checklanduse", {
        "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "BOUNDARY": layer("township"), "AREA_FIELD": "TBMJ",
        "AREA_METHOD": 1, "REQUIRED_FIELDS": "BSM,DLBM,DLMC,ZLDWDM,TBMJ", "AREAS": SINK, "SUMMARY": SINK}),
    ("current_vs_plan", "现状与规划比对（三调 → 用地用海一级类，转移矩阵）", "lantu:comparelayers", {
        "LAYER_A": layer("dltb"), "CODE_FIELD_A": "DLBM", "LAYER_B": layer("ghyd"), "CODE_FIELD_B": "YDYHFLDM",
        "LEVEL": 1, "MATRIX": SINK}),
    ("site_check", "项目选址与用地预审（三线、现状地类、公路建筑控制区）", "lantu:sitecheck", {
        "SITE": os.path.join(ROOT, "resources", "demo", "sites.gpkg") + "|layername=xmyd", "SITE_ID_FIELD": "XMBH",
        **LINES, "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", "ROADS": layer("roads"), "SUMMARY": SINK}),
    ("site_selection", "项目辅助选址（2 公顷，城镇开发边界内，距道路 300 米内，坡度 ≤ 15°）", "lantu:siteselection", {
        "BOUNDARY": layer("township"), "LANDUSE": layer("dltb"), "CODE_FIELD": "DLBM", **LINES, "URBAN_RULE": 0,
        "ROADS": layer("roads"), "MAX_ROAD_DISTANCE": 300, "DEM": "{DEMO_DIR}/dem.tif", "MAX_SLOPE": 15, "AREA_HA": 2,
        "MIN_WIDTH": 30, "COUNT": 5}),
    ("life_circle", "镇村生活圈覆盖（按道路网络距离；服务半径为示范值）", "lantu:lifecircle", {
        "FACILITIES": "{DEMO_DIR}/facilities.gpkg|layername=ggfw", "TYPE_FIELD": "TYPE",
        "SETTLEMENTS": layer("settlement"), "POPULATION_FIELD": "POP", "ROADS": layer("roads"),
        "RADII": "{DEMO_DIR}/life_circle_demo.csv", "SUMMARY": SINK, "GAPS": SINK}),
    # the lines as resolved above (their overlaps removed), so that the database passes its own check
    ("plan_database", "成果入库与质检（Lantu 示例结构，非本省标准；三线为扣除重叠后）", "lantu:exportdatabase", {
        "LAYERS": [layer("dltb"), layer("ghyd"), layer("township")] + [
            f"{{GPKG}}|layername=resolved_lines_output_{line}" for line in ("pbf", "erl", "udb")],
        "XZQDM": "510899", "XZQMC": "示范县", "OUTPUT_DATABASE": "{OUT}/lantu_demo_plan.gdb",
        "MAPPING_OUTPUT": "{OUT}/lantu_demo_plan_mapping.csv"}),
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
        def fill(value):
            if isinstance(value, list):
                return [fill(v) for v in value]
            return (value.replace("{DEMO}", data).replace("{DEMO_DIR}", os.path.dirname(data)).replace("{GPKG}", gpkg)
                    .replace("{ROOT}", ROOT).replace("{OUT}", out) if isinstance(value, str) else value)

        parameters = {k: fill(v) for k, v in parameters.items()}
        tables = {k: f"{name}_{k.lower()}" for k, v in parameters.items() if v == SINK}
        outputs = {k: f"ogr:dbname='{gpkg}' table=\"{t}\"" for k, t in tables.items()}
        if "OUTPUT" in _parameter_names(algorithm):
            tables["OUTPUT"] = name
            outputs["OUTPUT"] = f"ogr:dbname='{gpkg}' table=\"{name}\""
        if "REPORT" in _parameter_names(algorithm):
            outputs["REPORT"] = report
        result = processing.run(algorithm, {**parameters, **outputs}, feedback=QgsProcessingFeedback())
        for table in tables.values():
            gdal.VectorTranslate(os.path.join(out, "csv", f"{table}.csv"), gpkg, layers=[table], format="CSV",
                                 layerCreationOptions=["WRITE_BOM=YES"])  # Excel opens UTF-8 Chinese with a BOM
            gdal.VectorTranslate(xlsx, gpkg, layers=[table], format="XLSX",
                                 accessMode="update" if os.path.exists(xlsx) else None, layerName=table[:31])
        figures = {k: v for k, v in result.items() if isinstance(v, (int, float))}
        seconds = time.time() - started
        print(f"\n{title}  [{algorithm}, {seconds:.1f} s]")
        for key, value in figures.items():
            print(f"  {key:24s} {value:,.2f}" + (f"  ({value / 10000:,.2f} 公顷)" if key.endswith("_M2") else ""))
        _print_top_rows(gpkg, tables.get("OUTPUT") or next(iter(tables.values()), None))
        index.append((title, os.path.basename(report) if "REPORT" in outputs else "", algorithm, figures))

    _write_index(os.path.join(out, "index.html"), index)
    print(f"\nResults in {out}:")
    for item in sorted(os.listdir(out)):
        print(f"  {item}")
    app.exitQgis()


def _parameter_names(algorithm):
    from qgis.core import QgsApplication

    return {p.name() for p in QgsApplication.processingRegistry().algorithmById(algorithm).parameterDefinitions()}


def _print_top_rows(gpkg, name, limit=8):
    """The first rows of a result table, as a planner glances at them."""
    if not name:
        return
    from osgeo import ogr

    source = ogr.Open(gpkg)
    table = source.GetLayerByName(name)
    fields = [table.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(table.GetLayerDefn().GetFieldCount())]
    shown = [f for f in fields if f not in ("area_m2", "area_mu", "basis", "note")][:8]
    for n, feature in enumerate(table):
        if n >= limit:
            print("    …")
            break
        cells = []
        for f in shown:
            value = feature.GetField(f)
            cells.append(f"{value:,.2f}" if isinstance(value, float) else str(value if value is not None else ""))
        print("    " + " | ".join(cells))


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
