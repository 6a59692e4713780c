"""recall23e: detection on fresh text for quotation-mark and encoding kinds no rule looked at.

Each kind is tested on variants of different shapes (our own words) and on correct English
of the same look that must be left alone. The fix is read from the whole engine
(``repair fix --unsafe`` without the model), as a user gets it.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_ENGINE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def fixed(text: str) -> str:
    return _ENGINE.fix(text).fixed


# Mojibake that ftfy leaves: a rightly typed dash beside the garbled name, or a garbled
# currency sign its badness score does not flag. Each garbled character is decoded alone.
@pytest.mark.parametrize(("text", "want"), [
    ("The hryvnia sign (â‚´) was printed on the new notes — all of them.",
     "The hryvnia sign (₴) was printed on the new notes — all of them."),
    ("Prime Minister Tráº§n Quá»‘c Minh — who flew in on Monday — met the delegation.",
     "Prime Minister Trần Quốc Minh — who flew in on Monday — met the delegation."),
    ("Midfielder TomÃ¡Å¡ KubÃ­k — the club's captain — signed a new deal.",
     "Midfielder Tomáš Kubík — the club's captain — signed a new deal."),
    ("Tickets in ConstanÈ›a cost â‚´90 — or 2 euros — on the day.",
     "Tickets in Constanța cost ₴90 — or 2 euros — on the day."),
])
def test_garbled_character_beside_typed_marks_decoded(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # A capital accented letter against a typed dash or mark is no garbled pair.
    "JOSÉ—HIS LAST LAP was the headline — in red.",
    "The CAFÉ’S owner said the rent — again — had doubled.",
    "It cost 5€ — “too much”, said Zoë—and Chloë’s friend agreed.",
])
def test_accented_letter_beside_typed_mark_left_alone(text: str) -> None:
    assert fixed(text) == text
