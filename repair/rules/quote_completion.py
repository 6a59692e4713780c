"""A pivot's quotation pair turned into English marks, completed at its closing mark in the
same edit (used by QM006 and QM008).

Turning «…» or „…“ into “…” leaves the pivot's punctuation at the closing mark as it was:
"“It is not”." (a quoted sentence's stop outside), "“We are ready” said the coach" (no
tag comma), "“We are ready” – said the coach" (the pivot's dash before the tag). The
closing-side rules (QM002, QM013, QM031) fix those in ``fix``'s next round, but an editor
reviewing the first edit sees a sentence still broken at the very mark it touched. So the
turning edit asks those rules, on its own line with the marks already turned, what they
would change at that closing mark, and takes it in: one edit, accepted or rejected as a
unit. Nothing is decided here: the closing-side rules decide exactly as they would in the
next round (a phrase quoted inside a sentence keeps its stop outside, a dash before an
aside stays).
"""

from __future__ import annotations

from repair.document import Document
from repair.edits import Edit
from repair.line_index import end_of_line, start_of_line

# The closing-side rules, in the order one is taken (at most one changes a closing mark).
_CLOSING_RULES = ("QM031", "QM013", "QM002")
_CLOSING_MARKS = "”\""


def _closing_side_edits(doc: Document) -> list[Edit]:
    """The edits of the closing-side rules for ``doc``, in ``_CLOSING_RULES`` order
    (imported here: those modules import the ones that call this)."""
    from repair.rules.marks_style import quote_before_tag_without_comma
    from repair.rules.quote_tag_dash import dash_before_speech_tag
    from repair.rules.speech_quotes import stop_outside_quote

    edits: list[Edit] = []
    for closing_rule in (dash_before_speech_tag, quote_before_tag_without_comma, stop_outside_quote):
        edits.extend(closing_rule.run(doc))
    return edits


def completed_pair(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """The turning edit ``text[start:end] -> replacement`` widened by what a closing-side
    rule would change at its closing mark, as ``(start, end, replacement)``; the edit
    unchanged when none would (or the replacement holds no closing mark, or spans lines).

    The closing-side edit is taken when it starts at the closing mark or the character on
    either side of it ("…”." → "….”", "…” said" → "…,” said", "…” – said" → "…,” said").
    """
    close = max(replacement.rfind(mark) for mark in _CLOSING_MARKS)
    if close < 0 or "\n" in text[start:end]:
        return start, end, replacement
    line = start_of_line(text, start)
    line_end = end_of_line(text, end)
    if line_end < 0:
        line_end = len(text)
    local = text[line:start] + replacement + text[end:line_end]
    turned_at = start - line
    turned_end = turned_at + len(replacement)  # where the original text resumes, in ``local``
    close_at = turned_at + close
    for edit in _closing_side_edits(Document.from_text(local)):
        if not close_at - 1 <= edit.start <= close_at + 1 or edit.start < turned_at:
            continue
        fixed = local[:edit.start] + edit.replacement + local[edit.end:]
        widened_end = max(turned_end, edit.end)
        grown = len(edit.replacement) - (edit.end - edit.start)
        return start, end + (widened_end - turned_end), fixed[turned_at : widened_end + grown]
    return start, end, replacement
