"""A quoted sentence before its speech tag with the tag's comma outside the closing mark.

English news sets the comma of a quoted sentence before its tag inside the closing mark
("“We are ready,” said the coach"), in British copy as in American: in the train split of
clean news a quotation that opens its sentence and runs to a tag puts the comma inside
8,281 times and outside 14 (BBC 2,536 to 12, Reuters 5,563 to 2, WMT sources 182 to 0;
counted on 2026-11-30 for punct29). Outside ("“We are ready”, said the
coach") is the pivot language's rule carried over by machine translation. Quoted words
inside a sentence ("was “stupid”, he said", "the film “Night Train”, directed by …") take
their comma outside in British copy: those are left alone, since only a quotation that
opens its sentence is read here.

A text that sets commas and stops outside its closing marks more than once, and more often
than inside ("… “makes us proud”." elsewhere in it), has chosen that style itself; its
choice is kept (the text's own majority decides, not this rule).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.quote_marks import QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.marks_style import _SPEAKER_FIRST_TAG
from repair.rules.quote_commas import tag_follows

CURLY_OPEN, CURLY_CLOSE, STRAIGHT = "“", "”", '"'
# A closing mark right after a word, then the tag's comma outside it, then a space (or a
# tag glued to the comma: "…team”,said"). The word before the mark is checked in Python.
_OUTSIDE = lazy_compile(r"[”\"],(?= ?[A-Za-z])")
# Any closing mark after a word with a comma or stop outside it, or inside it: the text's
# own habit, counted over the whole text.
_PUNCT_OUTSIDE = re.compile(r"[”\"»](?<=\w.)[.,]")  # a guillemet too, before QM008 restyles it
_PUNCT_INSIDE = re.compile(r"[.,!?](?<=\w.)[”\"]")
# Fewer words than this in a quotation read as a name or a title ("“Bulad Express”"),
# not a quoted sentence.
_MIN_WORDS = 3


def _opening_mark(marks: QuoteMarks, text: str, close: int, para_start: int) -> int:
    """Where the quotation closed at ``close`` opens, or -1.

    Curly: the last “ before it in the paragraph, with no ” between. Straight: the mark
    before it on its line when the marks up to it pair off (it is an odd one, a closer).
    Counted on the indexed marks, so a long one-line record stays linear."""
    if text[close] == CURLY_CLOSE:
        opened = marks.last(CURLY_OPEN, para_start, close)
        if opened < 0 or marks.last(CURLY_CLOSE, opened, close) >= 0:
            return -1
        return opened
    line_start = max(para_start, marks.line_start(close))
    if marks.count(STRAIGHT, line_start, close) % 2 == 0:
        return -1
    return marks.last(STRAIGHT, line_start, close)


def _opens_sentence(text: str, opened: int, para_start: int) -> bool:
    """Whether the mark at ``opened`` starts its paragraph or line, or follows a sentence's
    end (a stop, a closing mark after one, and a space)."""
    if opened == para_start or text[opened - 1] == "\n":
        return True
    before = text[max(para_start, opened - 3) : opened]
    return before.endswith((". ", "! ", "? ", ".” ", '." ', "?” ", "!” "))


def _quoted_sentences(doc: Document, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(opening, closing)`` mark positions of each quotation in ``text[start:end]`` that
    opens a sentence, is a sentence (a capital, three words or more) and runs to a speech
    tag, with the tag's comma outside its closing mark."""
    text, marks = doc.text, quote_marks(doc)
    for match in _OUTSIDE.finditer(text, start, end):
        close = match.start()
        if not text[close - 1 : close].isalnum():
            continue  # a stop, question or stray mark before it: QM015 reads those
        tag = match.end() + (text[match.end()] == " ")
        if not (tag_follows(text, tag) or _SPEAKER_FIRST_TAG.match(text, tag)):
            continue
        opened = _opening_mark(marks, text, close, start)
        if opened < 0 or not text[opened + 1 : opened + 2].isupper() or not _opens_sentence(text, opened, start):
            continue
        if len(text[opened + 1 : close].split()) < _MIN_WORDS:
            continue
        yield opened, close


