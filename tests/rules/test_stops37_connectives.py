"""A connective idiom standing alone after a complete sentence ("In the meantime.", "In the
end.", "In general.") frames nothing and is deleted, like "In this regard."; with a clause of
its own after it, it opens a sentence and stays. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The company has two weeks to reply. In the meantime.", "The company has two weeks to reply."),
    ("The statue was found in a field near the river. In the end.",
     "The statue was found in a field near the river."),
    ("Most schools will open on time this autumn. In general.", "Most schools will open on time this autumn."),
])
def test_lone_connective_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The talks dragged on for months. In the end, both sides signed.",
    "The rule applies to most firms. In general, smaller ones are exempt.",
    "It won the vote. In the end it did not matter.",
])
def test_connective_opening_a_sentence_stays(text: str) -> None:
    assert _fixed(text) == text
