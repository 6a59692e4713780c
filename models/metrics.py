"""Edit-level precision/recall and F0.5, ERRANT-style but on word/punctuation tokens.

A system's edits and the gold edits are both read off token diffs (input -> output and
input -> reference), so a system that produces exactly the reference scores perfectly
whatever character spans its Edits used. Whitespace is not a token: spacing-only
differences are ignored here (chrF sees them).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+|[^\w\s]")

TokenEdit = tuple[int, int, tuple[str, ...]]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def token_edits(source: str, target: str) -> set[TokenEdit]:
    """Minimal token edits turning ``source`` into ``target``: (start, end, replacement)."""
    a, b = tokens(source), tokens(target)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return {(i1, i2, tuple(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"}


@dataclass(frozen=True)
class EditScore:
    """Counts of true positives, system edits and gold edits, with P, R and F0.5."""

    tp: int
    system: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    def f(self, beta: float = 0.5) -> float:
        p, r = self.precision, self.recall
        if p + r == 0:
            return 0.0
        return (1 + beta**2) * p * r / (beta**2 * p + r)

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "system_edits": self.system,
            "gold_edits": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f0.5": round(self.f(0.5), 4),
        }


def score_edits(triples: Iterable[tuple[str, str, str]]) -> EditScore:
    """Score (source, system output, reference) triples, summed over the corpus."""
    tp = system = gold = 0
    for source, output, reference in triples:
        sys_edits = token_edits(source, output)
        gold_edits = token_edits(source, reference)
        tp += len(sys_edits & gold_edits)
        system += len(sys_edits)
        gold += len(gold_edits)
    return EditScore(tp, system, gold)
