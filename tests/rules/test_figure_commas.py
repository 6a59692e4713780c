"""A thousands separator is no clause comma (issue 14, join-comma): the cut-off piece rules
(FR003) refused every participle, "with", "To" and time piece holding a comma, so a figure
such as "14,500" hid a plain participle phrase. Our own examples; the last ones are real
sentences whose comma is a clause's and must stay untouched."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.rules.cutoff_words import clause_comma


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Exports rose 4 percent in June. Lifting the trade surplus to 12,300 million.\n",
         "Exports rose 4 percent in June, lifting the trade surplus to 12,300 million.\n"),
        ("The council approved the budget on Monday. Bringing total spending to 2,750,000 euros.\n",
         "The council approved the budget on Monday, bringing total spending to 2,750,000 euros.\n"),
        ("The storm crossed the coast overnight. Leaving 1,200 homes without power.\n",
         "The storm crossed the coast overnight, leaving 1,200 homes without power.\n"),
    ],
)
def test_participle_piece_with_a_figure_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 4 percent in June. Lifting the surplus to 12,300 million, the data beat forecasts.\n",
        "The storm crossed the coast overnight. Leaving early, the crews reached 1,200 homes.\n",
        # a sentence that lost its comma after a time phrase, not a time phrase cut off
        "The unit booked a 5,000 euro loss. A year before it lost 12,000 euros.\n",
    ],
)
def test_a_clause_comma_still_marks_a_sentence_of_its_own(text: str) -> None:
    assert fix_unsafe(text) == text


def test_clause_comma_tells_a_figure_from_a_clause() -> None:
    assert not clause_comma("to 14,500 lei.")
    assert not clause_comma("from 1,200,000 to 2,400.")
    assert clause_comma("Pushing ahead, the board voted.")
    assert clause_comma("up 3,4 percent")  # a decimal comma is no thousands group
    assert clause_comma("in 2024, 1,200 more.")
