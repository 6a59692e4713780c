"""SP001 at a false stop whose piece English sets off with a comma, in three shapes a bare
join (or a capital) got wrong: a lower-case "which" after
a clause ending on "each"/"it"/"there", a part-of relative ("most of whom …", not a sentence
of its own) and a long "with" absolute whose participle comes after a measure ("with winds of
up to 150 km/h expected overnight"). Look-alikes keep their bare join. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The tickets cost about 40 euros each. which fans say is too much for a family.",
     "The tickets cost about 40 euros each, which fans say is too much for a family."),
    ("The council rejected it. which angered residents of the estate.",
     "The council rejected it, which angered residents of the estate."),
    ("The storm forced 900 people from their homes. most of whom were taken to schools.",
     "The storm forced 900 people from their homes, most of whom were taken to schools."),
    ("The museum holds 300 paintings. some of which date from the 15th century.",
     "The museum holds 300 paintings, some of which date from the 15th century."),
    ("Residents of the coast were told to leave on Monday. with winds of up to 150 km/h expected overnight.",
     "Residents of the coast were told to leave on Monday, with winds of up to 150 km/h expected overnight."),
    ("Schools in the north will close on Tuesday. with more than 30 cm of snow forecast for the hills.",
     "Schools in the north will close on Tuesday, with more than 30 cm of snow forecast for the hills."),
])
def test_comma_join(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The prize went to the writer and teacher of young poets. who died in March.",
     "The prize went to the writer and teacher of young poets who died in March."),
    ("He was flown to a hospital in the capital. with frostbite and a badly broken leg.",
     "He was flown to a hospital in the capital with frostbite and a badly broken leg."),
    ("The firm plans to replace 800 dock jobs. with cranes from a supplier in Finland by 2027.",
     "The firm plans to replace 800 dock jobs with cranes from a supplier in Finland by 2027."),
    ("The museum will reopen in May. with a new wing for modern art.",
     "The museum will reopen in May with a new wing for modern art."),
    ("The storm forced 900 people from their homes. Most of them were taken to schools.",
     "The storm forced 900 people from their homes. Most of them were taken to schools."),
])
def test_bare_join_or_left(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
