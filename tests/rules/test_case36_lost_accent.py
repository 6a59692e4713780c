"""case36: a replacement character or "?" between a capitalised name and "s" that spells
a known name with an accented vowel in its place ("Tom?s": Tomás) is no lost apostrophe;
AP014 leaves it, and still mends a common owner's or a plain name's possessive.

Our own sentences, run as ``repair fix --unsafe --no-model`` runs them.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The deputy minister, Tom\ufffds Reyes, spoke first.",
        "Coach Andr?s Vega named the squad on Friday.",
        "The award went to In\ufffds Soto for her novel.",
    ],
)
def test_name_with_lost_accent_is_left(text: str) -> None:
    assert [e for e in Pipeline().check(text) if e.rule == "AP014"] == []


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The club\ufffds coach will stay.", "The club's coach will stay."),
        ("Trump\ufffds lawyers filed the appeal.", "Trump's lawyers filed the appeal."),
        ("Rates rose above the bank?s target.", "Rates rose above the bank's target."),
    ],
)
def test_lost_apostrophe_is_still_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
