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
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.align import Hunk, diff_hunks, locate
from benchmarks.data import DataError, FileLog, _jsonl, load_pairs
from benchmarks.metrics import PRF, StatsCache, detection_prf, paired_bootstrap, scores_from_stats, sufficient_stats
from benchmarks.systems import Output

MARGIN = 0.5  # chrF points a segment must move to count as improved or worsened (as score_gold.py)
OUTCOMES = ("exact", "improved", "same", "worsened")


def norm(text: str) -> str:
    """Whitespace-normalised text: what exactness, chrF and the edit aligner compare."""
    return " ".join(text.split())


@dataclass(frozen=True)
class GoldSegment:
    """One segment: its garbled text (verbatim in the passage), the gold fix, the fix names."""

    garbled: str
    fixed: str
    fixes: tuple[str, ...]
    why: str = ""

    @property
    def changed(self) -> bool:
        """True when the gold changes this segment (whitespace aside)."""
        return norm(self.garbled) != norm(self.fixed)

    @property
    def fix_names(self) -> tuple[str, ...]:
        """The fix names, ``("none",)`` for a segment with none."""
        return tuple(f for f in self.fixes if f != "none") or ("none",)


@dataclass(frozen=True)
class GoldRecord:
    """A garbled passage and its gold segments, in passage order."""

    id: str
    garbled: str
    segments: tuple[GoldSegment, ...]

    def located(self) -> list[tuple[GoldSegment, int, int]]:
        """Each non-empty segment with its ``[start, end)`` in the passage, searched left to right."""
        out, cursor = [], 0
        for seg in self.segments:
            if not seg.garbled:
                continue
            at = self.garbled.find(seg.garbled, cursor)
            if at < 0:  # the pairs promise verbatim substrings; tolerate re-spaced ones
                where = locate(self.garbled, seg.garbled, cursor)
                if where is None:
                    continue
                at, end = where
            else:
                end = at + len(seg.garbled)
            out.append((seg, at, end))
            cursor = end
        return out

    @property
    def gold(self) -> str:
        """The gold passage: the garbled passage with each segment replaced by its fixed text."""
        parts, cursor = [], 0
        for seg, start, end in self.located():
            parts += [self.garbled[cursor:start], seg.fixed]
            cursor = end
        parts.append(self.garbled[cursor:])
        return "".join(parts)


def load_gold(data: Path, gold: Path, log: FileLog) -> list[GoldRecord]:
    """Records of ``data`` (real-mt-pairs format) that ``gold`` covers, joined by id, in data order.

    Raises :class:`DataError` (one line naming the file) for a malformed gold record or a
    gold file that matches no record of ``data``.
    """
    passages = {p.id: p.garbled for p in load_pairs(data, log)}
    by_id: dict[str, tuple[GoldSegment, ...]] = {}
    for number, row in enumerate(_jsonl(gold, log), 1):
        try:
            by_id[str(row["id"])] = tuple(
                GoldSegment(str(s.get("garbled") or ""), str(s.get("fixed") or ""),
                            tuple(str(f) for f in s.get("fixes") or ("none",)), str(s.get("why") or ""))
                for s in row["segments"])
        except (KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"{gold}: record {number}: missing or malformed field ({exc})") from None
    records = [GoldRecord(pid, text, by_id[pid]) for pid, text in passages.items() if pid in by_id]
    if not records:
        raise DataError(f"{gold}: no record matches an id in {data.name}")
    return records


Opcode = tuple[str, int, int, int, int]


# What ends a sentence, closing marks included: a deleted sentence is " Tag said so." after
# "April.", never ". Tag said so" (the same output, the stop credited to the wrong segment).
_SENTENCE_END = ".!?\"”’)"


def _boundary_score(text: str, start: int, end: int) -> int:
    """How well ``text[start:end]`` sits on line boundaries, then on sentence boundaries
    (higher is better; a line boundary always outweighs a sentence one). Spaces alone do
    not count: " —" and "— " inserted after ")" are the same repair, and difflib's choice
    between them is kept; but a deleted block that starts after a sentence's end and ends
    with its own stop is a whole sentence, and is scored as one."""
    starts_line = start == 0 or text[start - 1] == "\n"
    ends_line = end == len(text) or text[end - 1] == "\n"
    whole_sentence = (start > 0 and end > start and text[start - 1] in _SENTENCE_END
                      and text[start].isspace() and text[end - 1] in _SENTENCE_END)
    return 4 * (2 * starts_line + ends_line) + whole_sentence


