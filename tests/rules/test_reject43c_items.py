"""Edits fresh editors rejected on two blind sets (written_bu, written_bv), told in general
terms and tried on our own sentences, with look-alikes that must keep today's fix."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

NEXT = "Aid workers reached the valley on Tuesday."


# PF024: a Title Case headline may end on "By" and a common noun: the headline's own phrase.
@pytest.mark.parametrize("title", [
    "Relief Crews Struggle To Reach Towns Cut Off By Snow",
    "Farms Along The River Ruined By Heavy Rain",
    "Coastal Road Closed By Landslides",
    "Old Bridge Damaged By Storm",
    "Villages Isolated By Floodwater",
])
def test_title_ending_on_by_and_common_noun_is_kept(title: str) -> None:
    text = f"{title}\n\n{NEXT}"
    assert _fix(text) == text


@pytest.mark.parametrize("byline", ["By Ana Ruiz", "By Staff Reporter", "By Staff Reporter | March 19, 2025"])
def test_byline_after_title_is_still_cut(byline: str) -> None:
    text = f"Relief crews struggle to reach towns cut off by snow {byline}\n\n{NEXT}"
    assert _fix(text) == f"Relief crews struggle to reach towns cut off by snow\n\n{NEXT}"
