"""A capitalised adjunct cut off the sentence with only a speech tag after it (join35): the
tag may be inverted with a speaker of three or four words ("said a senior official"), as the
ordinary order ("a senior official said") and a short inverted one ("said the ministry")
already were; the piece joins bare. A piece with a clause of its own stays. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The peso fell to its weakest level. In six weeks, said a senior official.",
     "The peso fell to its weakest level in six weeks, said a senior official."),
    ("The port will reopen its second terminal. By the end of June, said the port's chief executive.",
     "The port will reopen its second terminal by the end of June, said the port's chief executive."),
    ("The peso fell to its weakest level. In six weeks, a senior official said.",
     "The peso fell to its weakest level in six weeks, a senior official said."),
])
def test_adjunct_with_tag_joins(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The peso fell to its weakest level. In six weeks, it lost a tenth of its value.",
    "Ticket sales were strong. For the first time, said the organisers, the hall was full.",
])
def test_sentences_with_a_clause_stay(text: str) -> None:
    assert _fixed(text) == text
