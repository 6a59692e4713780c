"""Junk-line rules against the real lines that share their shape (our own words).

Each kind pairs look-alike lines that must stay with the junk the rule is meant for,
which must still go:

* PF013: a date and a clock after a capitalised function word are a timeline's entry or a
  phrase of prose ("After 4 March 2026, 10:20"), not the page's stamp;
* PF003: the case-insensitive navigation pattern reads a month, a credited name and a
  story's next sentence by their capital only where case tells them ("1 in 5000" is a
  figure, "Authors: what drives them" a cross-head); where case tells nothing (a stamp's
  zone, a byline's role) either case still goes;
* PF007: a page's notice names its source language or publication with a capital
  ("Adapted from a plan ..." is the story's own line), and a line that speaks to the
  reader before the story's first sentence is the page's own title block, not a link;
* PF015: a cookie banner is cut only before a capitalised sentence.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix

LEAD = "The council approved the plan on Monday."
NEXT = "Work will start in the spring."


def _around(line: str) -> str:
    return f"{LEAD}\n\n{line}\n\n{NEXT}"


def _positions(line: str) -> list[str]:
    """The line inside the text, closing it and opening it."""
    return [_around(line), f"{LEAD}\n\n{NEXT}\n\n{line}", f"{line}\n\n{LEAD}\n\n{NEXT}"]


@pytest.mark.parametrize("line", [
    "After 4 March 2026, 10:20",
    "Since 12 May 2026, 08:00",
    "Until 3 June 2026, 23:59 CET",
    "Before 04.05.2026 11:20",
    "From 4 March 2026, 10:20 to 12:00",
])
def test_function_word_before_a_date_and_clock_is_kept(line: str) -> None:
    for text in _positions(line):
        assert _fix(text) == text


@pytest.mark.parametrize("line", [
    "Lima, 3 June 2026 – Updated at 08:15",
    "(Stand: 04.05.2026 11:20)",
    "Last updated: May 4, 2026 at 6:30 p.m. EDT",
    "By Ana Ruiz, 4 March 2026, 10:20",
])
def test_time_stamp_line_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "1 in 5000",
    "2 of 1000",
    "Authors: what drives them to write",
    "Editors: a vanishing trade",
])
def test_navigation_look_alike_in_lower_case_is_kept(line: str) -> None:
    for text in _positions(line):
        assert _fix(text) == text


@pytest.mark.parametrize("line", [
    "3 May 2024",
    "3 MAY 2024, 09:05 GMT",
    "3 May 2024, 09:05 pm",
    "May 3, 2024, 9:05 pm EDT",
    "MAY 3, 2024",
    "Editor: Li Wen",
    "Authors: Ana Ruiz and Tom Hale",
    "By Ana Ruiz, chief foreign affairs correspondent",
    "By Ana Ruiz, Europe Correspondent",
    "By Ana Ruiz | 6 JUNE 2025",
])
def test_navigation_stamp_or_credit_in_either_case_is_deleted(line: str) -> None:
    assert _fix(_around(line)) == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("line", [
    "Adapted from a plan the council drew up last year",
    "Translated from a letter the mayor wrote, the exhibit fills one room.",
])
def test_notice_look_alike_without_a_named_source_is_kept(line: str) -> None:
    for text in _positions(line):
        assert _fix(text) == text


@pytest.mark.parametrize("line", [
    "Adapted from Valley Post.",
    "Translated from the Spanish by our desk.",
    "Machine-translated from the Finnish original",
])
def test_notice_with_a_named_source_is_deleted(line: str) -> None:
    assert _fix(f"{LEAD}\n\n{NEXT}\n\n{line}") == f"{LEAD}\n\n{NEXT}"
    assert _fix(f"{line}\n\n{LEAD}\n\n{NEXT}") == f"{LEAD}\n\n{NEXT}"


@pytest.mark.parametrize("text", [
    # the headline under a kicker, a standfirst under the headline
    "Explainer\n\nThe new tax: what you need to know\n\nThe tax takes effect in May.",
    "Tax changes\n\nNew rates from May\n\nEverything you need to know about the new rates\n\n"
    "The tax takes effect in May.",
    "Heat\n\nHow to keep yourself cool this week\n\nTemperatures will pass 35C on Friday.",
])
def test_service_title_in_the_page_title_block_is_kept(text: str) -> None:
    # A one-word kicker in capitals ("Heat") is PF020's to delete (junk35: deleted on the
    # gold 28 times in 29); the service title and what follows it stay.
    kicker, rest = text.split("\n\n", 1)
    assert _fix(text) in (text, rest)
    assert _fix(text).endswith(rest)


@pytest.mark.parametrize("line", [
    "The new tax: what you need to know",
    "Everything you need to know about the new rates",
    "Heat: symptoms, risks and how to keep yourself cool",
])
def test_service_title_after_the_story_began_is_deleted(line: str) -> None:
    text = f"Tax changes\n\n{LEAD}\n\n{line}\n\n{NEXT}"
    assert _fix(text) == f"Tax changes\n\n{LEAD}\n\n{NEXT}"


def test_cookie_banner_before_a_sentence_is_cut() -> None:
    text = "We use cookies to improve your experience. Accept Reject The port reopened on Monday."
    assert _fix(text) == "The port reopened on Monday."


def test_cookie_banner_leaves_no_lower_case_fragment() -> None:
    # The words after the banner run on in lower case: no button row ends before them, so
    # they stay whole ("Accept all" may open the sentence).
    fixed = _fix(f"{LEAD}\n\nWe use cookies to improve your experience. Accept all the rest is history, he said."
                 f"\n\n{NEXT}")
    assert "\n\nthe rest" not in fixed
    assert "Accept all the rest is history, he said." in fixed
