"""SP001 at a false stop before a lower-case indefinite noun phrase ("a"/"an" and at least
two more words) after a sentence ending on a noun clean news almost never follows with "a":
an appositive renaming that noun, joined with a comma (training golds: comma 28, a lost
preposition 4). Look-alikes keep today's repair: a rate or a short piece ("a kilo", "a
process"), a time ("a week later"), a piece with a verb of its own, a verb before the stop.
Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("She learned to play from her uncle, who played the fiddle. a small four-string instrument.",
     "She learned to play from her uncle, who played the fiddle, a small four-string instrument."),
    ("The probe will photograph the larger of the two comets. a 12-kilometre ball of ice.",
     "The probe will photograph the larger of the two comets, a 12-kilometre ball of ice."),
    ("The festival opens with a silent film from the archive. a comedy from 1927 with a brass band.",
     "The festival opens with a silent film from the archive, a comedy from 1927 with a brass band."),
    ("Farmers in the valley grow mostly sorghum. a hardy grain that needs little water.",
     "Farmers in the valley grow mostly sorghum, a hardy grain that needs little water."),
    ("The plant's main product is its battery-grade cobalt. an ingredient of most electric car batteries.",
     "The plant's main product is its battery-grade cobalt, an ingredient of most electric car batteries."),
])
def test_indefinite_renaming_takes_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a verb before the stop: the piece is its object
    ("He scored twice and did not lose. a single game all season.",
     "He scored twice and did not lose a single game all season."),
    # a time: joined as before, never with a comma
    ("The ferry reached the island. a week later than planned.",
     "The ferry reached the island a week later than planned."),
])
def test_lookalikes_keep_bare_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("garbled", [
    # a rate after a price: two words only
    "Traders were selling tomatoes for as much as 900 shillings. a kilo.",
    # a piece with a clause of its own
    "The club needs a new stadium. a decision will come in May.",
    # an indefinite noun before the stop: nothing known to rename
    "The loan was arranged by a local company. a ten-mile pipeline.",
    # a rate in the piece: an amount, not a renaming
    "The council will inspect the site. a fee of 300 euros a month.",
])
def test_lookalikes_get_no_comma(garbled: str) -> None:
    assert ", a" not in _fixed(garbled).replace(", a new", "")
