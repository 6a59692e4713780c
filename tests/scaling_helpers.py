"""Shared by the scaling tests: each rule's CPU cost on one document."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable

from repair.document import Document
from repair.rules import ALL_RULES, Rule


def rule_costs(doc: Document, tries: int = 2, rules: Iterable[Rule] = ALL_RULES) -> dict[str, float]:
    """Each rule's CPU seconds on ``doc``, keyed by rule code: the best of ``tries`` runs
    (the least disturbed by other work on a shared machine).

    The garbage collector is off while rules run (as in the CLI, which freezes it): a
    collection that happens to fall inside one rule's run was charged to that rule and made
    a linear rule look twenty times dearer at eight times the text (CA008, GL006 under load).
    """
    rules = list(rules)
    best: dict[str, float] = {}
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(tries):
            for rule in rules:
                began = time.process_time()
                rule.run(doc)
                spent = time.process_time() - began
                best[rule.code] = min(spent, best.get(rule.code, spent))
    finally:
        if was_enabled:
            gc.enable()
    return best


class CountingText(str):
    """A text that counts the characters rules read from it by slicing and by ``find``,
    ``rfind`` and ``count`` (the scans a look-back to a line's start is made of), in
    ``CountingText.read``. A deterministic measure of a rule's reading, free of the timing
    noise of a loaded machine: a rule that reads back to the line's start per candidate
    reads in the square of a one-line text's length. Regex scans are not counted."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        if isinstance(key, slice):
            start, end, _ = key.indices(len(self))
            CountingText.read += max(0, end - start)
        return str.__getitem__(self, key)

    def _range(self, start: int | None, end: int | None) -> tuple[int, int]:
        size = len(self)
        low = 0 if start is None else start if start >= 0 else max(0, size + start)
        high = size if end is None else end if end >= 0 else max(0, size + end)
        return min(low, size), min(high, size)

    def find(self, sub, start=None, end=None) -> int:  # type: ignore[no-untyped-def, override]
        found = str.find(self, sub, start, end)
        low, high = self._range(start, end)
        CountingText.read += found - low + len(sub) if found >= 0 else max(0, high - low)
        return found

    def rfind(self, sub, start=None, end=None) -> int:  # type: ignore[no-untyped-def, override]
        found = str.rfind(self, sub, start, end)
        low, high = self._range(start, end)
        CountingText.read += high - found if found >= 0 else max(0, high - low)
        return found

    def count(self, sub, start=None, end=None) -> int:  # type: ignore[no-untyped-def, override]
        low, high = self._range(start, end)
        CountingText.read += max(0, high - low)
        return str.count(self, sub, start, end)


def characters_read(rule: Rule, text: str) -> int:
    """The characters ``rule`` reads from ``text`` by slices and scans (:class:`CountingText`)
    while it runs on the document of ``text`` (the segmentation's reads left out)."""
    doc = Document.from_text(CountingText(text))
    CountingText.read = 0
    rule.run(doc)
    return CountingText.read
