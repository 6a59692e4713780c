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
