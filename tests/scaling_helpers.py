"""Shared by the scaling tests: each rule's CPU cost on one document."""

from __future__ import annotations

import time

from repair.document import Document
from repair.rules import ALL_RULES


def rule_costs(doc: Document, tries: int = 2) -> dict[str, float]:
    """Each rule's CPU seconds on ``doc``, keyed by rule code: the best of ``tries`` runs
    (the least disturbed by other work on a shared machine)."""
    best: dict[str, float] = {}
    for _ in range(tries):
        for rule in ALL_RULES:
            began = time.process_time()
            rule.run(doc)
            spent = time.process_time() - began
            best[rule.code] = min(spent, best.get(rule.code, spent))
    return best
