"""A rule's edit per sentence, kept in ``Document.sentence_answers`` and carried across
``fix``'s rounds (issue 13: ``fix`` re-runs the document-scope rules over the whole text
every round, though a later round changes a few lines).

Only for an edit decided by the sentence's own line (its paragraph): then the answer of an
unchanged line's sentence, moved with it, is the one the rule would give afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from repair.edits import Edit, Span

_UNASKED = object()


def carried_edit(answers: dict[int, object], start: int, decide: Callable[[], Edit | None]) -> Edit | None:
    """The edit (or None) of the sentence starting at ``start``: ``decide()`` the first time,
    kept in ``answers`` as ``(start, edit)`` or None; after a round, the kept edit moved by
    as many characters as its sentence moved (``Document.edited`` moved the key)."""
    answer = answers.get(start, _UNASKED)
    if answer is _UNASKED:
        edit = decide()
        answers[start] = None if edit is None else (start, edit)
        return edit
    if answer is None:
        return None
    answered_at, edit = answer  # type: ignore[misc]
    if answered_at == start:
        return edit  # type: ignore[no-any-return]
    moved = start - answered_at
    return replace(edit, span=Span(edit.start + moved, edit.end + moved))
