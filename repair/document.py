"""Documents: text segmented once into paragraphs and sentences, as character spans.

Rules read the segmentation from here and never re-split, so every rule agrees on where
sentences start and end. How a text is cut into paragraphs and sentences (and why) is
:mod:`repair.segmentation`; the memo entries carried across edits are
:mod:`repair.document_memo`; whole-word lookups are :mod:`repair.word_uses`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

# LOWERED is re-exported: rules and tests import it from here (the memo key's home is document_memo).
from repair.document_memo import LOWERED, CarriedMemo
from repair.edits import Span
from repair.line_index import end_of_line, start_of_line

# Sentence is re-exported: rules and tests import it from here (its home is segmentation).
from repair.segmentation import _BOUNDARY, Sentence, _paragraph_spans, _sentence, _sentence_spans, _span
from repair.word_uses import WordUses

__all__ = ["LOWERED", "Document", "Sentence"]

# ``Document.edited`` segments the whole new text afresh when the changed regions number
# more than one in this many paragraphs: each region costs a segmentation call of its own
# and every span after the first change is moved anyway, so past this density a fresh
# segmentation is cheaper (2 MB of dev pairs, round 1 of fix, one region in 2.3
# paragraphs: 0.064 -> 0.036 s; round 2, one in 10: 0.029 either way).
_DENSE_REGIONS = 8


@dataclass(frozen=True)
class Document(CarriedMemo, WordUses):
    """Text plus its paragraphs and sentences, segmented once."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    # Work proposers share on this document (the rules' findings, which the model also
    # reads to place its windows): computed once per document, not once per reader.
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)
    # The whole Document this one was cut from (``section``; ``repair.recheck``'s slices),
    # None when it is the whole text. Text-wide evidence (the apostrophe and quotation marks
    # an edit writes, whether the text is typed in lower case) is read from it
    # (:attr:`evidence`), so a rule on a slice decides as it does on the whole text (issue 13).
    whole: Document | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Segment ``text``; offsets index into exactly this string."""
        paragraphs = tuple(_paragraph_spans(text))
        # One boundary scan of the whole text, each paragraph taking the marks inside it: a
        # scan per paragraph cost more than the paragraph itself on short-line input. A
        # mark counts only if it ends before its paragraph does, as if scanned alone (every
        # mark the scan finds does: one at a line's end is not found).
        marks = [match.span() for match in _BOUNDARY.finditer(text)]
        sentences: list[Sentence] = []
        add = sentences.append
        count = len(marks)
        first = 0
        for p_index, para in enumerate(paragraphs):
            while first < count and marks[first][0] < para.start:
                first += 1
            last = first
            while last < count and marks[last][1] < para.end:
                last += 1
            if first == last:  # no mark inside: the paragraph is one sentence (most short lines)
                add(_sentence(para, p_index, 0))
                continue
            for s_index, span in enumerate(_sentence_spans(text, para, marks[first:last])):
                add(_sentence(span, p_index, s_index))
            first = last
        return cls(text=text, paragraphs=paragraphs, sentences=tuple(sentences))

    @property
    def evidence(self) -> Document:
        """The Document text-wide evidence is read from: :attr:`whole`, else this one."""
        return self if self.whole is None else self.whole

    @property
    def evidence_text(self) -> str:
        """The whole text, for text-wide style: :attr:`evidence`'s text."""
        return self.text if self.whole is None else self.whole.text

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

    def section(self, start: int, end: int) -> Document:
        """``Document.from_text(text[start:end])``, cut from this one without segmenting
        again when ``start`` is a line start (0 or just after a line break) and ``end`` a
        line end (a line break's offset, or the text's end): segmentation is per line, so
        the cut equals segmenting the slice (tests/test_document.py checks it). Other
        slices are segmented. ``Pipeline.fix`` re-checks slices of a text it has segmented
        whole, and its slices always run from line to line. Either way the cut reads
        text-wide evidence from the whole text (:attr:`whole`), as its rules would there.
        """
        if not (start == 0 or self.text[start - 1] == "\n") or not (end == len(self.text) or self.text[end] == "\n"):
            # A cut inside a line (a paragraph without its line's blanks): segmented afresh,
            # but still a cut of this text, so its rules weigh the same text-wide evidence.
            return replace(Document.from_text(self.text[start:end]), whole=self.evidence)
        first = bisect.bisect_left(self._paragraph_starts, start)
        last = bisect.bisect_left(self._paragraph_starts, end)
        paragraphs = tuple(_span(p.start - start, p.end - start) for p in self.paragraphs[first:last])
        low = bisect.bisect_left(self._sentence_starts, start)
        high = bisect.bisect_left(self._sentence_starts, end)
        sentences = tuple(_sentence(_span(s.span.start - start, s.span.end - start), s.paragraph - first,
                                   s.index_in_paragraph) for s in self.sentences[low:high])
        cut = Document(text=self.text[start:end], paragraphs=paragraphs, sentences=sentences,
                       whole=self.evidence)
        self._cut_line_positions(cut, start, end)
        return cut
    def joined_sections(self, ranges: Sequence[tuple[int, int]], separator: str) -> Document:
        """``Document.from_text(separator.join(text[lo:hi] for lo, hi in ranges))``, cut
        from this one without segmenting again, reading text-wide evidence from the whole
        text (:attr:`evidence`), as :meth:`section` does for one range.

        ``ranges``: ascending, not overlapping, each whole lines (``lo`` a line start, ``hi``
        a line end, as :meth:`section` cuts without segmenting); ``separator``: line breaks
        only (``repair.recheck.JOIN``), so every line of the result is one of the ranges'
        lines or blank, and segmentation is per line. Otherwise the joined text is
        segmented afresh. The :meth:`line_positions` entries are cut and joined too (each
        position is decided by its own line). ``fix``'s re-check proposes on such a join of
        its slices (``RecheckPlan.joined``): segmenting it and scanning it again cost about
        as much as a paragraph-scope rule on 2 MB of dense damage (issue 13).
        """
        text = self.text
        pieces = [text[lo:hi] for lo, hi in ranges]
        joined_text = separator.join(pieces)
        if separator.strip("\n") or any(
                not (lo == 0 or text[lo - 1] == "\n") or not (hi == len(text) or text[hi] == "\n") or lo > hi
                or (k and lo <= ranges[k - 1][1]) for k, (lo, hi) in enumerate(ranges)):
            return replace(Document.from_text(joined_text), whole=self.evidence)
        paragraph_starts, sentence_starts = self._paragraph_starts, self._sentence_starts
        paragraphs: list[Span] = []
        sentences: list[Sentence] = []
        at = 0  # where the current range starts in the joined text
        for lo, hi in ranges:
            delta = at - lo
            first = bisect.bisect_left(paragraph_starts, lo)
            last = bisect.bisect_left(paragraph_starts, hi)
            renumber = len(paragraphs) - first
            paragraphs.extend(_span(p.start + delta, p.end + delta) for p in self.paragraphs[first:last])
            low = bisect.bisect_left(sentence_starts, lo)
            high = bisect.bisect_left(sentence_starts, hi)
            sentences.extend(_sentence(_span(x.span.start + delta, x.span.end + delta), x.paragraph + renumber,
                                       x.index_in_paragraph) for x in self.sentences[low:high])
            at += hi - lo + len(separator)
        joined = Document(text=joined_text, paragraphs=tuple(paragraphs), sentences=tuple(sentences),
                          whole=self.evidence)
        self._join_line_positions(joined, ranges, len(separator))
        return joined

    def edited(self, text: str, changes: Sequence[tuple[int, int, int]]) -> Document:
        """``Document.from_text(text)``, where ``text`` is this document's text with
        ``changes`` made: ``(start, end, new_length)`` each, offsets into this text, in
        order and not overlapping (what ``Pipeline.fix`` applied in a round).

        Segmentation is per line, so only the lines the changes touch are segmented again;
        every other paragraph and sentence is this document's, moved by what the changes
        before it added or removed (the same objects where nothing moved). A round of
        ``fix`` changes a few lines: segmenting the whole new text again cost a tenth of
        it. Changes in most stretches of the text (more than one changed region per
        ``_DENSE_REGIONS`` paragraphs) get a fresh segmentation, which costs less there,
        and their line counts are counted afresh when asked. Changes that do not lead to
        ``text`` (lengths that do not add up, disorder) get a fresh segmentation too (the
        caller promises the rest). Equal to ``from_text`` by test, down both paths
        (tests/test_scaling.py).
        """
        old = self.text
        regions: list[list[int]] = []  # [old line start, old line end, length change], merged
        cursor = 0
        grown = 0
        for start, end, length in changes:
            if start < cursor or end < start or end > len(old) or length < 0:
                return Document.from_text(text)
            cursor = end
            grown += length - (end - start)
            line_start = start_of_line(old, start)
            line_end = end_of_line(old, end)
            line_end = len(old) if line_end < 0 else line_end
            if regions and line_start <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], line_end)
                regions[-1][2] += length - (end - start)
            else:
                regions.append([line_start, line_end, length - (end - start)])
        if len(text) != len(old) + grown:
            return Document.from_text(text)
        if len(regions) * _DENSE_REGIONS > len(self.paragraphs):
            # Changes in most stretches of the text (dense damage, round 1): segmenting it
            # whole is cheaper than a segmentation per changed region plus moving every
            # span after the first, and counting a line count afresh when asked cheaper
            # than carrying it region by region (2 MB of dev pairs, 3,133 regions: 0.073 s
            # against 0.028, and a fresh count 0.017). Same Document and same positive
            # counts either way (by test). The sentences of an unchanged line are the same
            # either way too, so per-sentence answers are carried down this path as well.
            fresh = Document.from_text(text)
            self._carry_sentence_answers(fresh, regions)
            self._carry_line_positions(fresh, regions)
            return fresh
        paragraphs: list[Span] = []
        sentences: list[Sentence] = []
        done = 0  # the old paragraphs before this one are placed
        shift = 0
        for line_start, line_end, change in regions:
            first = bisect.bisect_left(self._paragraph_starts, line_start)
            self._moved(done, first, shift, paragraphs, sentences)
            done = bisect.bisect_left(self._paragraph_starts, line_end)  # the region's paragraphs are redone
            lo = line_start + shift
            part = Document.from_text(text[lo : line_end + shift + change])
            base = len(paragraphs)
            paragraphs.extend(_span(p.start + lo, p.end + lo) for p in part.paragraphs)
            sentences.extend(_sentence(_span(x.span.start + lo, x.span.end + lo), x.paragraph + base,
                                      x.index_in_paragraph) for x in part.sentences)
            shift += change
        self._moved(done, len(self.paragraphs), shift, paragraphs, sentences)
        edited = Document(text=text, paragraphs=tuple(paragraphs), sentences=tuple(sentences))
        self._carry_line_counts(edited, regions)
        self._carry_lowered(edited, regions)
        self._carry_sentence_answers(edited, regions)
        self._carry_line_positions(edited, regions)
        return edited
    def _moved(self, first: int, last: int, shift: int, paragraphs: list[Span], sentences: list[Sentence]) -> None:
        """Append paragraphs ``first`` to ``last`` (excluded) and their sentences, moved
        ``shift`` characters and renumbered to follow what ``paragraphs`` holds."""
        if first >= last:
            return
        low = bisect.bisect_left(self._sentence_starts, self.paragraphs[first].start)
        high = bisect.bisect_left(self._sentence_starts, self.paragraphs[last].start) \
            if last < len(self.paragraphs) else len(self.sentences)
        renumber = len(paragraphs) - first
        if shift == 0 and renumber == 0:
            paragraphs.extend(self.paragraphs[first:last])
            sentences.extend(self.sentences[low:high])
            return
        paragraphs.extend(_span(p.start + shift, p.end + shift) for p in self.paragraphs[first:last])
        sentences.extend(_sentence(_span(x.span.start + shift, x.span.end + shift), x.paragraph + renumber,
                                   x.index_in_paragraph) for x in self.sentences[low:high])

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    @cached_property
    def folded(self) -> str | None:
        """``text.lower()``, or None when lower-casing could move or merge letters.

        Rules scan this to find case-insensitive candidates with a case-sensitive (faster)
        pattern, then read the original text at the same offsets. It is None when the
        text holds one of the four characters for which that would differ: U+0130 (its
        lower case is two characters, so offsets would shift) and U+0131, U+017F, U+212A
        (which ``re.IGNORECASE`` equates with an ASCII letter). Otherwise every offset is
        kept, an ASCII letter's lower case is its only case-insensitive match, and no
        character changes between word and non-word (checked over all of Unicode in
        tests/test_document.py).
        """
        # Four ``in`` tests, not a character-class search: ``in`` skips ahead in C (and on a
        # text of Latin-1 characters answers at once), the search cost 2.7 ms per MB.
        return None if any(c in self.text for c in _CASE_FOLD_CHARACTERS) else self.text.lower()

    @cached_property
    def beyond_latin1(self) -> bool:
        """Whether the text holds a character above U+00FF (curly quotes, dashes, Greek,
        Cyrillic, CJK): a rule whose cue is such a character need not scan a text without.
        One encoding pass (a copy in C for a Latin-1 text, about 0.3 ms per MB), once per
        document; a character-class search cost 2-3 ms per MB per rule."""
        if self.text.isascii():
            return False
        try:
            self.text.encode("latin-1")
        except UnicodeEncodeError:
            return True
        return False

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (for display only)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


_CASE_FOLD_CHARACTERS = "\u0130\u0131\u017f\u212a"
