"""Whole lines deleted next to an edit inside a line: each change stays with its own segment.

difflib merges a mark fixed at a paragraph's end with a feed line deleted after it into one
block ('“\\n\\nRead also: …' -> '”'); the map must give the mark to the paragraph and nothing
to the deleted line (a deleted line scored as a lone '”' although the output dropped it).
"""

from __future__ import annotations

import difflib

import pytest

from benchmarks.gold import position_map, slide_to_boundaries


def mapped(source: str, target: str, *segments: str) -> list[str]:
    """What each segment (searched left to right in ``source``) becomes in ``target``."""
    where = position_map(source, target)
    out, cursor = [], 0
    for seg in segments:
        start = source.index(seg, cursor)
        cursor = start + len(seg)
        out.append(target[where(start, False) : where(cursor, True)])
    return out


def tiles(source: str, target: str) -> bool:
    """The slid opcodes cover both texts in order, with no hole and no overlap."""
    ops = slide_to_boundaries(difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes(),
                              source, target)
    i = j = 0
    for _, i1, i2, j1, j2 in ops:
        if (i1, j1) != (i, j):
            return False
        i, j = i2, j2
    return (i, j) == (len(source), len(target))


QUOTE = "The mayor said: “We will rebuild the pier."
JUNK = "READ ALSO: Ferry fares rise for the third year"
NEXT = "The pier opened in 1901."


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("wrong_mark", ["“", "„", "\""])
def test_a_mark_fixed_before_a_deleted_line_stays_with_its_paragraph(eol: str, wrong_mark: str) -> None:
    brk = eol * 2
    source = f"{QUOTE}{wrong_mark}{brk}{JUNK}{brk}{NEXT}"
    target = f"{QUOTE}”{brk}{NEXT}"
    assert mapped(source, target, f"{QUOTE}{wrong_mark}", JUNK, NEXT) == [f"{QUOTE}”", "", NEXT]
    assert tiles(source, target)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_mark_added_before_a_deleted_line_stays_with_its_paragraph(eol: str) -> None:
    brk = eol * 2
    source = f"{QUOTE}{brk}{JUNK}{brk}{NEXT}"
    target = f"{QUOTE}”{brk}{NEXT}"
    assert mapped(source, target, QUOTE, JUNK, NEXT) == [f"{QUOTE}”", "", NEXT]
    assert tiles(source, target)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("fixed", [True, False])
def test_a_deleted_last_line(eol: str, fixed: bool) -> None:
    """The deleted line ends the passage: the mark is still the paragraph's."""
    quoted = f"{QUOTE}“" if fixed else QUOTE
    source = f"{NEXT}{eol * 2}{quoted}{eol * 2}{JUNK}"
    target = f"{NEXT}{eol * 2}{QUOTE}”"
    assert mapped(source, target, NEXT, quoted, JUNK) == [NEXT, f"{QUOTE}”", ""]
    assert tiles(source, target)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("mark", ["«", "„"])
def test_a_mark_fixed_after_a_deleted_line_stays_with_the_next_paragraph(eol: str, mark: str) -> None:
    quoted = "We will rebuild the pier,” the mayor said."
    source = f"{NEXT}{eol * 2}{JUNK}{eol * 2}{mark}{quoted}"
    target = f"{NEXT}{eol * 2}“{quoted}"
    assert mapped(source, target, NEXT, JUNK, f"{mark}{quoted}") == [NEXT, "", f"“{quoted}"]
    assert tiles(source, target)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_deleted_first_line(eol: str) -> None:
    """The deleted line starts the passage; the next line's opening mark is its own."""
    quoted = "We will rebuild the pier,” the mayor said."
    source = f"{JUNK}{eol * 2}«{quoted}{eol * 2}{NEXT}"
    target = f"“{quoted}{eol * 2}{NEXT}"
    assert mapped(source, target, JUNK, f"«{quoted}", NEXT) == ["", f"“{quoted}", NEXT]
    assert tiles(source, target)


def test_a_chance_match_inside_the_deleted_line_does_not_split_the_change() -> None:
    """A caption deleted before a line whose first word had its encoding repaired: difflib
    matches one letter of the caption with the repaired word ("Å»ory" -> "Żory"), cutting the
    change in two; the caption still maps to nothing and the repaired line keeps its word."""
    caption = "Workers at a dock in the old port. Photo: Agency"
    line = "Å»ory council said the dock would close in May."
    source = f"{NEXT}\n\n{caption}\n\n{line}"
    target = f"{NEXT}\n\nŻory council said the dock would close in May."
    assert mapped(source, target, NEXT, caption, line) == [NEXT, "", target.split("\n\n")[1]]
    assert tiles(source, target)


def test_a_join_of_two_lines_is_left_to_the_character_diff() -> None:
    """A false paragraph break removed: no whole line is deleted, so nothing is split off."""
    source = f"The council met on Monday\n\nand voted to close the pier.\n\n{NEXT}"
    target = f"The council met on Monday and voted to close the pier.\n\n{NEXT}"
    first, second = "The council met on Monday", "and voted to close the pier."
    assert "".join(mapped(source, target, first, second)).replace(" ", "") == \
        "The council met on Monday and voted to close the pier.".replace(" ", "")
    assert tiles(source, target)


def test_a_changed_line_kept_on_its_own_is_not_a_deletion() -> None:
    """The replacement is a line of its own in the output (it has a line break): untouched."""
    source = f"{QUOTE}“\n\nÅ»ory\n\n{NEXT}"
    target = f"{QUOTE}”\n\nŻory\n\n{NEXT}"
    assert mapped(source, target, f"{QUOTE}“", "Å»ory", NEXT) == [f"{QUOTE}”", "Żory", NEXT]
    assert tiles(source, target)


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_repeated_line_deleted_is_the_later_copy(eol: str) -> None:
    """Deleting either copy of a repeated headline gives the same output; the repeat is the
    second copy, so the first keeps its segment (it was scored deleted, the second kept)."""
    brk = eol * 2
    head = "Ferry fares rise for the third year"
    source = f"{head}{brk}{head}{brk}{NEXT}"
    target = f"{head}{brk}{NEXT}"
    assert mapped(source, target, head, head, NEXT) == [head, "", NEXT]
    assert tiles(source, target)


def test_a_line_deleted_between_different_lines_stays_put() -> None:
    source = f"{QUOTE}\n\n{JUNK}\n\n{NEXT}"
    target = f"{QUOTE}\n\n{NEXT}"
    assert mapped(source, target, QUOTE, JUNK, NEXT) == [QUOTE, "", NEXT]


def test_a_headline_printed_twice_on_one_line_loses_its_later_copy() -> None:
    head = "Ferry fares rise for the third year"
    source = f"{head} {head}\n\n{NEXT}"
    target = f"{head}\n\n{NEXT}"
    assert mapped(source, target, head, head, NEXT) == [head, "", NEXT]
    assert tiles(source, target)


def test_a_short_repeat_keeps_difflibs_choice() -> None:
    source = "He said the the pier was safe."
    target = "He said the pier was safe."
    assert mapped(source, target, source) == [target]
    assert tiles(source, target)
