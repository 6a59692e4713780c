"""prec23: worsened segments on written_m/written_n, narrowed to their kind.

- A false stop after a dangling "and" before a name ("… and. Mbarara on Sundays."): FR001
  joined it but lower-cased the name, because only a whole verbless piece was tested as a
  name. Its leading capitalised run is tested now, unless clean text writes that word lower
  case ("Prices in …", "Teachers in …" still lose the capital).
- A unit noun repeated after a figure and a scale word or modifier ("from 2.5 million
  barrels. in April"): SP001 deleted the unit as an intruder that repeats an earlier word,
  leaving "from 2.5 million in April". A unit heads its measure phrase, so a repeat is
  natural: a figure one or two words before the repeated word now blocks the deletion
  (only a figure right before it did).
- A tag echoed verb first after the tag ("…, the mayor said. Said the mayor."): FR001 took
  "said" before the stop for an intruder the piece repeats and deleted it, leaving "the mayor
  Said the mayor." A capitalised piece that opens with the repeated words starts a sentence
  of its own; the intruder deletion is not offered, and the echo piece is deleted instead.
  So does a lower-case piece whose repeated words are the subject of a verb of its own ("… a
  line by bell hooks. bell hooks, a teacher for decades, argued …"): the sentence before
  ended on the name as object; deleting it there left a sentence with two verbs.
- A lone past verb after a sentence that ends in a subordinate clause with a subject and no
  finite verb ("… when a wall of the dormitory. collapsed."): SP001 deleted it as a verb with
  nothing to say, leaving the clause verbless. It is that clause's predicate; the piece is
  joined. "after", "since" and "until" also head a plain noun phrase ("grew fast after the
  merger. Expanded."), so only pure subordinators count and that deletion stays.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Buses run to the airport on weekdays, to the port on Saturdays and. Mbarara on Sundays.",
         "Buses run to the airport on weekdays, to the port on Saturdays and Mbarara on Sundays."),
        ("The team will play in Lisbon in May, in Porto in June and. Braga in July.",
         "The team will play in Lisbon in May, in Porto in June and Braga in July."),
        ("Ballots were counted in Gulu (41 per cent), Lira (38 per cent) and. Soroti (35 per cent).",
         "Ballots were counted in Gulu (41 per cent), Lira (38 per cent) and Soroti (35 per cent)."),
        # Look-alikes: an ordinary word after the stop still loses its capital.
        ("Fuel went up in Nairobi in June and. Prices in Mombasa in July.",
         "Fuel went up in Nairobi in June and prices in Mombasa in July."),
        ("Schools reopened in Gulu on Monday and. Teachers in Lira on Tuesday.",
         "Schools reopened in Gulu on Monday and teachers in Lira on Tuesday."),
        ("The plan will lift investment in the fields of. Farming and fishing.",
         "The plan will lift investment in the fields of farming and fishing."),
        ("The ministry paid the teachers in January and. The nurses in March.",
         "The ministry paid the teachers in January and the nurses in March."),
    ],
)
def test_join_keeps_name_capital(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Output reached 4,100 barrels a day in May, up from 2.5 million barrels. in April.",
         "Output reached 4,100 barrels a day in May, up from 2.5 million barrels in April."),
        ("Imports fell to 800 tons in March, from 1.2 thousand tons. a year earlier.",
         "Imports fell to 800 tons in March, from 1.2 thousand tons a year earlier."),
        ("The team scored 30 goals at home and 22 away goals. in the league.",
         "The team scored 30 goals at home and 22 away goals in the league."),
    ],
)
def test_unit_after_figure_is_kept(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The bridge will reopen in March, the mayor said. Said the mayor.",
         "The bridge will reopen in March, the mayor said."),
        ("Wages have not kept pace with rents, she added. Added she.",
         "Wages have not kept pace with rents, she added."),
        ("Exports to Asia grew by a third last year, officials told reporters. Told reporters officials.",
         "Exports to Asia grew by a third last year, officials told reporters."),
    ],
)
def test_echoed_tag_after_tag_is_deleted_whole(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The match was halted because a section of the stand. collapsed.",
         "The match was halted because a section of the stand collapsed."),
        ("Traffic stopped while the crane on the bridge. turned.",
         "Traffic stopped while the crane on the bridge turned."),
        ("Two pupils were hurt when the roof of the old gym. caved.",
         "Two pupils were hurt when the roof of the old gym caved."),
        # Look-alike: a preposition's noun phrase is complete; the lone verb adds nothing.
        ("The firm grew fast after the merger. Expanded.", "The firm grew fast after the merger."),
    ],
)
def test_verb_of_verbless_subordinate_clause_is_joined(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The lecture opened with a line by bell hooks. bell hooks, a teacher for decades, argued that love is a "
        "practice.",
        "The class read an essay by bell hooks. bell hooks, the writer who died in 2021, had never been set before.",
    ],
)
def test_repeat_that_is_the_next_subject_is_kept(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # Look-alikes: the piece has no verb of its own (a plural noun is no verb), so the
        # words before the stop are an intruder.
        ("Prices rose sharply on fuel. fuel. in the first quarter.",
         "Prices rose sharply on fuel in the first quarter."),
        ("Inspectors found rust in the storage tanks. storage tanks at three of the fuel depots.",
         "Inspectors found rust in the storage tanks at three of the fuel depots."),
    ],
)
def test_repeat_before_a_bare_phrase_is_still_deleted(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
