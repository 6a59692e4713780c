"""A verb's particle alone after a false stop ("… signed on every batch. Off.") follows its verb or
the verb's direct object ("dries out", "switched the engine off"), never a prepositional phrase:
after one, FR001's bare join leaves it dangling ("on every batch off", "for 300 years over"; an
editor REJECTed the first, marked the second BETTER-OTHER), so the join is only shown (reject43b).
Our own sentences; a particle after its verb or object still joins."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        "Observers from both parties signed on every ballot. Off.\n",
        "The fair has been held for more than 300 years. Over.\n",
        "The rescue crews pulled 12 people from the rubble. Out.\n",
        "The minister said the plan had been put on hold. Away.\n",
    ],
)
def test_a_particle_after_a_prepositional_phrase_is_not_joined(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Wet clay cracks when it dries. Out.\n", "Wet clay cracks when it dries out.\n"),
        ("The crew switched the engine. Off.\n", "The crew switched the engine off.\n"),
        ("The talks were called. Off.\n", "The talks were called off.\n"),
    ],
)
def test_a_particle_after_its_verb_or_object_still_joins(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
