"""FR003 leaves a run-on numbered list alone: "… 2. Fares to rise 3. …" are headlines, not a
sentence and its adjunct; a comma between them is wrong.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(("text", "fixed"), [
    # PF025 (junk51) deletes a labelled numbered list run onto a paragraph's end whole.
    ("A builder wants to turn the site into homes. Most Read: 1. Bridge closure extended 2. Heating bills to rise "
     "3. Pool to close", "A builder wants to turn the site into homes."),
    ("The park reopens on Friday. Popular: 1. New school planned 2. Parking fees to double 3. Storm warning",
     "The park reopens on Friday."),
    # A label with a lower-case word ("Top stories") PF025 does not take: left as it is, never comma-joined.
    ("The vote is in May. Top stories: 1. Ring road shut 2. Housing costs to climb 3. Zoo reopens",
     "The vote is in May. Top stories: 1. Ring road shut 2. Housing costs to climb 3. Zoo reopens"),
])
def test_numbered_headlines_are_not_joined(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


def test_infinitive_piece_still_joined() -> None:
    # Not a list: the numbers do not follow on, so the infinitive goes back as before.
    assert fix_unsafe("The city hired 12 more nurses. To cut waiting times at the clinic.") \
        == "The city hired 12 more nurses to cut waiting times at the clinic."
