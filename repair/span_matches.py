"""One pattern's matches in a span of text, found once and looked up by bisection.

A rule that, per candidate, searches forward to the next stop or back to the last opening
dash of its paragraph pays the distance each time: on a one-line feed record of a megabyte
that was quadratic (issue 13). Here each pattern's matches over the span are listed on
first use and every later question is one bisection.

The answers equal a fresh search from the candidate only for patterns whose match at a
position does not depend on where the search began and whose matches never overlap (so
``finditer`` over the span lists every one): the caller says why its pattern is such
(tests/test_scaling_lookbacks.py checks each use against the plain search).
"""

from __future__ import annotations

import bisect
import re


class SpanMatches:
    """The matches of any number of patterns in ``text[start:end]`` (the searches use
    ``pos=start`` and ``endpos=end``, so look-behinds read the text before the span and
    ``$`` matches at its end), each pattern scanned once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self._found: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}

    def _spans(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        """Starts and ends of ``pattern``'s matches in the span, ascending."""
        found = self._found.get(pattern)
        if found is None:
            matches = list(pattern.finditer(self.text, self.start, self.end))
            found = self._found[pattern] = ([m.start() for m in matches], [m.end() for m in matches])
        return found

    def first_from(self, pattern: re.Pattern[str], pos: int) -> tuple[int, int] | None:
        """``(start, end)`` of the first match starting at or after ``pos``, or None."""
        starts, ends = self._spans(pattern)
        index = bisect.bisect_left(starts, pos)
        return (starts[index], ends[index]) if index < len(starts) else None

    def last_ending_before(self, pattern: re.Pattern[str], limit: int) -> tuple[int, int] | None:
        """``(start, end)`` of the last match whose end is below ``limit``, or None (matches
        never overlap, so their ends ascend with their starts)."""
        starts, ends = self._spans(pattern)
        index = bisect.bisect_left(ends, limit) - 1
        return (starts[index], ends[index]) if index >= 0 else None
