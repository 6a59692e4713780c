"""The text after every rule, unsafe ones included, as ``repair fix --unsafe --no-model`` leaves it.

Shared by the rule-kind test files that assert whole-pipeline outputs (one pipeline, built on
first use: building it per call repeated the rules' set-up for every case).
"""

from __future__ import annotations

from functools import cache

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES


@cache
def _pipeline() -> Pipeline:
    return Pipeline([RuleProposer(ALL_RULES)], Policy(min_safety=Safety.UNSAFE))


def fix_unsafe(text: str) -> str:
    """``text`` (a str) repaired by every rule at the ``unsafe`` policy, without the model."""
    return _pipeline().fix(text).fixed
