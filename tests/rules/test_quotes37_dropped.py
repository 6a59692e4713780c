"""quotes37: QM005 (direct speech that lost both marks) reads three more tag shapes.

- a spaced dash where English writes the tag's comma ("… the customer – said Ana Ruiz"), a
  Polish or Russian pivot's hand-over from quotation to tag;
- a name with a lower-case particle ("Rosa dela Cruz", "Marco di Stefano");
- "told a (regular) press conference" / "told a news conference" as the tag's hearer.

Our own sentences, through the whole engine (``repair fix --unsafe`` without the model),
with look-alikes that must be left alone (narration in the third person, a dash aside).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("Somebody will have to give way, and I do not think it will be us – said Ana Ruiz, an analyst at the bank.",
     "“Somebody will have to give way, and I do not think it will be us,” said Ana Ruiz, an analyst at the bank."),
    ("We will not sign this deal — the union leader told reporters.",
     "“We will not sign this deal,” the union leader told reporters."),
    ("We won this for every nurse in the country, said Rosa dela Cruz, head of the nurses' union.",
     "“We won this for every nurse in the country,” said Rosa dela Cruz, head of the nurses' union."),
    ("Our doors stay open to everyone, said Marco di Stefano, the mayor.",
     "“Our doors stay open to everyone,” said Marco di Stefano, the mayor."),
    ("Our ties do not depend on the size of an embassy, she told a regular press conference.",
     "“Our ties do not depend on the size of an embassy,” she told a regular press conference."),
])
def test_dropped_quotes_restored(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The plant will close in May – said the mayor of the town.",  # third person: narration may report it
    "We have – said the mayor – no plan for the winter.",  # a dash aside, not a hand-over
    "Prices will rise, said Rosa dela Cruz, head of the nurses' union.",
    "The embassy will stay open, she told a regular press conference.",
])
def test_left_alone(text: str) -> None:
    assert fixed(text) == text
