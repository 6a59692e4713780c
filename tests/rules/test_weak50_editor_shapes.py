"""Shapes editors wanted fixed otherwise than the applied edit (session 50): our own sentences.

- AT003: a whole-sentence past tag ("Curator Ana Ruiz said.") before a clause that opens
  with its subject and a backshifted modal ("The museum would …") goes FORWARD ("… said the
  museum would …"), not back after a comma; a name opening the clause, a present "will", or
  a clause with its own speech verb keep the reattachment.
- SP001: a noun phrase after a lone name that a preposition governs ("born to Kesi. a
  nine-year-old lioness …") is an appositive, joined with a comma; after a verb's first
  object ("gave Kesi. a larger pen") or before a time ("flew to Paris. a week before …") it
  is not.
- SP001: a subject, a comma and a phrase opened by "from"/"like"/"including" ("The
  findings, from a survey of farmers. were published …"): the stop closes the aside, so it
  becomes a comma.
- PF004: a first line that is all section names ("Home | Business | Markets") goes whole.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.rules.tag_forward_signals import backshifted_report


@pytest.mark.parametrize(("text", "want"), [
    ("The festival drew record crowds this year. Organiser Ana Ruiz said. The event would move to a larger park "
     "next summer.",
     "The festival drew record crowds this year. Organiser Ana Ruiz said the event would move to a larger park "
     "next summer."),
    ("Bread now costs about a tenth more than in spring. The bakers' union said. Prices should fall again by the "
     "new year.",
     "Bread now costs about a tenth more than in spring. The bakers' union said prices should fall again by the "
     "new year."),
])
def test_tag_before_backshifted_clause_goes_forward(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # A name opens the clause: its case cannot tell a subject from a new sentence's.
    ("The council approved the budget on Monday. Mayor Tom Hale said. Smith would lead the review.",
     "The council approved the budget on Monday, Mayor Tom Hale said. Smith would lead the review."),
    # A present "will": the clause reads as well after the sentence before.
    ("The museum reopened after two years of work. Curator Ana Ruiz said. The museum will publish a catalogue.",
     "The museum reopened after two years of work, Curator Ana Ruiz said. The museum will publish a catalogue."),
    # The clause has its own tag.
    ("The plant closed in March. The company said. The workers would be paid until June, a spokesman said.",
     "The plant closed in March, the company said. The workers would be paid until June, a spokesman said."),
])
def test_tag_look_alikes_keep_the_reattachment(text: str, want: str) -> None:
    assert fixed(text) == want


def test_backshifted_report_signal() -> None:
    assert backshifted_report("Ana Ruiz said.", "The plan would cost more.")
    assert not backshifted_report("Ana Ruiz said.", "“The plan would cost more,” she said.")
    assert not backshifted_report("Ana Ruiz told reporters.", "The plan would cost more.")
    assert not backshifted_report("Ana Ruiz said.", "The plan will cost more.")


@pytest.mark.parametrize(("text", "want"), [
    ("The cub was born to Kesi. a nine-year-old lioness from a zoo in Kenya.",
     "The cub was born to Kesi, a nine-year-old lioness from a zoo in Kenya."),
    ("The cub was born to Kesi. a nine-year-old lioness rescued from a trap as a cub.",
     "The cub was born to Kesi, a nine-year-old lioness rescued from a trap as a cub."),
    # Look-alikes: a first object of "gave", a time after a place.
    ("The zoo gave Kesi. a larger enclosure last spring.", "The zoo gave Kesi. a larger enclosure last spring."),
    ("The mayor flew to Paris. a week before the vote.", "The mayor flew to Paris a week before the vote."),
])
def test_appositive_after_a_named_object(text: str, want: str) -> None:
    assert fixed(text) == want


def test_month_after_preposition_is_no_name() -> None:
    # A month after "by" is a date, not a name an appositive renames.
    assert ", the end" not in fixed("Stocks should be back by August. the end of the summer.")


@pytest.mark.parametrize(("text", "want"), [
    ("The findings, from a survey of 2,400 farmers. were published in a journal on Monday.",
     "The findings, from a survey of 2,400 farmers, were published in a journal on Monday."),
    ("The new line, like the old one. will stop at every station.",
     "The new line, like the old one, will stop at every station."),
])
def test_stop_closes_a_prepositional_aside(text: str, want: str) -> None:
    assert fixed(text) == want


def test_opening_phrase_is_no_aside() -> None:
    # An opening phrase before the comma, no subject: the stop is never made a comma.
    assert ", said" not in fixed("In May, the board. said it would sell the site.")


LEAD = "Dock workers in the port returned to work on Monday after two weeks of talks with the owners ended in a deal."


def test_breadcrumb_line_goes_whole() -> None:
    out = fixed(f"Home | Business | Markets\n\nPort strike ends after two weeks of talks\n\n{LEAD}\n")
    assert out.startswith("Port strike ends after two weeks of talks\n\n")


@pytest.mark.parametrize("first", ["Results: Smith 12 | Jones 9 | Lee 4", "Port strike ends | Business News"])
def test_breadcrumb_look_alikes(first: str) -> None:
    out = fixed(f"{first}\n\n{LEAD}\n\nShips left.\n")
    assert out.split("\n\n")[0] in (first, "Port strike ends")
