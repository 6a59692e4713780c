"""The values a review session holds: documents in the queue, filters, undo entries.

Plain data with no decision logic (that is :mod:`tui.session`), so each value can be read
without the whole session in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from repair.cli_output import count
from tui.decisions import DecisionLog, Replay, StaleDecision, replay, text_hash
from tui.docreview import DocState, Item
from tui.history import Step


class ReviewError(Exception):
    """An action that cannot be done right now; the message says why."""


@dataclass(frozen=True)
class Filter:
    """Which edits navigation, the list and batch actions see. Empty sets mean all."""

    categories: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()
    min_confidence: float = 0.0

    def matches(self, item: Item) -> bool:
        """True when the item passes every part of the filter."""
        edit = item.origin
        return ((not self.categories or edit.category in self.categories)
                and (not self.rules or edit.rule in self.rules)
                and edit.confidence >= self.min_confidence)

    @property
    def active(self) -> bool:
        """True when the filter hides anything."""
        return bool(self.categories or self.rules or self.min_confidence > 0)

    def describe(self) -> str:
        """Short form for the status line, e.g. ``fragment,≥0.70``."""
        parts = [*sorted(self.categories), *sorted(self.rules)]
        if self.min_confidence > 0:
            parts.append(f"≥{self.min_confidence:.2f}")
        return ",".join(parts)


@dataclass
class ReviewDocument:
    """One input in the queue: where it came from, where it goes, and its review state."""

    path: Path
    doc_id: str
    input_text: str
    output: Path
    log: DecisionLog
    state: DocState
    saved_text: str
    stale: list[StaleDecision] = field(default_factory=list)
    resumed: int = 0
    steps: list[Step] = field(default_factory=list)
    # False until this document's edits are all in: its rules may not have run yet (a
    # queue checks later files in the background) or the model's edits are on their way.
    complete: bool = True
    checked: bool = True
    waiting: int = 0
    # The output on disk when the review opened was not the text this review last saved
    # there (an editor changed it by hand since, or another program wrote it): saving
    # would replace those changes, so the app says so first.
    foreign: bool = False
    initial: DocState = field(init=False)

    def __post_init__(self) -> None:
        self.initial = self.state

    def load(self, records: list[dict[str, object]] | None = None) -> Replay:
        """Replay the decisions log over :attr:`initial` (the state before any decision)."""
        if records is None:
            records, bad = self.log.read()
        else:
            bad = 0
        result = replay(self.initial, self.doc_id, self.input_text, records, self.complete)  # type: ignore[arg-type]
        self.state, self.steps, self.stale, self.resumed = result.state, result.steps, result.stale, result.applied
        self.waiting = len(result.waiting)
        if self.foreign and self.saved_text == self.state.text:
            # An output holding exactly the reviewed text loses nothing when saved over
            # (a log from before saves were logged has no hash to compare).
            self.foreign = False
        if bad:
            skipped = f"{count(bad, 'unreadable log line')} skipped"
            self.stale.append(StaleDecision({"decision": "?", "rule": "-"}, skipped))
        return result

    @cached_property
    def input_hash(self) -> str:
        """Hash of the input text, computed once (every log line carries it)."""
        return text_hash(self.input_text)

    @property
    def dirty(self) -> bool:
        """True when the reviewed text differs from what was last saved (or the input)."""
        return self.state.text != self.saved_text

    def changed_outside(self) -> bool:
        """True when saving would overwrite an output someone else changed: one that was
        not this review's last save when the review opened, or changed on disk since."""
        try:
            on_disk = self.output.read_text(encoding="utf-8", errors="replace") if self.output.is_file() else None
        except OSError:
            return False  # the save itself reports an unwritable output
        if on_disk is None:
            return False
        return self.foreign or on_disk != self.saved_text


@dataclass(frozen=True)
class UndoEntry:
    """Enough to revert one user action, which may touch several documents."""

    action: int
    label: str
    before: tuple[tuple[int, DocState, tuple[Step, ...]], ...]
    doc_index: int
    cursor: int | None


def undo_entries(snapshots: dict[int, list[tuple[int, str, DocState, tuple[Step, ...]]]]) -> list[UndoEntry]:
    """The undo history of a resumed review: one entry per logged action still in effect."""
    by_action: dict[int, tuple[str, list[tuple[int, DocState, tuple[Step, ...]]]]] = {}
    for doc_index, shots in snapshots.items():
        for action, label, state, steps in shots:
            by_action.setdefault(action, (label, []))[1].append((doc_index, state, steps))
    return [UndoEntry(action, label, tuple(before), before[0][0], None)
            for action, (label, before) in sorted(by_action.items())]


def log_records(doc: ReviewDocument, records: list[dict[str, object]]) -> None:
    """Append ``records`` to ``doc``'s decisions log, a write failure raised as
    :class:`ReviewError`. Callers log before changing state, so a decision that cannot be
    logged is not made."""
    try:
        doc.log.append(records)
    except OSError as exc:
        raise ReviewError(f"{doc.log.path}: cannot write the decisions log ({exc.strerror or exc})") from None
