"""The rule registry: every rule module, listed explicitly, in a stable order."""

from __future__ import annotations

from repair.rules import (
    apostrophes,
    attribution,
    banners,
    boilerplate,
    breaks,
    casing,
    encoding,
    furniture,
    glued,
    leftovers,
    punctuation,
    quotes,
    speech_quotes,
    words,
)
from repair.rules.base import Example, Rule

ALL_RULES: tuple[Rule, ...] = (
    *encoding.RULES,
    *boilerplate.RULES,
    *banners.RULES,
    *breaks.RULES,
    *attribution.RULES,
    *quotes.RULES,
    *punctuation.RULES,
    *words.RULES,
    # Issue 16 families (recall where the real damage is).
    *leftovers.RULES,
    *speech_quotes.RULES,
    *furniture.RULES,
    *glued.RULES,
    *apostrophes.RULES,
    *casing.RULES,
)

__all__ = ["ALL_RULES", "Example", "Rule"]
