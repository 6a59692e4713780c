"""Scoring systems against gold structural fixes (``real-mt-pairs/dev.gold.jsonl`` and the like).

A gold file gives, for every segment of a pair file, the text a careful copy editor leaves
after repairing only structural damage (format: the README beside the data). The gold
passage is the garbled passage with each segment replaced by its ``fixed`` text, so it is
what a perfect structural repair writes, and literal-translation noise no tool can undo
drops out of the score. Measures, per system:

- passage chrF and BLEU against the gold passages, with a paired bootstrap interval of the
  delta against do-nothing (do-nothing is about 95.6 chrF on dev, a perfect repair 100);
- per segment, mapped through the system's changes: of the segments the gold changes, how
  many the system got **exact** (whitespace-normalised equality), improved, same or
  worsened (sentence chrF against the gold segment, a 0.5 margin); of the segments the gold
  leaves alone, how many it changed (**false changes**); all of it per fix name;
- edit-level precision / recall / F0.5: the system's edits and the gold edits both
  recovered by one aligner (:func:`benchmarks.align.diff_hunks`) from the garbled text,
  compared on exact span and replacement (ERRANT-style). Recall is counted per gold fix
  name, precision per rule code of the edit behind each change.

This reproduces ``shared/tools/score_gold.py`` for the same outputs (same normalisation,
same margin, same character-level position map), and adds the intervals and the edit scores.

The records and their loading live in ``benchmarks.gold_records``, the position map in
``benchmarks.gold_map`` and the edit-level scores in ``benchmarks.gold_edit_scores``; their
public names are re-exported here, where callers import them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.gold_edit_scores import edit_scores, gold_hunks, system_hunks
from benchmarks.gold_map import Opcode, position_map, slide_to_boundaries
from benchmarks.gold_records import GoldRecord, GoldSegment, load_gold, norm
from benchmarks.metrics import StatsCache, paired_bootstrap, scores_from_stats, sufficient_stats
from benchmarks.systems import Output

# The public names callers import from here, this module's own and those it re-exports
# from the three modules split out of it.
__all__ = [
    "MARGIN", "OUTCOMES", "GoldRecord", "GoldSegment", "Opcode", "SegmentResult", "edit_scores", "gold_hunks",
    "load_gold", "norm", "perfect_outputs", "position_map", "score_gold", "score_segments", "segment_summary",
    "slide_to_boundaries", "system_hunks",
]

MARGIN = 0.5  # chrF points a segment must move to count as improved or worsened (as score_gold.py)
OUTCOMES = ("exact", "improved", "same", "worsened")


@dataclass(frozen=True)
class SegmentResult:
    """One gold segment as a system left it. ``outcome``: exact/improved/same/worsened, or clean/false."""

    record: str
    index: int
    fixes: tuple[str, ...]
    garbled: str
    gold: str
    system: str
    outcome: str

    @property
    def wrong(self) -> bool:
        """Not exact on a segment to fix, or changed when the gold leaves it alone."""
        return self.outcome not in ("exact", "clean")


def _chrf(hypothesis: str, reference: str) -> float:
    from sacrebleu.metrics import CHRF

    return float(CHRF().sentence_score(hypothesis, [reference]).score)


def score_segments(record: GoldRecord, output: str, legacy: bool = False) -> list[SegmentResult]:
    """Every located segment of ``record`` mapped through ``output`` and classified.

    ``legacy``: map segments as ``score_gold.py`` does (see :func:`position_map`).
    """
    where = position_map(record.garbled, output, legacy)
    results = []
    for index, (seg, start, end) in enumerate(record.located()):
        g, f, p = norm(seg.garbled), norm(seg.fixed), norm(output[where(start, False):where(end, True)])
        if not seg.changed:
            outcome = "clean" if p == g else "false"
        elif p == f:
            outcome = "exact"
        else:
            if f:
                before, after = _chrf(g, f), (_chrf(p, f) if p else 0.0)
            else:  # junk the gold deletes: only deleting it scores
                before, after = 0.0, (100.0 if not p else 0.0)
            outcome = ("improved" if after > before + MARGIN else "worsened" if after < before - MARGIN
                       else "same")
        results.append(SegmentResult(record.id, index, seg.fix_names, g, f, p, outcome))
    return results


def segment_summary(results: Sequence[SegmentResult]) -> dict[str, Any]:
    """Counts over segments: to fix, exact/improved/same/worsened, clean, false changes, and per fix name."""
    counts = Counter(r.outcome for r in results)
    per_fix: dict[str, Counter[str]] = {}
    for r in results:
        if r.outcome in OUTCOMES:
            for name in r.fixes:
                per_fix.setdefault(name, Counter())[r.outcome] += 1
    return {"to_fix": sum(counts[k] for k in OUTCOMES), **{k: counts[k] for k in OUTCOMES},
            "clean": counts["clean"] + counts["false"], "false_changes": counts["false"],
            "per_fix": {name: {k: c[k] for k in OUTCOMES} for name, c in sorted(per_fix.items())}}


def score_gold(records: Sequence[GoldRecord], systems: Sequence[tuple[str, str, Sequence[Output]]],
               resamples: int, seed: int, cache: StatsCache | None = None, legacy: bool = False) -> dict[str, Any]:
    """Score each ``(name, kind, outputs)`` against the gold; the first system is the baseline (do-nothing).

    Returns ``{"count", "segments", "gold_edits", "systems": [row...], "wrong": {system: [...]}}``:
    one row per system with chrF/BLEU against the gold passages, ``delta`` (paired bootstrap
    95 % interval against the first system, absent on the first), segment counts and edit
    scores; ``wrong`` lists, per system, every segment it did not get right. ``legacy``:
    map segments as ``score_gold.py`` does (see :func:`position_map`); without it each row
    also has ``segments_shared_tool``, the segment counts under that tool's map (the
    official figures: they differ from ours only where a fix inserts text exactly at a
    segment's edge, which that map credits to neither segment, not even for the gold).
    """
    cache = cache if cache is not None else StatsCache(metrics=("BLEU", "chrF"), workers=1)
    references = [norm(r.gold) for r in records]
    rows: list[dict[str, Any]] = []
    wrong: dict[str, list[dict[str, Any]]] = {}
    base_stats = None
    for name, kind, outputs in systems:
        if len(outputs) != len(records):
            raise ValueError(f"{name}: {len(outputs)} outputs for {len(records)} records")
        stats = sufficient_stats([norm(o.text) for o in outputs], references, cache)
        row: dict[str, Any] = {"system": name, "kind": kind,
                               **{k: round(v, 2) for k, v in scores_from_stats(stats).items()}}
        if base_stats is None:
            base_stats = stats
        else:
            row["delta"] = paired_bootstrap(base_stats, stats, resamples, seed)
        results = [s for record, out in zip(records, outputs, strict=True)
                   for s in score_segments(record, out.text, legacy)]
        row["segments"] = segment_summary(results)
        if not legacy:  # the official figures too: score_gold.py's map, whose counts the test split reports
            shared = segment_summary([s for record, out in zip(records, outputs, strict=True)
                                      for s in score_segments(record, out.text, legacy=True)])
            row["segments_shared_tool"] = {k: v for k, v in shared.items() if k != "per_fix"}
        row["edits"] = edit_scores(records, outputs)
        row["changed_passages"] = sum(o.text != r.garbled for o, r in zip(outputs, records, strict=True))
        rows.append(row)
        wrong[name] = [{"record": s.record, "segment": s.index, "outcome": s.outcome, "fixes": list(s.fixes),
                        "garbled": s.garbled, "gold": s.gold, "system": s.system} for s in results if s.wrong]
    gold_counts = Counter(name for r in records for _, name in gold_hunks(r))
    segments = [s for r in records for s, _, _ in r.located()]
    return {"units": "passages", "count": len(records), "segments": len(segments),
            "segments_to_fix": sum(s.changed for s in segments), "gold_edits": dict(sorted(gold_counts.items())),
            "segment_map": "score_gold.py (legacy)" if legacy else "boundary insertions included",
            "systems": rows, "wrong": wrong}


def perfect_outputs(records: Sequence[GoldRecord]) -> list[Output]:
    """The gold passages as a system's outputs: the ceiling row (100 chrF, every segment exact)."""
    return [Output(r.gold) for r in records]
