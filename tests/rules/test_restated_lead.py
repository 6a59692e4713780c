"""A piece that restates the sentence's last noun phrase in full ("… a water plant. water
treatment plant.") replaces the whole short phrase: deleting only the repeated head word
left "a water water treatment plant" (an editor's REJECT). Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Crews worked all night to protect a school and a water plant. water treatment plant.",
     "Crews worked all night to protect a school and a water treatment plant."),
    ("The city will build a new bus depot. bus maintenance depot on the east side.",
     "The city will build a new bus maintenance depot on the east side."),
])
def test_restated_phrase_replaces_the_short_one(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The firm sold the plant. plant equipment was moved.",
    "The council will meet on Friday. Water treatment plants are on the agenda.",
])
def test_a_new_sentence_is_left(text: str) -> None:
    assert _fixed(text) == text
