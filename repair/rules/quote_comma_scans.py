"""QM015's scans for a closing mark with a comma after it, led by the mark, and its
paragraphs' answers carried from one round of ``fix`` to the next.

Python's engine skips ahead in C to a pattern's leading literal but tries a leading class
at every position, and a pattern led by a full stop stops at every full stop of the text
(~10 ms per MB, on ``check`` and on each round of ``fix``, which re-runs QM015 over the
whole text). The closing marks followed by a comma are few: each scan here is one pattern
per mark (``led_by_each``), the matches merged in the order one scan finds them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from operator import methodcaller

from repair.document import Document
from repair.edits import Span
from repair.quote_marks import CLOSE, OPEN, QuoteMarks
from repair.rules.base import lazy_compile, led_by_each

# A closing mark and the tag's comma after it ('.", he said', '. ", he said').
_MARK_THEN_COMMA = led_by_each(lazy_compile(r"[”\"] ?, "), r"[”\"]", "”\"")
# '… a policy" ,he said': the comma spaced off the closing mark and glued to the tag.
_COMMA_GLUED_TO_TAG = led_by_each(lazy_compile(r"[”\"] ,(?=[a-z])"), r"[”\"]", "”\"")
_START = methodcaller("start")  # a match's start: the order one scan of the text finds them in


def stops_marks_commas(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, mark, end)`` of each match of ``\\.( ?)[”"] ?, `` in ``text``, in order:
    the stop, the closing mark, the end of the comma and space after it.

    Each mark followed by the comma is one match when a stop, or a stop and a space,
    comes just before it. Such matches never overlap (none holds a stop after its first
    character), so these are the matches one scan of the pattern finds. Equal to it by
    test (tests/test_scaling.py)."""
    for match in sorted((match for scan in _MARK_THEN_COMMA for match in scan.finditer(text)), key=_START):
        mark = match.start()
        if mark >= 1 and text[mark - 1] == ".":
            yield mark - 1, mark, match.end()
        elif mark >= 2 and text[mark - 2 : mark] == ". ":
            yield mark - 2, mark, match.end()


def commas_glued_to_tags(text: str) -> list[re.Match[str]]:
    """The matches of ``[”"] ,(?=[a-z])`` in ``text`` (a closing mark, a space and a comma
    glued to a lower-case word), in order, as one scan of that pattern finds them (each
    holds one mark, so the scans led by each mark find the same matches)."""
    return sorted((match for scan in _COMMA_GLUED_TO_TAG for match in scan.finditer(text)), key=_START)


def paragraphs_with_curly_marks(doc: Document, marks: QuoteMarks) -> list[Span]:
    """The paragraphs of ``doc``, in order, that hold a “ or a ” (``marks``: the document's
    :func:`repair.quote_marks.quote_marks`): one bisection per such paragraph, not two
    ``find`` calls on every paragraph of the text (a text of short paragraphs has tens of
    thousands, and ``fix`` re-runs QM015 over the whole text each round). Equal to filtering
    every paragraph by test (tests/test_scaling.py)."""
    paragraphs, starts = doc.paragraphs, doc._paragraph_starts
    found = sorted(marks.positions[OPEN] + marks.positions[CLOSE])
    held: list[Span] = []
    at = 0
    while at < len(found):
        index = bisect.bisect_right(starts, found[at]) - 1
        if index >= 0 and found[at] < paragraphs[index].end:
            held.append(paragraphs[index])
            at = bisect.bisect_left(found, paragraphs[index].end, at)  # past its other marks
        else:
            at += 1
    return held


# ``(start, end, replacement, message, confidence)``: one edit of QM015's paragraph reading.
ParagraphEdit = tuple[int, int, str, str, float]
# How far before a paragraph's start QM015's reading of it looks: a closing mark stranded at
# the start reads the stop two characters back and the three characters before that stop.
_CONTEXT_CHARS = 5
_ANSWERS = "quote_comma_scans.paragraph_edits"  # its key in ``Document.sentence_answers``


def carried_paragraph_edits(doc: Document, para: Span, open_before: bool,
                            edits_of: Callable[[str, int, int, bool], Iterable[ParagraphEdit]],
                            ) -> list[ParagraphEdit]:
    """``list(edits_of(doc.text, para.start, para.end, open_before))``, kept in
    ``doc.sentence_answers`` under the paragraph's start (its edits' offsets relative to it)
    and read again on the next round of ``fix``, which re-runs QM015 over the whole text.

    ``edits_of`` (QM015's ``_paragraph_edits``) reads the paragraph's own line (its tag
    patterns match no line break) and up to :data:`_CONTEXT_CHARS` characters before the
    paragraph, which may lie on the line before: a kept answer is read again only when
    ``open_before`` and those characters are what they were (an edited line's answers are
    dropped by ``Document.edited``). Near the text's start a slice before offset 0 would
    wrap to the text's end, so such a paragraph is read afresh. Equal to reading afresh by
    test (tests/test_scaling.py)."""
    text, start = doc.text, para.start
    if start < _CONTEXT_CHARS:
        return list(edits_of(text, start, para.end, open_before))
    answers = doc.sentence_answers(_ANSWERS)
    context = text[start - _CONTEXT_CHARS : start]
    kept = answers.get(start)
    if not (isinstance(kept, tuple) and kept[0] == open_before and kept[1] == context):
        edits = tuple((begin - start, end - start, replacement, message, confidence)
                      for begin, end, replacement, message, confidence in edits_of(text, start, para.end, open_before))
        kept = answers[start] = (open_before, context, edits)
    return [(begin + start, end + start, replacement, message, confidence)
            for begin, end, replacement, message, confidence in kept[2]]
