"""A lone lower-case word cut off past the sentence's end goes back into the slot the
grammar names (``repair.rules.stops_slots``): "already" after the auxiliary, "only"
before the one count, "time" after "for the first"; where no slot is certain the move is
only shown. Variants written in our own words, with different verbs, counts and phrases."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        ("Ticket sales have passed two million since the launch in March. already.",
         "Ticket sales have already passed two million since the launch in March."),
        ("The new line has carried more passengers than the old one. already.",
         "The new line has already carried more passengers than the old one."),
        ("Three of the ministers were living abroad before the vote. still.",
         "Three of the ministers were still living abroad before the vote."),
        ("The club has signed four players this summer. only.",
         "The club has signed only four players this summer."),
        ("The ferry sailed twice during the storm last week. only.",
         "The ferry sailed only twice during the storm last week."),
        ("Inspectors found 12 faults in a 40-page report. only.",
         "Inspectors found only 12 faults in a 40-page report."),
        ("Women will sit on the court for the first in its long history. time.",
         "Women will sit on the court for the first time in its long history."),
        ("The river froze over for the second since records began. time.",
         "The river froze over for the second time since records began."),
        ("Voters rejected the budget for the third this decade. time.",
         "Voters rejected the budget for the third time this decade."),
    ],
)
def test_lone_word_goes_back_into_its_slot(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Two counts: "only" could limit either.
        "The team won three games and lost five in May. only.",
        # No count at all.
        "The council approved the plan after a long debate. only.",
        # No auxiliary to put "already" after.
        "The company sold its shares in the bank last year. already.",
    ],
)
def test_lone_word_without_a_certain_slot_is_not_applied(text: str) -> None:
    fixed = _fix(text)
    # Neither glued onto the end nor deleted unseen: the piece is left for an editor.
    assert fixed == text
