"""Writing the report: ``report.json`` (everything), ``report.md`` (tables people read), PNG plots.

All files are written atomically, so an interrupted run never leaves a half-written report
next to an old one.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from repair.textio import atomic_write_bytes, atomic_write_text

MAX_EXAMPLES = 12


def write_report(report: dict[str, Any], out: Path, plots: bool = True) -> None:
    """Write report.json, report.md and (unless ``plots`` is False) the PNG plots to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    if plots:
        report["plots"] = _plots(report, out)
    atomic_write_text(out / "report.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    atomic_write_text(out / "report.md", render_markdown(report))


def _fmt_delta(delta: dict[str, float] | None) -> str:
    if not delta:
        return "–"
    return f"{delta['delta']:+.2f} [{delta['ci_low']:+.2f}, {delta['ci_high']:+.2f}]"


def _score_table(rows: list[dict[str, Any]], extra: tuple[str, ...] = ()) -> list[str]:
    head = ["system", "BLEU", "chrF", "TER", "ΔBLEU [95% CI]", "ΔchrF [95% CI]", "ΔTER [95% CI]", "changed", *extra]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        delta = r.get("delta", {})
        ter = f"{r['TER']:.2f}" if "TER" in r else "n/a"
        cells = [r["system"], f"{r['BLEU']:.2f}", f"{r['chrF']:.2f}", ter,
                 _fmt_delta(delta.get("BLEU")), _fmt_delta(delta.get("chrF")), _fmt_delta(delta.get("TER")),
                 str(r.get("changed_units", ""))]
        for key in extra:
            cells.append(_cell(r, key))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell(row: dict[str, Any], key: str) -> str:
    if key == "numbers lost":
        p = row.get("preservation", {})
        return f"{p.get('numbers_lost', 0)}/{p.get('numbers_checked', 0)}"
    if key == "names lost":
        p = row.get("preservation", {})
        return f"{p.get('names_lost', 0)}/{p.get('names_checked', 0)}"
    if key == "changed lines +/-/=":
        c = row.get("changed_lines", {})
        return f"{c.get('improved', 0)}/{c.get('worsened', 0)}/{c.get('same', 0)}"
    value = row.get(key)
    return "–" if value is None else str(value)


def render_markdown(report: dict[str, Any]) -> str:
    """The human-readable report."""
    sig = report.get("signature", {})
    out = [f"# repair benchmark ({report['mode']} run)", "",
           f"Seed {report['seed']}, {report['resamples']} bootstrap resamples, {report['elapsed_s']} s. "
           f"repair {sig.get('version')} at commit `{sig.get('git_commit')}`"
           f"{' (working tree had uncommitted changes)' if sig.get('working_tree_dirty') else ''}.", "",
           "Deltas are against do-nothing, with 95 % paired bootstrap intervals (resampling passages, "
           "documents or lines). TER is case-sensitive; lower is better."
           + (" Quick mode leaves out TER on passage-level data (seconds per passage)." if report["mode"] == "quick"
              else ""), ""]
    out += _headline(report)
    if report.get("unavailable_systems"):
        out += ["## Systems that did not run", ""]
        out += [f"- **{u['name']}** ({u['kind']}): {u['reason']}" for u in report["unavailable_systems"]]
        out.append("")
    if report.get("skipped_data"):
        out += ["## Data not used", ""] + [f"- {s}" for s in report["skipped_data"]] + [""]
    if report.get("gold"):
        from benchmarks.gold_report import gold_section

        out += ["## Gold structural fixes", ""]
        for name, result in report["gold"].items():
            out += gold_section(name, result)
    for name, ds in report["datasets"].items():
        if name == "news-clean":
            out += _clean_section(ds)
        elif name == "synthetic":
            out += _synthetic_section(ds)
        elif name == "wmt-xx-en":
            out += _wmt_section(ds)
        else:
            out += _pairs_section(name, ds)
    tp = report.get("throughput_rules_safe")
    if tp:
        out += ["## Throughput", "",
                f"rules (safe), one process: {tp['docs_per_s']} docs/s, {tp['MB_per_s']} MB/s "
                f"({tp['docs']} clean documents, {tp['MB']} MB, {tp['seconds']} s).", ""]
    speed = report.get("speed")
    if speed:
        out += ["## Speed (python -m benchmarks.speed, quick: 1 and 10 MB)", "",
                f"check MB/s {speed['check_MB_per_s']}; fix --unsafe MB/s {speed['fix_unsafe_MB_per_s']}; "
                f"fix/check on dense garbled text {speed['garbled_fix_over_check']}; start-up CPU s "
                f"{speed['startup_cpu_s']}; batch docs per CPU-second {speed['batch_docs_per_cpu_s']}; "
                f"peak RSS {speed['peak_rss_MB']} MB; load {speed['load']}.", ""]
    out += ["## Model", "", f"`{json.dumps(report.get('model'))}`" if report.get("model") else
            "No model checkpoint: model rows skipped (see above).", ""]
    out += _signature_section(sig)
    for plot in report.get("plots", []):
        out.append(f"![{plot}]({plot})")
    return "\n".join(out) + "\n"


def headline(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Per scored dataset: do-nothing against the best real system (by chrF; oracle excluded)."""
    rows = []
    scored = []
    for n, d in report["datasets"].items():
        if "systems" in d and n != "news-clean":
            scored.append((n, d))
            if d.get("aligned_segments"):
                scored.append((f"{n}, aligned segments", {"systems": d["aligned_segments"]}))
    wmt = report["datasets"].get("wmt-xx-en", {})
    scored += [(f"wmt-xx-en, {s['set']}", s) for s in ([wmt["pooled"]] if wmt.get("pooled") else [])]
    for name, ds in scored:
        base = ds["systems"][0]
        rivals = [r for r in ds["systems"] if r["kind"] not in ("baseline", "ceiling") and "delta" in r]
        if not rivals:
            continue
        best = max(rivals, key=lambda r: (r["chrF"], -r.get("TER", 0.0)))
        rows.append({"dataset": name, "do_nothing": {k: base.get(k) for k in ("BLEU", "chrF", "TER")},
                     "best": best["system"], "best_scores": {k: best.get(k) for k in ("BLEU", "chrF", "TER")},
                     "delta": best["delta"]})
    return rows


def _headline(report: dict[str, Any]) -> list[str]:
    from benchmarks.gold_report import gold_table

    out = ["## Headline", ""]
    for name, result in report.get("gold", {}).items():
        out += [f"Gold structural fixes, {name} ({result['count']} passages, {result['segments_to_fix']} segments "
                "to fix): chrF/BLEU against the gold passages, segments exact / improved / same / worsened, false "
                "changes on segments the gold leaves alone, edit-level P/R/F0.5 (details below).", ""]
        out += gold_table(result) + [""]
    out += ["Against the original articles (chrF/TER; the comparison with published post-editing work):", "",
            "| dataset | do-nothing chrF / TER | best system | its chrF / TER | ΔchrF [95% CI] | "
           "ΔTER [95% CI] |", "|---|---|---|---|---|---|"]
    for row in headline(report):
        base, best = row["do_nothing"], row["best_scores"]
        out.append(f"| {row['dataset']} | {base['chrF']} / {base['TER'] if base['TER'] is not None else 'n/a'} | "
                   f"{row['best']} | {best['chrF']} / {best['TER'] if best['TER'] is not None else 'n/a'} | "
                   f"{_fmt_delta(row['delta'].get('chrF'))} | {_fmt_delta(row['delta'].get('TER'))} |")
    clean = report["datasets"].get("news-clean")
    if clean:
        for r in clean["systems"]:
            if r["system"].startswith("rules"):
                out.append("")
                out.append(f"Clean news, {r['system']}: {r['findings_per_200_sentences']} findings and "
                           f"{r['changes_per_200_sentences']} changes per 200 sentences ({r['sentences']} sentences).")
    return out + [""]


def _pairs_section(name: str, ds: dict[str, Any]) -> list[str]:
    out = [f"## {name} ({ds['count']} {ds['units']})", "",
           "Corpus scores of the repaired garbled side against the original English. `numbers lost` / `names lost`: "
           "numbers, and capitalised words after a lower-case word, of the input missing from the output (junk "
           "deletions exempt); the oracle loses some because the original is worded differently.", ""]
    out += _score_table(ds["systems"], ("numbers lost", "names lost")) + [""]
    if ds.get("aligned_segments"):
        out += ["The same, over the aligned segments only (units: segments; each garbled segment mapped through "
                "the system's changes, against its original segment; junk segments have an empty original). "
                "Passage scores also count original material no garbled segment renders (photo captions, "
                "banners), so a correct junk deletion can lower them; this table does not have that artefact.", ""]
        out += _score_table(ds["aligned_segments"]) + [""]
    out += ["Segment outcomes (chrF of each aligned segment against its original): improved / worsened / same.", ""]
    cats = sorted({c for table in ds["segment_outcomes"].values() for c in table})
    out.append("| system | " + " | ".join(cats) + " |")
    out.append("|" + "---|" * (len(cats) + 1))
    for system, table in ds["segment_outcomes"].items():
        cells = [f"{table[c]['improved']}/{table[c]['worsened']}/{table[c]['same']}" if c in table else "–"
                 for c in cats]
        out.append(f"| {system} | " + " | ".join(cells) + " |")
    out.append("")
    for system in ("rules (--unsafe)", "rules + model"):
        changes = [c for c in ds["segment_changes"].get(system, []) if c["outcome"] == "worsened"]
        if changes:
            out += [f"Segments {system} made worse:", ""]
            for c in changes[:MAX_EXAMPLES]:
                out.append(f"- `{c['pair']}` {','.join(c['categories'])} chrF {c['chrF_before']} → {c['chrF_after']}: "
                           + "; ".join(f"`{_short(x)}`" for x in c.get("changes", [])))
            out.append("")
    return out


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _synthetic_section(ds: dict[str, Any]) -> list[str]:
    out = [f"## synthetic ({ds['count']} held-out documents, generator `{ds['generator']}`)", "",
           f"Gold edits per category: {ds['gold_edits']}. Held out: {ds['held_out_rule']}. TER is left out here "
           "(document-length TER costs about a second a document; the edit-level scores below are the measure).", ""]
    out += _score_table(ds["systems"], ("numbers lost",)) + [""]
    out += ["Detection (lenient: a change touching a gold edit counts, whatever the repair): "
            + "; ".join(f"{r['system']} P {r['detection']['P']} R {r['detection']['R']}"
                        for r in ds["systems"] if r.get("detection") and r["kind"] != "baseline"), ""]
    out += ["Edit-level precision / recall / F0.5 (exact span and replacement, ERRANT-style; recall by gold "
            "category, precision by the system's category).", ""]
    out += ["| system | category | gold | TP | FP | FN | P | R | F0.5 |", "|---|---|---|---|---|---|---|---|---|"]
    for system, table in ds["edit_prf"].items():
        for cat, v in table.items():
            out.append(f"| {system} | {cat} | {v['gold']} | {v['tp']} | {v['fp']} | {v['fn']} | {v['P']} | {v['R']} | "
                       f"{v['F0.5']} |")
    for r in ds["systems"]:
        if r["system"] in ("rules (--unsafe)", "rules + model") and r.get("examples"):
            for kind, label in (("missed", "gold edits it missed"), ("false", "edits that match no gold edit")):
                if r["examples"][kind]:
                    out += ["", f"{r['system']}: {label} (first {len(r['examples'][kind])}):", ""]
                    out += [f"- `{_short(x, 200)}`" for x in r["examples"][kind]]
    out += ["", "Precision vs coverage (rules, unsafe policy) as the confidence threshold moves:", "",
            "| threshold | P | R | F0.5 | edits |", "|---|---|---|---|---|"]
    for p in ds.get("coverage_curve", []):
        out.append(f"| {p['threshold']} | {p['P']} | {p['R']} | {p['F0.5']} | {p['tp'] + p['fp']} |")
    if ds.get("coverage_curve_rules_model"):
        out += ["", "The same for rules + model (at most the first 60 documents; each point re-runs the model):", "",
                "| threshold | P | R | F0.5 | edits |", "|---|---|---|---|---|"]
        for p in ds["coverage_curve_rules_model"]:
            out.append(f"| {p['threshold']} | {p['P']} | {p['R']} | {p['F0.5']} | {p['tp'] + p['fp']} |")
    return out + [""]


def _wmt_section(ds: dict[str, Any]) -> list[str]:
    out = ["## wmt-xx-en (real MT output, line level, against reference A)", "",
           "Changed lines +/-/=: lines the system changed whose sentence chrF against the reference went up, "
           "down or stayed.", ""]
    if ds.get("not_run"):
        out += [f"Not run at line level (document-level boilerplate tools): {', '.join(ds['not_run'])}.", ""]
    for s in ([ds["pooled"]] if ds.get("pooled") else []) + ds["sets"]:
        out += [f"### {s['set']} ({s['lines']} lines)", ""]
        out += _score_table(s["systems"], ("changed lines +/-/=",)) + [""]
    return out


def _clean_section(ds: dict[str, Any]) -> list[str]:
    out = [f"## news-clean ({ds['docs']} documents, {ds['sentences']} sentences, {ds['bytes'] / 1e6:.2f} MB)", "",
           "Every change on clean edited news is a false edit. `findings` counts every edit `repair check` "
           "reports (any safety); `changes` counts what the system actually changed. Budget: 1 per 200 sentences.",
           "",
           "| system | docs | sentences | changes / 200 sent. | findings / 200 sent. | changed docs | docs/s | MB/s | "
           "peak MB | numbers lost | names lost |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in ds["systems"]:
        out.append(f"| {r['system']} | {r['docs']} | {r['sentences']} | {r['changes_per_200_sentences']} | "
                   f"{_cell(r, 'findings_per_200_sentences')} | "
                   f"{r['changed_docs']} | {r['docs_per_s']} | {r['MB_per_s']} | {r['peak_python_MB']} | "
                   f"{_cell(r, 'numbers lost')} | {_cell(r, 'names lost')} |")
    out.append("")
    for r in ds["systems"]:
        if r["system"] == "rules (--unsafe)" and r["worst_offenders"]:
            out += ["Worst offenders (rules, all findings):", ""]
            for w in r["worst_offenders"]:
                out.append(f"- **{w['rule']}** × {w['count']}")
                out += [f"  - {_short(e, 220)}" for e in w["examples"]]
            out.append("")
    whole = ds.get("rules_whole_corpus")
    if whole:
        out += [f"Rules over the whole corpus ({whole['docs']} documents, {whole['sentences']} sentences, held-out "
                f"synthetic documents excluded): {whole['findings_per_200_sentences']} findings per 200 sentences "
                f"({whole['findings']} in all; safe ones: {whole['safe_findings_per_200_sentences']}). By rule: "
                + ", ".join(f"{k} {v}" for k, v in whole["by_rule"].items()), ""]
    if ds.get("false_edit_curve"):
        out += ["Findings per 200 clean sentences by confidence threshold: " + ", ".join(
            f"≥{p['threshold']}: {p['findings_per_200_sentences']}" for p in ds["false_edit_curve"]), ""]
    return out


def _signature_section(sig: dict[str, Any]) -> list[str]:
    out = ["## Signature", "", f"- version {sig.get('version')}, commit `{sig.get('git_commit')}`, "
           f"python {sig.get('python')}, synthetic generator `{sig.get('synthetic_generator')}`"]
    for name, desc in sig.get("systems", {}).items():
        out.append(f"- {name}: rules {','.join(desc.get('rules', []))}; model {desc.get('model')}; "
                   f"min_safety {desc.get('min_safety')}; min_confidence {desc.get('min_confidence')}")
    for name, value in sig.get("sacrebleu", {}).items():
        out.append(f"- sacrebleu {name}: `{value}`")
    out += ["", "| data file | sha256 |", "|---|---|"]
    out += [f"| {Path(p).name} ({Path(p).parent.name}) | `{h[:16]}` |" for p, h in sig.get("data_files", {}).items()]
    return out + [""]


def _plots(report: dict[str, Any], out: Path) -> list[str]:
    """Quality delta per system, per-category P/R, throughput and the coverage curve."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []

    def save(fig: Any, name: str) -> None:
        buf = io.BytesIO()
        fig.tight_layout()
        fig.savefig(buf, format="png", dpi=90)
        plt.close(fig)
        atomic_write_bytes(out / name, buf.getvalue())
        written.append(name)

    sets = [(n, d) for n, d in report["datasets"].items() if "systems" in d and n != "news-clean"]
    if sets:
        fig, axes = plt.subplots(1, len(sets), figsize=(5 * len(sets), 4), squeeze=False)
        for ax, (name, ds) in zip(axes[0], sets, strict=True):
            rows = [r for r in ds["systems"] if "delta" in r]
            vals = [r["delta"]["chrF"]["delta"] for r in rows]
            err = [[v - r["delta"]["chrF"]["ci_low"] for v, r in zip(vals, rows, strict=True)],
                   [r["delta"]["chrF"]["ci_high"] - v for v, r in zip(vals, rows, strict=True)]]
            ax.barh([r["system"] for r in rows], vals, xerr=err, color="tab:blue")
            ax.axvline(0, color="black", lw=0.8)
            ax.set_title(f"{name}: ΔchrF vs do-nothing")
        save(fig, "quality_delta.png")
    synth = report["datasets"].get("synthetic")
    if synth:
        fig, ax = plt.subplots(figsize=(8, 4))
        labels, ps, rs = [], [], []
        for system, table in synth["edit_prf"].items():
            for cat, v in table.items():
                if cat in synth["gold_edits"] and system != "do-nothing":
                    labels.append(f"{system}\n{cat}")
                    ps.append(v["P"])
                    rs.append(v["R"])
        xs = range(len(labels))
        ax.bar([x - 0.2 for x in xs], ps, width=0.4, label="precision")
        ax.bar([x + 0.2 for x in xs], rs, width=0.4, label="recall")
        ax.set_xticks(list(xs), labels, rotation=90, fontsize=6)
        ax.legend()
        ax.set_title("synthetic: per-category precision / recall")
        save(fig, "category_pr.png")
        curve = synth.get("coverage_curve", [])
        if curve:
            fig, ax = plt.subplots(figsize=(5, 4))
            ax.plot([p["R"] for p in curve], [p["P"] for p in curve], marker="o")
            for p in curve:
                ax.annotate(str(p["threshold"]), (p["R"], p["P"]), fontsize=7)
            ax.set_xlabel("recall (coverage)")
            ax.set_ylabel("precision")
            ax.set_title("rules: precision vs coverage by confidence")
            save(fig, "precision_coverage.png")
    clean = report["datasets"].get("news-clean")
    if clean:
        fig, ax = plt.subplots(figsize=(6, 4))
        rows = [r for r in clean["systems"] if r["MB_per_s"]]
        ax.barh([r["system"] for r in rows], [r["MB_per_s"] for r in rows], color="tab:green")
        ax.set_xscale("log")
        ax.set_xlabel("MB/s (one process, clean news)")
        save(fig, "throughput.png")
    return written
