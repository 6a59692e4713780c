"""quotes40: AP021 (the wordfreq back-off for sparse owners, ``SPARSE_OWNERS``: switched off in
session 39, on again after gap44c's clean A/B; the look-alikes below hold either way) on an owner
the possessive table has too few uses of to judge
("operator", "officer"): ``wordfreq`` vouches for the owner (its "X's" near its plural "Xs")
and the story itself names one of it ("the operator", "an officer") and never writes the
plural elsewhere; and the possessed phrase opened by a hyphenated compound ("the airlines
low-cost unit") or by an ordinal and a superlative ("the worlds second largest producer").
Our own sentences, beside look-alikes that must stay: no singular in the
story, the plural written elsewhere, plurals used as modifiers ("the arts council").
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The airline flies to 40 cities. The airlines low-cost unit carried three million passengers.",
         "The airline flies to 40 cities. The airline's low-cost unit carried three million passengers."),
        ("Malaysia is the worlds second largest producer of gloves.",
         "Malaysia is the world's second largest producer of gloves."),
        ("Malaysia is the worlds second-largest producer of gloves.",
         "Malaysia is the world's second-largest producer of gloves."),
    ],
)
def test_compound_or_superlative_phrase_is_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # No singular elsewhere: which number is meant, nothing says.
        "Footage from the officers camera was shown in court.",
        # The plural written elsewhere too.
        "Two officers were suspended. The officer said the officers camera was off.",
        # Plurals clean news writes as modifiers.
        "The art was sold. The arts council paid for the show.",
        "The sale fell through. The sales team left early.",
        "A weapon was found. The weapons inspectors left on Monday.",
        # A compound whose next word is no head noun, or a verb's prefix.
        "The firms co-operate on research.",
        "The banks well-known for lending left.",
        "The players re-signed on Monday.",
        "The countries hardest hit were poor.",
    ],
)
def test_sparse_owner_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text
