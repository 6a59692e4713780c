"""How ``repair check`` shows one finding to an editor: where, what it would write, and
whether ``repair fix`` writes it.

A finding's header line (``FILE:LINE:COL CODE [category] message (safety, confidence)``)
says where and why, but an editor cannot judge an edit without seeing the change, nor
tell from the word "display" that ``fix`` never applies it. So each header is followed by
three indented lines::

    seeds/story.txt:3:41 SP001 [split] Split (join): ... (unsafe, 0.48)
        - the time. Officials
        + the time officials
        not applied: unsafe; repair fix applies it only with --unsafe

The ``-``/``+`` lines show the replaced text and its replacement widened to whole words
(at most ``CONTEXT_CHARS`` more characters each side), so a dropped stop or an inserted
mark is seen in the words around it. Every header still starts at column 0, so
``grep``, ``cut -d:`` and line-oriented scripts read the headers as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from repair.apply import Applied, Policy, choose_edits
from repair.edits import Edit, Safety
from repair.line_index import offsets_of

# Characters of context each side of an edit, at most: enough for the word it touches.
CONTEXT_CHARS = 30
# A shown side longer than this keeps its first and last SHOWN_END characters around " … ".
LONGEST_SHOWN = 120
SHOWN_END = 55
# A line break in shown text: it would otherwise end the ``-``/``+`` line.
LINE_BREAK_SIGN = "⏎"

_INDENT = "    "


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown to whole words: back to the blank before the word ``start``
    is in (or touches), on to the blank after the word ``end`` is in, at most
    ``CONTEXT_CHARS`` each way."""
    left = start
    while left > 0 and start - left < CONTEXT_CHARS and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and right - end < CONTEXT_CHARS and not text[right].isspace():
        right += 1
    return left, right


def shown(piece: str) -> str:
    """``piece`` as one display line: CRLF and LF breaks as ``⏎``, a BOM dropped, a
    character that prints as nothing or as a blank (a tab, a zero-width or no-break space)
    as its code point (``<U+00A0>``), and a long piece cut in the middle; an empty piece
    is ``(nothing)``."""
    piece = piece.replace("\ufeff", "").replace("\r\n", "\n").replace("\n", LINE_BREAK_SIGN)
    if not piece.isprintable():  # a no-break or zero-width space would look like nothing changed
        piece = "".join(c if c.isprintable() or c == LINE_BREAK_SIGN else f"<U+{ord(c):04X}>" for c in piece)
    if len(piece) > LONGEST_SHOWN:
        piece = f"{piece[:SHOWN_END]} … {piece[-SHOWN_END:]}"
    return piece if piece else "(nothing)"


def change_lines(text: str, edit: Edit) -> tuple[str, str]:
    """The ``- before`` and ``+ after`` lines for ``edit`` on ``text`` (indented)."""
    left, right = widened(text, edit.start, edit.end)
    return f"{_INDENT}- {shown(text[left:right])}", f"{_INDENT}+ {shown(_written(text, edit, left, right))}"


def alternative_lines(text: str, edit: Edit) -> list[str]:
    """One ``or + after`` line for each other fix proposed at ``edit``'s spot, shown over
    the same stretch of text as ``edit``'s own ``-`` line (widened to cover the other fix
    too), so the two ``+`` lines read side by side."""
    lines = []
    for alt in edit.alternatives:
        left, right = widened(text, min(edit.start, alt.start), max(edit.end, alt.end))
        lines.append(f"{_INDENT}or {shown(_written(text, alt, left, right))}  "
                     f"({alt.rule}: another fix proposed here, not applied; an editor may choose it)")
    return lines


def _written(text: str, edit: Edit, left: int, right: int) -> str:
    """``text[left:right]`` with ``edit`` (inside it) applied."""
    return text[left : edit.start] + edit.replacement + text[edit.end : right]


