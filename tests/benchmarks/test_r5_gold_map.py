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
