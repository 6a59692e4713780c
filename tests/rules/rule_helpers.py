"""What the rule tests share: the text ``repair fix --unsafe`` prints with rules only.

Imported by name (``from rule_helpers import fix_unsafe``), as ``tests/tui/review_helpers``
is: pytest puts this folder on ``sys.path`` for the test files in it.
"""

from __future__ import annotations

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer

UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))
"""Every rule, unsafe ones included, no model: ``repair fix --unsafe --no-model``."""


def fix_unsafe(text: str) -> str:
    """The text after every rule, unsafe ones included, applied until stable."""
    return UNSAFE.fix(text).fixed
