"""lantu:sitecheck's report: a page per site, ready to attach to a review (all sites in one file, one printed page
each, and a file <report>_<site>.html beside it for every site). Not an algorithm: sitecheck's own module."""
import html
import os

from ...translation import speaks_chinese, tr
from ..bridge import control_lines


def verdict_label(verdict):
    return {"可行": tr("可行 feasible"), "需调整": tr("需调整 needs adjustment"), "不可行": tr("不可行 not feasible"),
            "未核查": tr("未核查 not checked: a layer given could not be looked at")}[verdict]


def site_page(s, row, found, pieces, areas, key_name, line_names, unchecked):
    """(heading, facts, sections) of site `s`, whose SUMMARY row is `row`; `line_names` [(line key, layer name)]."""
    from ...core import report, sitecheck, units

    english = not speaks_chinese()
    mine = pieces.of_site(s)
    site_m2 = row[1]
    facts = [tr("Site: {0}").format(row[0]),
             tr("Site area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩").format(*units.area_triplet(site_m2)),
             tr("Verdict: {0}").format(verdict_label(row[9]))]
    if row[11]:
        facts.append(tr("Land with no land-class code or an unknown one: {0:,.2f} m² (no class rule could judge it)").format(
            row[11]))
    facts += [tr("Lines: {0}").format(", ".join(f"{control_lines.short_name(k)} = {n}" for k, n in line_names) or tr("none"))]
    facts += [tr("Not checked: {0} ({1})").format(rule.name_en if english and rule.name_en else rule.name_zh, why)
              for rule, why in unchecked]
    line_rows = []
    # PBF, ERL, UDB and outside UDB as the SUMMARY row has them: None where the layer could not be looked at
    for (subject, key), area in zip((("line", "PBF"), ("line", "ERL"), ("line", "UDB"), ("outside_line", "UDB")), row[2:6]):
        label = key_name(subject, key) if subject == "line" else tr("城镇开发边界外")
        if area is None and subject == "line":
            line_rows.append((label, tr("not checked"), "", "", ""))
        elif area is not None:
            line_rows.append((label, *units.area_triplet(area), 100.0 * area / site_m2 if site_m2 else 0.0))
    classes = sorted((pieces.key[i], float(areas[i])) for i in mine if pieces.subject[i] == "class")
    class_rows = [(code or "—", key_name("class", code), *units.area_triplet(a), 100.0 * a / site_m2 if site_m2 else 0.0)
                  for code, a in classes]
    other = [(key_name(pieces.subject[i], pieces.key[i]), *units.area_triplet(float(areas[i])))
             for i in mine if pieces.subject[i] in ("road", "constraint")]
    reasons = [(rule.id, rule.name_en if english and rule.name_en else rule.name_zh, rule.verdict, area, rule.basis)
               for rule, area in found]
    nothing = (tr("No rule that could be checked applies; the rules not checked leave the verdict open.")
               if row[9] == sitecheck.NOT_CHECKED else tr("No rule applies: the site is feasible as drawn."))
    area_headers = [tr("Area (m²)"), tr("Area (公顷)"), tr("Area (亩)")]
    sections = [
        (tr("Control lines"), report.table([tr("Line")] + area_headers + [tr("Share of site (%)")], line_rows)),
        (tr("Current land use"), report.table([tr("Code"), tr("Class")] + area_headers + [tr("Share of site (%)")],
                                              class_rows) if class_rows else html.escape(tr("No land-use layer given."))),
        (tr("Road control zones and other constraints"),
         report.table([tr("Constraint")] + area_headers, other) if other else html.escape(tr("None touched."))),
        (tr("Reasons for the verdict"),
         report.table([tr("Rule"), tr("Name"), tr("Verdict"), tr("Area (m²)"), tr("Basis")], reasons)
         if reasons else html.escape(nothing)),
    ]
    return tr("Site {0}").format(row[0]), facts, sections


def write_report(path, title, pages, site_ids):
    """All sites in one file, a page each, and a file <report>_<site>.html beside it for every site."""
    from ...core import report

    report.write(path, _document(title, pages))
    stem, extension = os.path.splitext(path)
    for s, page in enumerate(pages):
        report.write(f"{stem}_{_safe(site_ids[s])}{extension or '.html'}", _document(title, [page]))


def _document(title, pages):
    """One HTML document, one printed page a site."""
    from ...core import report

    bodies = []
    for heading, facts, sections in pages:
        page = report.page(heading, facts, sections)
        bodies.append(page.split("<body>", 1)[1].rsplit("</body>", 1)[0])
    head = report.page(title).split("<body>", 1)[0]
    return (head.replace("</style>", " section.site { page-break-after: always; }</style>") + "<body>"
            + "".join(f'<section class="site">{b}</section>' for b in bodies) + "</body></html>")


def _safe(text):
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in str(text))[:60] or "site"
