"""A false stop inside a compound noun (join35): the piece opens with a lower-case word clean
news writes after the sentence's last word ("percentage points", "bank account": the
word-pair table), so the join that was only shown is applied. A piece with a clause of its
own, or a pair clean news never writes, is left to the other rules. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_compounds import completes_compound


def _completes(before: str, piece: str) -> bool:
    return completes_compound(before.rstrip(".").split(), piece.rstrip(".").split(), piece)


def test_the_pair_and_the_piece_decide() -> None:
    assert _completes("It would add 2 percentage.", "points to the deficit.")
    assert _completes("He used it as his bank.", "account for years.")
    assert not _completes("They cut the school.", "budget by a third.")  # clean news never writes the pair
    assert not _completes("Protesters marched against the government.", "officials said 300 were held.")
    assert not _completes("It would add 2 percentage.", "Points to the deficit.")  # a capital: not this shape
    assert not _completes("It would add 2 percentage.", "points.")  # a lone word: the lone-word shapes


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The tax would add about 2 percentage. points to the deficit, the treasury said.",
     "The tax would add about 2 percentage points to the deficit, the treasury said."),
    ("He was accused of treating the club as his private bank. account for years.",
     "He was accused of treating the club as his private bank account for years."),
])
def test_compound_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_sentence_with_its_own_clause_is_not_joined() -> None:
    text = "Protesters marched against the government. officials said 300 people were held."
    assert "government officials" not in _fixed(text)


@pytest.mark.parametrize("garbled", [
    # a verb before the stop and a quantity after it: no compound noun (found by test_lower27_measure_commas)
    "The police said. more than 20 people.",
    "The committee reported. more than 40 complaints.",
])
def test_verb_and_quantity_are_no_compound(garbled: str) -> None:
    assert _fixed(garbled) == garbled
