"""Every rule's own examples, run generically (the LanguageTool idea).

A bad example must be fixed to its expected text by that rule alone, and the fix must
not trigger the rule again; a good example must produce no edit from the rule.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy, fix_until_stable
from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES, Rule

ANY_SAFETY = Policy(min_safety=Safety.UNSAFE)


def _fix_with(rule: Rule, text: str) -> str:
    fixed, _ = fix_until_stable(text, lambda t: rule.run(Document.from_text(t)), ANY_SAFETY)
    return fixed


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
