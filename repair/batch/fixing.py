"""The fix loop for many texts at once, so model calls are batched across records.

It is :meth:`Pipeline.fix` (propose, apply under the policy, repeat while the text
changes, capped) run in lock step over every text of a chunk: each round asks each
proposer once for all texts still changing. A proposer with ``propose_many(docs)`` gets
them in one call (one model batch for a whole chunk); any other proposer is called per
document, so rules-only runs are exactly ``Pipeline.fix``.

Unlike ``Pipeline.fix`` it keeps every round's decisions, because batch must log every
edit it applied: round 1 offsets index the input, later rounds index that round's text
(``original`` says what was replaced). Pending edits are what the last round left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from repair.apply import MAX_FIX_ROUNDS, Applied, apply_edits
from repair.document import Document
from repair.edits import Edit
from repair.pipeline import Pipeline

# Skip reasons that leave nothing for a reviewer to decide.
_NOT_PENDING = frozenset({"duplicate", "no change"})
REPORT_ONLY = "report only (--apply none)"


@dataclass(frozen=True)
class Fixed:
    """One text after the loop: the result, a log row per decision, categories for the report."""

    text: str
    rows: list[dict[str, Any]]
    applied: list[str]
    pending: list[str]


def check_many(pipeline: Pipeline, texts: Sequence[str]) -> list[list[Edit]]:
    """``pipeline.check`` for each text, with one ``propose_many`` call per batching proposer."""
    if not any(hasattr(p, "propose_many") for p in pipeline.proposers):
        return [pipeline.check(text) for text in texts]
    docs = [Document.from_text(text) for text in texts]
    found: list[list[Edit]] = [[] for _ in texts]
    for proposer in pipeline.proposers:
        many = getattr(proposer, "propose_many", None)
        results = many(docs) if many is not None else [proposer.propose(doc) for doc in docs]
        for bucket, edits in zip(found, results, strict=True):
            bucket.extend(edits)
    # The same filter and order as Pipeline.check.
    return [sorted({e for e in edits if pipeline.policy.matches(e) and not e.is_noop(text)}, key=Edit.sort_key)
            for text, edits in zip(texts, found, strict=True)]


def fix_many(pipeline: Pipeline, texts: Sequence[str], apply: str) -> list[Fixed]:
    """Fix every text until stable (or report only, for ``--apply none``)."""
    if apply == "none":
        return [Fixed(text, [_row(e, text, 1, False, REPORT_ONLY) for e in edits], [], [e.category for e in edits])
                for text, edits in zip(texts, check_many(pipeline, texts), strict=True)]
    states = [_State(text) for text in texts]
    active = list(range(len(texts)))
    for round_no in range(1, MAX_FIX_ROUNDS + 1):
        if not active:
            break
        proposals = check_many(pipeline, [states[i].text for i in active])
        still = []
        for i, edits in zip(active, proposals, strict=True):
            if states[i].record(apply_edits(states[i].text, edits, pipeline.policy), round_no):
                still.append(i)
        active = still
    return [Fixed(s.text, s.rows, s.applied, s.pending) for s in states]


class _State:
    """One text's progress through the loop (mutable: the loop's accumulator)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.rows: list[dict[str, Any]] = []
        self.applied: list[str] = []
        self.pending: list[str] = []
        self.seen: set[tuple[str, str, str, str]] = set()

    def record(self, result: Applied, round_no: int) -> bool:
        """Log a round's decisions; True when the text changed and another round is due."""
        self.rows.extend(_row(e, self.text, round_no, True, None) for e in result.applied)
        self.applied.extend(e.category for e in result.applied)
        self.pending = [s.edit.category for s in result.skipped if s.reason not in _NOT_PENDING]
        for skip in result.skipped:
            key = (skip.edit.rule, skip.edit.original(self.text), skip.edit.replacement, skip.reason)
            if key not in self.seen:
                self.seen.add(key)
                self.rows.append(_row(skip.edit, self.text, round_no, False, skip.reason))
        if not result.applied or result.text == self.text:
            return False
        self.text = result.text
        return True


def _row(edit: Edit, text: str, round_no: int, applied: bool, reason: str | None) -> dict[str, Any]:
    return {"round": round_no, **edit.to_json(text), "applied": applied, "reason": reason}
