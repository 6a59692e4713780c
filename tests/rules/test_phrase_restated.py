"""A noun before a false stop that the noun phrase after the stop restates in full (our own words).

"… docked at the harbour. eastern side of the harbour." is one sentence: the bare noun before
the stop is the intruder, deleted with the stop; a join would keep the noun twice. A piece
whose repeated noun is the subject of its own verb, or whose opening words are no noun
phrase, is left to the other repairs.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(("text", "fixed"), [
    ("The ferry docked at the harbour. eastern side of the harbour, near the old fish market.",
     "The ferry docked at the eastern side of the harbour, near the old fish market."),
    ("The union said it would take the dispute to the tribunal. the national labour tribunal.",
     "The union said it would take the dispute to the national labour tribunal."),
    ("The rider attacked on the descent. the fastest part of the descent.",
     "The rider attacked on the fastest part of the descent."),
    ("The play follows the life of a farmer. a dairy farmer in the hills in the 1930s.",
     "The play follows the life of a dairy farmer in the hills in the 1930s."),
    ("Engineers will inspect the bridges. old railway bridges along the coast this summer.",
     "Engineers will inspect the old railway bridges along the coast this summer."),
])
def test_the_restated_noun_before_the_stop_goes(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize("text", [
    # The repeat is the subject of a verb: a sentence that lost its capital, not a restatement.
    "He criticised the tribunal. the tribunal ruled against him in May.",
    # A preposition opens the piece: the noun before the stop is the verb's own object.
    "She paid the fines. in cash, though the fines were large.",
    # Two determiners: no deletion leaves one noun phrase.
    "Talks resumed on the plan. its plan for the second stage.",
])
def test_other_pieces_are_not_restatements(text: str) -> None:
    fixed = _fix(text)
    assert "tribunal ruled" not in fixed or "the tribunal. the tribunal" in fixed or "The tribunal ruled" in fixed
    assert "paid in cash" not in fixed
    assert "resumed on its plan" not in fixed and "resumed on the its" not in fixed
