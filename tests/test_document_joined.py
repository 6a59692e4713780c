"""``Document.joined_sections``: whole-line ranges of a segmented text joined by blank lines
without segmenting again (``fix``'s re-check slices, ``RecheckPlan.joined``; issue 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.recheck import JOIN
from repair.rules.glued_small import _scan_capitals

_LINES = ["", "  ", "The vote is due. in the south.", "Mr. Ruiz said: \"Why now?\" said Cole.", "U.S. officials met.",
          "It fell to 9.3% . . . Then rose.", "  Indented line, no stop", "A.  B.  C.", "\t", "Ends with dots...",
          "The MinisterAna Ruiz met NATOs chief.", "“We won,” she said. “Now?”", "peopleThe report ended."]


def _line_ranges(text: str, picks: list[int]) -> list[tuple[int, int]]:
    """Whole-line ranges, ascending and apart, from line indexes picked in pairs."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    ends = [i for i, c in enumerate(text) if c == "\n"] + [len(text)]
    chosen = sorted(set(picks))
    ranges: list[tuple[int, int]] = []
    for first, last in zip(chosen[::2], chosen[1::2] + [chosen[-1]] * (len(chosen) % 2), strict=True):
        lo, hi = starts[first], ends[last]
        if not ranges or lo > ranges[-1][1]:
            ranges.append((lo, hi))
    return ranges


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=14), st.data())
def test_joined_sections_equal_segmenting_the_joined_text(lines: list[str], data: st.DataObject) -> None:
    text = "\n".join(lines)
    picks = data.draw(st.lists(st.integers(0, len(lines) - 1), min_size=1, max_size=8))
    ranges = _line_ranges(text, picks)
    doc = Document.from_text(text)
    doc.line_positions(_scan_capitals)  # asked on the whole text first, as a rule would
    joined = doc.joined_sections(ranges, JOIN)
    joined_text = JOIN.join(text[lo:hi] for lo, hi in ranges)
    assert joined == Document.from_text(joined_text)
    assert joined.evidence is doc
    # The carried scan positions are the joined text's own scan.
    assert joined.line_positions(_scan_capitals) == _scan_capitals(joined_text, 0, len(joined_text))


def test_ranges_that_are_not_whole_lines_are_segmented_afresh() -> None:
    text = "Mr. Ruiz left. in the south.\nTwo lines.\nA third. line here."
    doc = Document.from_text(text)
    for ranges in ([(4, 20)], [(0, 28), (30, 39)], [(0, 10), (5, 20)]):
        joined = doc.joined_sections(ranges, JOIN)
        assert joined == Document.from_text(JOIN.join(text[lo:hi] for lo, hi in ranges))
        assert joined.evidence is doc


def test_a_separator_that_is_not_line_breaks_is_segmented_afresh() -> None:
    text = "One line. here.\nTwo lines."
    doc = Document.from_text(text)
    joined = doc.joined_sections([(0, 15), (16, 26)], " ")
    assert joined == Document.from_text("One line. here. Two lines.")
