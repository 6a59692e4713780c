"""Casing shapes of session 37, each on our own sentences with look-alikes left alone:

* a short Title Case sentence whose words clean news writes in lower case (CA002 by the
  learned case table), and a Title Case clause before a lower-case speech tag;
* a proper adjective or a unit named after a person ("Celsius", "Fahrenheit") keeps its
  capital when the sentence around it is lowered;
* a name's "Of" after the name's own capitalised words ("The Central Bank Of Kenya").
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Shares in the company rose on Monday.\n\n"
TAIL = "\n\nThe results are due next year."


def _fixed(rule_id: str, text: str) -> str:
    """The whole pipeline's output (``repair fix --unsafe --no-model``); ``rule_id`` names the
    rule each case is about."""
    return fix_unsafe(text + TAIL)[: -len(TAIL)]


@pytest.mark.parametrize(("title", "fixed"), [
    ("Two Local Firms Supported The Campaign.", "Two local firms supported the campaign."),
    ("Three Advisory Groups Opposed The Proposal.", "Three advisory groups opposed the proposal."),
    ("Several Regional Banks Raised Their Rates.", "Several regional banks raised their rates."),
    ("Water Supplies Alone Have Not Been Enough, officials said.",
     "Water supplies alone have not been enough, officials said."),
    ("Rising Costs Alone Have Not Been Enough, analysts said.",
     "Rising costs alone have not been enough, analysts said."),
    ("Several Local Firms Have Supported The Campaign, said officials.",
     "Several local firms have supported the campaign, said officials."),
])
def test_short_title_case_sentences_are_lowered(title: str, fixed: str) -> None:
    assert _fixed("CA002", LEAD + title) == LEAD + fixed


@pytest.mark.parametrize("text", [
    "Manchester United Beat Arsenal Again.",  # names: the table does not vouch for them
    "Ahmed Karimi Joined Barclays.",
    "New York Yankees Won.",  # too short
    "Two Firms Supported Smith, Jones and Brown.",  # names among the words
    "Ahmed Karimi Visited Nairobi, officials said.",  # names before a tag
])
def test_short_capitalised_sentences_with_names_are_left(text: str) -> None:
    assert _fixed("CA002", LEAD + text) == LEAD + text


@pytest.mark.parametrize(("title", "fixed"), [
    ("Temperatures In The North Have Reached 41 Degrees Celsius This Week.",
     "Temperatures in the north have reached 41 degrees Celsius this week."),
    ("Readings In The Valley Have Passed 104 Degrees Fahrenheit This Week.",
     "Readings in the valley have passed 104 degrees Fahrenheit this week."),
])
def test_units_named_after_people_keep_their_capital(title: str, fixed: str) -> None:
    assert _fixed("CA002", LEAD + title) == LEAD + fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("The Central Bank Of Kenya has raised its key rate.", "The Central Bank of Kenya has raised its key rate."),
    ("Officials at the National Reserve Bank Of Tonga declined to comment.",
     "Officials at the National Reserve Bank of Tonga declined to comment."),
    ("The Central Bank Of Ruritania said on Monday it would act.",
     "The Central Bank of Ruritania said on Monday it would act."),
])
def test_of_after_a_names_own_words_is_lowered(text: str, fixed: str) -> None:
    assert _fixed("CA010", LEAD + text) == LEAD + fixed


@pytest.mark.parametrize("text", [
    "New Bank Of Kenya Chief Named\n\nThe bank said so.",  # a headline
    "The Central Bank Of Kenya Raises Rates Again\n\nThe bank said so.",
    "She read Lord Of The Flies at school.",
])
def test_of_in_headlines_and_titles_is_left(text: str) -> None:
    assert " of " not in _fixed("CA010", LEAD + text)


def test_rare_inflection_of_a_common_word_is_lowered_in_a_title_case_sentence() -> None:
    title = "The Engineers Then Used A Laser To Measure How Far The Deck Sways In Strong Winds."
    fixed = "The engineers then used a laser to measure how far the deck sways in strong winds."
    assert _fixed("CA002", LEAD + title) == LEAD + fixed


def test_a_title_of_small_words_is_left() -> None:
    text = "Two singers left the show Let Me Go... Get Me Out Of Here. Ratings fell."
    assert _fixed("CA002", LEAD + text) == LEAD + text
