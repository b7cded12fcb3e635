"""lantu:indicatorbreakdown's report: the 规划指标分解表 as a plan lays it out, and the target check. Not an
algorithm: indicatorbreakdown's own module."""
from ...translation import tr


def indicator_label(indicator_id):
    return {"permanent_farmland": tr("Permanent basic farmland"), "farmland": tr("Farmland to keep (耕地保有量)"),
            "urban_rural_land": tr("Urban and rural construction land"), "forest": tr("Forest land to keep (林地保有量)"),
            "wetland": tr("Wetland"), "eco_redline": tr("Ecological protection red line")}[indicator_id]


def write_report(path, rows, check_rows, clusters, cluster_label, label, gap, overlap, kcxs_field):
    """The HTML report: the table's rows (values in m², NaN where not checked), the CHECK rows, and the facts."""
    from ...core import breakdown, indicators, report

    ids = indicators.INDICATOR_IDS
    headers = [tr("No."), tr("Township area"), tr("Village cluster"), tr("Villages in the cluster"), tr("Central village")] + [
        indicator_label(i) for i in ids]
    body, css, last_township = [], [], None
    for seq, township, name, villages, center, kind, vals in rows:
        shown = township if township != last_township else ""  # as a plan's table merges the cell
        last_township = township
        body.append([seq if seq is not None else "", shown, name, villages, center] + [v / 1e4 for v in vals])
        css.append("total" if kind == breakdown.TOTAL else ("flag" if kind == breakdown.OUTSIDE else ""))
    facts = [tr("Clusters: {0} ({1} clusters); planned land: {2}").format(cluster_label, len(clusters.names), label),
             tr("Unit: 公顷; 耕地保有量 {0}").format(tr("net of 田坎 (field {0})").format(kcxs_field) if kcxs_field
                                                 else tr("by polygon area"))]
    if gap > 1.0:
        facts.append(tr("Planned land outside every cluster: {0:,.4f} 公顷").format(gap / 1e4))
    if overlap > 1.0:
        facts.append(tr("Clusters overlap by {0:,.4f} 公顷").format(overlap / 1e4))
    sections = [(tr("Indicator breakdown (规划指标分解表)"), report.table(headers, body, css, 2))]
    if check_rows:
        words = {indicators.MET: tr("met"), indicators.NOT_MET: tr("NOT MET"), indicators.CHECK_BY_HAND: tr("check by hand"),
                 indicators.UNKNOWN_SCOPE: tr("no such cluster"), indicators.NOT_CHECKED: tr("not checked")}
        check_headers = [tr("Indicator"), tr("Scope"), tr("Year"), tr("Target"), tr("Planned (公顷)"), tr("Gap (公顷)"),
                         tr("Result")]
        check_body = [(r[1], r[2], r[9], f"{'≥' if r[3] == '>=' else '≤'} {r[10]} {r[11]}", r[5], r[6], words[r[8]])
                      for r in check_rows]
        flags = {indicators.NOT_MET: "flag", indicators.UNKNOWN_SCOPE: "flag", indicators.NOT_CHECKED: "flag"}
        sections.append((tr("Target check"), report.table(check_headers, check_body,
                                                            [flags.get(r[8], "") for r in check_rows], 2)))
    report.write(path, report.page(tr("Indicator breakdown per village cluster (规划指标分解表)"), facts, sections))
