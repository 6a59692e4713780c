"""A "where" clause cut off a complete sentence after a year or after a plural noun right after
its preposition or determiner is non-restrictive: joined with a comma (SP001 lower case, FR004
capitalised, which also takes a long one-verb clause now). After a singular common noun it
may define the noun (bare join), and a question or a clause with its own main clause stays.
Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Coral died fastest on shallow reefs. Where the water stayed above 30 degrees for more than four weeks.",
     "Coral died fastest on shallow reefs, where the water stayed above 30 degrees for more than four weeks."),
    ("The report blamed long waits at clinics. Where patients queued for up to five hours outside the doors.",
     "The report blamed long waits at clinics, where patients queued for up to five hours outside the doors."),
    ("The pest reached the valley in 2019. where it destroyed half the harvest.",
     "The pest reached the valley in 2019, where it destroyed half the harvest."),
    ("The ferry docked at the old harbour in Split. Where crowds had waited.",
     "The ferry docked at the old harbour in Split, where crowds had waited."),
])
def test_where_aside_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("He grew up near the house. where his father was born.", "He grew up near the house where his father was born."),
    ("Nobody knows how long the rain will last. Where will it end.",
     "Nobody knows how long the rain will last. Where will it end."),
    ("Rents rose again in the cities. Where nurses can live, nobody knows.",
     "Rents rose again in the cities. Where nurses can live, nobody knows."),
    ("The firm will build a plant in Asia. Where is not yet known.",
     "The firm will build a plant in Asia. Where is not yet known."),
])
def test_where_look_alikes_stay(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
