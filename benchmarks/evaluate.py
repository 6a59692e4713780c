"""Scoring systems on reference data: the aligned real pairs, the synthetic split, WMT outputs.

Each evaluator takes the systems and the data and returns a plain dict for the report.
Systems are run once per text; every score is computed from their outputs through the
same aligner, so a peer that only returns text is scored exactly like the rules.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.align import Hunk, diff_hunks, locate, map_range
from benchmarks.data import Pair, WmtSet
from benchmarks.gold import GoldRecord, perfect_outputs, score_gold
from benchmarks.metrics import (
    PRF,
    Outcome,
    StatsCache,
    count_tokens,
    detection_prf,
    edit_prf,
    lost_tokens,
    paired_bootstrap,
    scores_from_stats,
    segment_outcomes,
    sentence_chrf,
    sufficient_stats,
    sum_prf,
)
from benchmarks.synthetic import SyntheticDoc
from benchmarks.systems import Output, System

JUNK_CATEGORIES = frozenset({"boilerplate", "heading"})
EXAMPLES = 15


@dataclass(frozen=True)
class Run:
    """One system's outputs on a list of inputs, with the time it took."""

    system: System
    inputs: tuple[str, ...]
    outputs: tuple[Output, ...]
    seconds: float

    @property
    def texts(self) -> list[str]:
        return [o.text for o in self.outputs]


def run_system(system: System, inputs: Sequence[str]) -> Run:
    """Run ``system`` over ``inputs`` (in order), timing the whole pass."""
    start = time.perf_counter()
    outputs = tuple(system.run(text) for text in inputs)
    return Run(system, tuple(inputs), outputs, time.perf_counter() - start)


class RunMemo:
    """Each system run once per list of inputs, shared by the scorers that read the same data.

    The dev pairs are scored against the originals and against the gold fixes; the model
    takes seconds a passage, so its outputs are kept rather than recomputed.
    """

    def __init__(self) -> None:
        self._runs: dict[tuple[str, tuple[str, ...]], Run] = {}

    def run(self, system: System, inputs: Sequence[str]) -> Run:
        """The run of ``system`` over ``inputs``, computed on first request."""
        key = (system.name, tuple(inputs))
        if key not in self._runs:
            self._runs[key] = run_system(system, inputs)
        return self._runs[key]


def evaluate_gold(records: Sequence[GoldRecord], systems: Sequence[System], resamples: int, seed: int,
                  memo: RunMemo | None = None, legacy: bool = False) -> dict[str, Any]:
    """Gold-fix scores of ``systems`` (the first is do-nothing), with the gold passages as a ceiling row.

    See :func:`benchmarks.gold.score_gold`; each row also gets the system's ``seconds``.
    """
    memo = memo if memo is not None else RunMemo()
    inputs = [r.garbled for r in records]
    runs = [memo.run(s, inputs) for s in systems]
    entries = [(r.system.name, r.system.kind, r.outputs) for r in runs]
    entries.insert(1, ("gold fixes (ceiling)", "ceiling", tuple(perfect_outputs(records))))
    result = score_gold(records, entries, resamples, seed, legacy=legacy)
    seconds: list[float | None] = [round(r.seconds, 2) for r in runs]
    seconds.insert(1, None)  # the ceiling row is not a system that ran
    for row, s in zip(result["systems"], seconds, strict=True):
        row["seconds"] = s
    return result


def categorized_hunks(source: str, output: Output) -> list[tuple[Hunk, str]]:
    """The system's changes as hunks, each labelled with the category of the edit behind it.

    The category comes from the applied edit touching the hunk, else from any proposed
    edit touching it (a later fix round), else ``other`` (a peer that gives no edits).
    """
    out = []
    for h in diff_hunks(source, output.text):
        category = "other"
        for pool in (output.applied, output.findings):
            hit = next((e for e in pool if e.start <= h.end and h.start <= e.end), None)
            if hit is not None:
                category = hit.category
                break
        out.append((h, category))
    return out


def _preservation(runs: Run) -> dict[str, Any]:
    checked = {"numbers": 0, "names": 0}
    lost: dict[str, list[str]] = {"numbers": [], "names": []}
    for source, output in zip(runs.inputs, runs.outputs, strict=True):
        junk = [h for h, c in categorized_hunks(source, output) if c in JUNK_CATEGORIES]
        for key, n in count_tokens(source).items():
            checked[key] += n
        for key, tokens in lost_tokens(source, output.text, junk).items():
            lost[key].extend(tokens)
    return {
        "numbers_checked": checked["numbers"], "numbers_lost": len(lost["numbers"]),
        "names_checked": checked["names"], "names_lost": len(lost["names"]),
        "lost_examples": (lost["numbers"] + lost["names"])[:10],
    }


