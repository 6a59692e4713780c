"""The "by" inserted at a false stop after a passive (joins30): applied only when clean news
puts the noun phrase's head after "by" often enough (:mod:`models.agent_nouns`); before a
noun it almost never follows "by" ("port", "airport", "insurance") the edit is only shown,
since another word ("to", "at", "as" …) is missing. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.agent_nouns import may_be_agent, phrase_head


def test_phrase_head_and_agent_share() -> None:
    assert phrase_head(["the", "city", "council", "in", "a", "vote"]) == "council"
    assert phrase_head(["a", "team", "from", "the", "coast"]) == "team"
    assert phrase_head(["the", "Senate"]) is None
    assert may_be_agent(["the", "police", "in", "the", "capital"]) is True
    assert may_be_agent(["the", "government"]) is True
    assert may_be_agent(["the", "port", "in", "the", "south"]) is False
    assert may_be_agent(["the", "airport"]) is False
    assert may_be_agent(["the", "zorblatt"]) is None


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The two bodies were recovered in 2023. a team from the coast guard.",
     "The two bodies were recovered in 2023 by a team from the coast guard."),
    ("The new hall was approved last week. the city council in a close vote.",
     "The new hall was approved last week by the city council in a close vote."),
    ("The plan was rejected on Monday. the government of the province.",
     "The plan was rejected on Monday by the government of the province."),
    # a name heads the phrase: no table entry is needed, the "by" stays
    ("The plan was cleared on Monday. the Regional Planning Authority, on condition that it be smaller.",
     "The plan was cleared on Monday by the Regional Planning Authority, on condition that it be smaller."),
    # not an agent: "by the port" would be the wrong word; left as it is, the edit only shown
    ("The crates were loaded onto the ship. the port in the south of the country.",
     "The crates were loaded onto the ship. the port in the south of the country."),
    ("The two men were questioned on Friday. the airport on the edge of the city.",
     "The two men were questioned on Friday. the airport on the edge of the city."),
])
def test_by_only_before_a_possible_agent(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
