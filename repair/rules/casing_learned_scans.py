"""CA019's two scans over the whole text, kept per line so that ``fix``'s later rounds re-scan
only the lines a change touched.

CA019 (:mod:`repair.rules.casing_learned`) is a document-scope rule: the words it asks about
are decided by counts over the whole text (``Document.line_counts``, already carried across
rounds), but then it read every capitalised word of the text twice in Python, once to count
a repeated word's uses outside longer names and once to find the uses of the words it edits
(0.02 s per 2 MB of news each, re-run in every ``fix`` round). Both scans keep only the
positions of the asked words, and each position is decided by its own line (the patterns
look at most one character behind or ahead, never across a line break; ``_word_before``
stops at the line's start), so they are :meth:`Document.line_positions` scans: keyed by the
asked words, carried to the next round's Document with only the changed lines scanned again.
When a round asks other words, the key differs and the text is scanned afresh, as before.
Equal to the plain scans by test (tests/rules/test_casing_learned_scans.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from repair import lexicon
from repair.document import Document
from repair.rules.base import lazy_compile
from repair.rules.casing_learned_context import _word_before
from repair.rules.glued_scan import _ALONE_NAME

# A capitalised word in a sentence's middle: after a lower-case letter, a comma or a
# semicolon and a space, a whole word (no hyphen or apostrophe going on). The capital is
# scanned for first (a class, in C); the look-behind is tried only there.
_MID_CAPITAL = lazy_compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+(?![\w'’-])")


@dataclass(frozen=True)
class MidCapitalScan:
    """A :data:`repair.document_memo.LineScan`: the starts of the :data:`_MID_CAPITAL` matches
    between ``pos`` and ``endpos`` whose word is one of ``words``, in one list."""

    words: frozenset[str]

    def __call__(self, text: str, pos: int, endpos: int) -> tuple[list[int], ...]:
        words = self.words
        return ([m.start() for m in _MID_CAPITAL.finditer(text, pos, endpos) if m.group() in words],)


@dataclass(frozen=True)
class OutsideNameScan:
    """A :data:`repair.document_memo.LineScan`: the starts of the ``_ALONE_NAME`` matches
    between ``pos`` and ``endpos`` whose word is one of ``words`` and that stand outside a
    longer name (no capitalised content word right before: "Southern Electricity", but not
    "The Government"), in one list."""

    words: frozenset[str]

    def __call__(self, text: str, pos: int, endpos: int) -> tuple[list[int], ...]:
        words = self.words
        found = []
        for match in _ALONE_NAME.finditer(text, pos, endpos):
            if match.group() in words:
                before = _word_before(text, match.start())
                if not (before[:1].isupper() and not lexicon.is_function_word(before)):
                    found.append(match.start())
        return (found,)


def mid_capitals(doc: Document, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each :data:`_MID_CAPITAL` match in ``doc.text`` whose word is
    one of ``words``, in text order (``[m for m in _MID_CAPITAL.finditer(text) if m.group() in
    words]``), kept in ``doc.memo`` and carried across ``fix``'s rounds."""
    text = doc.text
    found = []
    for start in doc.line_positions(MidCapitalScan(words))[0]:
        match = _MID_CAPITAL.match(text, start)
        assert match is not None  # the position was found by this pattern on an unchanged line
        found.append((start, match.end(), match.group()))
    return found


def one_use_outside_names(doc: Document, words: set[str]) -> set[str]:
    """The ``words`` (Capitalised) that stand in ``doc.text`` more than once but only once
    outside a longer name: every other use has a capitalised content word right before it
    ("Southern Electricity Networks"), which a function word ("The Government") is not. A
    name's first word ("Pension Benefit Guaranty") is left: it is the name's short form too.
    The uses outside names are a carried :class:`OutsideNameScan` of the text."""
    text = doc.text
    outside: dict[str, int] = {}
    for start in doc.line_positions(OutsideNameScan(frozenset(words)))[0]:
        match = _ALONE_NAME.match(text, start)
        assert match is not None
        word = match.group()
        outside[word] = outside.get(word, 0) + 1
    return {word for word, uses in outside.items() if uses == 1}
