"""Behaviour of the issue-16 families beyond each rule's own examples.

What an editor relies on: restoring quotation marks never touches narration, the
families leave clean text alone, and a fix is stable (fixing the output changes nothing).
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES

FAMILY_PREFIXES = ("EN", "LO", "QM", "PF", "GL", "AP", "CA")
FAMILIES = tuple(r for r in ALL_RULES if r.code.startswith(FAMILY_PREFIXES))


def _fix(text: str) -> str:
    return Pipeline([RuleProposer(FAMILIES)], Policy(min_safety=Safety.UNSAFE)).fix(text).fixed


@pytest.mark.parametrize(
    "narration",
    [
        "The economy will recover next year, the minister said.",
        "Prices rose sharply in March, the agency said on Monday.",
        "He told us the plant would close, the union said.",
        "The firm, based in Providence, R.I., has 300 staff, the company said.",
        "Ruiz said we would know soon, officials said.",
    ],
)
def test_narration_with_said_never_gains_quotes(narration: str) -> None:
    assert _fix(narration) == narration


def test_first_person_speech_gains_quotes_and_keeps_its_tag() -> None:
    text = "Our hospitals are full and we need help now, the governor told reporters."
    assert _fix(text) == "“Our hospitals are full and we need help now,” the governor told reporters."


def test_every_new_rule_is_unsafe_or_keeps_its_documented_safety() -> None:
    # A separate mechanism decides `safe` from measurements; new families start unsafe.
    new = [r for r in FAMILIES if r.code != "EN001"]
    assert new and all(r.safety is Safety.UNSAFE for r in new)


CLEAN = """WASHINGTON, May 2 - The Federal Reserve left rates unchanged on Wednesday.

“We will keep watching the data,” the chairman said at a news conference.

The decision was expected, and analysts at Smith & Jones said so in a note.

Americans bought more homes in April, the Commerce Department said.

Shares of Greenwood Holdings rose 3% after the company said profit grew.
"""


def test_clean_news_is_left_alone() -> None:
    assert _fix(CLEAN) == CLEAN


@pytest.mark.parametrize(
    "damaged",
    [
        "Floodiпg iп the Capital\n\nWe will win, the coach said.\n\nBy Jane Doe\n\nThe post A appeared first on B.",
        "It&apos;s a deal, noting that The port was shut, and Norways exports fell toReuters,the bank said.",
    ],
)
def test_fix_is_stable(damaged: str) -> None:
    once = _fix(damaged)
    assert once != damaged
    assert _fix(once) == once
