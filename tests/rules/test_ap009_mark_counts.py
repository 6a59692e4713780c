"""AP009 counts a line's opening and closing straight marks with prefix sums (one pass over
the text) instead of slicing the line up to every spaced mark, which was quadratic on a
one-line text: the counts must be exactly those of the two patterns over the slice."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rule_helpers import fix_unsafe

from repair.rules.apostrophes_its import _StraightMarks

_OPENERS = re.compile(r"(?:^|[\s(“\"])'(?=\w)")
_CLOSERS = re.compile(r"(?<=\w)'(?=[\s,.;:!?)”\"]|$)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab '\n(“\",.s!é_", min_size=1, max_size=40))
def test_counts_equal_the_patterns_over_every_line_prefix(text: str) -> None:
    marks = _StraightMarks(text)
    for end in range(len(text) + 1):
        start = text.rfind("\n", 0, end) + 1
        stretch = text[start:end]
        assert marks.counts(start, end) == (len(_OPENERS.findall(stretch)), len(_CLOSERS.findall(stretch)))


def test_each_line_keeps_its_own_verdict() -> None:
    # A quotation opened on a line and closed with a spaced mark stays; a plural possessive on
    # a line with no quotation open is closed up; a quotation still open when the possessive
    # comes keeps the possessive as it is (the mark may close it).
    lines = "He called it 'useless ' and left.\nThe workers ' union agreed.\n"
    assert fix_unsafe(lines * 20) == "He called it 'useless ' and left.\nThe workers' union agreed.\n" * 20
    one_line = "She called it 'fine and the workers ' union agreed."
    assert fix_unsafe(one_line) == one_line
