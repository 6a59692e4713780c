"""ReviewSession: every decision of a review, in plain Python, with no Textual in sight.

The Textual app only displays a session and maps keys to its methods, so all behaviour
(accept, reject, edit, undo, batch actions, filters, the document queue, saving, the
decisions log) is tested here without a terminal. Methods that act return a one-line
message for the status bar; an action that cannot be done raises :class:`ReviewError`
with the reason, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from repair.edits import Safety
from repair.textio import atomic_write_text
from tui.decisions import DecisionLog, StaleDecision, make_record, now, replay, text_hash, undo_record
from tui.docreview import DocState, Item, Status


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

    @cached_property
    def input_hash(self) -> str:
        """Hash of the input text, computed once (every log line carries it)."""
        return text_hash(self.input_text)

    @property
    def dirty(self) -> bool:
        """True when the reviewed text differs from what was last saved (or the input)."""
        return self.state.text != self.saved_text


@dataclass(frozen=True)
class UndoEntry:
    """Enough to revert one user action, which may touch several documents."""

    action: int
    label: str
    before: tuple[tuple[int, DocState], ...]
    doc_index: int
    cursor: int | None


BATCH_KINDS = ("safe", "category", "rule")


class ReviewSession:
    """A queue of documents under review, a cursor, a filter, and an undo history."""

    def __init__(self, documents: list[ReviewDocument], clock: Callable[[], str] = now) -> None:
        if not documents:
            raise ValueError("a review needs at least one document")
        self.documents = documents
        self.index = 0
        self.filter = Filter()
        self.clock = clock
        self._undo: list[UndoEntry] = []
        self._next_action = 1 + max((r["action"] for d in documents for r in d.log.read()[0]
                                     if isinstance(r.get("action"), int)), default=0)
        self.cursor: int | None = None
        self._settle()

    # ----- building -------------------------------------------------------------------
    @classmethod
    def resume(cls, docs: list[ReviewDocument], clock: Callable[[], str] = now) -> ReviewSession:
        """A session whose documents replay their decisions log, if one exists."""
        for doc in docs:
            records, bad = doc.log.read()
            if records:
                doc.state, doc.stale, doc.resumed = replay(doc.state, doc.doc_id, doc.input_text, records)
            if bad:
                doc.stale.append(StaleDecision({"decision": "?", "rule": "-"}, f"{bad} unreadable log line(s) skipped"))
        return cls(docs, clock)

    # ----- views ----------------------------------------------------------------------
    @property
    def doc(self) -> ReviewDocument:
        """The document on screen."""
        return self.documents[self.index]

    @property
    def current(self) -> Item | None:
        """The edit under the cursor, if any."""
        return None if self.cursor is None else self.doc.state.items[self.cursor]

    def visible(self) -> list[Item]:
        """The current document's edits that pass the filter, in text order."""
        return [i for i in self.doc.state.items if self.filter.matches(i)]

    def position(self) -> tuple[int, int]:
        """1-based position of the cursor among visible edits, and their number."""
        ids = [i.id for i in self.visible()]
        return (ids.index(self.cursor) + 1 if self.cursor in ids else 0), len(ids)

    def counts(self) -> dict[str, int]:
        """Edits per status in the current document, plus stale log entries."""
        counts = self.doc.state.counts()
        counts["stale"] = len(self.doc.stale)
        return counts

    @property
    def dirty(self) -> bool:
        """True when some document's reviewed text is not saved."""
        return any(d.dirty for d in self.documents)

    # ----- navigation -----------------------------------------------------------------
    def move(self, step: int, pending_only: bool) -> Item | None:
        """Move to the next/previous visible edit (pending ones only, if asked), wrapping."""
        items = [i for i in self.visible() if i.pending or not pending_only]
        if not items:
            return None
        ids = [i.id for i in items]
        if self.cursor is None:
            self.cursor = ids[0] if step > 0 else ids[-1]
        elif step > 0:
            self.cursor = next((i for i in ids if i > self.cursor), ids[0])
        else:
            self.cursor = next((i for i in reversed(ids) if i < self.cursor), ids[-1])
        return self.current

    def select(self, item_id: int) -> None:
        """Put the cursor on an edit (a click in the text or the list)."""
        if not 0 <= item_id < len(self.doc.state.items):
            raise ReviewError(f"no edit #{item_id + 1}")
        self.cursor = item_id

    def go_document(self, step: int) -> str:
        """Move through the queue, wrapping; the cursor goes to the first pending edit."""
        if len(self.documents) == 1:
            raise ReviewError("only one document in this review")
        self.index = (self.index + step) % len(self.documents)
        self.cursor = None
        self._settle()
        return f"document {self.index + 1}/{len(self.documents)}: {self.doc.path.name}"

    def set_filter(self, new: Filter) -> str:
        """Change the filter; a cursor the filter hides moves to a visible edit."""
        self.filter = new
        if self.current is None or not new.matches(self.current):
            self.cursor = None
            self._settle()
        return f"filter: {new.describe() or 'none'} ({len(self.visible())} edits)"

    def _settle(self) -> None:
        """After a decision, go to the next pending edit (the ``git add -p`` flow)."""
        if self.current is not None and self.current.pending and self.filter.matches(self.current):
            return
        if self.move(+1, pending_only=True) is None and self.cursor is None:
            self.move(+1, pending_only=False)

    # ----- decisions ------------------------------------------------------------------
    def pending_current(self) -> Item:
        """The current edit, or ReviewError saying why there is nothing to decide."""
        item = self.current
        if item is None:
            raise ReviewError("no edit selected")
        if not item.pending:
            extra = f" by #{item.by + 1}" if item.by is not None else ""
            raise ReviewError(f"edit #{item.id + 1} is already {item.status.value}{extra} (u undoes)")
        return item

    def accept(self) -> str:
        """Accept the current edit as suggested (display-only suggestions cannot be)."""
        item = self.pending_current()
        if item.origin.safety is Safety.DISPLAY:
            raise ReviewError(f"#{item.id + 1} {item.origin.rule} is display-only: e writes your own fix, "
                              "r dismisses it")
        self._act("accept", [(self.index, [(item.id, "accept", None)])])
        return f"accepted {item.origin.rule}"

    def edit(self, text: str) -> str:
        """Accept the current edit with the reviewer's own replacement text."""
        item = self.pending_current()
        # Confirming a display-only suggestion's text in the editor is the reviewer's own
        # edit, not an accept of the suggestion.
        same = text == item.origin.replacement and item.origin.safety is not Safety.DISPLAY
        decision = "accept" if same else "edit"
        self._act(decision, [(self.index, [(item.id, decision, text)])])
        return f"{'accepted' if decision == 'accept' else 'edited'} {item.origin.rule}"

    def reject(self) -> str:
        """Reject the current edit; the text is unchanged."""
        item = self.pending_current()
        self._act("reject", [(self.index, [(item.id, "reject", None)])])
        return f"rejected {item.origin.rule}"

    def ignore(self) -> str:
        """Ignore this occurrence only."""
        item = self.pending_current()
        self._act("ignore", [(self.index, [(item.id, "ignore", None)])])
        return f"ignored this {item.origin.rule}"

    def ignore_rule(self) -> str:
        """Ignore every pending edit of the current rule, in every document of the queue."""
        rule = self.pending_current().origin.rule
        plan: list[tuple[int, list[tuple[int, str, str | None]]]] = [
            (n, [(i.id, "ignore_rule", None) for i in d.state.items if i.pending and i.origin.rule == rule])
            for n, d in enumerate(self.documents)]
        plan = [(n, ids) for n, ids in plan if ids]
        self._act("ignore_rule", plan, batch=f"rule:{rule}")
        return f"ignored rule {rule} ({sum(len(ids) for _, ids in plan)} edits)"

    def batch_candidates(self, kind: str) -> tuple[str, list[Item]]:
        """What a batch accept would take: a description and the visible pending items."""
        if kind not in BATCH_KINDS:
            raise ReviewError(f"unknown batch {kind!r}")
        # Display-only suggestions are never accepted wholesale (nor one by one).
        pending = [i for i in self.visible() if i.pending and i.origin.safety is not Safety.DISPLAY]
        if kind == "safe":
            return "all safe edits", [i for i in pending if i.origin.safety is Safety.SAFE]
        anchor = self.current
        if anchor is None:
            raise ReviewError("no edit selected")
        if kind == "category":
            return (f"all {anchor.origin.category} edits",
                    [i for i in pending if i.origin.category == anchor.origin.category])
        return f"all {anchor.origin.rule} edits", [i for i in pending if i.origin.rule == anchor.origin.rule]

    def accept_batch(self, kind: str) -> str:
        """Accept the batch in text order; later ones that overlap earlier ones are superseded."""
        label, items = self.batch_candidates(kind)
        if not items:
            raise ReviewError(f"no pending edits for {label}")
        before = self.doc.state
        self._act("batch", [(self.index, [(i.id, "accept", None) for i in items])], batch=kind)
        accepted = sum(1 for a, b in zip(before.items, self.doc.state.items, strict=True)
                       if a.pending and b.status is Status.ACCEPTED)
        return f"accepted {accepted} edits ({label})"

    def _act(self, label: str, plan: list[tuple[int, list[tuple[int, str, str | None]]]],
             batch: str | None = None) -> None:
        """Apply a plan of (document, [(item, decision, final text)]) as one undoable action."""
        action = self._next_action
        self._next_action += 1
        before: list[tuple[int, DocState]] = []
        try:
            self._apply_plan(plan, action, batch, before)
        finally:
            # Whatever was applied (all of it, unless a log write failed part-way through
            # a multi-document action) stays undoable.
            if before:
                self._undo.append(UndoEntry(action, label, tuple(before), self.index, self.cursor))
                self._settle()

    def _apply_plan(self, plan: list[tuple[int, list[tuple[int, str, str | None]]]], action: int,
                    batch: str | None, before: list[tuple[int, DocState]]) -> None:
        for doc_index, decisions in plan:
            doc = self.documents[doc_index]
            state = doc.state
            accepts = [(i, text, d) for i, d, text in decisions if d in ("accept", "edit")]
            marks = [(i, Status.IGNORED if d.startswith("ignore") else Status.REJECTED, d)
                     for i, d, _ in decisions if d not in ("accept", "edit")]
            if accepts:
                state = state.accept_many(accepts)
            if marks:
                state = state.mark(marks)
            # Log what this action decided, in text order; batch items superseded by an
            # earlier item of the same batch were not decided and are not logged.
            decided = sorted((i for i, _, _ in decisions if state.items[i].status is not Status.SUPERSEDED),
                             key=lambda i: doc.state.items[i].span.start)
            records = [make_record(doc.doc_id, doc.input_text, doc.input_hash, state.items[i],
                                   state.items[i].decision, action, state.items[i].final, batch, self.clock)
                       for i in decided]
            _append(doc, records)
            before.append((doc_index, doc.state))
            doc.state = state

    def undo(self) -> str:
        """Revert the last action (a whole batch at once), even after saving."""
        if not self._undo:
            raise ReviewError("nothing to undo")
        entry = self._undo[-1]
        for doc_index, state in entry.before:
            doc = self.documents[doc_index]
            _append(doc, [undo_record(doc.doc_id, self._next_action, entry.action, self.clock)])
            doc.state = state
        self._undo.pop()
        self._next_action += 1
        self.index, self.cursor = entry.doc_index, entry.cursor
        return f"undid {entry.label}"

    @property
    def can_undo(self) -> bool:
        """True when there is an action to undo."""
        return bool(self._undo)

    # ----- saving ---------------------------------------------------------------------
    def save(self) -> str:
        """Write every document's reviewed text atomically to its output (never the input)."""
        for doc in self.documents:
            if doc.output.resolve() == doc.path.resolve():
                raise ReviewError(f"{doc.output}: refusing to write over the input")
            try:
                atomic_write_text(doc.output, doc.state.text)
            except OSError as exc:
                raise ReviewError(f"{doc.output}: cannot write ({exc.strerror or exc})") from None
            doc.saved_text = doc.state.text
        names = ", ".join(str(d.output) for d in self.documents)
        return f"saved {names}"


def _append(doc: ReviewDocument, records: list[dict[str, object]]) -> None:
    """Log before changing state, so a decision that cannot be logged is not made."""
    try:
        doc.log.append(records)
    except OSError as exc:
        raise ReviewError(f"{doc.log.path}: cannot write the decisions log ({exc.strerror or exc})") from None
