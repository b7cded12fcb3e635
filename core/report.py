"""Plain HTML reports: a title, a few facts, and tables laid out as a plan's tables are."""
import html

STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #999; padding: 3px 8px; }
th { background: #e8eef7; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f4f4f4; }
tr.flag td { color: #a05a00; }
ul.facts li { margin: 0.15em 0; }
"""


def _cell(value, decimals):
    if isinstance(value, float) and value != value:  # NaN: a figure that could not be known (not checked)
        return '<td class="num">—</td>'
    if isinstance(value, float):
        return f'<td class="num">{value:,.{decimals}f}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value:,d}</td>'
    return f"<td>{html.escape('' if value is None else str(value))}</td>"


def table(headers, rows, row_classes=None, decimals=2):
    """An HTML table; row_classes gives a CSS class per row ('total', 'flag' or '')."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        css = (row_classes[i] if row_classes else "") or ""
        cells = "".join(_cell(v, decimals) for v in row)
        body.append(f'<tr class="{css}">{cells}</tr>' if css else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def matrix(cells, row_keys, col_keys, corner, total_label, label, convert=None):
    """(headers, body, row classes) of a cross table with row and column totals, as a transfer matrix
    (转移矩阵) is laid out: cells {(row key, column key): value}; `label(key)` names a row or column;
    `convert` (e.g. m² → 公顷) is applied to every cell and total after summing."""
    convert = convert or (lambda value: value)
    headers = [corner] + [label(c) for c in col_keys] + [total_label]
    body = []
    for r in row_keys:
        line = [cells.get((r, c), 0.0) for c in col_keys]
        body.append([label(r)] + [convert(v) for v in line] + [convert(sum(line))])
    sums = [sum(cells.get((r, c), 0.0) for r in row_keys) for c in col_keys]
    body.append([total_label] + [convert(v) for v in sums] + [convert(sum(sums))])
    return headers, body, [""] * len(row_keys) + ["total"]


def page(title, facts=(), sections=()):
    """A whole HTML page: facts is a list of strings, sections a list of (heading, html)."""
    items = "".join(f"<li>{html.escape(f)}</li>" for f in facts)
    parts = [f"<h2>{html.escape(h)}</h2>{content}" for h, content in sections]
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>"
            f'<ul class="facts">{items}</ul>{"".join(parts)}</body></html>')


def write(path, text):
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
