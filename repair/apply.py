"""The one function that turns edits into text, and the fix-until-stable loop.

Every front end (CLI, batch, TUI, benchmark) goes through :func:`apply_edits`, so the
rules for choosing among competing edits live in exactly one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from repair.edits import Edit, Safety

_RANK = {safety: safety.rank for safety in Safety}  # Safety.rank builds a dict per call


@dataclass(frozen=True)
class Policy:
    """Which edits may be applied.

    ``select``/``ignore`` hold rule codes, code prefixes (``FR``) or category names.
    An empty ``select`` means everything.
    """

    min_safety: Safety = Safety.SAFE
    min_confidence: float = 0.0
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()

    def matches(self, edit: Edit) -> bool:
        """True when the edit's rule/category passes ``select`` and ``ignore``."""
        if self.select and not _selected(edit, self.select):
            return False
        return not (self.ignore and _selected(edit, self.ignore))

    def allows(self, edit: Edit) -> bool:
        """True when the edit may be applied under this policy."""
        return (
            self.matches(edit)
            and edit.safety.rank >= self.min_safety.rank
            and edit.safety is not Safety.DISPLAY
            and edit.confidence >= self.min_confidence
        )

    def skip_reason(self, edit: Edit) -> str | None:
        """Why this policy would not apply the edit, or None when it would."""
        if not self.matches(edit):
            return "not selected"
        if edit.safety is Safety.DISPLAY:
            return "display only"
        if _RANK[edit.safety] < _RANK[self.min_safety]:
            return f"{edit.safety.value} edit needs --unsafe or review"
        if edit.confidence < self.min_confidence:
            return f"confidence {edit.confidence:.2f} below {self.min_confidence:.2f}"
        return None


def edit_order(edit: Edit) -> tuple[int, int, int, float, str, str]:
    """:meth:`Edit.sort_key` without its property calls: every sort of edits uses it, and
    on an edit-dense text the key was a third of ``fix``'s time. Equal by test."""
    span = edit.span
    return (span.start, span.end, -_RANK[edit.safety], -edit.confidence, edit.rule, edit.replacement)


def _selected(edit: Edit, names: frozenset[str]) -> bool:
    return any(edit.rule.startswith(n) or edit.category == n for n in names)


@dataclass(frozen=True)
class Skipped:
    """An edit that was not applied, and why."""

    edit: Edit
    reason: str


@dataclass(frozen=True)
class Applied:
    """The result of applying edits to one text."""

    text: str
    applied: tuple[Edit, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


def choose_edits(text: str, edits: Iterable[Edit], policy: Policy | None = None) -> Applied:
    """Pick the edits to apply: filter, de-duplicate, order, drop overlaps.

    Returns the chosen edits (in text order) in ``applied`` and the rest in ``skipped``,
    without changing the text; :func:`apply_edits` does the writing.

    Greedy in :meth:`Edit.sort_key` order: an edit is kept unless it overlaps one kept
    before it. O(k log k) for k edits (the sort); the overlap test is O(1) because the
    candidates come sorted by start, so only two kept edits can ever clash with the next
    one (see :func:`_clash`).
    """
    skipped: list[Skipped] = []
    candidates: list[Edit] = []
    seen: set[tuple[int, int, str]] = set()
    for edit in sorted(edits, key=edit_order):
        if edit.span.end > len(text):
            skipped.append(Skipped(edit, "span outside the text"))
            continue
        reason = policy.skip_reason(edit) if policy else None
        if reason:
            skipped.append(Skipped(edit, reason))
            continue
        if edit.is_noop(text):
            skipped.append(Skipped(edit, "no change"))
            continue
        key = (edit.start, edit.end, edit.replacement)
        if key in seen:
            skipped.append(Skipped(edit, "duplicate"))
            continue
        seen.add(key)
        candidates.append(edit)
    chosen: list[Edit] = []
    last_range: Edit | None = None  # the kept non-empty span that ends last
    last_insertion: Edit | None = None  # the kept insertion (empty span) that starts last
    for edit in candidates:
        clash = _clash(edit, last_range, last_insertion)
        if clash is not None:
            skipped.append(Skipped(edit, f"overlaps {clash.rule} at {clash.start}"))
            continue
        chosen.append(edit)
        if edit.start == edit.end:
            last_insertion = edit
        else:
            last_range = edit
    return Applied(text=text, applied=tuple(chosen), skipped=tuple(skipped))


def _clash(edit: Edit, last_range: Edit | None, last_insertion: Edit | None) -> Edit | None:
    """The kept edit that ``edit`` overlaps, if any (same verdict as testing every kept one).

    Every kept edit starts at or before ``edit`` (candidates are sorted by start), and kept
    edits never overlap each other. So a kept non-empty span that overlaps ``edit`` must
    contain ``edit.start``, and at most one kept span can: the last one kept (it also ends
    last). A kept insertion overlaps only an insertion at the same point, and only the
    last one kept can sit there. The two cases exclude each other, so the clash is unique.
    """
    if last_range is not None and last_range.span.overlaps(edit.span):
        return last_range
    if last_insertion is not None and last_insertion.span.overlaps(edit.span):
        return last_insertion
    return None


def apply_edits(text: str, edits: Iterable[Edit], policy: Policy | None = None) -> Applied:
    """Apply the allowed, non-overlapping edits right to left and return the new text."""
    choice = choose_edits(text, edits, policy)
    return Applied(
        text=write_edits(text, choice.applied),
        applied=choice.applied,
        skipped=choice.skipped,
    )


class Replacement(Protocol):
    """Anything that replaces ``text[start:end]``: an Edit, or a benchmark's gold hunk."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def replacement(self) -> str: ...


def write_edits(text: str, edits: Sequence[Replacement]) -> str:
    """Write already-chosen, non-overlapping edits into ``text``.

    Built left to right from slices, which equals writing right to left but costs one
    pass instead of one copy of the text per edit. Position alone orders them: chosen
    edits never overlap, so ``(start, end)`` is a total order among them.
    """
    parts: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at {edit.start}")
        parts.append(text[cursor : edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


MAX_FIX_ROUNDS = 5


@dataclass(frozen=True)
class FixRounds:
    """The outcome of :func:`fix_until_stable`.

    ``rounds`` holds, per round that changed the text, the edits applied (offsets into
    that round's input); ``remaining`` holds what the proposers still suggest for the
    final text (edits the policy did not allow, or that the round cap cut off).
    """

    text: str
    rounds: list[list[Edit]]
    remaining: list[Edit]


def fix_until_stable(
    text: str,
    propose: Callable[[str], Sequence[Edit]],
    policy: Policy | None = None,
    max_rounds: int = MAX_FIX_ROUNDS,
    first_proposals: Sequence[Edit] | None = None,
) -> FixRounds:
    """Propose and apply edits repeatedly until nothing changes (capped).

    Repetition matters because one repair can expose the next one (a merged fragment
    followed by another fragment). ``first_proposals`` saves proposing twice when the
    caller already has the edits for ``text``.
    """
    rounds: list[list[Edit]] = []
    proposals = list(first_proposals) if first_proposals is not None else list(propose(text))
    for _ in range(max_rounds):
        result = apply_edits(text, proposals, policy)
        if not result.applied or result.text == text:
            break
        rounds.append(list(result.applied))
        text = result.text
        proposals = list(propose(text))
    return FixRounds(text, rounds, proposals)
