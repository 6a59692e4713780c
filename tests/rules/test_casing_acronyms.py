"""CA023: an acronym in lower case that the same text writes UPPER elsewhere (case28).

Measured, not registered (repair/rules/__init__.py says why): the rule is tested on its own.

Our own texts: acronyms of different lengths and slots, and the look-alikes that must stay
(acronyms that are words too, addresses, hyphenated words, folded texts).
"""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES
from repair.rules.casing_acronyms import RULES as ACRONYM_RULES


def _edits(text: str) -> list[tuple[str, str]]:
    rule = next(r for r in ACRONYM_RULES if r.code == "CA023")
    return [(text[e.span.start : e.span.end], e.replacement) for e in rule.run(Document.from_text(text))]


def test_the_rule_is_not_registered() -> None:
    assert all(r.code != "CA023" for r in ALL_RULES)


@pytest.mark.parametrize(("text", "form"), [
    ("The ICAO audit began in May. Inspectors from the icao stayed a week.", "icao"),
    ("A grant from the unicef fund arrived. The UNICEF office confirmed the sum.", "unicef"),
    ("The OPEC meeting ended early. Ministers said opec would meet again.", "opec"),
])
def test_acronym_spelt_as_the_text_spells_it_is_shown(text: str, form: str) -> None:
    assert _edits(text) == [(form, form.upper())]
    rule = next(r for r in ACRONYM_RULES if r.code == "CA023")
    assert all(e.safety is Safety.DISPLAY for e in rule.run(Document.from_text(text)))


@pytest.mark.parametrize("text", [
    "The US said it would help us.",
    "The WHO said who would pay was unclear.",
    "The AIDS charity said the grant aids research.",
    "The ICAO site is www.icao.example and the icao-led talks went on.",
    "the ICAO team came. they left. icao staff stayed. the talks ended.",
    "The UNICEF office opened. Staff said the plan was new.",
])
def test_look_alikes_are_left(text: str) -> None:
    assert _edits(text) == []
