"""The top of bench/RESULTS.md: one row per benchmark at its largest size, and growth.png, the time of Lantu,
the native chain and the floor against the parcel count. Both are made from results.json alone."""


def _ok(record):
    return bool(record) and not record.get("error") and record.get("seconds") is not None


def _s_mb(record):
    if not record:
        return "—"
    if record.get("stopped"):
        return f"> {record['seconds'] / 60:.0f} min (stopped)"
    if record.get("error"):
        return "failed"
    mb = record.get("peak_mb")
    return f"{record['seconds']:.1f} s / {mb:.0f} MB" if mb else f"{record['seconds']:.1f} s"


def largest(rows):
    """The largest size with a Lantu time, preferring one that has a native time too."""
    sizes = sorted(rows, key=int, reverse=True)
    for need_native in (True, False):
        for size in sizes:
            lantu, native = rows[size].get("lantu"), rows[size].get("native")
            if _ok(lantu) and (not need_native or _ok(native)):
                return size
    return None


def ratio(lantu, native):
    if not (_ok(lantu) and native and (native.get("stopped") or _ok(native))) or lantu.get("stopped"):
        return "—"
    return (">" if native.get("stopped") else "") + f"{native['seconds'] / lantu['seconds']:.1f}×"


def floor_text(lantu, floor):
    if not (_ok(lantu) and _ok(floor)):
        return "—"
    return f"{floor['seconds']:.1f} s (Lantu {lantu['seconds'] / floor['seconds']:.1f}×)"


def load_text(row):
    loads = [f"{(row.get(side) or {}).get('load1'):.1f}" for side in ("lantu", "native", "floor")
             if (row.get(side) or {}).get("load1") is not None]
    return " / ".join(loads) or "—"


def table(results, benches):
    """Markdown lines of the summary table."""
    lines = ["| algorithm | largest size | Lantu s / peak MB | native s / peak MB | ratio | floor s (Lantu ÷ floor) | "
             "agreement | load at start (Lantu / native / floor) | run on |",
             "|---|---:|---:|---:|---:|---:|---|---|---|"]
    for bench in benches:
        rows = results.get("runs", {}).get(bench.name) or {}
        size = largest(rows)
        if size is None:
            continue
        row = rows[size]
        lantu, native, floor = row.get("lantu"), row.get("native"), row.get("floor")
        agreement = (row.get("agreement") or "—").split(":")[0]
        lines.append(f"| {bench.name} | {int(row.get('features') or size):,} | {_s_mb(lantu)} | {_s_mb(native)} | "
                     f"{ratio(lantu, native)} | {floor_text(lantu, floor)} | {agreement} | {load_text(row)} | "
                     f"{row.get('date', '')} |")
    return lines


def plot(results, benches, path):
    """growth.png: one panel per benchmark, seconds against parcels (log-log) for each side; False when
    matplotlib is missing or there is nothing to draw."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, NullFormatter
    except ImportError:
        return False
    drawn = [b for b in benches if results.get("runs", {}).get(b.name)]
    if not drawn:
        return False
    cols = min(4, len(drawn))
    rows_n = -(-len(drawn) // cols)
    figure, axes = plt.subplots(rows_n, cols, figsize=(3.6 * cols, 3.0 * rows_n), squeeze=False)
    style = {"lantu": ("Lantu", "tab:blue", "o-"), "native": ("QGIS native", "tab:orange", "s-"),
             "floor": ("floor", "tab:green", "^--")}
    for axis, bench in zip(axes.flat, drawn):
        rows = results["runs"][bench.name]
        for side, (label, colour, marker) in style.items():
            points = sorted((int(r.get("features") or s), r[side]["seconds"], bool(r[side].get("stopped")),
                             bool(r.get("legacy"))) for s, r in rows.items()
                            if r.get(side) and r[side].get("seconds") is not None and not r[side].get("error"))
            if not points:
                continue
            axis.plot([p[0] for p in points], [p[1] for p in points], marker, color=colour, label=label)
            for x, y, stopped, legacy in points:
                if legacy:  # an earlier run, other code and data: hollow
                    axis.plot([x], [y], marker[0], color="white", markeredgecolor=colour, markersize=6)
                if stopped:
                    axis.annotate("stopped", (x, y), fontsize=7, color=colour)
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlim(8e3, 6e5)  # every panel on the same parcel axis
        axis.xaxis.set_minor_formatter(NullFormatter())
        axis.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        axis.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: f"{v:g}" if f"{v:g}"[0] in "25" else ""))
        axis.set_title(bench.name, fontsize=9)
        axis.set_xlabel("parcels", fontsize=8)
        axis.set_ylabel("seconds", fontsize=8)
        axis.tick_params(labelsize=7)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend(fontsize=7)
    for axis in list(axes.flat)[len(drawn):]:
        axis.set_visible(False)
    figure.suptitle("Time against parcels (each job in a fresh process; shared 2-core host: see the load column; "
                    "hollow: runs before issue 20, other code and data)",
                    fontsize=10)
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)
    return True
