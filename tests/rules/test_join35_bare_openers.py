""""instead of" after a false stop (join35): a two-word preposition whose phrase clean news
joins bare after a complete clause (28 commas in 166 uses, ``scripts/stop_comma_shares.py``),
so the join that was only shown is applied, without a comma. A real sentence that opens with
"Instead of" and has its own clause stays. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The ferry will now sail twice a week. instead of every day.",
     "The ferry will now sail twice a week instead of every day."),
    ("Farmers switched to maize. instead of wheat, which needs more water.",
     "Farmers switched to maize instead of wheat, which needs more water."),
    ("Fines will be capped at 5 percent. instead of up to 40 percent under the old law.",
     "Fines will be capped at 5 percent instead of up to 40 percent under the old law."),
])
def test_instead_of_joins_bare(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The council did not raise taxes. Instead of a rise, it cut spending on roads.",
    "The club chose to play at home. Instead of travelling, the players trained in the city.",
    "The ferry will sail twice a week instead of every day.",
])
def test_real_sentences_stay(text: str) -> None:
    assert _fixed(text) == text
