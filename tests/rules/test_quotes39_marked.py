"""quotes39: a sentence that quotes already in another style gets no marks round it all.

QM005 quotes a first-person sentence before its tag that lost both marks. A sentence that
holds guillemets or low marks ("… «Our town needs …» — said …") has its quotation marked:
QM006/QM008 restyle those marks in the same pass, and QM005 wrapping the whole sentence
left one quotation inside another ("“Continues … “Our town …”,” said …").

Our own sentences, through the whole engine (``repair fix --unsafe`` without the model).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize("text", [
    "Rain fell. Continues after advertising «Our town needs this bridge» — said Ana Ruiz, a mother.",
    "Rain fell. Read more „We will rebuild the pier” – said the mayor of the town.",
    "Rain fell. Advertisement ‹We want our jobs back› said Ana Ruiz, a docker.",
])
def test_other_style_marks_not_wrapped(text: str) -> None:
    assert fixed(text).count("“") <= 1


@pytest.mark.parametrize(("text", "want"), [
    # The look-alikes with no mark at all are still quoted, and a guillemet pair on its own restyled.
    ("Our town needs this bridge, said Ana Ruiz, a mother.", "“Our town needs this bridge,” said Ana Ruiz, a mother."),
    ("Rain fell. «Our town needs this bridge», said Ana Ruiz, a mother.",
     "Rain fell. “Our town needs this bridge,” said Ana Ruiz, a mother."),
])
def test_still_quoted(text: str, want: str) -> None:
    assert fixed(text) == want


# QM003: an opening mark after a stop inside a quotation that is still open. Where that
# quotation is a phrase of the writer's sentence (opened after a word that introduces no
# speech), the phrase lost its closing mark at its stop; the second mark opens rightly.
@pytest.mark.parametrize(("text", "want"), [
    ("The farmer called the delay “absurd. “We lost a whole season,” she said.",
     "The farmer called the delay “absurd.” “We lost a whole season,” she said."),
    ("Rain fell. The union said the offer was “an insult. “Nobody can live on this wage,” Ana Ruiz added.",
     "Rain fell. The union said the offer was “an insult.” “Nobody can live on this wage,” Ana Ruiz added."),
    ("Critics described the plan as “a gift to landlords. “It helps nobody who rents,” said Ana Ruiz, a tenant.",
     "Critics described the plan as “a gift to landlords.” “It helps nobody who rents,” said Ana Ruiz, a tenant."),
    ("The mayor promised “a new start! “We will open the baths in May,” she said.",
     "The mayor promised “a new start!” “We will open the baths in May,” she said."),
])
def test_phrase_closed_at_its_stop(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # After a colon, a verb of saying or "that" the quotation may run on: the inner mark is stray.
    ("Ruiz said: “The river rose fast. “Nobody had time to leave.”",
     "Ruiz said: “The river rose fast. Nobody had time to leave.”"),
    ("Ruiz said “the river rose fast. “Nobody had time to leave.”",
     "Ruiz said “the river rose fast. Nobody had time to leave.”"),
    ("Ruiz warned that “the river rose fast. “Nobody had time to leave.”",
     "Ruiz warned that “the river rose fast. Nobody had time to leave.”"),
])
def test_speech_quotation_keeps_running(text: str, want: str) -> None:
    assert fixed(text) == want
