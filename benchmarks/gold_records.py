"""Gold structural fixes as records: a garbled passage, its segments and their gold fixes.

Split out of ``benchmarks.gold`` (which re-exports every public name here and scores
systems against these records). :func:`load_gold` joins a gold file to its pair file by
id; :attr:`GoldRecord.gold` is what a perfect structural repair writes.
"""

from __future__ import annotations

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
