"""A closing mark added at a paragraph's end beside a deleted line belongs to that paragraph."""

from __future__ import annotations

from benchmarks.gold import position_map


def test_mark_added_before_a_deleted_line_stays_with_its_paragraph() -> None:
    quoted = "The mayor said: “We will rebuild the pier."
    source = f"{quoted}\n\nStory continues below\n\nThe pier opened in 1901."
    target = f"{quoted}”\n\nThe pier opened in 1901."
    where = position_map(source, target)
    # The quoted paragraph's segment ends after the closing mark the repair added ...
    assert target[: where(len(quoted), True)] == f"{quoted}”"
    # ... and the deleted line maps to nothing, not to the mark.
    line = source.index("Story")
    assert target[where(line, False) : where(line + len("Story continues below"), True)] == ""


def test_a_deleted_sentence_takes_its_own_stop_not_the_one_before() -> None:
    """Deleting " Lee said so." and ". Lee said so" give the same text; the map must credit
    the kept sentence with its own full stop (a repaired passage equal to the gold one was
    scored as one false change and one miss)."""
    kept = "The mayor said on Friday that the ferry would run again in April."
    for tag in (" Lee said so.", " That was what she wrote.", " Lee said it?"):
        # The text after is the longer match, so difflib pairs the tag's stop with the kept one.
        after = ("\n\nTickets go on sale in March, and the operator expects most of the sleeper berths "
                 "to sell out early.")
        source = f"{kept}{tag}{after}"
        target = f"{kept}{after}"
        where = position_map(source, target)
        assert target[: where(len(kept), True)] == kept
        assert target[where(len(kept), False) : where(len(kept) + len(tag), True)] == ""
