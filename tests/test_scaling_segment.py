"""The segmenter's shortcuts answer as what they replaced (issue 13): its look at the word
before a full stop (segmentation._word_before), and its boundary scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.segmentation import _BOUNDARY, _word_before


def _scan(text: str, end: int) -> str:
    """The word before ``end`` as the scan read it before the shortcut (its reference)."""
    start = end
    while start > 0 and end - start < 40 and (text[start - 1].isalpha() or text[start - 1] in ".'’-"):
        start -= 1
    while start < end and not text[start].isalpha():
        start += 1
    return text[start:end]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aZ.'’- ,1é\nxyzQ", max_size=90), st.integers(min_value=0, max_value=90))
def test_the_word_before_a_stop_is_the_scans(text: str, end: int) -> None:
    end = min(end, len(text))
    assert _word_before(text, end) == _scan(text, end)


def test_words_before_stops() -> None:
    text = "He met Brig. Gen. Ana Ruiz in Champaign, Ill. on Monday. It was O'Neil's-day… Café. " + "x" * 50 + "."
    for word in ("Brig.", "Gen", "Ill", "Monday", "O'Neil's-day", "Café"):
        end = text.index(word) + len(word)
        assert _word_before(text, end) == _scan(text, end) == word.rstrip(".") + ("." if word == "Brig." else "")
    assert _word_before(text, len(text) - 1) == "x" * 40  # at most 40 characters back
    assert Document.from_text("He met Brig. Gen. Ana Ruiz. She left.").sentences[1].span.start == 28


# The boundary scan before it stopped at line breaks (issue 13): it also found each mark
# that ends its line, which the segmenter then skipped; that is the only difference.
_BOUNDARY_ACROSS_LINES = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"'”’»)\]]*+(?=\s++\S)")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="a.!?\"”) \n\r\t\u2028\xa0", max_size=60))
def test_the_boundary_scan_finds_the_marks_inside_paragraphs(text: str) -> None:
    paragraphs = Document.from_text(text).paragraphs
    inside = [m.span() for m in _BOUNDARY_ACROSS_LINES.finditer(text)
              if any(p.start <= m.start() and m.end() < p.end for p in paragraphs)]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == inside