def _scores_with_ci(
    runs: list[Run], references: Sequence[str], resamples: int, seed: int, cache: StatsCache
) -> list[dict[str, Any]]:
    """Corpus scores per run, and the paired-bootstrap delta against the first (do-nothing)."""
    rows = []
    base_stats = sufficient_stats(runs[0].texts, references, cache)
    for run in runs:
        stats = base_stats if run is runs[0] else sufficient_stats(run.texts, references, cache)
        scores = {k: round(v, 2) for k, v in scores_from_stats(stats).items()}
        row: dict[str, Any] = {"system": run.system.name, "kind": run.system.kind, **scores,
                               "changed_units": sum(o.text != i for o, i in zip(run.outputs, run.inputs, strict=True)),
                               "seconds": round(run.seconds, 2)}
        if run is not runs[0]:
            row["delta"] = paired_bootstrap(base_stats, stats, resamples, seed)
        rows.append(row)
    return rows


def evaluate_pairs(pairs: Sequence[Pair], systems: Sequence[System], resamples: int, seed: int,
                   cache: StatsCache, memo: RunMemo | None = None) -> dict[str, Any]:
    """Real garbled/original pairs: corpus scores, per-category segment outcomes, preservation."""
    inputs = [p.garbled for p in pairs]
    refs = [p.original for p in pairs]
    memo = memo if memo is not None else RunMemo()
    runs = [memo.run(s, inputs) for s in systems]
    table = _scores_with_ci(runs, refs, resamples, seed, cache)
    segments: dict[str, Any] = {}
    changes: dict[str, list[dict[str, Any]]] = {}
    seg_runs: list[Run] = []
    seg_refs: list[str] = []
    for run, row in zip(runs, table, strict=True):
        rows, examples, aligned = _segment_rows(pairs, run)
        segments[run.system.name] = {k: vars(v) for k, v in segment_outcomes(rows).items()}
        changes[run.system.name] = examples
        row["preservation"] = _preservation(run)
        seg_refs = [original for _, _, original in aligned]
        seg_runs.append(Run(run.system, tuple(g for g, _, _ in aligned), tuple(Output(r) for _, r, _ in aligned), 0.0))
    # Corpus scores over the aligned segments only: the originals also hold material no
    # garbled segment renders (photo captions, "Also read" banners), and at passage level
    # deleting junk that TER had matched against such material can look like damage.
    aligned_table = _scores_with_ci(seg_runs, seg_refs, resamples, seed, StatsCache(workers=1)) if seg_runs else []
    return {"units": "passages", "count": len(pairs), "systems": table, "aligned_segments": aligned_table,
            "segment_outcomes": segments, "segment_changes": changes}


def _segment_rows(
    pairs: Sequence[Pair], run: Run
) -> tuple[list[tuple[Sequence[str], float, float]], list[dict[str, Any]], list[tuple[str, str, str]]]:
    """Map every garbled segment through the system's hunks and score it against its original.

    Returns the per-segment (categories, chrF before, chrF after), the changed segments as
    examples, and (garbled, repaired, original) for every aligned segment.
    """
    rows: list[tuple[Sequence[str], float, float]] = []
    examples = []
    aligned: list[tuple[str, str, str]] = []
    for pair, output in zip(pairs, run.outputs, strict=True):
        hunks = diff_hunks(pair.garbled, output.text)
        cursor = 0
        for seg in pair.segments:
            where = locate(pair.garbled, seg.garbled, cursor) if seg.garbled else None
            if where is None:
                continue
            cursor = where[1]
            a, b = map_range(hunks, *where)
            repaired = output.text[a:b]
            aligned.append((seg.garbled, repaired, seg.original))
            before = sentence_chrf(seg.garbled, seg.original)
            after = sentence_chrf(repaired, seg.original) if repaired != seg.garbled else before
            rows.append((seg.categories, before, after))
            if repaired.strip() != seg.garbled.strip():
                examples.append({"pair": pair.id, "categories": list(seg.categories),
                                 "outcome": _label(Outcome().add(before, after)),
                                 "chrF_before": round(before, 1), "chrF_after": round(after, 1),
                                 "changes": [show(seg.garbled, h) for h in diff_hunks(seg.garbled, repaired)],
                                 "garbled": seg.garbled, "repaired": repaired, "original": seg.original})
    return rows, examples, aligned


def show(text: str, hunk: Hunk, context: int = 40) -> str:
    """A hunk in context, ``…left[old -> new]right…``, for reports an editor can scan."""
    left = text[max(0, hunk.start - context) : hunk.start].split("\n")[-1]
    right = text[hunk.end : hunk.end + context].split("\n")[0]
    return f"…{left}[{text[hunk.start:hunk.end]} -> {hunk.replacement}]{right}…"


def _label(outcome: Outcome) -> str:
    return "improved" if outcome.improved else "worsened" if outcome.worsened else "same"


