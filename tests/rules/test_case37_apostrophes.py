"""AP002 on a name's lost possessive before an "-ing" noun ("Brennwalds closing price"):
clean news (``possessive_stats.json.gz``) says which "-ing" words follow a possessive as a
noun or its modifier and never a subject; a participle before its object is left. Our own
sentences, run as ``repair fix --unsafe --no-model`` runs them.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

TAIL = "\n\nThe deal needs approval."


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Ishimori agreed to buy Brennwald Therapeutics.\n\nThe offer was 62% above Brennwalds closing price.",
     "Ishimori agreed to buy Brennwald Therapeutics.\n\nThe offer was 62% above Brennwald's closing price."),
    ("Talks with Varnika Foods ended. Varnikas meeting was short.",
     "Talks with Varnika Foods ended. Varnika's meeting was short."),
    ("Kelmar Mining was sold in May. Kelmars operating profit fell by a third.",
     "Kelmar Mining was sold in May. Kelmar's operating profit fell by a third."),
])
def test_name_possessive_before_an_ing_noun(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled + TAIL) == fixed + TAIL


@pytest.mark.parametrize("text", [
    "Ostrava Steel said it would hire. Ostravas leading the market, analysts said.",
    "Kelmar Mining was sold in May. The Kelmars opening the shop were happy.",
    "Kelmar Mining was sold in May. Kelmars going to court was expected.",
])
def test_ing_participles_after_a_name_are_left(text: str) -> None:
    assert fix_unsafe(text + TAIL) == text + TAIL
