"""Segmentation: a text's paragraphs and sentences, as character spans.

Segmentation choices, made for machine-translated news:

* A paragraph is one non-blank line. Feeds and MT output put each paragraph on its own
  line; hard-wrapped prose is rare there, and treating lines as units means no repair ever
  joins text across a line break.
* A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by
  whitespace, *whatever the next character is*. Ordinary splitters want a capital next;
  we split before lower-case text too, because ``in Hebron. in the southern hills.`` is exactly
  the damage we look for. Titles before a name (``Mr.``, ``Brig. Gen.``) never end a
  sentence; other abbreviations (``U.S.``, ``Calif.``, ``Ave.``, initials) end one only
  before a word that plainly opens a sentence; decimals (``9.3%``) never do. The
  abbreviation knowledge lives in :mod:`repair.abbreviations`.

:class:`repair.document.Document` runs these pieces (``from_text``) and keeps their result;
the fast ``_span``/``_sentence`` constructors here also build the spans it moves when
a text is edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repair.abbreviations import SENTENCE_OPENERS, abbreviation_kind
from repair.edits import Span

# The look-behind lets a match start only at the first mark of a run, and the possessive
# quantifiers never give back what they took: runs of "." or spaces stay linear (a match
# from inside a run succeeds only where one from its start would). The look-behind comes
# after the first mark so the engine keeps its fast scan for the marks. The space after the
# marks holds no line break: a mark that ends its line ends its paragraph too, where no
# sentence is split (a paragraph takes only the marks that end before it does), so the scan
# does not find it at all. Once it looked across the break to the next line's first
# character, and on short-line input (a feed's headlines and labels) nearly every mark it
# found was such a one, skipped again one by one in Python.
_BOUNDARY = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"'”’»)\]]*+(?=[^\S\n]++\S)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and the index of the paragraph that holds it."""

    span: Span
    paragraph: int
    index_in_paragraph: int


# Spans and sentences made by segmentation are valid by construction (regex match
# offsets, or such offsets moved with the text), so they are built without the frozen
# dataclasses' ``__init__``: its ``object.__setattr__`` calls and Span's range check made
# each object 2.3 times as slow, and ``Document.edited`` makes one or two per sentence
# after a change (a tenth of ``fix`` on 10 MB of news). Equal objects either way (by test).
_new = object.__new__
_set_start, _set_end = vars(Span)["start"].__set__, vars(Span)["end"].__set__  # slot descriptors
_set_span, _set_paragraph, _set_index = (vars(Sentence)[name].__set__
                                         for name in ("span", "paragraph", "index_in_paragraph"))


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known valid (0 <= start <= end)."""
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


def _sentence(span: Span, paragraph: int, index_in_paragraph: int) -> Sentence:
    """``Sentence(span, paragraph, index_in_paragraph)``."""
    sentence = _new(Sentence)
    _set_span(sentence, span)
    _set_paragraph(sentence, paragraph)
    _set_index(sentence, index_in_paragraph)
    return sentence


# A paragraph runs from a line's first non-space to its last (``\s`` is ``str.isspace``).
# One scan of the text; the optional tail backtracks only over trailing blanks.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")


def _paragraph_spans(text: str) -> list[Span]:
    # :func:`_span` written out: one call less per line, a sixth of this scan on
    # short-line input (300,000 lines: 0.145 -> 0.121 s).
    spans: list[Span] = []
    add = spans.append
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        add(span)
    return spans


def _sentence_spans(text: str, para: Span, marks: list[tuple[int, int]]) -> list[Span]:
    """Sentences of one paragraph; ``marks`` are the ``_BOUNDARY`` matches inside it."""
    if not marks:
        return [para]
    spans: list[Span] = []
    start = para.start
    for mark_start, end in marks:
        if not _is_sentence_end(text, mark_start, end):
            continue
        spans.append(_span(start, end))
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        spans.append(_span(start, para.end))
    return spans


def _is_sentence_end(text: str, punct_start: int, punct_end: int) -> bool:
    """Decide whether the punctuation at ``punct_start`` closes a sentence."""
    if text[punct_start] != ".":
        # '"Why now?" said Ruiz': a quoted question or exclamation
        # followed by a lower-case word goes on as one sentence.
        closed_quote = text[punct_end - 1] in "\"”’'"
        return not (closed_quote and _next_word(text, punct_end)[:1].islower())
    if text[punct_start : punct_end].startswith(".."):
        # An ellipsis mid-paragraph usually trails off inside a sentence.
        return _next_word(text, punct_end)[:1].isupper()
    raw = _word_before(text, punct_start)
    if not raw:
        return True
    kind = abbreviation_kind(raw.rstrip("."))
    if kind == "prepositive":  # "Brig. Gen. Ana Ruiz": a title's stop never ends a sentence
        return False
    if kind == "abbreviation":
        # "Champaign, Ill. in 1998", "Calif. on Monday", "U.S. officials": only a word that
        # plainly opens a sentence shows the abbreviation's stop also ended one.
        next_word = _next_word(text, punct_end)
        return next_word.lower() in SENTENCE_OPENERS and next_word[:1].isupper()
    return True


# What ``_word_before`` walks back over in an ASCII window: ``isalpha`` is true of exactly
# these letters there, and "’" is not ASCII.
_ASCII_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'-"


def _word_before(text: str, end: int) -> str:
    """The word (letters, dots, apostrophes, hyphens) ending at ``end``, starting with a letter.

    A backwards scan: a regex search would retry from every position of the window. In
    an ASCII window (nearly every one) the scan is ``rstrip`` of those characters, and the
    first letter is found by ``lstrip`` of the marks (the same answer, in C: segmentation
    asks this at every full stop).
    """
    window = text[end - 40 if end > 40 else 0 : end]
    if window.isascii():
        return window[len(window.rstrip(_ASCII_WORD_CHARS)) :].lstrip(".'-")
    start = end
    while start > 0 and end - start < 40 and (text[start - 1].isalpha() or text[start - 1] in ".'’-"):
        start -= 1
    while start < end and not text[start].isalpha():
        start += 1
    return text[start:end]


_NEXT_WORD = re.compile(r"\s*+[\"'“‘(\[]*([\w’'-]+)")


def _next_word(text: str, offset: int) -> str:
    match = _NEXT_WORD.match(text, offset)
    return match.group(1) if match else ""