def _split_line_end_replacements(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each replacement of whole lines by text on no line of its own split in two:
    the text inserted at the end of the line before, then the lines deleted.

    A closing mark added at a paragraph's end next to a deleted feed line after it is one
    "replace" to difflib ("\n\nStory continues" -> "”"), so the mark seemed to belong to the
    deleted line and the quoted paragraph seemed to lack it.
    """
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in ops:
        removed, added = source[i1:i2], target[j1:j2]
        if tag == "replace" and removed.startswith("\n") and "\n" not in added and (
                i2 == len(source) or source[i2] == "\n"):
            out.append(("insert", i1, i1, j1, j2))
            out.append(("delete", i1, i2, j2, j2))
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def slide_to_boundaries(ops: Sequence[Opcode], source: str, target: str) -> list[Opcode]:
    """``ops`` with each pure deletion or insertion slid to where it sits on line
    boundaries, when the characters allow it (the same text either way).

    A character diff may match the "A" of a deleted line "A caption [Photo]\n\n" with the
    "A" of the next line, "About …", and delete "caption [Photo]\n\nA" instead: the same
    output, but the next segment then looks as if it lost its first letter. Diff tools
    slide such blocks the same way (git's diff-slider heuristics); ties keep difflib's
    choice.
    """
    split = _split_line_end_replacements(ops, source, target)
    tags = [op[0] for op in split]
    spans = [[i1, i2, j1, j2] for _, i1, i2, j1, j2 in split]  # mutable: blocks move below
    for k, tag in enumerate(tags):
        if tag not in ("delete", "insert"):
            continue
        i1, i2, j1, j2 = spans[k]
        text, lo, hi = (source, i1, i2) if tag == "delete" else (target, j1, j2)
        before = spans[k - 1] if k and tags[k - 1] == "equal" else None
        after = spans[k + 1] if k + 1 < len(tags) and tags[k + 1] == "equal" else None
        room_left = (before[1] - before[0]) if before else 0
        room_right = (after[1] - after[0]) if after else 0
        left = 0
        while left < room_left and text[lo - left - 1] == text[hi - left - 1]:
            left += 1
        right = 0
        while right < room_right and hi + right < len(text) and text[lo + right] == text[hi + right]:
            right += 1
        best = max(range(-left, right + 1), key=lambda o: (_boundary_score(text, lo + o, hi + o), o == 0))
        if best == 0:
            continue
        if before is not None:  # the equal block before ends where the moved block starts
            before[1] += best
            before[3] += best
        if after is not None:
            after[0] += best
            after[2] += best
        spans[k] = [i1 + best, i2 + best, j1 + best, j2 + best]
    return [(tag, i1, i2, j1, j2) for tag, (i1, i2, j1, j2) in zip(tags, spans, strict=True)
            if tag != "equal" or i2 > i1]


def position_map(source: str, target: str, legacy: bool = False) -> Callable[[int, bool], int]:
    """Map an offset in ``source`` to ``target`` through a character diff.

    Inside a changed block a start maps to the block's start and an end to its end, so a
    segment keeps every change touching it. Text inserted exactly at a segment's start or
    end (an opening quotation mark, a dateline dash) belongs to that segment.
    ``legacy=True`` is the map of ``shared/tools/score_gold.py``, which leaves such
    insertions out (so even the gold passage is not "exact" on those segments); it is kept
    to reproduce that tool's counts.
    """
    ops = difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes()
    slid = ops if legacy else slide_to_boundaries(ops, source, target)

    def where_legacy(pos: int, end: bool) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (end and pos == i2):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j2 if end else j1
        return len(target)

    def where(pos: int, end: bool) -> int:
        for tag, i1, i2, j1, j2 in (reversed(slid) if end else slid):
            inserted_here = tag == "insert" and i1 == pos
            inside = i1 < pos <= i2 if end else i1 <= pos < i2
            if inserted_here or inside:
                return j1 + (pos - i1) if tag == "equal" else (j2 if end else j1)
        return 0 if pos == 0 else len(target)

    return where_legacy if legacy else where


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
    map segments as ``score_gold.py`` does (see :func:`position_map`).
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
