"""Quotation marks of a document, indexed once: counts and last positions in any range.

Rules ask "is a quotation still open at this offset?" by counting the marks between the
paragraph's (or line's) start and a candidate. Slicing and counting the text each time
costs the distance from the paragraph start, so a long paragraph (a one-line feed record
of a megabyte) made those rules quadratic (issue 13). Here each mark's positions are
found once per document and kept in ``doc.memo``; a count or last position is two
bisections. The answers equal the slice counts exactly (tests/test_scaling_quotes.py).
Line starts and ends come from :mod:`repair.line_index`, the one index of line breaks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from repair.document import Document
from repair.line_index import end_of_line, offsets_of, start_of_line

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
_MARKS = (OPEN, CLOSE, STRAIGHT)
_MEMO_KEY = "quote_marks.QuoteMarks"


@dataclass(frozen=True)
class QuoteMarks:
    """Sorted character offsets of each quotation mark in one text (``text``, kept for
    its line breaks, which :mod:`repair.line_index` indexes)."""

    positions: dict[str, list[int]]
    text: str = field(repr=False, compare=False)

    @classmethod
    def of_text(cls, text: str) -> QuoteMarks:
        """Index ``text``: every offset of “, ” and the straight mark."""
        return cls({mark: offsets_of(text, mark) for mark in _MARKS}, text)

    def count(self, mark: str, start: int, end: int) -> int:
        """``text.count(mark, start, end)`` for one indexed character ``mark``
        (offsets as ``str.count`` reads them, non-negative)."""
        found = self.positions[mark]
        if end <= start:
            return 0
        return bisect.bisect_left(found, end) - bisect.bisect_left(found, start)

    def last(self, mark: str, start: int, end: int) -> int:
        """``text.rfind(mark, start, end)``: the last offset of ``mark`` in
        ``[start, end)``, or -1 when there is none."""
        found = self.positions[mark]
        index = bisect.bisect_left(found, end) - 1
        if index >= 0 and found[index] >= start and end > start:
            return found[index]
        return -1

    def first(self, mark: str, start: int, end: int) -> int:
        """``text.find(mark, start, end)``: the first offset of ``mark`` in
        ``[start, end)``, or -1 when there is none."""
        found = self.positions[mark]
        index = bisect.bisect_left(found, start)
        if index < len(found) and found[index] < end:
            return found[index]
        return -1

    def line_start(self, at: int) -> int:
        """``text.rfind("\\n", 0, at) + 1`` for ``at >= 0``: the offset where the line
        holding ``at`` begins (0 for ``at <= 0``)."""
        return start_of_line(self.text, max(at, 0))

    def line_end(self, at: int) -> int:
        """``text.find("\\n", at)`` for ``at >= 0``: the first line break at or after
        ``at``, or -1 when the text's last line has none."""
        return end_of_line(self.text, max(at, 0))

    def quotation_open(self, start: int, end: int) -> bool:
        """True when a quotation opened in ``text[start:end]`` is still open at ``end``:
        more “ than ” there, or an odd number of straight marks (as the rules read it)."""
        return (self.count(OPEN, start, end) > self.count(CLOSE, start, end)
                or self.count(STRAIGHT, start, end) % 2 == 1)


def quote_marks(doc: Document) -> QuoteMarks:
    """The document's :class:`QuoteMarks`, made on first use and kept in ``doc.memo``
    (a document's text never changes; an edited document is a new one with a new memo
    for this key)."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        found = doc.memo[_MEMO_KEY] = QuoteMarks.of_text(doc.text)
    return found  # type: ignore[return-value]
