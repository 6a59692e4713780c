"""A doubled stop before a lower-case word is not a safe collapse.

"The season ended in November, however.. was cut short": one stop there may itself be false
(a comma or no mark may be meant), so PU001's collapse is unsafe there: `repair fix` (safe
edits only, applied to whole feeds with no human) leaves the text alone; a capitalised next
word keeps the safe collapse. Found on a fresh held-out set (2026-11-30), where the safe
collapse left "however. was cut short"; our own examples below.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

_SAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.SAFE))


@pytest.mark.parametrize(
    "text",
    [
        "The season ended in November, however.. was cut short by rain.",
        "The bridge, built in 1920.. carries 40,000 cars a day.",
        "Officials said the fund. . would be closed by March.",
    ],
)
def test_safe_fix_leaves_a_doubled_stop_before_a_lower_case_word(text: str) -> None:
    edits = [e for e in _SAFE.check(text) if e.rule == "PU001"]
    assert [e.safety for e in edits] == [Safety.UNSAFE]
    assert _SAFE.fix(text).fixed == text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was over.. Then came the vote.", "It was over. Then came the vote."),
        ("The talks ended. . Both sides left.", "The talks ended. Both sides left."),
    ],
)
def test_safe_fix_collapses_a_doubled_stop_before_a_capital(text: str, want: str) -> None:
    assert _SAFE.fix(text).fixed == want
