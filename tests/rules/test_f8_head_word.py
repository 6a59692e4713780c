"""A capitalised word cut off the front of the sentence after it ("Demand. for the new model
is weak.") belongs to that sentence: FR001 must not glue it onto the end of the sentence
before; the stop after it is the false one. Variants in our own words."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        ("Sales slowed in the spring, the chief executive warned. Demand. for the new model is weak in Europe.",
         "Sales slowed in the spring, the chief executive warned. Demand for the new model is weak in Europe."),
        ("The dam held through the night. Pressure. on the eastern wall has eased since Tuesday.",
         "The dam held through the night. Pressure on the eastern wall has eased since Tuesday."),
        ("Two lanes reopened at noon, the police said. Traffic. through the tunnel was moving slowly.",
         "Two lanes reopened at noon, the police said. Traffic through the tunnel was moving slowly."),
    ],
)
def test_head_word_joins_the_sentence_after_it(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text,fixed",
    [
        ("The Greens, a small party until May, became the biggest party. in the northern region.",
         "The Greens, a small party until May, became the biggest party in the northern region."),
        ("The old port, once a busy port, is now the quietest port. on the whole coast.",
         "The old port, once a busy port, is now the quietest port on the whole coast."),
        ("Our reader survey asked which team was the best team. of the season.",
         "Our reader survey asked which team was the best team of the season."),
    ],
)
def test_noun_after_a_superlative_is_kept_when_joined(text: str, fixed: str) -> None:
    assert _fix(text) == fixed
