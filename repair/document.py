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
  the damage we look for. Titles before a name (``Mr.``, ``Brig. Gen.``) never end a
  sentence; other abbreviations (``U.S.``, ``Calif.``, ``Ave.``, initials) end one only
  before a word that plainly opens a sentence; decimals (``9.3%``) never do. The
  abbreviation knowledge lives in :mod:`repair.abbreviations`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

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


_LINE_COUNTS = "Document.line_counts"  # the first part of each of its keys in ``memo``
_SENTENCE_ANSWERS = "Document.sentence_answers"  # the first part of each of its keys in ``memo``
_LINE_POSITIONS = "Document.line_positions"  # the first part of each of its keys in ``memo``
# A scan for :meth:`Document.line_positions`: ``scan(text, start, end)`` gives lists of
# offsets into ``text`` (each ascending) found between ``start`` and ``end``.
LineScan = Callable[[str, int, int], tuple[list[int], ...]]
# A document's memo may hold ``(text, text.lower())`` under this key (the search for a
# repeated passage, SP001, reads the lower-cased text): :meth:`Document.edited` carries it,
# lower-casing only the changed lines (``lower()`` of 10 MB of news costs 0.15 s a round).
LOWERED = "Document.text.lower(): (text, lowered)"
# ``Document.edited`` segments the whole new text afresh when the changed regions number
# more than one in this many paragraphs: each region costs a segmentation call of its own
# and every span after the first change is moved anyway, so past this density a fresh
# segmentation is cheaper (2 MB of dev pairs, round 1 of fix, one region in 2.3
# paragraphs: 0.064 -> 0.036 s; round 2, one in 10: 0.029 either way).
_DENSE_REGIONS = 8


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
        whole, and its slices always run from line to line.
        """
        if not (start == 0 or self.text[start - 1] == "\n") or not (end == len(self.text) or self.text[end] == "\n"):
            return Document.from_text(self.text[start:end])
        first = bisect.bisect_left(self._paragraph_starts, start)
        last = bisect.bisect_left(self._paragraph_starts, end)
        paragraphs = tuple(_span(p.start - start, p.end - start) for p in self.paragraphs[first:last])
        low = bisect.bisect_left(self._sentence_starts, start)
        high = bisect.bisect_left(self._sentence_starts, end)
        sentences = tuple(_sentence(_span(s.span.start - start, s.span.end - start), s.paragraph - first,
                                   s.index_in_paragraph) for s in self.sentences[low:high])
        cut = Document(text=self.text[start:end], paragraphs=paragraphs, sentences=sentences)
        self._cut_line_positions(cut, start, end)
        return cut

    def _cut_line_positions(self, cut: Document, start: int, end: int) -> None:
        """Each :meth:`line_positions` entry of this document, cut to ``cut``, the whole
        lines from ``start`` to ``end``: the offsets between, moved by ``-start``. Each
        offset is decided by its own line, so these are the slice's own scan (the re-check
        slices of ``fix`` cover most of a densely damaged text, scanned again otherwise)."""
        for key, lists in self.memo.items():
            if isinstance(key, tuple) and key[0] is _LINE_POSITIONS and isinstance(lists, tuple):
                cut.memo[key] = tuple([x - start for x in old[bisect.bisect_left(old, start) :
                                                              bisect.bisect_left(old, end)]] for old in lists)

    def line_counts(self, pattern: re.Pattern[str]) -> Counter[str]:
        """``Counter(pattern.findall(self.text))``, kept in ``memo`` and carried by
        :meth:`edited` to the edited document, which recounts only the lines that changed.

        Only for a pattern whose every match lies inside one line and is decided by that
        line's characters and the line break (or text edge) on either side, never by a
        character further away (a look-behind or look-ahead of one character at most):
        then the text's count is the sum of its lines' counts. Entries may hold 0 after
        carrying (a name no longer written); read the positive ones. Equal to a fresh count
        by test (tests/test_scaling_scans.py).
        """
        key = (_LINE_COUNTS, pattern)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = Counter(pattern.findall(self.text))
        return found  # type: ignore[return-value]

    def sentence_answers(self, name: str) -> dict[int, object]:
        """A rule's answers per sentence, keyed by the sentence's start offset, kept in
        ``memo`` under ``name`` and carried by :meth:`edited` for the lines an edit left
        unchanged (moved to their new offsets; the changed lines' answers dropped).

        Only for answers that depend on nothing but the text of the sentence's own line
        (a line is a paragraph, and :meth:`edited` keeps an unchanged line's sentences
        as they were): then a carried answer equals the one the rule would give afresh.
        ``fix`` re-runs the document rules over the whole text each round; FR001 keeps
        here what it decided from a sentence and the one before it. The caller fills
        the dict; it may hold answers for sentences it never reads.
        """
        key = (_SENTENCE_ANSWERS, name)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = {}
        return found  # type: ignore[return-value]

    def line_positions(self, scan: LineScan) -> tuple[list[int], ...]:
        """``scan(self.text, 0, len(self.text))``, kept in ``memo`` and carried by
        :meth:`edited` to the edited document: the unchanged lines' offsets moved, the
        changed lines scanned afresh (``scan(text, line start, line end)``).

        Only for a scan whose every position is decided by its own line (the line break or
        text edge on either side, never a character further away): then the text's lists
        are its lines' lists in order. ``fix`` re-runs the document rules over the whole
        text each round; GL014's capital scan (``glued_small.capital_hints``) keeps its
        positions here. Equal to a fresh scan by test (tests/test_scaling_answers.py).
        """
        key = (_LINE_POSITIONS, scan)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = scan(self.text, 0, len(self.text))
        return found  # type: ignore[return-value]

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
            line_start = old.rfind("\n", 0, start) + 1
            line_end = old.find("\n", end)
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

    def _carry_line_positions(self, edited: Document, regions: list[list[int]]) -> None:
        """Each :meth:`line_positions` entry of this document, moved to ``edited``: the
        offsets outside the changed ``regions`` (whole old lines, as :meth:`edited` found
        them) moved by the regions before them, each region scanned afresh in the new text."""
        for key, lists in list(self.memo.items()):
            if not (isinstance(key, tuple) and key[0] is _LINE_POSITIONS and isinstance(lists, tuple)):
                continue
            scan: LineScan = key[1]
            carried: tuple[list[int], ...] = tuple([] for _ in lists)
            done = [0] * len(lists)  # per list: its offsets before this one are placed
            shift = 0
            for line_start, line_end, change in regions:
                found = scan(edited.text, line_start + shift, line_end + shift + change)
                for i, old in enumerate(lists):
                    low = bisect.bisect_left(old, line_start, done[i])
                    out = carried[i]
                    out.extend(old[done[i] : low] if shift == 0 else [x + shift for x in old[done[i] : low]])
                    out.extend(found[i])
                    done[i] = bisect.bisect_right(old, line_end, low)
                shift += change
            for i, old in enumerate(lists):
                carried[i].extend(old[done[i] :] if shift == 0 else [x + shift for x in old[done[i] :]])
            edited.memo[key] = carried

    def _carry_sentence_answers(self, edited: Document, regions: list[list[int]]) -> None:
        """Each :meth:`sentence_answers` dict of this document, moved to ``edited``: the
        answers of sentences outside the changed ``regions`` (whole old lines, as
        :meth:`edited` found them) at their offsets plus the length change of the regions
        before them; those inside dropped, to be answered afresh."""
        starts = [region[0] for region in regions]
        shifts = [0]  # shifts[k]: what the first k regions added
        for region in regions:
            shifts.append(shifts[-1] + region[2])
        for key, answers in self.memo.items():
            if not (isinstance(key, tuple) and key[0] is _SENTENCE_ANSWERS and isinstance(answers, dict)):
                continue
            carried: dict[int, object] = {}
            for offset, answer in answers.items():
                k = bisect.bisect_right(starts, offset)  # regions starting at or before it
                if k and offset <= regions[k - 1][1]:
                    continue  # on a changed line
                carried[offset + shifts[k]] = answer
            edited.memo[key] = carried

    def _carry_lowered(self, edited: Document, regions: list[list[int]]) -> None:
        """This document's :data:`LOWERED` entry, moved to ``edited``: the unchanged stretches
        of the old lower-cased text and the changed lines lower-cased afresh. ``str.lower``
        maps each character on its own except a capital sigma, whose form depends on the
        letters around it (a context a line break ends, and the regions are whole lines, but
        a text holding one is simply lower-cased whole); a text whose lower-casing changed
        its length is too (offsets would not match). Equal to ``lower()`` by test
        (tests/test_scaling.py)."""
        entry = self.memo.get(LOWERED)
        if not (isinstance(entry, tuple) and entry[0] is self.text):
            return
        lowered: str = entry[1]
        if len(lowered) != len(self.text) or "\u03a3" in edited.text:
            return
        pieces = []
        at = 0
        shift = 0
        for line_start, line_end, change in regions:
            pieces.append(lowered[at:line_start])
            pieces.append(edited.text[line_start + shift : line_end + shift + change].lower())
            at = line_end
            shift += change
        pieces.append(lowered[at:])
        carried = "".join(pieces)
        if len(carried) == len(edited.text):
            edited.memo[LOWERED] = (edited.text, carried)

    def _carry_line_counts(self, edited: Document, regions: list[list[int]]) -> None:
        """Each :meth:`line_counts` of this document, moved to ``edited`` (this text with
        the changed ``regions`` rewritten, as :meth:`edited` found them): the old lines'
        matches taken off, the new lines' added. The document-scope rules that ``fix``
        re-runs over the whole text each round read such counts (a scan of the whole text
        each time they were counted afresh)."""
        for key, counts in self.memo.items():
            if not (isinstance(key, tuple) and key[0] is _LINE_COUNTS and isinstance(counts, Counter)):
                continue
            pattern: re.Pattern[str] = key[1]
            carried = counts.copy()
            shift = 0
            for line_start, line_end, change in regions:
                carried.subtract(pattern.findall(self.text, line_start, line_end))
                carried.update(pattern.findall(edited.text, line_start + shift, line_end + shift + change))
                shift += change
            edited.memo[key] = carried

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

    def word_uses(self, word: str, at: int | None = None) -> Sequence[int]:
        """Start offsets, in order, of each place ``word`` stands as a whole word: each
        maximal run of word characters (``\\w``) and apostrophes (' ’) that equals
        ``word``, which is what ``re.finditer(rf"(?<![\\w'’]){word}(?![\\w'’])", text)``
        finds (tests/rules/test_hot_paths.py checks it).

        ``word`` must be such a run opening with an ASCII capital ("Brazil", "Kestrovas"),
        else ValueError: the index holds only those runs (a tenth of the words). The first
        :data:`SCANS_BEFORE_INDEX` distinct words are each found by one scan led by the
        word itself (about 0.3 ms per MB); after that an index of every capitalised run is
        made by one scan (about 13 ms per MB, most of AP002 on news, where some 30 words
        are asked about) and kept for the document. A rule that asks in text order passes
        ``at``, where it asks from: once :data:`FORETELLING_QUESTIONS` words are asked, the
        rate so far foretells how many the whole text will ask, and the index is made at
        once when that is more than the scans' allowance (10 MB of news: about 70). So the
        cost stays within about twice the index's, never one whole-text scan per candidate
        (that made AP002 quadratic: 2.2 s of 4 MB of news). The answer is the same either
        way.
        """
        if not _CAPITALISED_WORD.fullmatch(word):
            raise ValueError(f"word_uses needs one word opening with A-Z, not {word!r}")
        index = self.__dict__.get("_capitalised_runs")
        if index is not None:
            return index.get(word, ())
        told = self._found_uses.get(word)
        if told is not None:
            return told
        asked = self._scanned_uses
        found = asked.get(word)
        if found is None:
            asked_so_far = len(asked)
            if asked_so_far >= SCANS_BEFORE_INDEX or (
                    at is not None and asked_so_far >= FORETELLING_QUESTIONS
                    and asked_so_far * len(self.text) > SCANS_BEFORE_INDEX * (at + 1)):
                return self._capitalised_runs.get(word, ())
            found = asked[word] = _whole_word_starts(self.text, word)
        return found

    def find_word_uses(self, words: Iterable[str]) -> None:
        """Find the uses of each of ``words`` that :meth:`word_uses` may be asked about, all
        by one scan, and keep them for it: a rule that knows its questions before it asks
        them (AP002: the names its candidates could ask about) pays one scan led by those
        words, not the index of every capitalised run (4 MB of news: 37 words, about 14 ms
        against 55-65 for the index). The answers are the same: each use is a whole run of
        word characters and apostrophes, so two words' matches never overlap where one of
        them is a use, and at a run's start only the run itself matches (by test). Words
        already answered, and any that :meth:`word_uses` would refuse, are left to it; the
        words found here do not count as questions towards its index.
        """
        if "_capitalised_runs" in self.__dict__:
            return  # the index answers every word already
        found = self._found_uses
        asked = self._scanned_uses
        new = {word for word in words if word not in found and word not in asked and _CAPITALISED_WORD.fullmatch(word)}
        if not new:
            return
        uses: dict[str, list[int]] = {word: [] for word in new}
        text = self.text
        # In a fixed order (the same pattern every run); any order finds the same, since at a
        # run's start only the whole run passes the look-ahead.
        scan = re.compile("(?:" + "|".join(re.escape(word) for word in sorted(new))
                          + r")(?![\w'’])")
        for match in scan.finditer(text):
            start = match.start()
            if start == 0 or not _RUN_CHARACTER.match(text, start - 1):
                uses[match[0]].append(start)
        found.update(uses)

    @cached_property
    def _found_uses(self) -> dict[str, list[int]]:
        return {}

    @cached_property
    def _scanned_uses(self) -> dict[str, list[int]]:
        return {}

    @cached_property
    def _capitalised_runs(self) -> dict[str, list[int]]:
        # A defaultdict fills in C what a get-and-test per run did in Python (12 % faster).
        runs: defaultdict[str, list[int]] = defaultdict(list)
        for match in _CAPITALISED_RUN.finditer(self.text):
            runs[match[0]].append(match.start())
        return dict(runs)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (for display only)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


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


_CASE_FOLD_CHARACTERS = "\u0130\u0131\u017f\u212a"
# A whole run of word characters and apostrophes that opens with an ASCII capital: the
# capital comes first (a fast scan in C), then the look-behind puts it at a run's start.
_CAPITALISED_RUN = re.compile(r"[A-Z](?<![\w'’].)[\w'’]*")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’]*")
_RUN_CHARACTER = re.compile(r"[\w'’]")
# Words looked up by a scan each before :meth:`Document.word_uses` builds its index: a
# scan costs about a fortieth of the index (measured on news).
SCANS_BEFORE_INDEX = 40
# Questions asked in text order before their rate foretells the whole text's.
FORETELLING_QUESTIONS = 8


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Starts of the maximal runs of word characters and apostrophes that equal ``word``
    (itself such a run). The word leads the pattern, so the scan skips in C to each of its
    occurrences; the run's start is tested per occurrence."""
    starts = []
    for match in re.finditer(re.escape(word) + r"(?![\w'’])", text):
        start = match.start()
        if start == 0 or not _RUN_CHARACTER.match(text, start - 1):
            starts.append(start)
    return starts

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
