"""A pivot's quotation pair turned into English marks, completed at its marks in the same
edit (used by QM006 and QM008).

Turning «…» or „…“ into “…” leaves the pivot's punctuation at the marks as it was: "“It is
not”." (a quoted sentence's stop outside), "“We are ready” said the coach" (no tag comma),
"“We are ready” – said the coach" (the pivot's dash before the tag), "the strike“ unfair
”and" (spaces inside the marks, none outside). The mark-side rules (QM031, QM013, QM002,
PU010) fix those in ``fix``'s next round, but an editor reviewing the first edit sees a
sentence still broken at the very mark it touched. So the turning edit asks those rules,
on its own line with the marks already turned, what they would change at its marks, and
takes it in: one edit, accepted or rejected as a unit. Nothing is decided here: those
rules decide exactly as they would in the next round (a phrase quoted inside a sentence
keeps its stop outside, a dash before an aside stays).
"""

from __future__ import annotations

from repair.document import Document
from repair.edits import Edit
from repair.line_index import end_of_line, start_of_line

# The rules that fix what a turned pair leaves at its marks, in the order one is taken: the
# tag's dash, the tag's comma, a stop before the tag's comma (".”, said" → ",” said"), a
# quoted sentence's stop, the pivot's spaces at the marks.
_MARK_RULES = ("QM031", "QM013", "QM015", "QM002", "PU010")
_CLOSING_MARKS = "”\""
# A stop outside and spaces inside ("„ It is over ”.") take two rounds; three is ample.
MAX_ROUNDS = 3
# What the mark-side rules read round a pair: a few characters before its opening mark, and
# the tag after its closing mark (QM031 reads a tag of up to 400 characters).
WINDOW_BEFORE = 200
WINDOW_AFTER = 500


def _mark_side_edits(doc: Document) -> list[Edit]:
    """The edits of the rules in ``_MARK_RULES`` for ``doc``, in that order (imported here:
    those modules import the ones that call this)."""
    from repair.rules.marks_style import quote_before_tag_without_comma
    from repair.rules.marks_style_padding import foreign_mark_spacing
    from repair.rules.quote_commas import foreign_quote_before_tag
    from repair.rules.quote_tag_dash import dash_before_speech_tag
    from repair.rules.speech_quotes import stop_outside_quote

    edits: list[Edit] = []
    for mark_rule in (dash_before_speech_tag, quote_before_tag_without_comma, foreign_quote_before_tag,
                      stop_outside_quote, foreign_mark_spacing):
        edits.extend(mark_rule.run(doc))
    return edits


def _widened_once(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str] | None:
    """One round of :func:`completed_pair`: the edit widened by the first mark-side edit at
    one of its marks, or None when there is none."""
    close = max(replacement.rfind(mark) for mark in _CLOSING_MARKS)
    if close < 0 or "\n" in text[start:end] or "\n" in replacement:
        return None
    # The edit's line, clipped to a window round it: a text on one long line with a pair
    # every few words must not make a document of the whole line per pair (quadratic).
    line = max(start_of_line(text, start), start - WINDOW_BEFORE)
    line_end = end_of_line(text, end)
    if line_end < 0:
        line_end = len(text)
    line_end = min(line_end, end + WINDOW_AFTER)
    local = text[line:start] + replacement + text[end:line_end]
    turned_at = start - line
    turned_end = turned_at + len(replacement)  # where the original text resumes, in ``local``
    close_at = turned_at + close
    for edit in _mark_side_edits(Document.from_text(local)):
        # At the opening mark (its spaces), or at the closing mark or a character beside it.
        if edit.start != turned_at and not close_at - 1 <= edit.start <= close_at + 1:
            continue
        fixed = local[: edit.start] + edit.replacement + local[edit.end :]
        widened_end = max(turned_end, edit.end)
        grown = len(edit.replacement) - (edit.end - edit.start)
        return start, end + (widened_end - turned_end), fixed[turned_at : widened_end + grown]
    return None


def completed_pair(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The turning edit ``text[start:end] -> replacement`` widened by what the mark-side
    rules would change at its marks, as ``(start, end, replacement)``; the edit unchanged
    when none would (or the replacement holds no closing mark, or spans lines).

    A mark-side edit is taken when it starts at the opening mark ("„ a win ”" → "“a win”")
    or at the closing mark or the character on either side of it ("…”." → "….”",
    "…” said" → "…,” said", "…” – said" → "…,” said").
    """
    straight = _straight_pair(replacement)
    if straight is not None:
        return _completed_straight(text, start, end, replacement, straight)
    for _ in range(MAX_ROUNDS):
        widened = _widened_once(text, start, end, replacement)
        if widened is None:
            break
        start, end, replacement = widened
    return start, end, replacement


def _straight_pair(replacement: str) -> tuple[int, int] | None:
    """(opening, closing) positions of the pair in ``replacement`` when the turned pair is
    written in straight marks (the text's own style) and holds no other mark; else None."""
    if replacement[:1] != '"' or replacement.count('"') != 2 or "“" in replacement or "”" in replacement:
        return None
    return 0, replacement.rindex('"')


def _completed_straight(text: str, start: int, end: int, replacement: str,
                        pair: tuple[int, int]) -> tuple[int, int, str]:
    """:func:`completed_pair` for a pair turned into straight marks.

    The mark-side rules that complete a pair (the tag's comma, QM013; a quoted sentence's
    stop, QM002) read only curly marks: a straight mark does not say which way it faces, so
    on straight text they only propose. The turned pair's direction is known (the pivot
    marked it), so they are asked with the pair written curly, and the completed edit is
    written back in straight marks. When the completion does not keep exactly the two
    curly marks it was given, the bare turned edit is returned."""
    opening, closing = pair
    curly = f"“{replacement[opening + 1 : closing]}”{replacement[closing + 1 :]}"
    widened_start, widened_end, widened = start, end, curly
    for _ in range(MAX_ROUNDS):
        once = _widened_once(text, widened_start, widened_end, widened)
        if once is None:
            break
        widened_start, widened_end, widened = once
    if widened == curly or widened.count("“") != 1 or widened.count("”") != 1 or '"' in widened:
        return start, end, replacement
    return widened_start, widened_end, widened.replace("“", '"').replace("”", '"')
