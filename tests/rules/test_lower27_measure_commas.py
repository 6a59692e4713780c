"""The comma join of a lower-case measure or degree aside after a false stop (lower27): a span
of time set against a time the sentence ends on, a margin after a figure or rank, a share
after "more than", a degree adverb before a reason, "whereby" and its clause. Beside each
kind, the look-alikes a bare join (or nothing) must keep: a measure after a verb, "ago"
spans, a margin after a plain noun. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a span of time and "after"/"before"/"into" after a time
    ("Power came back to most homes by late Tuesday. six hours after the storm hit.",
     "Power came back to most homes by late Tuesday, six hours after the storm hit."),
    ("The band cancelled its show on Saturday. hours before the doors were due to open.",
     "The band cancelled its show on Saturday, hours before the doors were due to open."),
    ("Talks with the drivers resumed on Monday. three weeks into the strike.",
     "Talks with the drivers resumed on Monday, three weeks into the strike."),
    ("The ceasefire collapsed in March. a month after it was signed.",
     "The ceasefire collapsed in March, a month after it was signed."),
    # a margin after a figure or a rank
    ("Okafor finished fourth in 2:09:41. eight seconds behind the winner.",
     "Okafor finished fourth in 2:09:41, eight seconds behind the winner."),
    ("The crossing will take 3 hours and 10 minutes. twenty minutes less than before.",
     "The crossing will take 3 hours and 10 minutes, twenty minutes less than before."),
    ("The trip will take 3 hours and 10 minutes. ten minutes less than now.",
     "The trip will take 3 hours and 10 minutes, ten minutes less than now."),
    ("The shares opened at 14 dollars. two dollars above the offer price.",
     "The shares opened at 14 dollars, two dollars above the offer price."),
    # a share after "more than"/"less than", restating the figure
    ("The region has 2.4 million voters. more than a quarter of the total.",
     "The region has 2.4 million voters, more than a quarter of the total."),
    # a degree adverb before the reason or place it qualifies
    ("Bus fares will rise by 6 percent. partly to pay for new electric buses.",
     "Bus fares will rise by 6 percent, partly to pay for new electric buses."),
    ("Wheat output fell sharply this year. largely because of the dry spring.",
     "Wheat output fell sharply this year, largely because of the dry spring."),
    # "whereby" and its clause
    ("The two towns signed a pact in 2019. whereby each pays half the cost of the bridge.",
     "The two towns signed a pact in 2019, whereby each pays half the cost of the bridge."),
])
def test_measure_aside_takes_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # after a verb: the measure is the verb's own adjunct or object, no comma
    "The hearing lasted. more than nine hours.",
    "The train will arrive. two hours after the ferry.",
    # "ago" dates the verb: no comma
    "The council approved the plan on Monday. two weeks ago.",
    # a margin after a plain noun, no figure or rank: may restrict the verb
    "Workers moved the fence. two metres from the road.",
    # an interval after a plain noun: not set against a time the sentence gave
    "The firm announced the merger. two weeks before the vote.",
])
def test_measure_look_alikes_take_no_comma(garbled: str) -> None:
    assert ", " not in _fixed(garbled).split(".")[0][-3:] and ", two" not in _fixed(garbled) \
        and ", more" not in _fixed(garbled)


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a two-word preposition clean news joins bare, and "every" with a count or a unit
    ("The coastal road sinks about 3 cm a year. due to the pumping of groundwater.",
     "The coastal road sinks about 3 cm a year due to the pumping of groundwater."),
    ("Flights were delayed at the northern airport. because of fog over the runway.",
     "Flights were delayed at the northern airport because of fog over the runway."),
    ("The satellite sends images to the weather office. every 10 minutes.",
     "The satellite sends images to the weather office every 10 minutes."),
    ("The ferry sails to the island. every morning at six.",
     "The ferry sails to the island every morning at six."),
])
def test_bare_adjunct_after_false_stop(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # a sentence of its own after a real stop: left alone
    "The road was closed for a week. Due to the floods, the school moved online.",
    "Ana Ruiz runs the clinic. Every patient is seen within an hour.",
])
def test_bare_adjunct_look_alikes_left(garbled: str) -> None:
    assert _fixed(garbled) == garbled


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a possessive (or "the") and a rank renaming the event the sentence reports
    ("Ruiz beat Kim in straight sets to win the Lisbon Open. her first title on clay.",
     "Ruiz beat Kim in straight sets to win the Lisbon Open, her first title on clay."),
    ("Mabaso took five wickets in the second innings. his best figures in a Test.",
     "Mabaso took five wickets in the second innings, his best figures in a Test."),
    ("The club won the cup on Sunday. its first trophy for 30 years.",
     "The club won the cup on Sunday, its first trophy for 30 years."),
])
def test_ranked_renaming_takes_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_rank_after_a_verb_is_no_renaming() -> None:
    # after a verb the noun phrase is its object: no comma
    assert ", the first" not in _fixed("The city will host. the first match on Sunday.")


def test_possessive_led_clause_is_no_renaming() -> None:
    # a sentence of its own that lost its capital: no comma join
    assert ", his best friend" not in _fixed("The minister resigned on Monday. his best friend took over the post.")


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the stop closes an aside the comma opened ("to be" and a participle, a participle
    # phrase); the verb after it is the subject's, so the stop becomes the closing comma
    ("The new company, to be called Nordwind Energy. will employ 2,000 people.",
     "The new company, to be called Nordwind Energy, will employ 2,000 people."),
    ("The film, directed by Ana Ruiz. won the main prize on Saturday.",
     "The film, directed by Ana Ruiz, won the main prize on Saturday."),
])
def test_verb_after_an_open_aside_closes_it_with_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a measure after a past verb with nothing after it: the verb's extent, joined bare
    ("The vote came after a debate that lasted. more than nine hours.",
     "The vote came after a debate that lasted more than nine hours."),
    ("Flood defences held even after the river rose. nearly two metres overnight.",
     "Flood defences held even after the river rose nearly two metres overnight."),
    ("The rescue took place after the ship drifted. 12 miles off the coast.",
     "The rescue took place after the ship drifted 12 miles off the coast."),
])
def test_measure_after_a_verb_joins_bare(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # after a speech verb or a passive the measure is no extent of the verb
    "The police said. more than 20 people.",
    "All schools were closed. 300 buildings.",
])
def test_measure_after_speech_verb_or_passive_not_joined(garbled: str) -> None:
    assert _fixed(garbled) == garbled


def test_count_of_people_after_a_verb_is_no_measure() -> None:
    # a count of people is no extent of the verb: not joined onto it
    assert "approached 80 people" not in _fixed("Officials moved the villagers out as the fire approached. 80 people.")
