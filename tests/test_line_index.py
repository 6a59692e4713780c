"""Line starts and ends from the line-break index answer as ``str.rfind``/``str.find`` do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.line_index import INDEXED_FROM_CHARS, end_of_line, offsets_of, start_of_line

# Long enough to be indexed, with breaks anywhere (first, last, doubled) or none at all.
LONG_TEXTS = st.lists(st.sampled_from(["\n", "\n\n", "a", "word ", "x" * 900]), max_size=40).map(
    lambda pieces: "".join(pieces).ljust(INDEXED_FROM_CHARS, "y") + "".join(pieces))


@settings(max_examples=300, deadline=None)
@given(LONG_TEXTS, st.data())
def test_indexed_line_bounds_equal_the_scans(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text) + 2))
    assert start_of_line(text, pos) == text.rfind("\n", 0, pos) + 1
    assert end_of_line(text, pos) == text.find("\n", pos)


def test_several_texts_in_turn_each_answer_for_their_own_lines() -> None:
    """Rules alternate between a document's text and other long texts: an index kept for
    one text is never used for another of the same length."""
    first = "a" * INDEXED_FROM_CHARS + "\nb"
    second = "a" * (INDEXED_FROM_CHARS - 2) + "\nbbb"
    copies = [first, second, "\n" + first[1:]] * 3
    for text in copies:
        assert start_of_line(text, len(text)) == text.rfind("\n") + 1
        assert end_of_line(text, 0) == text.find("\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\n", "“", "””", '"', "a", "é ", ""]), max_size=30).map("".join),
       st.sampled_from(["\n", "“", "”", '"']))
def test_offsets_of_a_character_equal_the_regex_matches(text: str, char: str) -> None:
    assert offsets_of(text, char) == [match.start() for match in re.finditer(re.escape(char), text)]
