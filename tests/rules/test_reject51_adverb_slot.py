"""A manner adverb cut off after the stop goes back before a passive's participle, after its
auxiliary ("were officially registered"), and after an active verb ("opened officially")."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize("text,expected", [
    ("The mayor said about 300 boats were registered in the harbour, though many more sail without papers. "
     "Officially.",
     "The mayor said about 300 boats were officially registered in the harbour, though many more sail without "
     "papers."),
    ("The bridge was opened to traffic in May. Formally.", "The bridge was formally opened to traffic in May."),
    ("The firm said the new plant opened in March after years of delay. Officially.",
     "The firm said the new plant opened officially in March after years of delay."),
])
def test_adverb_slot(text: str, expected: str) -> None:
    assert fix_unsafe(text) == expected
