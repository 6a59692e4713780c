"""Page lines run onto the story's text, told by shape (our own words).

Editors and gold deleted, whole, junk the rules left: a wire's credit after a paragraph's
last stop with no colon and roles in mixed case, a labelled numbered list of headlines
after the last stop, a stamp under a label with its clock first opening a paragraph, and
a capitals label over a question closing the text (only its label went). Each shape has
look-alikes that the story writes and that must be left alone.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

LEAD = "HARBOURTOWN — The council approved a new ferry pier on Monday after two years of talks with the port."
LAST = "Work will start in the spring, the mayor said."


def _story(last: str) -> str:
    return f"{LEAD}\n\n{last}"


@pytest.mark.parametrize("tail", [
    " Reporting by Ana Ruiz; editing by T. Hale",
    " Reporting by Ana Ruiz; Editing by Tom Hale",
    " Additional reporting by Lee Min",
    " Writing by Jo Berg, editing by Ana Ruiz",
])
def test_colon_less_credit_tail_goes(tail: str) -> None:
    assert _fix(_story(LAST + tail)) == _story(LAST)


@pytest.mark.parametrize("tail", [
    " Most Read: 1. Bridge shut for repairs 2. Tariffs to rise 3. Mill to close",
    " Popular: 1. Ferry fares up 2. Port strike ends",
    " Top Stories: 1) Mayor opens pier 2) Storm hits coast 3) Schools shut",
])
def test_numbered_headline_list_tail_goes(tail: str) -> None:
    assert _fix(_story(LAST + tail)) == _story(LAST)


@pytest.mark.parametrize("last", [
    # The story's own sentences after the stop: a verb and lower-case words, a final stop.
    "Work will start in the spring. Reporting by phone from the pier was banned",
    "Work will start in the spring. Reporting by Ana Ruiz showed the gap.",
    # The story's own lists: stops, lower case, auxiliaries, figures out of order.
    "Work has three steps. Steps: 1. Dig the base. 2. Pour the pier.",
    "Work has three steps: 1. dig the base 2. pour the pier",
    "Work has two options. Options: 1. The council will pay 2. The state pays",
    "The vote ended. Result: 1. Ruiz",
])
def test_story_tails_stay(last: str) -> None:
    assert _fix(_story(last)) == _story(last)


@pytest.mark.parametrize("stamp", [
    "Updated 14:05, 22.03.2024 ",
    "Published: 22.03.2024 14:05 ",
    "Updated 09:30 14 March 2024 ",
])
def test_labelled_stamp_opening_a_paragraph_goes(stamp: str) -> None:
    assert _fix(_story(stamp + LAST)) == _story(LAST)


@pytest.mark.parametrize("last", [
    "Since 22.03.2024 14:05 The pier has been closed to boats every night.",
    "On 22.03.2024 the council met again to vote on the new pier plan.",
    "At 14:05 on 22.03.2024 the council met again to vote on the pier.",
])
def test_prose_opening_on_a_date_stays(last: str) -> None:
    assert _fix(_story(last)) == _story(last)


def test_capitals_label_over_question_closing_the_text_goes_whole() -> None:
    text = f"{LEAD}\n\n{LAST}\n\nWATCH: Why do ferry fares rise in winter?"
    assert _fix(text) == f"{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("line", [
    "Q: Why do ferry fares rise in winter?",
    "Verdict: Is the new pier worth it?",
    "Why do ferry fares rise in winter?",
])
def test_questions_closing_the_text_stay(line: str) -> None:
    text = f"{LEAD}\n\n{LAST}\n\n{line}"
    assert _fix(text) == text