def _text_keeps_outside(doc: Document) -> bool:
    """Whether the text sets its punctuation outside closing marks by its own choice: a
    comma or stop outside a closing mark after a word (these quotations before their tags,
    and any other: "… “makes us proud”.") twice or more, and more often than inside."""
    # Counted by line (``Document.line_counts``: a match lies inside one line and reads one
    # character before it), so that ``fix``, which re-runs this document-scope rule over the
    # whole text each round, recounts only the lines a round changed.
    outside = sum(doc.line_counts(_PUNCT_OUTSIDE).values())
    if outside < 2:
        return False
    return outside > sum(doc.line_counts(_PUNCT_INSIDE).values())


def _paragraphs_with_a_comma_outside(doc: Document) -> list[Span]:
    """The paragraphs, in order, where an :data:`_OUTSIDE` match starts: one scan of the
    whole text, not one per paragraph (a text of short paragraphs has thousands). A match
    found in a paragraph alone is found in the whole text too (the scan may read further
    ahead there, never less: its matches cannot overlap), so no other paragraph has one."""
    starts = [para.start for para in doc.paragraphs]
    found: dict[int, Span] = {}
    for match in _OUTSIDE.finditer(doc.text):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.start() < doc.paragraphs[index].end:
            found.setdefault(index, doc.paragraphs[index])
    return [found[index] for index in sorted(found)]


@rule(
    "QM034",
    "comma-outside-quoted-sentence",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We have seen floods before”, said the farmer.", "“We have seen floods before,” said the farmer."),
        ("The river rose. “Nobody expected it so soon”, she said.",
         "The river rose. “Nobody expected it so soon,” she said."),
        ('"The pool will open in June", the mayor said.', '"The pool will open in June," the mayor said.'),
        ("“It is a big day for the club”,said coach Ana Ruiz.", "“It is a big day for the club,” said coach Ana Ruiz."),
        ("“We lost power at noon”, Ruiz told reporters. “It came back at six,” she said.",
         "“We lost power at noon,” Ruiz told reporters. “It came back at six,” she said."),
    ],
    good=[
        "“We have seen floods before,” said the farmer.",
        "The minister called the plan “stupid”, he said.",
        "The film “Night Train”, directed by Ana Ruiz, opens today.",
        "“Night Train”, said the critic, is the film of the year.",
        "The board was “trying to buy them off in a sense”, he said.",
        "He measured 5”, said the tailor.",
        "“We lost power at noon”, Ruiz told reporters. “It came back at six”, she said.",
        "The mayor said the plan was “a start”. “We will build more homes”, she told reporters.",
    ],
    scope="document",  # the text's house comma placement, read from all of it
)
def comma_outside_quoted_sentence(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation that opens its sentence, before its speech tag, with the tag's comma
    outside the closing mark ("“We are ready”, said the coach"): the comma goes inside.

    Only a quotation of three words or more, starting with a capital, opening its
    paragraph or following a sentence's end, and followed by a tag (a verb of saying and
    its speaker, either way round). A text that sets commas and stops outside its closing
    marks more than once and more often than inside keeps its style. Unsafe: the quotation may be a title that opens
    the sentence.
    """
    text = doc.text
    if '",' not in text and "”," not in text:
        return
    if _text_keeps_outside(doc):
        return
    for para in _paragraphs_with_a_comma_outside(doc):
        for _opened, close in _quoted_sentences(doc, para.start, para.end):
            glued = text[close + 2 : close + 3] != " "
            replacement = f",{text[close]}" + (" " if glued else "")
            yield self.edit(close, close + 2, replacement, "The tag's comma goes inside the closing mark.", 0.8)


RULES = (comma_outside_quoted_sentence,)
