"""PU006 leaves a quotation opened by a floating closing mark ("said: ” We …") to QM006,
which turns that mark: an opening mark before the paragraph's narration is wrong.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize("text,expected", [
    ("The park lost a third of its trees in the storm. Its director, Ana Ruiz, said: ” We will plant "
     "them again.”",
     "The park lost a third of its trees in the storm. Its director, Ana Ruiz, said: “We will plant "
     "them again.”"),
    ("Ticket sales fell by half. The club's chairman told reporters: ” We expected worse,” and left.",
     "Ticket sales fell by half. The club's chairman told reporters: “We expected worse,” and left."),
])
def test_floating_closing_mark_is_turned_not_doubled(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected


def test_missing_opening_mark_still_added() -> None:
    assert fix_unsafe("We will plant them again,” Ana Ruiz said.") == "“We will plant them again,” Ana Ruiz said."
