"""recall23f: false stops that cut a phrase from the word that wants it (SP001 widened).

Three kinds, each on variants of different shapes (our own words) and on correct English
of the same look that must be left alone. The fix is read from the whole engine (``repair
fix --unsafe`` without the model), as a user gets it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# A figure-led piece with no verb after a stop that closes on "and"/"with" or on a bare verb
# after a modal or "to": the stop cut the phrase off the word that leads it.
@pytest.mark.parametrize(("text", "want"), [
    ("Last year the show drew 18,000 guests and. 900 exhibitors.",
     "Last year the show drew 18,000 guests and 900 exhibitors."),
    ("The club signed two strikers or. 14 youth players, depending on the budget.",
     "The club signed two strikers or 14 youth players, depending on the budget."),
    ("Rescuers reached the valley with. 300 blankets and a field kitchen.",
     "Rescuers reached the valley with 300 blankets and a field kitchen."),
    ("The court told the landlord to repay. 4,500 pounds to each tenant.",
     "The court told the landlord to repay 4,500 pounds to each tenant."),
    ("Planners expect the new tram line to carry. 25,000 riders a day.",
     "Planners expect the new tram line to carry 25,000 riders a day."),
])
def test_figure_after_open_end_joined(text: str, want: str) -> None:
    assert fixed(text) == want


# A lower-case "whether" clause after a stop: the complement of the verb before it.
@pytest.mark.parametrize(("text", "want"), [
    ("The tribunal has to decide. whether the ferry firm broke its licence.",
     "The tribunal has to decide whether the ferry firm broke its licence."),
    ("Engineers could not tell. whether the dam would hold through the night.",
     "Engineers could not tell whether the dam would hold through the night."),
    ("Members will vote in May. whether to merge with the northern branch.",
     "Members will vote in May whether to merge with the northern branch."),
])
def test_whether_clause_joined(text: str, want: str) -> None:
    assert fixed(text) == want


# A lower-case noun phrase with no verb after a verb that lost its object to the stop.
@pytest.mark.parametrize(("text", "want"), [
    ("Some of the fishermen had hauled. dozens of crates onto the quay.",
     "Some of the fishermen had hauled dozens of crates onto the quay."),
    ("Volunteers at the depot were sorting. winter coats for the shelters.",
     "Volunteers at the depot were sorting winter coats for the shelters."),
    ("The carrier will buy. nine turboprops from a Canadian maker.",
     "The carrier will buy nine turboprops from a Canadian maker."),
])
def test_object_after_verb_joined(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # A figure-led sentence with its own verb after a complete one.
    "The council will vote on Tuesday. 12 members have said they will abstain.",
    # A sentence may end on a particle; the figure starts a new one.
    "Prices went up. 40 percent of shoppers said they would cut back.",
    # A passive participle needs no object: the stop is real.
    "The roads were closed. 300 drivers waited overnight at the border.",
    # An intransitive verb after "to" ends its sentence.
    "Talks are due to continue. 14 delegations have arrived.",
    # A noun after "to" is no verb that lacks its object.
    "The dispute went to court. 12 jurors heard the case over two weeks.",
    # A figure in a list after a complete sentence.
    "Results by district follow. 1. North: 4,200 votes.",
])
def test_real_stops_left_alone(text: str) -> None:
    assert fixed(text) == text


# A lower-case auxiliary-led predicate after a subject whose only verb is in the clause that
# describes it (a relative clause, or a reduced passive one): the subject's own verb follows.
@pytest.mark.parametrize(("text", "want"), [
    ("Season-ticket holders who renewed before June. will get two extra matches.",
     "Season-ticket holders who renewed before June will get two extra matches."),
    ("Commuters stranded by the rail strike. were offered free bus rides into the city.",
     "Commuters stranded by the rail strike were offered free bus rides into the city."),
    ("Pupils whose schools flooded in March. can sit their exams in the town hall.",
     "Pupils whose schools flooded in March can sit their exams in the town hall."),
    ("Two paintings stolen from the gallery in 1994. have been found in a barn.",
     "Two paintings stolen from the gallery in 1994 have been found in a barn."),
])
def test_predicate_after_modified_subject_joined(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # An active past with its object is a sentence: the piece lost its own subject, and a
    # join would make "The plant opened in 1998 has …".
    "The bakery opened in 1998. has 60 workers.",
    # The relative clause hangs on the object of a main verb before it.
    "The mayor met families who lost their homes. will visit them again.",
    # A question after the stop.
    "Some residents who fled the fire. will they ever return?",
])
def test_predicate_after_complete_sentence_not_joined(text: str) -> None:
    assert fixed(text) != text.replace(". ", " ", 1)


@pytest.mark.parametrize("text", [
    # The passive clause is followed by the main verb: the sentence is complete.
    "The consortium led by a Dutch bank announced a bid for the port. was planning to list it in 2027.",
    # A name that ends in a question mark keeps it.
    "Readers of the magazine What Car? are voting for the best family car this week.",
])
def test_predicate_join_needs_a_waiting_subject(text: str) -> None:
    assert fixed(text) == text


# "it" after the speech verb of a tag that follows its reported clause, then a lower-case
# adjunct cut off by a stop: the pronoun is an intruder (the clause is what was said).
@pytest.mark.parametrize(("text", "want"), [
    ("The ferry sank near the cape, coast guard captain Lee Park said it. on Friday.",
     "The ferry sank near the cape, coast guard captain Lee Park said on Friday."),
    ("Fuel prices will rise again in the spring, the minister said it. in a radio interview.",
     "Fuel prices will rise again in the spring, the minister said in a radio interview."),
    ("The dam is safe, engineers at the site added it. after a second inspection.",
     "The dam is safe, engineers at the site added after a second inspection."),
])
def test_pronoun_after_tag_verb_deleted(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # No reported clause before a comma: "it" is what she said, and only the stop goes.
    ("She said it. on the radio because nobody else would.", "She said it on the radio because nobody else would."),
    # A capitalised piece opens a sentence of its own.
    ("Turnout was low, officials said it. In the capital, fewer than a third voted.",
     "Turnout was low, officials said it. In the capital, fewer than a third voted."),
])
def test_pronoun_after_tag_verb_kept(text: str, want: str) -> None:
    assert fixed(text) == want


def test_month_is_no_modal() -> None:
    # "May" before the stop is the month: the change's earlier level keeps FR001's "from".
    assert fixed("Unemployment fell to 4.2 percent in May, down. 4.9 percent a year earlier.") == \
        "Unemployment fell to 4.2 percent in May, down from 4.9 percent a year earlier."


@pytest.mark.parametrize(
    ("garbled", "want"),
    [
        ("The plan, which still needs approval from the council and residents of both towns. is expected to pass.",
         "The plan, which still needs approval from the council and residents of both towns, is expected to pass."),
        ("The fund, which manages savings for thousands of teachers in the region. was set up in 1990.",
         "The fund, which manages savings for thousands of teachers in the region, was set up in 1990."),
        ("The bank, whose shares fell sharply on Monday after the report. has denied the claims.",
         "The bank, whose shares fell sharply on Monday after the report, has denied the claims."),
    ],
)
def test_an_aside_opened_by_a_comma_is_closed_by_one(garbled: str, want: str) -> None:
    """A non-restrictive relative clause (", which …") cut off before the subject's own verb:
    the stop becomes the comma that closes the aside, not a bare join (a bare join left the
    aside open on a fresh held-out set, 2026-11-30)."""
    assert fixed(garbled) == want
