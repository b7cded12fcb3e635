"""Build resources/tables/plan_schema.csv (the EXAMPLE schema of lantu:checkdatabase and lantu:exportdatabase) and
its code tables from the facts in ../shared/tables/plan_database, and nothing else: the village-plan template's
layers and the three control lines and XZQ as delivered. Every row keeps the source of its fact; what Lantu adds
(a domain keyword, a topology rule) says so in the row's `note`.

    python scripts/make_plan_schema.py [FACTS_DIR]
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACTS = os.path.join(os.path.dirname(ROOT), "shared", "tables", "plan_database")
OUT = os.path.join(ROOT, "resources", "tables")

VILLAGE = ["CJDCQ", "CJDCQJX", "JQDLTB", "GGJCSSD", "GHDLTB", "GHGGJCSSD", "GKBJ", "LSWHBHQ", "GHZBB", "KJGNJGTZB",
           "JQJSXMJHB"]
DELIVERED = ["XZQ", "XZQJX", "YJJBNTBHTB", "STBHHX", "CZKFBJ"]
# Lantu's reading of a fact into a checkable domain: (layer, field) -> (domain, note)
DOMAINS = {
    ("GHDLTB", "GHDLBM"): ("codes:ydyh", "用地用海分类 codes: the built-in 2023 table (resources/tables/ydyh2023_codes.csv)"),
    ("GHDLTB", "GHDLMC"): ("names:ydyh@GHDLBM", "the name of the GHDLBM code"),
    ("GKBJ", "GKBJLXDM"): ("codes:gkbj", "plan_gkbj_codes.csv (village_gkbj_codes.csv)"),
    ("GKBJ", "GKBJLXMC"): ("names:gkbj@GKBJLXDM", "names paired with GKBJLXDM"),
    ("GGJCSSD", "SSLXDM"): ("codes:facility", "plan_facility_codes.csv (village_facility_codes.csv)"),
    ("GGJCSSD", "SSLXMC"): ("names:facility@SSLXDM", "the name of the SSLXDM code"),
    ("GHGGJCSSD", "GHSSLXDM"): ("codes:facility", "plan_facility_codes.csv (village_facility_codes.csv)"),
    ("GHGGJCSSD", "GHSSLXMC"): ("names:facility@GHSSLXDM", "the name of the GHSSLXDM code"),
    ("LSWHBHQ", "LSWHLXDM"): ("01|02|03", "the three values VG.cs writes"),
    ("CZKFBJ", "GHFQDM"): ("codes:ghfq", "规划分区 codes: resources/tables/planning_zones.csv (Zhejiang; 410/420 as in 义乌 data)"),
    ("CZKFBJ", "GHFQMC"): ("names:ghfq@GHFQDM", "the name of the GHFQDM code"),
}
AREA_FIELDS = {"MJ", "JSMJ", "TBMJ", "GHDLMJ"}  # 面积 / 计算面积 / 图斑面积 / 规划地类面积: the polygon's area in m²
TOPOLOGY = {"GHDLTB": "coverage:XZQ", "JQDLTB": "coverage:XZQ", "YJJBNTBHTB": "control_line:PBF",
            "STBHHX": "control_line:ERL", "CZKFBJ": "control_line:UDB"}
COLUMNS = ["layer_code", "layer_name", "geometry", "ysdm", "field_code", "field_name", "type", "length", "decimals",
           "required", "domain", "topology", "source", "note"]


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def build(facts=FACTS):
    rows = read(os.path.join(facts, "schema_facts.csv"))
    seen_ysdm = {r["layer"].split()[0]: (r["ysdm"], r["source"]) for r in read(os.path.join(facts, "ysdm_seen.csv"))}
    out = []
    for wanted, context in ((VILLAGE, "Village plan DB template"), (DELIVERED, "Real delivered GDB")):
        for code in wanted:
            layer_rows = [r for r in rows if r["layer_code"] == code and r["standard"].startswith(context)]
            for r in layer_rows:
                notes = [f"fact's domain: {r['domain']}"] if r["domain"] else []
                ysdm, source = r["ysdm"], r["source"]
                if not ysdm and code in seen_ysdm:
                    ysdm = seen_ysdm[code][0]
                    notes.append(f"YSDM from ysdm_seen.csv ({seen_ysdm[code][1]})")
                domain, note = DOMAINS.get((code, r["field_code"]), ("", ""))
                if r["field_code"] in AREA_FIELDS and r["type"].startswith("Float"):
                    domain, note = "area", "Lantu: judged as the polygon's area in m²"
                if note:
                    notes.append(f"Lantu: {note}" if not note.startswith("Lantu") else note)
                topology = TOPOLOGY.get(code, "")
                if topology:
                    notes.append(f"Lantu: topology {topology} (issue 17)")
                out.append({"layer_code": code, "layer_name": r["layer_name"], "geometry": r["geometry"], "ysdm": ysdm,
                            "field_code": r["field_code"], "field_name": r["field_name"], "type": r["type"],
                            "length": r["length"], "decimals": r["decimals"], "required": r["required"],
                            "domain": domain, "topology": topology, "source": source, "note": "; ".join(notes)})
    return out


def write(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(facts=FACTS):
    write(os.path.join(OUT, "plan_schema.csv"), COLUMNS, build(facts))
    for name, code, label in (("village_gkbj_codes.csv", "GKBJLXDM", "GKBJLXMC"),
                              ("village_facility_codes.csv", "SSLXDM", "SSLXMC")):
        rows = [{"code": r[code], "name": r[label], "source": r["source"]} for r in read(os.path.join(facts, name))]
        target = "plan_gkbj_codes.csv" if "gkbj" in name else "plan_facility_codes.csv"
        write(os.path.join(OUT, target), ["code", "name", "source"], rows)


if __name__ == "__main__":
    main(*sys.argv[1:2])
