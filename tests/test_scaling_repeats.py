"""SP001's search for a passage printed twice finds, in the same order, every place the
regex it replaced found (issue 13: the regex read the whole text before every candidate
stop; the search now looks for the longest inner word with ``str.find`` and tries the
regex only where a match could start near it)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.rules import stops_repeats

# Words sharing letters and prefixes, gaps the pattern allows (blanks, marks, non-ASCII
# letters) and ones it does not (digits), so matches overlap, nest and nearly match.
PIECES = [" ", "  ", ". ", ", ", "-", "’", "'", "\n", "é", "\u0130", "1", "2.5", "a", "an", "ana", "the", "then",
          "mill", "mills", "shut", "shutter", "in", "inn", "x"]
INNER_WORDS = ["a", "an", "ana", "the", "then", "mill", "shut", "shutter", "in", "inn", "2.5", "1", "é-a", "x’s"]


def _regex_matches(lowered: str, before: int, inner: list[str]) -> list[tuple[int, int]]:
    """The old reading: ``re.search`` from one past each match's start, up to ``before``."""
    pattern = re.compile(r"[^A-Za-z\d]*".join(re.escape(t) for t in inner))
    found, at = [], 0
    while (match := pattern.search(lowered, at, before)) is not None:
        found.append(match.span())
        at = match.start() + 1
    return found


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
       st.lists(st.sampled_from(INNER_WORDS), min_size=4, max_size=4), st.integers(0, 3), st.integers(0, 400))
@settings(max_examples=600)
def test_inner_matches_are_the_regex_matches(text: str, inner: list[str], repeats: int, before: int) -> None:
    """Every match, and only those, in the regex's order, for any cut of the text; the
    inner words are also written into the text a few times so that matches exist."""
    joined = " ".join(inner)
    text = (text + " " + joined) * repeats + text
    before = min(before, len(text))
    assert [m.span() for m in stops_repeats._inner_matches(text, before, inner)] == \
        _regex_matches(text, before, inner)


@given(st.lists(st.sampled_from([" ", "-", ".", "a", "b", "1"]), max_size=40).map("".join), st.integers(0, 40))
def test_earliest_start_bounds_the_letters(text: str, end: int) -> None:
    """The stretch from the position found to ``end`` holds at most the allowed ASCII letters
    and digits, and one step further back would hold one more (unless at the floor)."""
    end = min(end, len(text))
    for letters in range(4):
        start = stops_repeats._earliest_start(text, 0, end, letters)
        count = len(re.findall(r"[A-Za-z\d]", text[start:end]))
        assert count <= letters
        if start > 0:
            assert len(re.findall(r"[A-Za-z\d]", text[start - 1 : end])) > letters

