"""The fix loop for many texts at once, so model calls are batched across records.

It is :meth:`Pipeline.fix_many`: ``Pipeline.fix`` (propose, apply under the policy,
re-check only the changed paragraphs, repeat while the text changes, capped) run in
lock step over every text of a chunk, so each round asks each proposer once for all
texts still changing. A proposer with ``propose_many(docs)`` gets them in one call (one
model batch for a whole chunk); any other proposer is called per document, so rules-only
runs are exactly ``Pipeline.fix``.

Batch must log every edit it applied, so this reads every round's decisions from
``FixResult.history``: round 1 offsets index the input, later rounds index that round's
text (``original`` says what was replaced). Pending edits are what the last round left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from repair.apply import Applied
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
    return pipeline.check_many(texts)


def fix_many(pipeline: Pipeline, texts: Sequence[str], apply: str) -> list[Fixed]:
    """Fix every text until stable (or report only, for ``--apply none``).

    :meth:`Pipeline.fix_many` does the work (incremental re-checks, model windows batched
    across the chunk); this logs each round it kept in ``FixResult.history``.
    """
    if apply == "none":
        return [Fixed(text, [_row(e, text, 1, False, REPORT_ONLY) for e in edits], [], _pending(edits))
                for text, edits in zip(texts, check_many(pipeline, texts), strict=True)]
    out = []
    for text, result in zip(texts, pipeline.fix_many(texts), strict=True):
        state = _State(text)
        for round_no, applied in enumerate(result.history, start=1):
            if not state.record(applied, round_no):
                break
        out.append(Fixed(state.text, state.rows, state.applied, state.pending))
    return out


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
        self.pending = _pending(s.edit for s in result.skipped if s.reason not in _NOT_PENDING)
        for skip in result.skipped:
            key = (skip.edit.rule, skip.edit.original(self.text), skip.edit.replacement, skip.reason)
            if key not in self.seen:
                self.seen.add(key)
                self.rows.append(_row(skip.edit, self.text, round_no, False, skip.reason))
        if not result.applied or result.text == self.text:
            return False
        self.text = result.text
        return True


def _pending(edits: Iterable[Edit]) -> list[str]:
    """Categories of the edits left for a reviewer, one per distinct change.

    Two rules proposing the same change (same span, same replacement) are one decision
    for the editor: the policy turns both away before de-duplication sees them, so they
    are counted once here (both stay in ``edits.jsonl``, each with its rule).
    """
    seen: set[tuple[int, int, str]] = set()
    pending = []
    for edit in edits:
        key = (edit.start, edit.end, edit.replacement)
        if key not in seen:
            seen.add(key)
            pending.append(edit.category)
    return pending


def _row(edit: Edit, text: str, round_no: int, applied: bool, reason: str | None) -> dict[str, Any]:
    return {"round": round_no, **edit.to_json(text), "applied": applied, "reason": reason}
