"""One document under review: its text as decided so far and every suggested edit's state.

The state is an immutable value (:class:`DocState`): accepting an edit produces a new
state whose text has the edit written in and whose other edits are *rebased* onto the new
text. Immutability is what makes undo trivial and safe: an undo entry just holds the
previous state, and the states share their (immutable) strings and tuples.

Offsets: every item keeps ``origin`` (the edit as proposed, offsets into the input text,
which is what the decisions log anchors to) and ``span`` (where the edit sits in the
current text). For an accepted item ``span`` covers the text it wrote, so the view can
show what was changed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from repair.edits import Edit, Span


class Status(enum.StrEnum):
    """Where an edit stands. ``superseded`` is derived: it overlapped an accepted edit."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    IGNORED = "ignored"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class Item:
    """A suggested edit and the reviewer's decision on it."""

    id: int
    origin: Edit
    span: Span
    status: Status = Status.PENDING
    final: str | None = None
    decision: str = ""
    by: int | None = None

    @property
    def edit(self) -> Edit:
        """The edit with its span in the current text (what the view and accept use)."""
        return replace(self.origin, span=self.span)

    @property
    def pending(self) -> bool:
        return self.status is Status.PENDING

    @property
    def is_model(self) -> bool:
        return self.origin.source.startswith("model:")


@dataclass(frozen=True)
class DocState:
    """The current text and all items; a value, so undo can keep the old one."""

    text: str
    items: tuple[Item, ...]

    @classmethod
    def initial(cls, text: str, edits: list[Edit]) -> DocState:
        items = tuple(Item(id=i, origin=e, span=e.span) for i, e in enumerate(sorted(edits, key=Edit.sort_key)))
        return cls(text=text, items=items)

    def accept(self, item_id: int, replacement: str | None = None, decision: str = "accept") -> DocState:
        """Write one pending item into the text and rebase every other item.

        Pending items that overlap the accepted one can no longer apply to the new text:
        they become ``superseded`` (undo brings them back). Touching items stay pending
        and are shifted, so adjacent edits can both be accepted.
        """
        item = self.items[item_id]
        if not item.pending:
            raise ValueError(f"edit {item_id} is {item.status.value}, not pending")
        new = item.origin.replacement if replacement is None else replacement
        applied = item.span
        text = self.text[: applied.start] + new + self.text[applied.end :]
        items: list[Item] = []
        for other in self.items:
            if other.id == item_id:
                items.append(replace(other, span=Span(applied.start, applied.start + len(new)),
                                     status=Status.ACCEPTED, final=new, decision=decision))
                continue
            moved = rebase(other.span, applied, len(new))
            if moved is None and other.pending:
                items.append(replace(other, status=Status.SUPERSEDED, decision="superseded", by=item_id))
            else:
                items.append(replace(other, span=moved or clamp(other.span, applied, len(new))))
        return DocState(text=text, items=tuple(items))

    def mark(self, item_id: int, status: Status, decision: str) -> DocState:
        """Record a decision that does not touch the text (reject, ignore)."""
        item = self.items[item_id]
        if not item.pending:
            raise ValueError(f"edit {item_id} is {item.status.value}, not pending")
        items = list(self.items)
        items[item_id] = replace(item, status=status, decision=decision)
        return DocState(text=self.text, items=tuple(items))

    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for item in self.items:
            counts[item.status.value] += 1
        return counts


def rebase(span: Span, applied: Span, new_len: int) -> Span | None:
    """Where ``span`` lies after ``applied`` was replaced by ``new_len`` characters.

    None when the two conflict (share a character, or are insertions at one point), using
    the engine's own :meth:`Span.overlaps` so the TUI and ``apply_edits`` agree on what
    "overlapping" means. A span ending where the applied one starts stays put; one
    starting where it ends moves by the length change.
    """
    if span.overlaps(applied):
        return None
    delta = new_len - len(applied)
    if span.end <= applied.start:
        return span
    if span.start >= applied.end:
        return Span(span.start + delta, span.end + delta)
    return None


def clamp(span: Span, applied: Span, new_len: int) -> Span:
    """Best-effort position for a decided item that overlaps a newly applied edit.

    Only display uses a decided item's span (to tint what it wrote), so mapping each end
    point independently is enough.
    """
    delta = new_len - len(applied)

    def point(x: int, is_end: bool) -> int:
        if x <= applied.start:
            return x
        if x >= applied.end:
            return x + delta
        return applied.start + new_len if is_end else applied.start

    start, end = point(span.start, False), point(span.end, True)
    return Span(start, max(start, end))
