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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from repair.edits import Edit, Span

# (item id, replacement or None for the suggestion's, decision, reach, alternative chosen)
Accept = tuple[int, str | None, str, tuple[int, int], int | None]


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
    # How far an accepted text reaches past ``origin.span`` (left, right; negative narrows):
    # a phrase edit rewrites the words around the suggestion, an alternative may cover a
    # slightly different span. The text it replaced is ``input[start - left : end + right]``.
    reach: tuple[int, int] = (0, 0)
    # Which of ``origin.alternatives`` was accepted (None: the edit itself).
    choice: int | None = None

    @property
    def edit(self) -> Edit:
        """The edit with its span in the current text (what the view and accept use)."""
        return replace(self.origin, span=self.span)

    @property
    def pending(self) -> bool:
        """True while no decision covers the item."""
        return self.status is Status.PENDING

    @property
    def is_model(self) -> bool:
        """True when the model (not a rule) proposed the edit."""
        return self.origin.source.startswith("model:")


@dataclass(frozen=True)
class _Chosen:
    """An item being accepted: the span of the current text it replaces and the new text."""

    item: Item
    span: Span
    new: str
    decision: str
    reach: tuple[int, int]
    choice: int | None


@dataclass(frozen=True)
class DocState:
    """The current text and all items; a value, so undo can keep the old one."""

    text: str
    items: tuple[Item, ...]

    @classmethod
    def initial(cls, text: str, edits: list[Edit]) -> DocState:
        """The state before any decision: every edit pending, in the engine's total order."""
        items = tuple(Item(id=i, origin=e, span=e.span) for i, e in enumerate(sorted(edits, key=Edit.sort_key)))
        return cls(text=text, items=items)

    def accept(self, item_id: int, replacement: str | None = None, decision: str = "accept",
               reach: tuple[int, int] = (0, 0), choice: int | None = None) -> DocState:
        """Write one pending item into the text and rebase every other item.

        Pending items that overlap the accepted one can no longer apply to the new text:
        they become ``superseded`` (undo brings them back). Touching items stay pending
        and are shifted, so adjacent edits can both be accepted. ``reach`` widens (or
        narrows) the replaced span around the item; ValueError when it leaves the text.
        """
        item = self.items[item_id]
        if not item.pending:
            raise ValueError(f"edit {item_id} is {item.status.value}, not pending")
        return self.accept_many([(item_id, replacement, decision, reach, choice)])

    def applied_span(self, item_id: int, reach: tuple[int, int]) -> Span:
        """The span of the current text an accept of ``item_id`` with ``reach`` replaces."""
        span = self.items[item_id].span
        start, end = span.start - reach[0], span.end + reach[1]
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"edit {item_id}: reach {reach} leaves the text")
        return Span(start, end)

    def accept_many(self, decisions: Sequence[tuple[int, str | None, str] | Accept]) -> DocState:
        """Accept several pending items at once, as if one by one in text order.

        Each decision is ``(item, replacement or None, decision[, reach[, choice]])``. An
        item that overlaps one accepted before it (in text order) is superseded, just as
        it would be after a single accept. One pass over the text and the items, so a
        batch of hundreds of edits costs about as much as one accept.
        """
        full: list[Accept] = [(d[0], d[1], d[2], d[3], d[4]) if len(d) == 5 else (d[0], d[1], d[2], (0, 0), None)
                              for d in decisions]  # type: ignore[misc]
        spans = {d[0]: self.applied_span(d[0], d[3]) for d in full}
        order = sorted(full, key=lambda d: (spans[d[0]].start, spans[d[0]].end))
        chosen: list[_Chosen] = []
        for item_id, replacement, decision, reach, choice in order:
            item = self.items[item_id]
            if not item.pending or (chosen and chosen[-1].span.overlaps(spans[item_id])):
                continue
            new = item.origin.replacement if replacement is None else replacement
            chosen.append(_Chosen(item, spans[item_id], new, decision, reach, choice))
        if not chosen:
            return self
        parts: list[str] = []
        cursor = 0
        cum = [0]  # cum[j]: length change from the chosen edits before the j-th
        for c in chosen:
            parts.append(self.text[cursor : c.span.start])
            parts.append(c.new)
            cursor = c.span.end
            cum.append(cum[-1] + len(c.new) - len(c.span))
        parts.append(self.text[cursor:])
        ends = [c.span.end for c in chosen]
        index = {c.item.id: j for j, c in enumerate(chosen)}
        items: list[Item] = []
        for other in self.items:
            j = index.get(other.id)
            if j is not None:
                c = chosen[j]
                start = c.span.start + cum[j]
                items.append(Item(other.id, other.origin, Span(start, start + len(c.new)), Status.ACCEPTED, c.new,
                                  c.decision, None, c.reach, c.choice))
                continue
            items.append(self._moved(other, chosen, ends, cum))
        return DocState(text="".join(parts), items=tuple(items))

    @staticmethod
    def _moved(item: Item, chosen: list[_Chosen], ends: list[int], cum: list[int]) -> Item:
        """``item`` after the chosen edits: shifted, or superseded/clamped on a conflict."""
        span = item.span
        if span.end < chosen[0].span.start:
            return item  # wholly before every change: untouched (most items, most of the time)
        j = bisect_left(ends, span.start)
        while j < len(chosen) and chosen[j].span.start <= span.end:
            applied, new = chosen[j].span, chosen[j].new
            if rebase(span, applied, len(new)) is None:
                moved = Span(span.start + cum[j], span.end + cum[j])
                where = clamp(moved, Span(applied.start + cum[j], applied.end + cum[j]), len(new))
                if item.pending:
                    return replace(item, span=where, status=Status.SUPERSEDED, decision="superseded",
                                   by=chosen[j].item.id)
                return replace(item, span=where)
            j += 1
        delta = cum[bisect_right(ends, span.start)] if chosen else 0
        if delta == 0:
            return item
        return Item(item.id, item.origin, Span(span.start + delta, span.end + delta), item.status, item.final,
                    item.decision, item.by, item.reach, item.choice)

    def mark(self, decisions: Sequence[tuple[int, Status, str]]) -> DocState:
        """Record decisions that do not touch the text (reject, ignore); pending items only."""
        items = list(self.items)
        for item_id, status, decision in decisions:
            if not items[item_id].pending:
                raise ValueError(f"edit {item_id} is {items[item_id].status.value}, not pending")
            items[item_id] = replace(items[item_id], status=status, decision=decision)
        return DocState(text=self.text, items=tuple(items))

    def counts(self) -> dict[str, int]:
        """How many items have each status."""
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
