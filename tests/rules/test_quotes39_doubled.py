"""quotes39: a quotation whose marks were typed twice (QM037): ""…"", ''…'' and ,,…''.

Our own sentences, through the whole engine (``repair fix --unsafe`` without the model),
with look-alikes that must be left alone (an empty pair, a doubled apostrophe after a
plural, inch marks, a numeric list).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.pipeline import Pipeline


@pytest.mark.parametrize(("text", "want"), [
    ('""We will rebuild the pier,"" the mayor said.', "“We will rebuild the pier,” the mayor said."),
    ("''We will rebuild the pier,'' the mayor said.", "“We will rebuild the pier,” the mayor said."),
    ("Rain fell. The mayor said the plan would ,,change the town for ever''.",
     "Rain fell. The mayor said the plan would “change the town for ever”."),
    ("Rain fell. The mayor called it ,,a fair deal“ on Monday.",
     "Rain fell. The mayor called it “a fair deal” on Monday."),
    ("The painting ''Blue Harbour'' sold on Monday.", "The painting “Blue Harbour” sold on Monday."),
    ("''We don't give up,'' the coach said.", "“We don't give up,” the coach said."),
    # The text's own style: straight marks where it quotes with straight marks only.
    ("''We won,'' the coach said. \"It was hard,\" she added.",
     "\"We won,\" the coach said. \"It was hard,\" she added."),
])
def test_doubled_marks_become_one(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    'He typed "" into the box and left.',
    "The workers'' union met on Monday.",
    "The pipe is 12'' wide and 8'' deep.",
    "Values of 1,,2 and 3 were read.",
    '"We will rebuild," the mayor said.',
])
def test_left_alone(text: str) -> None:
    assert not any(edit.rule == "QM037" for edit in Pipeline().check(text))
