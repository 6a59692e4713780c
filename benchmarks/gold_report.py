"""Markdown for gold-fix scores (:func:`benchmarks.gold.score_gold` results).

Shared by ``report.md`` of ``python -m benchmarks run`` and by the fast ``python -m
benchmarks gold`` dev loop, so both show the same table.
"""

from __future__ import annotations

from typing import Any

WRONG_PER_SYSTEM = 25  # segments listed per system in report.md (report.json has all of them)
_SEVERITY = {"false": 0, "worsened": 1, "improved": 2, "same": 3}


def _delta(row: dict[str, Any], metric: str) -> str:
    d = row.get("delta", {}).get(metric)
    return "–" if not d else f"{d['delta']:+.2f} [{d['ci_low']:+.2f}, {d['ci_high']:+.2f}]"


def gold_table(result: dict[str, Any]) -> list[str]:
    """One row per system: chrF/BLEU vs gold with CIs, segment outcomes, false changes, edit P/R/F0.5."""
    head = ["system", "chrF", "ΔchrF [95% CI]", "BLEU", "ΔBLEU [95% CI]", "exact", "improved", "same", "worsened",
            "false changes", "edit P", "edit R", "edit F0.5", "s"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in result["systems"]:
        seg, e = r["segments"], r["edits"]["all"]
        n, clean = seg["to_fix"], seg["clean"]
        seconds = r.get("seconds")
        lines.append("| " + " | ".join([
            r["system"], f"{r['chrF']:.2f}", _delta(r, "chrF"), f"{r['BLEU']:.2f}", _delta(r, "BLEU"),
            f"{seg['exact']}/{n}", str(seg["improved"]), str(seg["same"]), str(seg["worsened"]),
            f"{seg['false_changes']}/{clean}", f"{e['P']:.3f}", f"{e['R']:.3f}", f"{e['F0.5']:.3f}",
            "–" if seconds is None else f"{seconds:.2f}"]) + " |")
    return lines


def per_fix_table(result: dict[str, Any]) -> list[str]:
    """Per gold fix name (rows) and system (columns): exact/improved/same/worsened segments."""
    rows = [r for r in result["systems"] if r["kind"] not in ("baseline", "ceiling")]
    names = sorted({n for r in rows for n in r["segments"]["per_fix"]})
    if not rows or not names:
        return []
    lines = ["| fix | " + " | ".join(r["system"] for r in rows) + " |", "|" + "---|" * (len(rows) + 1)]
    for name in names:
        cells = []
        for r in rows:
            c = r["segments"]["per_fix"].get(name)
            cells.append("–" if c is None else f"{c['exact']}/{c['improved']}/{c['same']}/{c['worsened']}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def edit_tables(result: dict[str, Any]) -> list[str]:
    """Recall per gold fix name and precision per rule, for every real system."""
    out = []
    for r in result["systems"]:
        if r["kind"] in ("baseline", "ceiling"):
            continue
        e = r["edits"]
        recall = ", ".join(f"{k} {v['tp']}/{v['gold']}" for k, v in e["recall_by_fix"].items())
        precision = ", ".join(f"{k} {v['tp']}/{v['tp'] + v['fp']}" for k, v in e["precision_by_rule"].items())
        det = e["detection"]
        out.append(f"- **{r['system']}**: detection P {det['P']} R {det['R']}; gold edits found by fix: "
                   f"{recall or 'none'}; its edits matching gold by rule: {precision or 'none'}")
    return out


def wrong_segments(result: dict[str, Any], systems: list[str] | None = None, limit: int = WRONG_PER_SYSTEM
                   ) -> list[str]:
    """Per system, the segments it did not get right: garbled → gold → system."""
    out = []
    for r in result["systems"]:
        name = r["system"]
        if r["kind"] in ("baseline", "ceiling") or (systems is not None and name not in systems):
            continue
        wrong = result["wrong"].get(name, [])
        if not wrong:
            continue
        out += [f"#### {name}: {len(wrong)} segments not right" + (f" (first {limit})" if len(wrong) > limit else ""),
                ""]
        # Damage first (false changes, worsened), then partial fixes, then segments left alone.
        for w in sorted(wrong, key=lambda w: _SEVERITY.get(w["outcome"], 9))[:limit]:
            system = "(unchanged)" if w["system"] == w["garbled"] else _short(w["system"]) or "(deleted)"
            out += [f"- `{w['record']}` #{w['segment']} **{w['outcome']}** ({', '.join(w['fixes'])})",
                    f"  - garbled: {_short(w['garbled'])}", f"  - gold:    {_short(w['gold']) or '(deleted)'}",
                    f"  - system:  {system}"]
        out.append("")
    return out


def _short(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def gold_section(name: str, result: dict[str, Any], full: bool = True, show: int = WRONG_PER_SYSTEM) -> list[str]:
    """The whole section for one gold set: tables, edit scores, and (``full``) the wrong segments."""
    out = [f"### gold fixes: {name} ({result['count']} passages, {result['segments']} segments, "
           f"{result['segments_to_fix']} to fix, {sum(result['gold_edits'].values())} gold edits)", "",
           "Passage chrF/BLEU against the gold passages (the garbled passage with only its structural damage "
           "repaired; a perfect repair scores 100), deltas against do-nothing with 95 % paired bootstrap "
           "intervals. Segments mapped through each system's changes: `exact` of those the gold changes "
           "(whitespace-normalised), improved / same / worsened by sentence chrF against the gold segment (0.5 "
           f"margin); `false changes` of those the gold leaves alone. Segment map: {result['segment_map']}. "
           "Edit P/R/F0.5: the system's and the gold edits, both aligned to the garbled text by one aligner, "
           "exact span and replacement (ERRANT-style).", ""]
    out += gold_table(result) + [""]
    official = [f"{r['system']} {r['segments_shared_tool']['exact']}/{r['segments_shared_tool']['to_fix']}"
                for r in result["systems"] if "segments_shared_tool" in r]
    if official:  # the test split is scored by that tool: show its figure beside ours
        out += ["Exact under shared/tools/score_gold.py's map (an insertion exactly at a segment's edge, such "
                "as an added opening quotation mark, counts for neither segment): " + "; ".join(official) + ".", ""]
    fix = per_fix_table(result)
    if fix:
        out += ["Per gold fix name: exact/improved/same/worsened segments (a segment counts under each of its "
                "fixes).", ""] + fix + [""]
    edits = edit_tables(result)
    if edits:
        out += ["Edit level (exact match; detection is lenient: a change touching a gold edit):", ""] + edits + [""]
    if full:
        out += wrong_segments(result, limit=show)
    return out
