"""A capitalised "Followed by"/"Preceded by" piece after a false stop (our own words): the
participle ranks what comes next against the whole clause, never restricts the noun before
the stop, so the join takes a comma, as the lower-case piece does. Other past participles
after a common noun still restrict it and join bare."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    ("The Green Party took 19 of the 103 seats. Followed by the Farmers Union with 17.",
     "The Green Party took 19 of the 103 seats, followed by the Farmers Union with 17."),
    ("Tourism earned the most foreign currency last year. Followed by textile exports.",
     "Tourism earned the most foreign currency last year, followed by textile exports."),
    ("The parade was led by a brass band. Followed by hundreds of children in costume.",
     "The parade was led by a brass band, followed by hundreds of children in costume."),
    ("The opening match is on Friday in the capital. Preceded by a ceremony at the stadium.",
     "The opening match is on Friday in the capital, preceded by a ceremony at the stadium."),
    ("Bank shares led the index higher. followed by miners.",
     "Bank shares led the index higher, followed by miners."),
    # Look-alikes: a participle that restricts the common noun before the stop joins bare.
    ("The drugs were hidden in 40 crates of bananas. Shipped from a port in Ecuador.",
     "The drugs were hidden in 40 crates of bananas shipped from a port in Ecuador."),
    ("The law penalises the large farms. Inherited from the old collectives.",
     "The law penalises the large farms inherited from the old collectives."),
])
def test_sequence_participle_join(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
