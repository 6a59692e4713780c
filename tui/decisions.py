"""The decisions log: every review decision, appended and synced the moment it is made.

One JSON object per line, so a killed terminal loses at most the line being written (a
torn last line is skipped on reading). Each line names the document, the edit (offsets
into the *input* text), its rule and category, the decision, the final text the edit
wrote, the time, and an anchor: the input text's hash plus a little text on each side of
the edit. On resume, decisions on an unchanged input are matched exactly; on a changed
input they are re-found by their context, and what cannot be re-found is reported as
stale rather than applied blindly.

Batch actions share one ``action`` number; an undo is its own line naming the action it
undoes, so the log stays append-only and tells the full story.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from repair.edits import Edit, Span
from repair.textio import InputError
from tui.docreview import DocState, Item
from tui.history import DECISIONS, Step, StepError, apply, check, without

CONTEXT = 24
LOG_VERSION = 1


def text_hash(text: str) -> str:
    """The anchor hash of an input text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    """UTC time to the second, for log lines."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def make_record(
    doc_id: str, input_text: str, input_hash: str, item: Item, decision: str, action: int, final: str | None,
    batch: str | None = None, clock: Callable[[], str] = now, step: Step | None = None, change: str = "",
) -> dict[str, Any]:
    """The log line for one decision on one item (``item.origin`` is in input offsets).

    ``step`` adds how far a phrase edit reached and the text it replaced, and which
    alternative was chosen; ``change`` names the decision this one replaces.
    """
    start, end = item.origin.start, item.origin.end
    record: dict[str, Any] = {
        "v": LOG_VERSION,
        "time": clock(),
        "action": action,
        "document": doc_id,
        "text_hash": input_hash,
        "decision": decision,
        "rule": item.origin.rule,
        "category": item.origin.category,
        "final": final,
        "edit": item.origin.to_json(input_text),
        "context": {"before": input_text[max(0, start - CONTEXT) : start], "after": input_text[end : end + CONTEXT]},
    }
    if batch:
        record["batch"] = batch
    if step is not None and step.reach != (0, 0):
        record["reach"] = list(step.reach)
        record["old"] = list(step.old) if step.old is not None else None
    if step is not None and step.choice is not None:
        record["alternative"] = step.choice
        record["chosen"] = item.origin.alternatives[step.choice].to_json(input_text)
    if change:
        record["change"] = change
    return record


def undo_record(doc_id: str, action: int, undoes: int, clock: Callable[[], str] = now) -> dict[str, Any]:
    """The log line saying that ``undoes`` was undone."""
    return {"v": LOG_VERSION, "time": clock(), "action": action, "document": doc_id,
            "decision": "undo", "undoes": undoes}


def save_record(doc_id: str, action: int, output: str, text: str, clock: Callable[[], str] = now) -> dict[str, Any]:
    """The log line saying the reviewed text was written to ``output`` (with its hash).

    On resume it tells an output this review wrote from one changed since by someone
    else (:func:`last_saved_hash`). It carries ``decision`` and ``action`` so every reader
    of the log takes it as a well-formed line; it is no decision on an edit, so replay and
    calibration pass over it.
    """
    return {"v": LOG_VERSION, "time": clock(), "action": action, "document": doc_id,
            "decision": "save", "output": output, "saved_hash": text_hash(text)}


def last_saved_hash(records: Iterable[dict[str, Any]], doc_id: str) -> str | None:
    """Hash of the text the last logged save of ``doc_id`` wrote, or None when none is logged."""
    found = None
    for r in records:
        if r.get("decision") == "save" and r.get("document") == doc_id and isinstance(r.get("saved_hash"), str):
            found = r["saved_hash"]
    return found


@dataclass
class DecisionLog:
    """Append-only JSONL file; each call to :meth:`append` is written and fsynced at once."""

    path: Path

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        """Append the records as one write, then fsync: a decision is on disk once this returns."""
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        if not data:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+b") as handle:
            # A line torn by a crash must not swallow the next record.
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":
                    data = "\n" + data
            handle.write(data.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def read(self) -> tuple[list[dict[str, Any]], int]:
        """All well-formed records, and how many lines were unreadable (a torn last line)."""
        if not self.path.exists():
            return [], 0
        records: list[dict[str, Any]] = []
        bad = 0
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read the decisions log ({exc.strerror or exc})") from None
        for line in lines:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if isinstance(row, dict) and "decision" in row and "action" in row:
                records.append(row)
            else:
                bad += 1
        return records, bad


@dataclass(frozen=True)
class StaleDecision:
    """A logged decision that no longer matches the text, with the reason; never applied."""

    record: dict[str, Any]
    reason: str

    def describe(self) -> str:
        """One line for the resume notice."""
        edit = self.record.get("edit", {})
        original = str(edit.get("original", ""))[:30]
        return f"{self.record.get('decision')} {self.record.get('rule')} “{original}”: {self.reason}"


def net_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decision records in order, with undone actions (and the undo lines) removed."""
    undone = {r.get("undoes") for r in records if r.get("decision") == "undo"}
    return [r for r in records if r.get("decision") in DECISIONS and r.get("action") not in undone]


