"""Gold structural fixes as records: a garbled passage, its segments and their gold fixes.

Split out of ``benchmarks.gold`` (which re-exports every public name here and scores
systems against these records). :func:`load_gold` joins a gold file to its pair file by
id; :attr:`GoldRecord.gold` is what a perfect structural repair writes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.align import locate
from benchmarks.data import DataError, FileLog, _jsonl, load_pairs


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

    Raises :class:`DataError` (one line naming the file) for a malformed gold record, an id
    given twice, an empty gold file or one that matches no record of ``data``. Gold records
    whose id ``data`` lacks, and gold segments not found in their passage, are left out of
    the scores with a one-line warning on stderr each (counts and the first id), since they
    change what is scored without failing.
    """
    passages = {p.id: p.garbled for p in load_pairs(data, log)}
    by_id: dict[str, tuple[GoldSegment, ...]] = {}
    for number, row in enumerate(_jsonl(gold, log), 1):
        try:
            key = str(row["id"])
            segments = tuple(
                GoldSegment(str(s.get("garbled") or ""), str(s.get("fixed") or ""),
                            tuple(str(f) for f in s.get("fixes") or ("none",)), str(s.get("why") or ""))
                for s in row["segments"])
        except (KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"{gold}: record {number}: missing or malformed field ({exc})") from None
        if key in by_id:  # which of the two would be scored is a guess: refuse
            raise DataError(f"{gold}: record {number}: id {key!r} given twice")
        by_id[key] = segments
    if not by_id:
        raise DataError(f"{gold}: no gold record (empty file)")
    records = [GoldRecord(pid, text, by_id[pid]) for pid, text in passages.items() if pid in by_id]
    if not records:
        raise DataError(f"{gold}: no record matches an id in {data.name}")
    orphans = [key for key in by_id if key not in passages]
    if orphans:
        _warn(f"{gold}: {len(orphans)} gold record(s) with no passage in {data.name}, not scored "
              f"(first: {orphans[0]!r})")
    lost = [(r.id, len([s for s in r.segments if s.garbled]) - len(r.located())) for r in records]
    lost = [(rid, n) for rid, n in lost if n]
    if lost:
        _warn(f"{gold}: {sum(n for _, n in lost)} gold segment(s) not found in their passage of {data.name}, "
              f"not scored (first in {lost[0][0]!r})")
    return records


def _warn(message: str) -> None:
    print(f"benchmarks: warning: {message}", file=sys.stderr, flush=True)