class Locator:
    """1-based line and column of character offsets into one text, as an editor counts
    them: a BOM, invisible in an editor, is not counted on line 1. One index of the line
    breaks, then a bisection per offset."""

    def __init__(self, text: str) -> None:
        self._breaks = offsets_of(text, "\n")
        self._bom = text.startswith("\ufeff")

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_left(self._breaks, offset) + 1  # breaks before the offset, plus one
        col = offset - (self._breaks[line - 2] + 1 if line > 1 else 0) + 1
        if line == 1 and offset > 0 and self._bom:
            col -= 1
        return line, col


def applied_by_fix(text: str, edits: Sequence[Edit], policy: Policy) -> Applied:
    """What ``repair fix`` under ``policy`` applies of ``edits`` in its first round (the
    same choice :meth:`Pipeline.fix` makes), and why it skips the others."""
    return choose_edits(text, edits, policy)


class FixOutcome:
    """One text's first-round choice (:func:`applied_by_fix`, or ``FixResult.first_round``),
    indexed so each finding's status is a dictionary look-up: a scan of the choice per
    finding was quadratic on a feed record with thousands of edits."""

    def __init__(self, choice: Applied, policy: Policy) -> None:
        self.policy = policy
        self.applied = set(choice.applied)
        self.changes = {(a.start, a.end, a.replacement) for a in choice.applied}
        self.reasons = {s.edit: s.reason for s in choice.skipped}
        self.kept = sorted(choice.applied, key=lambda a: (a.start, a.end))  # they never overlap
        self._starts = [a.start for a in self.kept]

    def overlapping(self, edit: Edit) -> Edit | None:
        """The applied edit whose span overlaps ``edit``'s, if any. Applied edits do not
        overlap each other, so only the last few starting at or before ``edit``'s end can."""
        at = bisect.bisect_right(self._starts, edit.end)
        for kept in reversed(self.kept[max(0, at - 3) : at]):
            if kept.span.overlaps(edit.span):
                return kept
        return None


def status(edit: Edit, outcome: FixOutcome, locate: Locator) -> str:
    """Whether ``repair fix`` with the same options writes ``edit``, in words, and why not.

    ``edit`` is the edit as the pipeline made it (its confidence is part of its identity),
    not a recalibrated copy.
    """
    command = "repair fix" if outcome.policy.min_safety is Safety.SAFE else "repair fix --unsafe"
    if edit in outcome.applied:
        return f"applied by {command}"
    reason = outcome.reasons.get(edit, "")
    if edit.safety is Safety.DISPLAY:
        return ("suggestion, not applied: repair fix never applies a display edit (its rule is too often "
                "wrong here to apply unseen); make it by hand or in repair review")
    if reason.endswith("needs --unsafe or review"):
        return f"not applied: {edit.safety.value}; repair fix applies it only with --unsafe"
    if reason.startswith("overlaps") and (winner := outcome.overlapping(edit)) is not None:
        line, col = locate(winner.start)
        return f"not applied: {command} applies the {winner.rule} edit at {line}:{col} to this text instead"
    if reason.startswith("confidence"):
        return f"not applied: stated {reason.replace('below', 'below --min-confidence')}"
    if reason == "duplicate" and (edit.start, edit.end, edit.replacement) in outcome.changes:
        return f"applied by {command} (the same change as another finding here)"
    return f"not applied: {reason}" if reason else "not applied"


def finding_lines(name: str, text: str, made: Edit, shown_edit: Edit, outcome: FixOutcome | None,
                  locate: Locator) -> list[str]:
    """The header, ``-``/``+`` and status lines of one finding; the header alone when
    ``outcome`` is None (``--format concise``). ``made`` is the edit as the pipeline made
    it, ``shown_edit`` the copy to report (its confidence recalibrated, or ``made``)."""
    e = shown_edit
    line, col = locate(e.start)
    header = f"{name}:{line}:{col} {e.rule} [{e.category}] {e.message} ({e.safety.value}, {e.confidence:.2f})"
    if outcome is None:
        return [header]
    # Other fixes proposed for the same spot (review offers them as keys 1-9).
    return [header, *change_lines(text, e), *alternative_lines(text, e), _INDENT + status(made, outcome, locate)]
