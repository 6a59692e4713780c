"""ReviewSession: every decision of a review, in plain Python, with no Textual in sight.

The Textual app only displays a session and maps keys to its methods, so all behaviour
(accept, reject, edit, undo, batch actions, filters, the document queue, saving, the
decisions log) is tested here without a terminal. Methods that act return a one-line
message for the status bar; an action that cannot be done raises :class:`ReviewError`
with the reason, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from repair.cli_output import count
from repair.edits import Edit, Safety
from repair.textio import atomic_write_text
from tui.decisions import make_record, now, save_record, undo_record
from tui.docreview import DocState, Item, Status
from tui.history import Step, StepError, apply, check, without
from tui.phrase import PhraseTarget, phrase_decision, phrase_target
from tui.review_doc import Filter, ReviewDocument, ReviewError, UndoEntry, log_records, undo_entries

__all__ = ["Filter", "PhraseTarget", "ReviewDocument", "ReviewError", "ReviewSession"]


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
        """A session whose documents replay their decisions log, undo history included."""
        snapshots = {n: doc.load().snapshots for n, doc in enumerate(docs)}
        session = cls(docs, clock)
        session._undo = undo_entries(snapshots)
        return session

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
        return f"filter: {new.describe() or 'none'} ({count(len(self.visible()), 'edit')})"

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
            raise ReviewError(f"edit #{item.id + 1} is already {item.status.value}{extra}")
        return item

    def _selected(self) -> Item:
        if self.current is None:
            raise ReviewError("no edit selected")
        return self.current

    def accept(self) -> str:
        """Accept the current edit as suggested (display-only suggestions cannot be).

        Works on a decided edit too: a rejected one is accepted, one superseded by an
        accepted neighbour replaces that neighbour, an edited one goes back to the
        suggestion.
        """
        item = self._selected()
        if item.origin.safety is Safety.DISPLAY:
            raise ReviewError(f"#{item.id + 1} {item.origin.rule} is display-only: e writes your own fix, "
                              "r dismisses it")
        return self._decide(item, "accept")

    def edit(self, text: str) -> str:
        """Accept the current edit with the reviewer's own text for its span."""
        item = self._selected()
        # Confirming a display-only suggestion's text in the editor is the reviewer's own
        # edit, not an accept of the suggestion.
        same = text == item.origin.replacement and item.origin.safety is not Safety.DISPLAY
        return self._decide(item, "accept" if same else "edit", text)

    def reject(self) -> str:
        """Reject the current edit (an accepted one is taken back out of the text)."""
        return self._decide(self._selected(), "reject")

    def ignore(self) -> str:
        """Ignore this occurrence only."""
        return self._decide(self._selected(), "ignore")

    def choose(self, number: int) -> str:
        """Accept alternative ``number`` (1-based) of the current edit instead of the edit."""
        item = self._selected()
        alternatives = item.origin.alternatives
        if not 1 <= number <= len(alternatives):
            have = f"1-{len(alternatives)}" if alternatives else "none"
            raise ReviewError(f"#{item.id + 1} has no alternative {number} (alternatives: {have})")
        alt = alternatives[number - 1]
        reach = (item.origin.start - alt.start, alt.end - item.origin.end)
        old = ("", alt.original(self.doc.input_text), "")
        return self._decide(item, "accept", alt.replacement, reach, number - 1, old)

    def phrase_target(self) -> PhraseTarget:
        """The phrase the editor shows for the current edit (see :mod:`tui.phrase`)."""
        item = self._selected()
        base = self.doc.state if item.pending else without(self.doc.initial, self.doc.steps, item.id, True).state
        return phrase_target(base, item)

    def edit_phrase(self, target: PhraseTarget, text: str) -> str:
        """Accept the edit with the phrase rewritten to ``text``; the smallest change is kept
        (typing back the original words rejects it)."""
        items = self.doc.state.items
        if target.item >= len(items) or items[target.item].origin != target.origin:
            raise ReviewError("the edit changed while the editor was open; nothing done")
        decision, final, reach, old = phrase_decision(target, text)
        return self._decide(items[target.item], decision, final, reach, None, old)

    def _decide(self, item: Item, decision: str, final: str | None = None, reach: tuple[int, int] = (0, 0),
                choice: int | None = None, old: tuple[str, str, str] | None = None) -> str:
        """Make (or change) the decision on one item, as one undoable, logged action."""
        doc = self.doc
        step = Step(self._next_action, item.id, decision, final if decision in ("accept", "edit") else None,
                    reach, choice, old)
        if step.writes and step.final is None:
            step = Step(step.action, item.id, decision, item.origin.replacement, reach, choice, old)
        verb = {"accept": "accepted", "edit": "edited", "reject": "rejected", "ignore": "ignored"}[decision]
        if item.pending:
            try:
                check(doc.state, step)
            except StepError as exc:
                raise ReviewError(str(exc)) from None
            self._commit([(self.index, apply(doc.state, [step]), [*doc.steps, step], [step], "")], decision)
            return f"{verb} {item.origin.rule}" + (f" (alternative {choice + 1})" if choice is not None else "")
        if (item.decision == decision and item.final == step.final and item.reach == reach
                and item.choice == choice):
            raise ReviewError(f"edit #{item.id + 1} is already {item.status.value}")
        back = without(doc.initial, doc.steps, item.id, step.writes)
        if not step.writes and not back.state.items[item.id].pending:
            by = back.state.items[item.id].by
            raise ReviewError(f"edit #{item.id + 1} is superseded by #{(by or 0) + 1}, so not applied: "
                              "nothing to take back (a accepts it instead)")
        try:
            check(back.state, step)
        except StepError as exc:
            raise ReviewError(str(exc)) from None
        was = item.decision or item.status.value
        self._commit([(self.index, apply(back.state, [step]), [*back.steps, step], [step], was)], decision)
        extra = "".join(f", took back #{n + 1}" for n in back.replaced)
        extra += "".join(f", #{s.item + 1} no longer applies" for s in back.dropped)
        return f"{verb} {item.origin.rule} (was {was}{extra})"

    def ignore_rule(self) -> str:
        """Ignore every pending edit of the current rule, in every document of the queue."""
        rule = self._selected().origin.rule
        plan = []
        for n, d in enumerate(self.documents):
            steps = [Step(self._next_action, i.id, "ignore_rule") for i in d.state.items
                     if i.pending and i.origin.rule == rule]
            if steps:
                plan.append((n, apply(d.state, steps), [*d.steps, *steps], steps, ""))
        if not plan:
            raise ReviewError(f"no pending {rule} edits to ignore")
        self._commit(plan, "ignore_rule", batch=f"rule:{rule}")
        return f"ignored rule {rule} ({count(sum(len(p[3]) for p in plan), 'edit')})"

    def ignore_rule_count(self) -> tuple[str, int, int]:
        """What ``ignore_rule`` would do: the rule, pending edits, documents they are in."""
        rule = self._selected().origin.rule
        per_doc = [sum(1 for i in d.state.items if i.pending and i.origin.rule == rule) for d in self.documents]
        return rule, sum(per_doc), sum(1 for c in per_doc if c)

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
        doc = self.doc
        steps = [Step(self._next_action, i.id, "accept", i.origin.replacement) for i in items]
        state = apply(doc.state, steps)
        # Batch items superseded by an earlier item of the same batch were not decided.
        kept = [s for s in steps if state.items[s.item].status is Status.ACCEPTED]
        self._commit([(self.index, state, [*doc.steps, *kept], kept, "")], "batch", batch=kind)
        return f"accepted {count(len(kept), 'edit')} ({label})"

    def _commit(self, plan: list[tuple[int, DocState, list[Step], list[Step], str]], label: str,
                batch: str | None = None) -> None:
        """Log, then apply, a plan of (document, new state, new steps, steps decided, change).

        Each document's records are written before its state changes, so a decision that
        cannot be logged is not made; whatever was applied stays undoable.
        """
        action = self._next_action
        self._next_action += 1
        before: list[tuple[int, DocState, tuple[Step, ...]]] = []
        try:
            for doc_index, state, steps, decided, change in plan:
                doc = self.documents[doc_index]
                order = sorted(decided, key=lambda s: doc.state.items[s.item].span.start)
                records = [make_record(doc.doc_id, doc.input_text, doc.input_hash, state.items[s.item],
                                       s.decision, action, s.final, batch, self.clock, s, change)
                           for s in order]
                log_records(doc, records)
                before.append((doc_index, doc.state, tuple(doc.steps)))
                doc.state, doc.steps = state, steps
        finally:
            if before:
                self._undo.append(UndoEntry(action, label, tuple(before), self.index, self.cursor))
                self._settle()

    def undo(self) -> str:
        """Revert the last action (a whole batch at once), even after saving or a resume."""
        if not self._undo:
            raise ReviewError("nothing to undo")
        entry = self._undo[-1]
        for doc_index, state, steps in entry.before:
            doc = self.documents[doc_index]
            log_records(doc, [undo_record(doc.doc_id, self._next_action, entry.action, self.clock)])
            doc.state, doc.steps = state, list(steps)
        self._undo.pop()
        self._next_action += 1
        self.index = entry.doc_index
        self.cursor = entry.cursor if entry.cursor is not None and entry.cursor < len(self.doc.state.items) else None
        if self.cursor is None:
            self._settle()
        return f"undid {entry.label}"

    @property
    def can_undo(self) -> bool:
        """True when there is an action to undo."""
        return bool(self._undo)

    # ----- edits arriving later -------------------------------------------------------
    def merge(self, doc_index: int, edits: list[Edit], complete: bool) -> int:
        """Replace a document's suggestions with a fuller set (later files, the model's edits).

        The decisions log is replayed over the new set, so every decision and the undo
        history carry over; the cursor stays on the same suggestion. Returns how many
        suggestions are new.
        """
        doc = self.documents[doc_index]
        old = {i.origin for i in doc.initial.items}
        here = self.current.origin if doc_index == self.index and self.current is not None else None
        doc.initial = DocState.initial(doc.input_text, edits)
        doc.complete, doc.checked = complete, True
        snapshots = doc.load().snapshots
        fresh = {a: (state, steps) for a, _, state, steps in snapshots}
        entries = []
        for entry in self._undo:
            before = tuple((n, *fresh[entry.action]) if n == doc_index else (n, s, st)
                           for n, s, st in entry.before if n != doc_index or entry.action in fresh)
            if before:
                entries.append(UndoEntry(entry.action, entry.label, before, entry.doc_index,
                                         None if any(n == doc_index for n, _, _ in before) else entry.cursor))
        self._undo = entries
        if doc_index == self.index:
            ids = {i.origin: i.id for i in doc.state.items}
            self.cursor = ids.get(here) if here is not None else None
            if self.cursor is None:
                self._settle()
        return sum(1 for e in edits if e not in old)

    # ----- saving ---------------------------------------------------------------------
    def to_save(self) -> list[ReviewDocument]:
        """What :meth:`save` writes: documents whose text changed since the last save, and
        the one on screen when it has no output yet (saving a copy is asked for)."""
        return [d for n, d in enumerate(self.documents)
                if d.dirty or (n == self.index and not d.output.exists())]

    def pending_in(self, docs: list[ReviewDocument]) -> int:
        """Suggestions still undecided in ``docs``."""
        return sum(1 for d in docs for i in d.state.items if i.pending)

    def save(self) -> str:
        """Write each changed document's reviewed text atomically to its output (never the
        input), then log the save with the text's hash; a document never opened and never
        changed gets no output."""
        docs = self.to_save()
        if not docs:
            return "nothing to save: no changes since the last save"
        for doc in docs:
            if doc.output.resolve() == doc.path.resolve():
                raise ReviewError(f"{doc.output}: refusing to write over the input")
            try:
                atomic_write_text(doc.output, doc.state.text, parents=True)  # review --out new/ is made
            except OSError as exc:
                raise ReviewError(f"{doc.output}: cannot write ({exc.strerror or exc})") from None
            doc.saved_text = doc.state.text
            doc.foreign = False
            doc.stale = []  # reported when the review opened; the saved text settles them
            # After the write: a logged save always names text that reached the disk.
            log_records(doc, [save_record(doc.doc_id, self._next_action, doc.output.name, doc.state.text, self.clock)])
            self._next_action += 1
        return "saved " + ", ".join(str(d.output) for d in docs)
