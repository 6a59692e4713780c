"""The shared check of every "carried across ``fix``'s rounds" test (issue 13).

A later ``fix`` round builds its Document with ``Document.edited``, which keeps the memoised
per-line scans (``Document.line_positions``) and per-sentence answers
(``Document.sentence_answers``) of the lines an edit did not touch. Whatever a rule reads
through that memo must equal what a fresh ``Document.from_text`` of the new text gives, down
both paths of ``edited`` (the line-by-line one and the dense-region one, ``DENSITIES``) and
back again to the old text. The rule test files give their own pieces of text and the answer
to compare (a scan, a rule's edits); these two functions do the editing and comparing.

``case`` is what ``tests.test_scaling.edited_texts`` draws: a text and its non-overlapping
changes ``(start, end, replacement)`` in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from repair.document import Document
from tests.test_scaling import DENSITIES, _apply, _dense_regions

Case = tuple[str, list[tuple[int, int, str]]]


def _edited_and_back(old: Document, text: str, new: str, changes: list[tuple[int, int, str]],
                     dense: int) -> tuple[Document, Document]:
    """The round-two Document of ``new`` built from ``old``, and a third round back to ``text``."""
    with _dense_regions(dense):
        edited = old.edited(new, [(s, e, len(r)) for s, e, r in changes])
        again = edited.edited(text, [(0, len(new), len(text))])
    return edited, again


def assert_carried_answer_equals_fresh(case: Case, answer: Callable[[Document], Any]) -> None:
    """``answer`` (a rule's sorted edits, a sentence test's findings) on an edited Document whose
    first round asked it equals ``answer`` on a fresh Document of the same text, both ways.

    Raises AssertionError naming nothing more than pytest's diff of the two answers."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        old = Document.from_text(text)
        answer(old)  # round one fills the memo, as check does
        edited, again = _edited_and_back(old, text, new, changes, dense)
        assert answer(edited) == answer(Document.from_text(new))
        assert answer(again) == answer(Document.from_text(text))


def assert_carried_scan_equals_plain(case: Case, scan: Callable[..., Any],
                                     plain: Callable[[str], list[int]]) -> None:
    """The line scan ``scan`` read through ``Document.line_positions`` (carried for unchanged
    lines) gives the positions ``plain`` finds over the whole text: on the first round, on the
    edited text and back on the old one."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        old = Document.from_text(text)
        assert old.line_positions(scan)[0] == plain(text)
        edited, again = _edited_and_back(old, text, new, changes, dense)
        assert edited.line_positions(scan)[0] == plain(new)
        assert again.line_positions(scan)[0] == plain(text)
