"""Quotation marks that lost or gained a space, or were typed twice, where a quotation ends.

Four keying slips a feed or a detokeniser leaves around quotation marks, each told by its
shape alone and by which way the mark faces (a straight mark closes when an odd number
of straight marks stand before it on its line):

- a space between a quotation's last stop and its closing mark at the paragraph's end
  ("… asking for. ”"): nothing follows, so the mark closes and belongs to its stop;
- a closing mark typed twice at the paragraph's end ("… back.” ”", '… hours.""');
- a sentence's stop glued to the opening mark of the next one ("… ordered."We will …",
  "… the list.“Some …");
- a closing mark glued to the word after it ("… this,”Sarsenov said", "… stage"and had").

In the train split of clean news each shape is rare and every instance read is a slip in
the published copy (counted on 2026-11-30 for punct29: a stop glued to an opening mark 9
times, a comma and closing mark glued to the next word 4, a spaced closing mark at a
paragraph's end 1; a closing mark glued to a lower-case word never).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.abbreviations import abbreviation_kind
from repair.document import Document
from repair.edits import Edit, Safety
from repair.quote_marks import QuoteMarks, quote_marks
from repair.rules.base import Rule, lazy_compile, rule

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
# "… for. ”" / '… for. "' then only blanks to the line's end.
_SPACED_END = lazy_compile(r"[.!?](?P<space>[ \t]+)[”\"][ \t]*$", re.MULTILINE)
# "… back.” ”" / '… hours.""' then only blanks to the line's end.
_DOUBLED_END = lazy_compile(r"[.!?,](?P<mark>[”\"])(?P<extra>[ \t]?(?P=mark))[ \t]*$", re.MULTILINE)
# "ordered."We" / "list.“Some": a stop after a word, an opening mark, a capital.
# The stop first (a literal set, scanned for quickly); the letter before it looked behind for.
_STOP_GLUED_OPEN = lazy_compile(r"[.!?](?<=[a-z].)(?P<mark>[“\"])(?=[A-Z])")
# A word the stop ends: letters only, no inner stop (not "e.g." or an address).
_WORD_BEFORE = lazy_compile(r"(?<![\w.@/'’:-])[A-Za-z][a-z]+$")
# "this,”Sarsenov" / 'stage"and': a closing mark after a word or a comma, glued to a word.
_CLOSE_GLUED_WORD = lazy_compile(r"[”\"](?<=[a-z,].)(?=[A-Za-z][a-z])")
# "… the river, ”Ruiz said": the closing mark spaced off its comma and glued to the tag.
_CLOSE_SPACED_OFF_COMMA = lazy_compile(r", ”(?<=[a-z], ”)(?=[A-Za-z][a-z])")


def _straight_closes(marks: QuoteMarks, at: int) -> bool:
    """Whether the straight mark at ``at`` closes a quotation: an odd number of straight
    marks before it on its line."""
    return marks.count(STRAIGHT, marks.line_start(at), at) % 2 == 1


def _curly_open_before(marks: QuoteMarks, at: int) -> bool:
    """Whether a curly quotation is open at ``at`` on its line (an “ after the last ”)."""
    start = marks.line_start(at)
    return marks.last(OPEN, start, at) > marks.last(CLOSE, start, at)


def _closes(marks: QuoteMarks, text: str, at: int) -> bool:
    """Whether the mark at ``at`` closes a quotation open before it on its line."""
    if text[at] == STRAIGHT:
        return _straight_closes(marks, at)
    return _curly_open_before(marks, at)


@rule(
    "QM035",
    "quotation-end-slip",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We will rebuild the school. ”", "“We will rebuild the school.”"),
        ('"The road reopens on Monday. "', '"The road reopens on Monday."'),
        ("She said the vote was “fair and final.” ”", "She said the vote was “fair and final.”"),
        ('He said prices would fall "by spring.""', 'He said prices would fall "by spring."'),
    ],
    good=[
        "“We will rebuild the school.”",
        '"We are ready." "So are we," the captain said.',
        "“We are ready.” “So are we,” the captain said.",
        'The beam was 12" by 8".',
        "He left. ”",
        'He said "no." "Yes," she said.',
    ],
    scope="line",
)
def quotation_end_slip(doc: Document, self: Rule) -> Iterator[Edit]:
    """A space before the closing mark that ends a line ("… school. ”"), or a closing
    mark typed twice there ("… final.” ”").

    The mark must close a quotation opened earlier on its line (a curly “ open before it,
    or an odd number of straight marks before it); the doubled mark's second copy must
    close nothing (a curly ” with no “ open, or a straight mark that leaves the line's
    count odd). Unsafe: the line may continue a quotation opened lines before.
    """
    text = doc.text
    if CLOSE not in text and STRAIGHT not in text:
        return
    marks = quote_marks(doc)
    for match in _SPACED_END.finditer(text):
        mark = match.end("space")
        if _closes(marks, text, mark):
            yield self.edit(match.start("space"), mark, "", "Space before the closing quotation mark.", 0.8)
    for match in _DOUBLED_END.finditer(text):
        first, second = match.start("mark"), match.end("extra") - 1
        if not _closes(marks, text, first):
            continue
        if text[first] == STRAIGHT and marks.count(STRAIGHT, marks.line_start(first), second + 1) % 2 == 0:
            continue  # the line's straight marks pair off with the second one
        yield self.edit(first + 1, second + 1, "", "Closing quotation mark typed twice.", 0.8)


@rule(
    "GL017",
    "glued-quotation-mark",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("The mayor spoke first.“We will rebuild,” she said.", "The mayor spoke first. “We will rebuild,” she said."),
        ('The club said it was sorry."We let the fans down," it said.',
         'The club said it was sorry. "We let the fans down," it said.'),
        ("“We will rebuild,”Ruiz said.", "“We will rebuild,” Ruiz said."),
        ("“We will rebuild the pier, ”Ruiz said.", "“We will rebuild the pier,” Ruiz said."),
        ('He called it "a fair deal"and left.', 'He called it "a fair deal" and left.'),
    ],
    good=[
        "The mayor spoke first. “We will rebuild,” she said.",
        'He cited e.g."The Times" and others.',
        'The beam was 12"wide.',
        'He said "no."Then he left.',
        'The sign "Stop"Go was a brand.',
        "He said, ”We will rebuild the pier.”",
        'The board said."The offer stands," it added.',
    ],
    scope="line",
)
def glued_quotation_mark(doc: Document, self: Rule) -> Iterator[Edit]:
    """A sentence's stop glued to the opening mark of the next sentence ("… sorry."We …"),
    or a closing mark glued to the word after it ("… rebuild,”Ruiz said"), or spaced off
    its comma and glued to the word after it ("… the pier, ”Ruiz said").

    The stop must end a word of letters (no abbreviation, no address) and a capital must
    follow the opening mark; a straight opening mark must open (an even number of them
    before it on its line). A closing mark must close a quotation opened on its line and
    follow a lower-case letter or a comma. Unsafe: a name can be written with a glued mark.
    """
    text = doc.text
    if OPEN not in text and CLOSE not in text and STRAIGHT not in text:
        return
    marks = quote_marks(doc)
    for match in _STOP_GLUED_OPEN.finditer(text):
        mark = match.start("mark")
        word = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if word is None or abbreviation_kind(word.group()) is not None:
            continue
        if word.group().lower() in lexicon.SPEECH_VERBS:
            continue  # 'The board said."The offer …," it added': the stop itself is wrong; a space fixes nothing
        if text[mark] == STRAIGHT and _straight_closes(marks, mark):
            continue  # the mark closes a quotation: GL006 reads '… no."Then'
        yield self.edit(mark, mark, " ", "Missing space before the opening quotation mark.", 0.8)
    for match in _CLOSE_GLUED_WORD.finditer(text):
        mark = match.start()
        if text[mark - 1] != "," and not text[mark - 1].isalpha():
            continue
        if not _closes(marks, text, mark) or (text[mark - 1] != "," and text[mark - 2 : mark - 1] == "."):
            continue
        if text[mark] == CLOSE or text[mark - 1] == "," or not text[mark + 1].isupper():
            yield self.edit(mark + 1, mark + 1, " ", "Missing space after the closing quotation mark.", 0.8)
    if ", ”" in text:
        for match in _CLOSE_SPACED_OFF_COMMA.finditer(text):
            if _curly_open_before(marks, match.end() - 1):
                yield self.edit(match.start(), match.end(), ",” ", "Closing quotation mark spaced off its comma.", 0.8)


RULES = (quotation_end_slip, glued_quotation_mark)
