"""Documents: text segmented once into paragraphs and sentences, as character spans.

Rules read the segmentation from here and never re-split, so every rule agrees on where
sentences start and end.

Segmentation choices, made for machine-translated news:

* A paragraph is one non-blank line. Feeds and MT output put each paragraph on its own
  line; hard-wrapped prose is rare there, and treating lines as units means no repair ever
  joins text across a line break.
* A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by
  whitespace, *whatever the next character is*. Ordinary splitters want a capital next;
  we split before lower-case text too, because ``in Hebron. in the southern hills.`` is exactly
  the damage we look for. Abbreviations (``U.S.``, ``Feb.``, ``Mr.``, initials) and
  decimals (``9.3%``) do not end a sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from repair.edits import Span

# Abbreviations after which a full stop never ends a sentence (lower-cased, no dot).
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm cmdr st jr sr rev hon
    pres supt insp det messrs mt ft fig figs no nos vol vols pp art sec ch para approx
    vs v cf e.g i.e al dept univ assn bros cia cie
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# Abbreviations that can end a sentence when the next word plainly starts a new one.
_MAYBE_FINAL = frozenset("inc corp ltd co plc etc llc u.s u.k u.n e.u a.m p.m".split())
# Words that, capitalised after a maybe-final abbreviation, show a new sentence began.
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i this that these those there its his her their our
    but and however in on at for after before when while if as meanwhile also""".split()
)

# The look-behind lets a match start only at the first mark of a run, and the possessive
# quantifiers never give back what they took: runs of "." or spaces stay linear (a match
# from inside a run succeeds only where one from its start would). The look-behind comes
# after the first mark so the engine keeps its fast scan for the marks.
_BOUNDARY = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"'”’»)\]]*+(?=\s++\S)")


@dataclass(frozen=True)
class Sentence:
    """A sentence span and the index of the paragraph that holds it."""

    span: Span
    paragraph: int
    index_in_paragraph: int


@dataclass(frozen=True)
class Document:
    """Text plus its paragraphs and sentences, segmented once."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    # Work proposers share on this document (the rules' findings, which the model also
    # reads to place its windows): computed once per document, not once per reader.
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Segment ``text``; offsets index into exactly this string."""
        paragraphs = tuple(_paragraph_spans(text))
        # One boundary scan of the whole text, each paragraph taking the marks inside it: a
        # scan per paragraph cost more than the paragraph itself on short-line input. A
        # mark counts only if it ends before its paragraph does, as if scanned alone.
        marks = [match.span() for match in _BOUNDARY.finditer(text)]
        sentences: list[Sentence] = []
        first = 0
        for p_index, para in enumerate(paragraphs):
            while first < len(marks) and marks[first][0] < para.start:
                first += 1
            last = first
            while last < len(marks) and marks[last][1] < para.end:
                last += 1
            for s_index, span in enumerate(_sentence_spans(text, para, marks[first:last])):
                sentences.append(Sentence(span, p_index, s_index))
            first = last
        return cls(text=text, paragraphs=paragraphs, sentences=tuple(sentences))

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.span.start : sentence.span.end]

    def paragraph_text(self, index: int) -> str:
        span = self.paragraphs[index]
        return self.text[span.start : span.end]

    def previous_in_paragraph(self, position: int) -> Sentence | None:
        """The sentence before ``self.sentences[position]`` in the same paragraph."""
        current = self.sentences[position]
        if current.index_in_paragraph == 0:
            return None
        return self.sentences[position - 1]

    def next_in_paragraph(self, position: int) -> Sentence | None:
        """The sentence after ``self.sentences[position]`` in the same paragraph."""
        if position + 1 >= len(self.sentences):
            return None
        following = self.sentences[position + 1]
        if following.paragraph != self.sentences[position].paragraph:
            return None
        return following

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (for display only)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


# A paragraph runs from a line's first non-space to its last (``\s`` is ``str.isspace``).
# One scan of the text; the optional tail backtracks only over trailing blanks.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")


def _paragraph_spans(text: str) -> list[Span]:
    return [Span(*match.span()) for match in _PARAGRAPH.finditer(text)]


def _sentence_spans(text: str, para: Span, marks: list[tuple[int, int]]) -> list[Span]:
    """Sentences of one paragraph; ``marks`` are the ``_BOUNDARY`` matches inside it."""
    if not marks:
        return [para]
    spans: list[Span] = []
    start = para.start
    for mark_start, end in marks:
        if not _is_sentence_end(text, mark_start, end):
            continue
        spans.append(Span(start, end))
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        spans.append(Span(start, para.end))
    return spans


def _is_sentence_end(text: str, punct_start: int, punct_end: int) -> bool:
    """Decide whether the punctuation at ``punct_start`` closes a sentence."""
    if text[punct_start] != ".":
        return True
    if text[punct_start : punct_end].startswith(".."):
        # An ellipsis mid-paragraph usually trails off inside a sentence.
        return _next_word(text, punct_end)[:1].isupper()
    raw = _word_before(text, punct_start)
    if not raw:
        return True
    word = raw.lower().rstrip(".")
    next_word = _next_word(text, punct_end)
    if word in _NEVER_FINAL or word + "." in _NEVER_FINAL:
        return False
    # Initials ("J. K. Rowling", "U.S.") and abbreviations that may end a sentence.
    is_initial = len(word) == 1 and word.isalpha() and raw[:1].isupper()
    if is_initial or "." in word or word in _MAYBE_FINAL:
        return next_word.lower() in _SENTENCE_OPENERS and next_word[:1].isupper()
    return True


def _word_before(text: str, end: int) -> str:
    """The word (letters, dots, apostrophes, hyphens) ending at ``end``, starting with a letter.

    A backwards scan: a regex search would retry from every position of the window.
    """
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