def evaluate_synthetic(docs: Sequence[SyntheticDoc], systems: Sequence[System], resamples: int,
                       seed: int, cache: StatsCache) -> dict[str, Any]:
    """Synthetic split: corpus scores against the clean text and edit-level P/R/F0.5 per category."""
    inputs = [d.garbled for d in docs]
    refs = [d.clean for d in docs]
    runs = [run_system(s, inputs) for s in systems]
    table = _scores_with_ci(runs, refs, resamples, seed, cache)
    prf = {}
    for run, row in zip(runs, table, strict=True):
        tables = []
        detection = PRF(0, 0, 0, 0)
        misses: list[str] = []
        false: list[str] = []
        for doc, out in zip(docs, run.outputs, strict=True):
            gold = [(g.hunk, g.category) for g in doc.gold]
            found = categorized_hunks(doc.garbled, out)
            tables.append(edit_prf(gold, found))
            d = detection_prf([h for h, _ in gold], [h for h, _ in found])
            detection = PRF(detection.tp + d.tp, detection.fp + d.fp, detection.fn + d.fn, detection.tp_sys + d.tp_sys)
            found_keys = {h.key() for h, _ in found}
            gold_keys = {h.key() for h, _ in gold}
            misses += [f"{c}: {show(doc.garbled, h)}" for h, c in gold if h.key() not in found_keys]
            false += [f"{c}: {show(doc.garbled, h)}" for h, c in found if h.key() not in gold_keys]
        prf[run.system.name] = {k: v.as_dict() for k, v in sum_prf(tables).items()}
        row["preservation"] = _preservation(run)
        row["examples"] = {"missed": misses[:EXAMPLES], "false": false[:EXAMPLES]}
        row["detection"] = detection.as_dict()
    gold_counts: dict[str, int] = {}
    for doc in docs:
        for g in doc.gold:
            gold_counts[g.category] = gold_counts.get(g.category, 0) + 1
    return {"units": "documents", "count": len(docs), "gold_edits": dict(sorted(gold_counts.items())),
            "systems": table, "edit_prf": prf}


def coverage_curve(docs: Sequence[SyntheticDoc], make_system: Any, thresholds: Sequence[float]) -> list[dict]:
    """Precision and recall of the rules (unsafe policy) as the confidence threshold moves."""
    points = []
    for t in thresholds:
        system = make_system(t)
        tables = [edit_prf([(g.hunk, g.category) for g in doc.gold],
                           categorized_hunks(doc.garbled, system.run(doc.garbled)))
                  for doc in docs]
        total = sum_prf(tables).get("all")
        if total is not None:
            points.append({"threshold": t, **total.as_dict()})
    return points


def evaluate_wmt(sets: Sequence[WmtSet], systems: Sequence[System], resamples: int, seed: int,
                 cache: StatsCache) -> dict[str, Any]:
    """WMT outputs, line by line: corpus scores against the reference and changed-line outcomes.

    Besides one table per set, all sets are pooled into one corpus (``pooled``), which is
    the figure to quote: single sets have too few changed lines to separate from zero.
    """
    results = []
    pooled: list[Run] = [Run(s, (), (), 0.0) for s in systems]
    pooled_refs: list[str] = []
    pooled_outcomes = [Outcome() for _ in systems]
    for wmt in sets:
        runs = [run_system(s, wmt.hypotheses) for s in systems]
        table = _scores_with_ci(runs, wmt.references, resamples, seed, cache)
        for i, (run, row) in enumerate(zip(runs, table, strict=True)):
            outcome = Outcome()
            examples: list[dict[str, Any]] = []
            for hyp, output, ref in zip(wmt.hypotheses, run.outputs, wmt.references, strict=True):
                if output.text != hyp:
                    before, after = sentence_chrf(hyp, ref), sentence_chrf(output.text, ref)
                    outcome = outcome.add(before, after)
                    pooled_outcomes[i] = pooled_outcomes[i].add(before, after)
                    if len(examples) < 5:
                        examples.append({"hyp": hyp, "repaired": output.text, "ref": ref,
                                         "chrF_before": round(before, 1), "chrF_after": round(after, 1)})
            row["changed_lines"] = vars(outcome)
            row["examples"] = examples
            p = pooled[i]
            pooled[i] = Run(p.system, p.inputs + run.inputs, p.outputs + run.outputs, p.seconds + run.seconds)
        pooled_refs += wmt.references
        results.append({"set": wmt.name, "lines": len(wmt.hypotheses), "systems": table})
    out: dict[str, Any] = {"units": "lines", "sets": results}
    if sets:
        table = _scores_with_ci(pooled, pooled_refs, resamples, seed, cache)
        for row, outcome in zip(table, pooled_outcomes, strict=True):
            row["changed_lines"] = vars(outcome)
        out["pooled"] = {"set": f"all {len(sets)} sets pooled", "lines": len(pooled_refs), "systems": table}
    return out
