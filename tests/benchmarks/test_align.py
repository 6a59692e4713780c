"""The aligner every score goes through: hunks, position mapping, segment location."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.align import Hunk, apply_hunks, diff_hunks, locate, map_range


def test_identical_texts_have_no_hunks() -> None:
    assert diff_hunks("He said so.", "He said so.") == []


def test_merged_fragment_is_one_hunk() -> None:
    # ". In" -> " in" is one repair, not a deletion plus a case change.
    assert diff_hunks("efforts. In the main field.", "efforts in the main field.") == [Hunk(7, 11, " in")]


def test_deletion_and_insertion() -> None:
    assert diff_hunks("a story continues b", "a b") == [Hunk(2, 18, "")]
    assert apply_hunks("ab", [Hunk(1, 1, "X")]) == "aXb"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab .,\nXy", max_size=40), st.text(alphabet="ab .,\nXy", max_size=40))
def test_hunks_rebuild_the_target(a: str, b: str) -> None:
    hunks = diff_hunks(a, b)
    assert apply_hunks(a, hunks) == b
    assert all(h.start <= h.end for h in hunks)


def test_map_range_gives_a_hunk_to_the_segment_it_starts_in() -> None:
    a = "He said so. In the main field. Done."
    b = "He said so in the main field. Done."
    hunks = diff_hunks(a, b)
    assert b[slice(*map_range(hunks, 0, 11))] == "He said so in"
    assert b[slice(*map_range(hunks, 31, 36))] == "Done."
    # A deleted segment maps to an empty range.
    a2, b2 = "One. Story continues Two.", "One. Two."
    h2 = diff_hunks(a2, b2)
    start, end = map_range(h2, 5, 20)
    assert b2[start:end].strip() == ""


def test_locate_tolerates_whitespace_and_respects_order() -> None:
    passage = "A b.\nC  d. A b."
    assert locate(passage, "C d.") == (5, 10)
    assert locate(passage, "A b.", after=4) == (11, 15)
    assert locate(passage, "missing") is None
    assert locate(passage, "  ") is None
