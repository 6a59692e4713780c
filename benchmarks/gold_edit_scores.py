"""Edit-level scores against gold fixes: P/R/F0.5 over aligned edits (ERRANT-style).

Split out of ``benchmarks.gold`` (which re-exports these names and adds the scores to each
system's row): the system's edits and the gold edits are both recovered by one aligner
(:func:`benchmarks.align.diff_hunks`) from the whitespace-normalised garbled passage and
compared on exact span and replacement. Recall is counted per gold fix name, precision per
rule code of the edit behind each change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from benchmarks.align import Hunk, diff_hunks
from benchmarks.gold_records import GoldRecord, norm
from benchmarks.metrics import PRF, detection_prf
from benchmarks.systems import Output


def gold_hunks(record: GoldRecord) -> list[tuple[Hunk, str]]:
    """The gold edits on the normalised garbled passage, each labelled with its segment's first fix name."""
    source = norm(record.garbled)
    # Segment boundaries in the normalised passage, to name each hunk's fix.
    bounds, cursor = [], 0
    for seg, _, _ in record.located():
        g = norm(seg.garbled)
        at = source.find(g, cursor)
        if at >= 0:
            bounds.append((at, at + len(g), seg.fix_names[0]))
            cursor = at + len(g)
    out = []
    for h in diff_hunks(source, norm(record.gold)):
        # The segment the hunk overlaps most (a deletion may start at the space before its
        # segment); an insertion belongs to the segment holding its position.
        overlap = [(min(e, h.end) - max(s, h.start), n) for s, e, n in bounds]
        best = max(overlap, default=(0, "other"), key=lambda x: x[0])
        if best[0] > 0:
            name = best[1]
        else:
            name = next((n for s, e, n in bounds if s <= h.start <= e), "other")
        out.append((h, name))
    return out


def system_hunks(record: GoldRecord, output: Output) -> list[tuple[Hunk, str]]:
    """The system's changes on the normalised garbled passage, each labelled with the rule behind it.

    The label is the rule code of the applied (else proposed) edit whose text the hunk
    touches (edit offsets moved to the normalised text); ``other`` when the system gives no edits.
    """
    source = norm(record.garbled)
    spans = []
    for e in [*output.applied, *output.findings]:
        # Edit offsets are into the raw passage; move them to the normalised one.
        start = len(norm(record.garbled[: e.start] + "x")) - 1
        spans.append((start, start + len(norm(record.garbled[e.start : e.end])), e.rule))
    labelled = []
    for h in diff_hunks(source, norm(output.text)):
        rule = next((r for s, e, r in spans if s <= h.end and h.start <= e), "other")
        labelled.append((h, rule))
    return labelled


def edit_scores(records: Sequence[GoldRecord], outputs: Sequence[Output]) -> dict[str, Any]:
    """Edit-level P/R/F0.5 overall, recall per gold fix name, precision per rule, and lenient detection."""
    tp = fp = fn = 0
    recall: dict[str, Counter[str]] = {}
    precision: dict[str, Counter[str]] = {}
    detection = PRF(0, 0, 0, 0)
    for record, output in zip(records, outputs, strict=True):
        gold, found = gold_hunks(record), system_hunks(record, output)
        gold_keys, found_keys = {h.key() for h, _ in gold}, {h.key() for h, _ in found}
        for h, name in gold:
            recall.setdefault(name, Counter())["tp" if h.key() in found_keys else "fn"] += 1
        for h, rule in found:
            precision.setdefault(rule, Counter())["tp" if h.key() in gold_keys else "fp"] += 1
        tp += len(gold_keys & found_keys)
        fp += len(found_keys - gold_keys)
        fn += len(gold_keys - found_keys)
        d = detection_prf([h for h, _ in gold], [h for h, _ in found])
        detection = PRF(detection.tp + d.tp, detection.fp + d.fp, detection.fn + d.fn, detection.tp_sys + d.tp_sys)
    return {"all": PRF(tp, fp, fn).as_dict(), "detection": detection.as_dict(),
            "recall_by_fix": {k: PRF(c["tp"], 0, c["fn"]).as_dict() for k, c in sorted(recall.items())},
            "precision_by_rule": {k: PRF(c["tp"], c["fp"], 0).as_dict() for k, c in sorted(precision.items())}}
