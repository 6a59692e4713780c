"""The decisions in effect for one document, and how any of them is changed later.

A document's state is a fold of its *steps* over the state before any decision: each step
says what was decided on one item (accept, edit, reject, ignore), the text it wrote, and
how far that text reaches around the suggestion. Deciding a pending item is the fast path
(one :meth:`DocState.accept_many` or :meth:`DocState.mark`); changing a decision already
made folds the other steps again without it, then applies the new one. The decisions log
is replayed through the same functions, so a resumed review reaches the same state (and
undo history) as the session that wrote the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from repair.edits import Span
from tui.docreview import DocState, Status

CONTEXT = 24  # characters each side of a phrase edit checked when steps are folded again

# Decision name -> status it gives the item. accept/edit write text; the others do not.
DECISIONS = {
    "accept": Status.ACCEPTED,
    "edit": Status.ACCEPTED,
    "reject": Status.REJECTED,
    "ignore": Status.IGNORED,
    "ignore_rule": Status.IGNORED,
}


@dataclass(frozen=True)
class Step:
    """One decision in effect.

    ``final`` is the text written (accept/edit); ``reach`` widens the replaced span around
    the item (a phrase edit, an alternative with another span); ``old`` is the text that
    span held when the decision was made with up to :data:`CONTEXT` characters on each
    side, checked whenever the steps are folded again so a phrase edit never lands on
    text that changed under it or around it; ``choice`` names the alternative accepted.
    """

    action: int
    item: int
    decision: str
    final: str | None = None
    reach: tuple[int, int] = (0, 0)
    choice: int | None = None
    old: tuple[str, str, str] | None = None  # (before, replaced, after)

    @property
    def writes(self) -> bool:
        """True for accept/edit (the step changes the text)."""
        return DECISIONS[self.decision] is Status.ACCEPTED


class StepError(ValueError):
    """A step that cannot apply to the state (the reason is the message)."""


def check(state: DocState, step: Step) -> None:
    """StepError unless ``step`` applies to ``state`` as it did when it was decided."""
    item = state.items[step.item]
    if not item.pending:
        by = f" by #{item.by + 1}" if item.by is not None else ""
        raise StepError(f"#{step.item + 1} is {item.status.value}{by}")
    if step.writes and step.reach != (0, 0):
        try:
            span = state.applied_span(step.item, step.reach)
        except ValueError:
            raise StepError(f"#{step.item + 1}: its phrase leaves the text") from None
        if step.old is not None and not matches(state.text, span, step.old):
            raise StepError(f"#{step.item + 1}: the words around it changed")


def around(text: str, span: Span) -> tuple[str, str, str]:
    """``text[span]`` with up to :data:`CONTEXT` characters on each side (a step's ``old``)."""
    return (text[max(0, span.start - CONTEXT) : span.start], text[span.start : span.end],
            text[span.end : span.end + CONTEXT])


def matches(text: str, span: Span, old: tuple[str, str, str]) -> bool:
    """True when ``text`` holds ``old`` at ``span``: the replaced text and its context."""
    before, replaced, after = old
    return (text[span.start : span.end] == replaced and text[: span.start].endswith(before)
            and text[span.end : span.end + len(after)] == after)


def apply(state: DocState, steps: Sequence[Step]) -> DocState:
    """Apply the steps of one action (each on a pending item) as one change."""
    writes = [(s.item, s.final, s.decision, s.reach, s.choice) for s in steps if s.writes]
    marks = [(s.item, DECISIONS[s.decision], s.decision) for s in steps if not s.writes]
    if writes:
        state = state.accept_many(writes)
    if marks:
        state = state.mark(marks)
    return state


def fold(initial: DocState, steps: Sequence[Step]) -> tuple[DocState, list[Step], list[Step]]:
    """The state after ``steps`` in order: (state, steps kept, steps that no longer apply)."""
    state = initial
    kept: list[Step] = []
    dropped: list[Step] = []
    n = 0
    while n < len(steps):
        group = [steps[n]]
        while n + len(group) < len(steps) and steps[n + len(group)].action == steps[n].action:
            group.append(steps[n + len(group)])
        n += len(group)
        fits: list[Step] = []
        for step in group:
            try:
                check(state, step)
            except StepError:
                dropped.append(step)
                continue
            fits.append(step)
        if fits:
            state = apply(state, fits)
            kept += [s for s in fits if state.items[s.item].status is not Status.SUPERSEDED]
    return state, kept, dropped


@dataclass(frozen=True)
class Without:
    """A state with one item's decision taken back, ready for a new decision on it."""

    state: DocState
    steps: list[Step]
    replaced: list[int]  # accepted items whose text covered the item, taken back too
    dropped: list[Step]  # later steps that no longer apply


def without(initial: DocState, steps: Sequence[Step], item_id: int, writing: bool) -> Without:
    """Fold ``steps`` without the ones on ``item_id``.

    When the new decision writes text (``writing``) and another accepted item superseded
    this one, that item's decision is taken back too: choosing this fix replaces that one.
    """
    kept = [s for s in steps if s.item != item_id]
    replaced: list[int] = []
    while True:
        state, kept, dropped = fold(initial, kept)
        item = state.items[item_id]
        if not (writing and item.status is Status.SUPERSEDED and item.by is not None):
            return Without(state, kept, replaced, dropped)
        replaced.append(item.by)
        kept = [s for s in kept if s.item != item.by]
