"""An "-ing" modifier, its noun and a short phrase before the verb ("Existing plants in the
valley supply …") open a sentence with its own subject and verb, not a participle phrase:
no comma join onto the sentence before. A participle whose object ends the piece ("Increasing
pressure on rivals.") is still an adjunct and joins with a comma. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize("text", [
    "The region is building two more reservoirs. Existing dams in the valley supply about 60% of its water.",
    "The city opened a new library last year. Existing branches in the north close at 6 p.m.",
    "Prices rose again in May. Rising costs at the port hurt exporters.",
])
def test_modifier_subject_with_phrase_stays(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The firm cut prices by a tenth. Increasing pressure on rivals.",
     "The firm cut prices by a tenth, increasing pressure on rivals."),
    ("The firm cut prices by a tenth. Increasing pressure on its rivals in the region.",
     "The firm cut prices by a tenth, increasing pressure on its rivals in the region."),
])
def test_participle_phrase_still_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
