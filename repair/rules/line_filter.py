"""The lines worth a costly pattern's scan: those that hold a cheap necessary part of it, and
the paragraphs worth a rule's tests: those that hold one of its hint words (issue 13).

A rule pattern that opens on a letter class (``[A-Z]…``) is tried by the regular-expression
engine at every capital of the text, and on clean news most of those tries fail after a few
words. When every match of the costly pattern lies inside one line and holds a match of a
cheap pattern that opens on a literal (``", [A-Z]"``: the engine skips to the literal), the
costly pattern need only be scanned over the lines that hold the cheap one:

    for start, end in lines_holding(text, CHEAP):
        for match in COSTLY.finditer(text, start, end): ...

finds exactly the matches of ``COSTLY.finditer(text)``, in the same order, provided

* no match of ``COSTLY`` holds a line break, and it reads nothing beyond one character on
  either side of its match (a look-behind or look-ahead of one character, which sees the
  line break at a line's edge both ways: ``endpos`` reads as the text's end, which fails a
  look-ahead for a character as a line break does; a look-behind reads the text before
  ``pos`` as it is); no ``^``/``$`` in multi-line mode, no ``\\A``/``\\Z``;
* every match of ``COSTLY`` holds a match of ``CHEAP`` (a necessary part), and no match of
  ``CHEAP`` holds a line break.

Each rule that uses it says why both hold for its patterns and compares the filtered scan
with the plain one by a hypothesis test (tests/rules/test_fast_scans37.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from repair.line_index import end_of_line, start_of_line


def lines_holding(text: str, cheap: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` offsets of the lines of ``text`` (``end`` at the line break or
    the text's end, the break left out) that hold a match of ``cheap``, in text order,
    each once. ``cheap`` must never match across a line break."""
    at = 0
    while (found := cheap.search(text, at)) is not None:
        start = start_of_line(text, found.start())
        end = end_of_line(text, found.end())
        if end < 0:
            yield start, len(text)
            return
        yield start, end
        at = end + 1


def spans_holding(text: str, starts: Sequence[int], ends: Sequence[int], hints: Iterable[str]) -> set[int]:
    """The indices ``i`` of the spans ``text[starts[i]:ends[i]]`` (ascending, apart: a
    document's paragraphs) that hold one of ``hints`` (non-empty strings): ``{i for i in
    range(len(starts)) if any(h in text[starts[i]:ends[i]] for h in hints)}``, found by
    ``str.find`` over the whole text rather than a slice and a test per span (a rule that
    asks a few rare words of every paragraph: most paragraphs hold none)."""
    found: set[int] = set()
    for hint in hints:
        at = text.find(hint)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at + len(hint) <= ends[index]:
                found.add(index)
                at = text.find(hint, ends[index])  # the span holds it: on to the next span
            else:
                at = text.find(hint, at + 1)
    return found
