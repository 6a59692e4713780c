"""Every rule's own examples, run generically (the LanguageTool idea).

A bad example must be fixed to its expected text by that rule alone, and the fix must
not trigger the rule again; a good example must produce no edit from the rule.
"""

from __future__ import annotations

import pytest

from repair.apply import fix_until_stable
from repair.document import Document
from repair.rules import ALL_RULES, Rule


def _fix_with(rule: Rule, text: str) -> str:
    """Apply the rule's own edits whatever their safety (display rules included)."""
    return fix_until_stable(text, lambda t: rule.run(Document.from_text(t)), None).text


def test_codes_are_unique_and_every_rule_has_examples() -> None:
    codes = [r.code for r in ALL_RULES]
    assert len(codes) == len(set(codes))
    for r in ALL_RULES:
        assert r.bad and r.good, f"{r.code} needs bad and good examples"
        assert r.doc, f"{r.code} needs a docstring"


@pytest.mark.parametrize(
    "rule,example",
    [(r, ex) for r in ALL_RULES for ex in r.bad],
    ids=lambda v: v.code if isinstance(v, Rule) else None,
)
def test_bad_example_is_fixed(rule: Rule, example) -> None:
    assert _fix_with(rule, example.text) == example.fixed
    assert rule.run(Document.from_text(example.fixed)) == []


@pytest.mark.parametrize(
    "rule,example",
    [(r, ex) for r in ALL_RULES for ex in r.good],
    ids=lambda v: v.code if isinstance(v, Rule) else None,
)
def test_good_example_is_left_alone(rule: Rule, example) -> None:
    assert rule.run(Document.from_text(example.text)) == []
