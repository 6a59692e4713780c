"""SP001 at a false stop before (1) an indefinite noun phrase after a clause that ends on a
time: an appositive renaming the event, joined with a comma, not bare; and (2) a lone "-ing"
word after a plain noun it does not form a compound with: only shown, not glued after the
wrong noun. Look-alikes keep their old repair. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_time_appositives import appositive_after_time, displaced_participle


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The river flooded in March. an unusually early start to the season.",
     "The river flooded in March, an unusually early start to the season."),
    ("The zoo welcomed its first lion cub in ten years. a male born late on Sunday.",
     "The zoo welcomed its first lion cub in ten years, a male born late on Sunday."),
    ("She has lived in the city for three decades. a rare record for a foreign envoy.",
     "She has lived in the city for three decades, a rare record for a foreign envoy."),
    ("The shop reopened on Saturday. an event the whole street had waited for.",
     "The shop reopened on Saturday, an event the whole street had waited for."),
])
def test_appositive_after_time_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    "Two more helicopters were hired from countries. neighboring.",
    "The owner of the bar applied for a permit. building.",
    "The firm cut its staff by half without unions. consulting.",
])
def test_lone_ing_word_after_noun_only_shown(garbled: str) -> None:
    assert _fixed(garbled) == garbled


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Prices kept. rising.", "Prices kept rising."),  # after a verb: the join is English
    ("The vote was held in May. a day after the strike ended.",
     "The vote was held in May, a day after the strike ended."),  # a time aside, as before
    ("The river flooded in March. a fire broke out in the mill.",
     "The river flooded in March. A fire broke out in the mill."),  # a clause of its own
])
def test_look_alikes_keep_their_repair(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_shape_tests_directly() -> None:
    words = "The river flooded in March".split()
    assert appositive_after_time(words, "an unusually early start".split(), "an unusually early start.")
    assert not appositive_after_time(words, "a fire broke out".split(), "a fire broke out.")
    assert not appositive_after_time("He bought the house".split(), "a red brick villa".split(), "a red brick villa.")
    assert not appositive_after_time("Heavy snow on Sunday".split(), "a trial run here".split(), "a trial run here.")
    assert displaced_participle("borrowed from countries".split(), ["neighboring"])
    assert not displaced_participle("Prices kept".split(), ["rising"])
