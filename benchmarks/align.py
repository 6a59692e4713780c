"""Aligning a text with its repaired version: hunks, position maps, segment mapping.

Every system is scored through the same aligner, whatever it is (rules, model, a peer that
only returns text, the oracle): the edits it made are recovered as *hunks* by diffing its
input against its output. Gold edits on the synthetic set are recovered the same way from
(corrupted, clean), so system and gold edits are compared like with like, as ERRANT does
by running one aligner over both sides.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from repair.apply import write_edits

# Words, runs of whitespace, and single other characters: fine enough that a lower-cased
# letter or a dropped full stop is its own token, coarse enough that a diff stays fast.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True, order=True)
class Hunk:
    """Replace ``source[start:end]`` by ``replacement`` (an edit recovered by the aligner)."""

    start: int
    end: int
    replacement: str

    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.replacement)


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def diff_hunks(source: str, target: str) -> list[Hunk]:
    """The minimal token-level hunks turning ``source`` into ``target``.

    Hunks separated only by one whitespace token are merged, so ". In" -> " in" (a merged
    fragment) is one edit rather than a deletion and a case change, matching how rules
    propose it.
    """
    if source == target:
        return []
    a_spans, b_spans = _tokens(source), _tokens(target)
    a_tok = [source[s:e] for s, e in a_spans]
    b_tok = [target[s:e] for s, e in b_spans]
    matcher = difflib.SequenceMatcher(None, a_tok, b_tok, autojunk=False)
    raw: list[tuple[int, int, int, int]] = []  # token ranges i1,i2,j1,j2
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if raw:
            pi1, pi2, pj1, pj2 = raw[-1]
            gap = a_tok[pi2:i1]
            if i1 - pi2 <= 1 and all(t.isspace() for t in gap):
                raw[-1] = (pi1, i2, pj1, j2)
                continue
        raw.append((i1, i2, j1, j2))
    hunks = []
    for i1, i2, j1, j2 in raw:
        start = a_spans[i1][0] if i1 < len(a_spans) else len(source)
        end = a_spans[i2 - 1][1] if i2 > i1 else start
        b_start = b_spans[j1][0] if j1 < len(b_spans) else len(target)
        b_end = b_spans[j2 - 1][1] if j2 > j1 else b_start
        hunks.append(Hunk(start, end, target[b_start:b_end]))
    return hunks


def apply_hunks(source: str, hunks: Sequence[Hunk]) -> str:
    """Write non-overlapping hunks into ``source`` (inverse check of :func:`diff_hunks`)."""
    return write_edits(source, hunks)


def map_range(hunks: Sequence[Hunk], start: int, end: int) -> tuple[int, int]:
    """Where the source range ``[start, end)`` ended up in the target.

    A hunk belongs to the range that holds its first character (an insertion at a
    boundary belongs to the range starting there), so a fragment merged across a segment
    boundary is counted once, in the segment the edit starts in.
    """
    return _map_pos(hunks, start, is_end=False), _map_pos(hunks, end, is_end=True)


def _map_pos(hunks: Sequence[Hunk], pos: int, is_end: bool) -> int:
    """Map one source offset; ``is_end`` is kept for symmetry and documents intent."""
    del is_end  # starts and ends map alike once hunk ownership is by first character
    delta = 0
    for h in sorted(hunks):
        if h.start >= pos:
            # Hunks starting at or after pos belong to the range starting at pos.
            break
        if h.end <= pos:
            delta += len(h.replacement) - (h.end - h.start)
            continue
        # pos falls strictly inside a replaced range: the hunk belongs to the range that
        # holds its start, so a start moves past it and an end swallows it.
        return h.start + delta + len(h.replacement)
    return pos + delta


def locate(passage: str, segment: str, after: int = 0) -> tuple[int, int] | None:
    """Find ``segment`` in ``passage`` at or after ``after``, tolerating whitespace changes.

    The real pairs promise verbatim substrings after whitespace normalisation, so an exact
    search is tried first and a whitespace-flexible pattern second.
    """
    segment = segment.strip()
    if not segment:
        return None
    at = passage.find(segment, after)
    if at >= 0:
        return at, at + len(segment)
    pattern = r"\s+".join(re.escape(w) for w in segment.split())
    match = re.compile(pattern).search(passage, after)
    return (match.start(), match.end()) if match else None
