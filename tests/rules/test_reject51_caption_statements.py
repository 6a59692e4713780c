"""PF001: a story's statement with a picture credit run on keeps its sentence; only the
credit goes. A caption (no verb, a present verb, a present passive) goes whole with its credit.

Editors rejected deleting "<statement>. Photo: <credit>" whole: the sentence was the story's.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules.furniture_credits import states_not_shows

LEAD = "The ward opened on Monday after two years of building work.\n\n"


@pytest.mark.parametrize("sentence", [
    "A similar tax in Lyon, brought in last year, is voluntary.",
    "Parking permits for residents are free in the old town.",
    "Flu cases in 2019 were traced mostly to one nursing home.",
    "Bus fares were raised sharply last year.",
    "Waiting lists in the north remain long.",
])
def test_statement_before_credit_is_kept(sentence: str) -> None:
    text = LEAD + sentence + " Photo: press office of the City Hall"
    assert fix_unsafe(text) == LEAD + sentence


@pytest.mark.parametrize("caption", [
    "A grey seal is released into the bay on Monday.",
    "Nurses wait at the new entrance of the hospital.",
    "Pupils with the robot before it was sent to the fair.",
    "The new ward of the city hospital on Monday.",
    "Volunteers are seen clearing the beach at dawn.",
])
def test_caption_before_credit_goes_whole(caption: str) -> None:
    text = LEAD + caption + " Photo: press office of the City Hall\n\nIt has 40 beds."
    assert fix_unsafe(text) == LEAD + "It has 40 beds."


@pytest.mark.parametrize("sentence,expected", [
    ("The scheme is voluntary.", True),
    ("Fees were cut last year.", True),
    ("A seal is released into the bay.", False),
    ("A wolf is being moved to a new park.", False),
    ("Crowds gather in the square.", False),
    ("Pupils with the robot before it was sent to the fair.", False),
])
def test_states_not_shows(sentence: str, expected: bool) -> None:
    assert states_not_shows(sentence) is expected
