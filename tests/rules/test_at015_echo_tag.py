"""AT015 joins an inverted tag cut off as its own piece ("… . Said the central bank.") back onto
its statement, but not when the sentence before already names that speaker as its own ("The
organizers said that …"): the join would attribute the statement twice ("… the most in its
history said the organizers."), and the tag is an echo that AT001 deletes. Found by a blind
editor's REJECT (session 35). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The organizers said that 9,200 riders started the tour, the most in its history. Said the organizers.",
     "The organizers said that 9,200 riders started the tour, the most in its history."),
    ("Officials said the bridge would reopen on Monday, the earliest date possible. Said the officials.",
     "Officials said the bridge would reopen on Monday, the earliest date possible."),
    ("The club said that 41,000 fans attended, a record for the league. Said the club.",
     "The club said that 41,000 fans attended, a record for the league."),
])
def test_echo_of_the_sentences_own_speaker_is_deleted_not_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_a_new_speaker_is_still_joined() -> None:
    # the sentence before names no speaker: the tag is its attribution, rebuilt as before
    garbled = "Fares rose sharply in May, the most in a decade. Said the transport authority."
    assert "said the transport authority" in _fixed(garbled)
