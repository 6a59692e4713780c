"""Document memo entries that survive an edit: per-line counts, per-sentence answers,
per-line scan positions and the lower-cased text.

:class:`CarriedMemo` is a base of :class:`repair.document.Document`: it gives the memo
accessors rules call (``line_counts``, ``sentence_answers``, ``line_positions``) and the
carriers ``Document.edited`` and ``Document.section`` use to move each entry to the new
document, re-doing only the lines a change touched. Every entry is decided by its own
line, which is what makes carrying it equal to computing it afresh (checked by
tests/test_scaling*.py).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from repair.document import Document

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


class CarriedMemo:
    """The memo accessors and carriers of :class:`repair.document.Document` (a base class
    with no state of its own: it reads the document's ``text`` and ``memo``)."""

    text: str
    memo: dict[object, object]

    def line_counts(self, pattern: re.Pattern[str]) -> Counter[str]:
        """``Counter(pattern.findall(self.text))``, kept in ``memo`` and carried by
        :meth:`Document.edited` to the edited document, which recounts only the lines that changed.

        Only for a pattern whose every match lies inside one line and is decided by that
        line's characters and the line break (or text edge) on either side, never by a
        character further away (a look-behind or look-ahead of one character at most):
        then the text's count is the sum of its lines' counts. Entries may hold 0 after
        carrying (a name no longer written); read the positive ones. Equal to a fresh count
        by test (tests/test_scaling_scans.py).
        """
        compiled = getattr(type(pattern), "compiled", None)
        if compiled is not None:
            # A ``lazy_compile`` pattern: its module's global is the lazy object until first
            # use and the compiled pattern after, so the key is always the compiled one (a
            # count kept under the lazy object would be missed on the next Document).
            pattern = compiled(pattern)
        key = (_LINE_COUNTS, pattern)
        found = self.memo.get(key)
        if found is None:
            # A stand-in counting in C (``glued_scan._LetterRuns3``) gives the same Counter.
            count_all = getattr(pattern, "count_all", None)
            found = self.memo[key] = count_all(self.text) if count_all else Counter(pattern.findall(self.text))
        return found  # type: ignore[return-value]

    def sentence_answers(self, name: str) -> dict[int, object]:
        """A rule's answers per sentence, keyed by the sentence's start offset, kept in
        ``memo`` under ``name`` and carried by :meth:`Document.edited` for the lines an edit left
        unchanged (moved to their new offsets; the changed lines' answers dropped).

        Only for answers that depend on nothing but the text of the sentence's own line
        (a line is a paragraph, and :meth:`Document.edited` keeps an unchanged line's sentences
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
        :meth:`Document.edited` to the edited document: the unchanged lines' offsets moved, the
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
    def _cut_line_positions(self, cut: Document, start: int, end: int) -> None:
        """Each :meth:`line_positions` entry of this document, cut to ``cut``, the whole
        lines from ``start`` to ``end``: the offsets between, moved by ``-start``. Each
        offset is decided by its own line, so these are the slice's own scan (the re-check
        slices of ``fix`` cover most of a densely damaged text, scanned again otherwise)."""
        for key, lists in self.memo.items():
            if isinstance(key, tuple) and key[0] is _LINE_POSITIONS and isinstance(lists, tuple):
                cut.memo[key] = tuple([x - start for x in old[bisect.bisect_left(old, start) :
                                                              bisect.bisect_left(old, end)]] for old in lists)
    def _join_line_positions(self, joined: Document, ranges: Sequence[tuple[int, int]], gap: int) -> None:
        """Each :meth:`line_positions` entry of this document, cut to the whole-line
        ``ranges`` and joined as :meth:`Document.joined_sections` joins their text (``gap``
        characters between two ranges): a range's offsets from its first line's start to
        its last line's end (inclusive, as :meth:`_carry_line_positions` reads a line),
        moved to where the range starts in ``joined``."""
        for key, lists in self.memo.items():
            if not (isinstance(key, tuple) and key[0] is _LINE_POSITIONS and isinstance(lists, tuple)):
                continue
            cut: tuple[list[int], ...] = tuple([] for _ in lists)
            for old, out in zip(lists, cut, strict=True):
                at = 0
                for lo, hi in ranges:
                    delta = at - lo
                    out.extend([x + delta for x in old[bisect.bisect_left(old, lo) : bisect.bisect_right(old, hi)]])
                    at += hi - lo + gap
            joined.memo[key] = cut

    def _carry_line_positions(self, edited: Document, regions: list[list[int]]) -> None:
        """Each :meth:`line_positions` entry of this document, moved to ``edited``: the
        offsets outside the changed ``regions`` (whole old lines, as :meth:`Document.edited` found
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
        :meth:`Document.edited` found them) at their offsets plus the length change of the regions
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
        the changed ``regions`` rewritten, as :meth:`Document.edited` found them): the old lines'
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