@dataclass
class Replay:
    """What replaying a log gave: the state, its steps, and how each action began.

    ``snapshots`` holds, per action in log order, the state and steps just before it (the
    undo history of a resumed review); ``waiting`` holds decisions on model edits while the
    model's edits are not in yet (they are neither applied nor stale).
    """

    state: DocState
    steps: list[Step]
    stale: list[StaleDecision]
    applied: int
    snapshots: list[tuple[int, str, DocState, tuple[Step, ...]]]
    waiting: list[dict[str, Any]]


def replay(initial: DocState, doc_id: str, input_text: str, records: list[dict[str, Any]],
           complete: bool = True) -> Replay:
    """Re-apply logged decisions to a fresh state, changes of decision included.

    With ``complete`` False (the model's edits are still loading) a decision on a model
    edit that is not found waits instead of being reported stale.
    """
    current_hash = text_hash(input_text)
    by_key: dict[tuple[int, int, str, str], tuple[int, int | None]] = {}
    for i in initial.items:
        for k, alt in enumerate(i.origin.alternatives):
            by_key.setdefault(_key(alt.span, alt.rule, alt.replacement), (i.id, k))
    for i in initial.items:
        by_key[_key(i.origin.span, i.origin.rule, i.origin.replacement)] = (i.id, None)
    out = Replay(initial, [], [], 0, [], [])
    last_action: object = None
    for record in net_records(records):
        try:
            edit = Edit.from_json(record["edit"])
        except (KeyError, TypeError, ValueError):
            out.stale.append(StaleDecision(record, "unreadable log line"))
            continue
        if record.get("document") != doc_id:
            out.stale.append(StaleDecision(record, f"made on document {record.get('document')!r}"))
            continue
        span = edit.span if record.get("text_hash") == current_hash else _anchor(input_text, record, edit)
        if span is None:
            out.stale.append(StaleDecision(record, "its text changed since the decision"))
            continue
        found = by_key.get(_key(span, edit.rule, edit.replacement))
        if found is None:
            if not complete and edit.source.startswith("model:"):
                out.waiting.append(record)
            else:
                out.stale.append(StaleDecision(record, "the edit is no longer suggested"))
            continue
        try:
            step = _step(record, found, span, initial, input_text)
        except (TypeError, ValueError):
            out.stale.append(StaleDecision(record, "unreadable log line"))
            continue
        if record.get("action") != last_action:
            label = str(record.get("batch") and "batch" or record["decision"])
            out.snapshots.append((step.action, label, out.state, tuple(out.steps)))
            last_action = record.get("action")
        try:
            out.state, out.steps = decide(initial, out.state, out.steps, step)
        except StepError as exc:
            out.stale.append(StaleDecision(record, f"cannot apply: {exc}"))
            continue
        out.applied += 1
    return out


def decide(initial: DocState, state: DocState, steps: list[Step], step: Step) -> tuple[DocState, list[Step]]:
    """Apply one step: directly on a pending item, else by taking the old decision back."""
    if state.items[step.item].pending:
        check(state, step)
        return apply(state, [step]), [*steps, step]
    back = without(initial, steps, step.item, step.writes)
    check(back.state, step)
    return apply(back.state, [step]), [*back.steps, step]


def _step(record: dict[str, Any], found: tuple[int, int | None], span: Span, initial: DocState,
          input_text: str) -> Step:
    """The step a record asks for, on the item it was matched to.

    A decision on an edit that is now an alternative of another item (a rule's fix the
    model's now outranks) becomes a decision on that item, its reach measured from the
    item's span instead; a plain accept of it is a choice of that alternative.
    """
    item_id, alt = found
    origin = initial.items[item_id].origin
    decision = str(record["decision"])
    if decision not in DECISIONS:
        raise ValueError(decision)
    raw = record.get("reach") or (0, 0)
    left, right = int(raw[0]), int(raw[1])
    choice = record.get("alternative")
    raw_old = record.get("old")
    old: tuple[str, str, str] | None = None
    if isinstance(raw_old, list) and len(raw_old) == 3:
        old = (str(raw_old[0]), str(raw_old[1]), str(raw_old[2]))
    if alt is not None:
        if old is None and (left or right or span != origin.span):
            old = ("", input_text[span.start - left : span.end + right], "")
        plain = (left, right) == (0, 0) and decision == "accept"
        left += origin.start - span.start
        right += span.end - origin.end
        choice = alt if plain else None
    final = record.get("final")
    return Step(int(record["action"]), item_id, decision, final if isinstance(final, str) else None,
                (left, right), choice if isinstance(choice, int) else None, old)


def _key(span: Span, rule: str, replacement: str) -> tuple[int, int, str, str]:
    return (span.start, span.end, rule, replacement)


def _anchor(text: str, record: dict[str, Any], edit: Edit) -> Span | None:
    """Find the edit's original text with the same context in a changed input.

    The occurrence nearest the old position wins, so a repeated phrase elsewhere in the
    article is not mistaken for it.
    """
    context = record.get("context")
    if not isinstance(context, dict):
        return None
    before, after = str(context.get("before", "")), str(context.get("after", ""))
    original = str(record["edit"].get("original", ""))
    needle = before + original + after
    if not needle:
        return None
    best: int | None = None
    pos = text.find(needle)
    while pos != -1:
        start = pos + len(before)
        if best is None or abs(start - edit.start) < abs(best - edit.start):
            best = start
        pos = text.find(needle, pos + 1)
    return None if best is None else Span(best, best + len(original))
