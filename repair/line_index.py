"""Line starts and ends of a text, found by bisection on an index of its line breaks.

Rules ask where the line around a candidate starts. ``text.rfind("\\n", 0, pos)`` costs the
distance back to that line's start, so on a one-line feed record of a megabyte every
candidate paid for the whole record and the rules were quadratic in it (issue 13;
tests/test_scaling_quotes.py). Here a long text's line breaks are listed once and each
question is one bisection. The answers equal ``str.rfind``'s and ``str.find``'s exactly
(tests/test_line_index.py).

Texts are remembered by identity, the last few only: rules pass the document's text (one
object) many times over; a short text is searched directly, its scan being cheaper than
the index.
"""

from __future__ import annotations

import bisect
import threading
from itertools import accumulate

# Below this length a scan costs less than building and keeping an index.
INDEXED_FROM_CHARS = 4096
_KEPT = 4

_lock = threading.Lock()
_indexes: list[tuple[str, list[int]]] = []


def offsets_of(text: str, char: str) -> list[int]:
    """Every offset of the one character ``char`` in ``text``, ascending.

    Found by one split and a running sum of the pieces' lengths, both in C: a ``find`` per
    occurrence cost 0.34 s on a megabyte of one repeated mark, this 0.15 s.
    """
    if char not in text:
        return []
    pieces = text.split(char)
    pieces.pop()
    # The i-th occurrence stands after pieces 0..i and i marks: sum(len + 1) - 1.
    return list(accumulate(map((1).__add__, map(len, pieces)), initial=-1))[1:]


def _breaks(text: str) -> list[int]:
    """Offsets of every "\\n" in ``text``, ascending (indexed once per text object)."""
    with _lock:
        for kept, breaks in _indexes:
            if kept is text:
                return breaks
    breaks = offsets_of(text, "\n")
    with _lock:
        _indexes.insert(0, (text, breaks))
        del _indexes[_KEPT:]
    return breaks


def start_of_line(text: str, pos: int) -> int:
    """Where the line holding offset ``pos`` starts: ``text.rfind("\\n", 0, pos) + 1``
    for ``0 <= pos <= len(text)`` (0 on the first line)."""
    if len(text) < INDEXED_FROM_CHARS or pos < 0:
        return text.rfind("\n", 0, pos) + 1
    breaks = _breaks(text)
    index = bisect.bisect_left(breaks, pos)
    return breaks[index - 1] + 1 if index else 0


def end_of_line(text: str, pos: int) -> int:
    """The first line break at or after ``pos``: ``text.find("\\n", pos)`` (-1 when the
    text's last line has none) for ``pos >= 0``."""
    if len(text) < INDEXED_FROM_CHARS or pos < 0:
        return text.find("\n", pos)
    breaks = _breaks(text)
    index = bisect.bisect_left(breaks, pos)
    return breaks[index] if index < len(breaks) else -1
