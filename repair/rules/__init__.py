"""The rule registry: every rule module, listed explicitly, in a stable order."""

from __future__ import annotations

from repair.rules import attribution, boilerplate, breaks, encoding, punctuation
from repair.rules.base import Example, Rule

ALL_RULES: tuple[Rule, ...] = (
    *encoding.RULES,
    *boilerplate.RULES,
    *breaks.RULES,
    *attribution.RULES,
    *punctuation.RULES,
)

__all__ = ["ALL_RULES", "Example", "Rule"]
