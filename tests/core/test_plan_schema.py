"""The plan-database schema (core.plan_schema) and the judgements of core.database_checks / database_geometry that
need no QGIS: the example schema keeps its facts' sources, domains parse, a template merges with a table, the zone
that fits the data, and a check that did not look is 未检查."""
import csv

import numpy as np
import shapely

from lantu.core import database_checks, database_geometry, plan_schema


def test_the_example_schema_is_built_from_the_facts_and_keeps_their_sources():
    schema = plan_schema.load_schema_csv(plan_schema.default_schema_path())
    assert {"GHDLTB", "JQDLTB", "GKBJ", "XZQ", "YJJBNTBHTB", "STBHHX", "CZKFBJ"} <= set(schema.layers)
    with open(plan_schema.default_schema_path(), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(row["source"] for row in rows)
    assert schema.layer("ghdltb").ysdm == "2003020210" and schema.layer("GHDLTB").field("BSM").length == 20
    assert schema.layer("CZKFBJ").ysdm == "2090020213"  # from ysdm_seen.csv (义乌 data), said in the row's note
    assert [f.name for f in schema.layer("GHDLTB").area_fields()] == ["GHDLMJ"]


def test_domains_parse_and_the_built_in_code_tables_hold_them():
    assert plan_schema.parse_domain("codes:ydyh") == ("codes", "ydyh")
    assert plan_schema.parse_domain("names:gkbj@GKBJLXDM") == ("names", ("gkbj", "GKBJLXDM"))
    assert plan_schema.parse_domain("01|02|03") == ("values", {"01", "02", "03"})
    assert plan_schema.parse_domain("tool writes '670500'") == ("", None)  # a note, not a domain
    tables = plan_schema.code_tables()
    assert tables.names("ydyh")["0101"] == "水田" and tables.names("gkbj")["0202"] == "永久基本农田"
    assert tables.names("ghfq")["410"] == "城镇集中建设区"


def test_a_template_gives_the_structure_and_the_table_the_values():
    template = plan_schema.from_structure({"GHDLTB": ("MultiPolygon", [("BSM", "String", 18, 0), ("MJ", "Real", 0, 0)])})
    described = plan_schema.Schema(layers={"GHDLTB": plan_schema.LayerSpec(
        "GHDLTB", "polygon", False, "2003020210", fields=[plan_schema.FieldSpec("BSM", "str", 20, None, True),
                                                          plan_schema.FieldSpec("MJ", "float", None, 2, None, "area")]),
        "OTHER": plan_schema.LayerSpec("OTHER", "point")})
    merged = plan_schema.merge(template, described)
    layer = merged.layer("GHDLTB")
    assert set(merged.layers) == {"GHDLTB"} and layer.ysdm == "2003020210" and layer.multi is False
    assert layer.field("BSM").length == 18 and layer.field("BSM").required is True  # the template's length wins
    assert layer.field("MJ").decimals == 2 and layer.area_fields()[0].name == "MJ"


def test_the_zone_that_fits_the_data():
    assert database_geometry.fitting_crs(35_542_000, 35_560_000, None) == 4523  # zone 35 prefixed: EPSG:4523
    assert database_geometry.fitting_crs(19_500_000, 19_600_000, None) == 4497  # 6° zone 19
    assert database_geometry.fitting_crs(500_000, 520_000, 120.2) == 4549  # 3° zone 40 (CM 120°E), no prefix
    assert database_geometry.fitting_crs(500_000, 520_000, None) is None


def test_a_check_that_did_not_look_is_not_checked_and_one_that_did_passes():
    results = database_checks.DatabaseResults()
    layer = database_checks.DeliveredLayer("XZQ", "MultiPolygon", [("BSM", "String", 18, 0)],
                                           fids=np.arange(2), geoms=np.array([shapely.box(0, 0, 1, 1)] * 2, dtype=object),
                                           columns={"BSM": np.array(["a" * 18, "b" * 18], dtype=object)})
    schema = plan_schema.Schema(layers={"XZQ": plan_schema.LayerSpec(
        "XZQ", "polygon", True, fields=[plan_schema.FieldSpec("BSM", "str", 18)])})
    pairs = database_checks.check_structure(schema, [layer], results)
    database_checks.check_values(schema, pairs, plan_schema.CodeTables(), results)
    status = {row[0]: row[5] for row in results.summary()}
    assert status["bsm_duplicate"] == status["bsm_length"] == status["field_length"] == "通过"
    assert status["xzqdm_mismatch"] == status["value_domain"] == status["ysdm_mismatch"] == "未检查"


def test_a_table_s_rows_are_not_empty_geometries():
    results = database_checks.DatabaseResults()
    table = database_checks.DeliveredLayer("GHZBB", "None", [("XZQDM", "String", 12, 0)], fids=np.arange(3),
                                           geoms=np.full(3, None, dtype=object))
    database_geometry.check_geometry(table, results)
    assert results.findings == []
