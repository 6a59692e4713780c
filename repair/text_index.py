"""A per-document index of the sentence facts many rules filter on before reading a sentence.

Twenty-odd rules loop over every sentence of a document and throw most of them away on a
cheap look: the sentence opens no paragraph ("a sentence after another in its paragraph"),
is short, or opens with a given character ("He", "According", a lower-case letter). The
look is cheap, but at ~15,000 sentences per MB of news each loop cost 1-3 ms per MB of
Python just to be told "no" (issue 13). This index answers those looks once per document
and hands each rule only its candidates, in document order:

* :attr:`TextIndex.starts` / :attr:`TextIndex.ends`: each sentence's start and end offset
  (lists, ascending; the ends too, since sentences never overlap).
* :meth:`TextIndex.opening_with` / :meth:`TextIndex.opening_where`: the sentences whose
  first character is one of some characters, or passes a test; found by a C scan of the
  string of first characters (one character per sentence, built once).
* :attr:`TextIndex.later` / :meth:`TextIndex.later_within`: the sentences after another in
  their paragraph (``index_in_paragraph > 0``), all or those of at most ``max_chars``
  characters; the later sentences are sorted by length once, so each ask is a bisection
  and a sort of its answer.
* :meth:`TextIndex.ending_at` / :meth:`TextIndex.sentence_at`: the sentences that end at
  some offsets; the sentence that holds an offset (so that one scan of the whole text
  for a rule's cue can stand for a search in every sentence).
* :meth:`TextIndex.counts_of` / :meth:`TextIndex.holding_at_least`: how many times each
  sentence holds a character; the sentences holding it at least ``n`` times (a tag between
  two commas needs two). ``str.count`` over every span, in C: ~2 ms per MB.
* :meth:`TextIndex.ending_with`: the sentences whose text ends with one of some suffixes
  (a tag's " said."), ``str.endswith`` over every span, in C.

Every answer is a list of sentence positions (indexes into ``doc.sentences``), ascending,
exactly those the rule's own per-sentence test would keep (checked by
tests/test_text_index.py against plain loops). The index holds the text and the sentences,
never the document (no reference cycle through ``doc.memo``), and is not carried across
``Document.edited``: an edited document is a new one and gets its own index.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cached_property
from itertools import compress, repeat
from operator import attrgetter, sub
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from repair.document import Document, Sentence

_KEY = "text_index.TextIndex"  # its key in ``Document.memo``
_START, _END, _INDEX_IN_PARAGRAPH = attrgetter("span.start"), attrgetter("span.end"), attrgetter("index_in_paragraph")


def text_index(doc: Document) -> TextIndex:
    """The :class:`TextIndex` of ``doc``, built on first ask and kept in ``doc.memo``."""
    found = doc.memo.get(_KEY)
    if found is None:
        found = doc.memo[_KEY] = TextIndex(doc.text, doc.sentences)
    return found  # type: ignore[return-value]


class TextIndex:
    """Sentence facts of one text (see the module). Every part is built on first use."""

    def __init__(self, text: str, sentences: tuple[Sentence, ...]) -> None:
        self.text = text
        self.sentences = sentences
        self._opening: dict[str, list[int]] = {}
        self._counts: dict[str, list[int]] = {}
        self._at_least: dict[tuple[str, int], list[int]] = {}
        self._ending: dict[tuple[str, ...], list[int]] = {}

    @cached_property
    def starts(self) -> list[int]:
        """Each sentence's start offset, ascending."""
        return list(map(_START, self.sentences))  # (``map`` with an attrgetter: the loop runs in C)

    @cached_property
    def ends(self) -> list[int]:
        """Each sentence's end offset, ascending (sentences never overlap)."""
        return list(map(_END, self.sentences))

    @cached_property
    def firsts(self) -> str:
        """Each sentence's first character, one per sentence (a sentence is never empty)."""
        return "".join(map(self.text.__getitem__, self.starts))

    def opening_with(self, chars: str) -> list[int]:
        """Positions of the sentences whose first character is one of ``chars``, ascending."""
        found = self._opening.get(chars)
        if found is None:
            if not chars:
                found = []
            else:
                pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]")
                found = [match.start() for match in pattern.finditer(self.firsts)]
            self._opening[chars] = found
        return found

    def opening_where(self, test: Callable[[str], bool]) -> list[int]:
        """Positions of the sentences whose first character passes ``test`` (a function of
        one character, such as ``str.islower``), ascending: the test is asked of each
        distinct first character once, not of every sentence."""
        return self.opening_with("".join(sorted(c for c in set(self.firsts) if test(c))))

    @cached_property
    def _later_by_length(self) -> tuple[list[int], list[int]]:
        """The lengths of the later sentences (``index_in_paragraph > 0``), ascending, and
        their positions in the same order."""
        lengths = list(map(sub, self.ends, self.starts))
        later = list(compress(range(len(lengths)), map(_INDEX_IN_PARAGRAPH, self.sentences)))
        later.sort(key=lengths.__getitem__)  # stable: equal lengths stay in text order
        return list(map(lengths.__getitem__, later)), later

    @cached_property
    def later(self) -> list[int]:
        """Positions of the sentences after another in their paragraph, ascending."""
        return sorted(self._later_by_length[1])

    def later_within(self, max_chars: int) -> list[int]:
        """Positions of the sentences after another in their paragraph that are at most
        ``max_chars`` characters long, ascending."""
        lengths, positions = self._later_by_length
        return sorted(positions[: bisect.bisect_right(lengths, max_chars)])

    def sentence_at(self, offset: int) -> int | None:
        """Position of the sentence whose span holds ``offset`` (start <= offset < end), or
        None when the offset lies between sentences (a blank or a line break)."""
        at = bisect.bisect_right(self.starts, offset) - 1
        return at if at >= 0 and offset < self.ends[at] else None

    def ending_at(self, offsets: Iterable[int]) -> list[int]:
        """Positions of the sentences whose end offset is one of ``offsets``, ascending."""
        ends = self.ends
        found = []
        for offset in sorted(set(offsets)):
            at = bisect.bisect_left(ends, offset)
            if at < len(ends) and ends[at] == offset:
                found.append(at)
        return found

    def counts_of(self, char: str) -> list[int]:
        """How many times each sentence's own text holds ``char`` (one character), one count
        per sentence in order; kept per character."""
        found = self._counts.get(char)
        if found is None:
            found = self._counts[char] = list(map(self.text.count, repeat(char), self.starts, self.ends))
        return found

    def holding_at_least(self, char: str, times: int) -> list[int]:
        """Positions of the sentences whose own text holds ``char`` at least ``times`` times
        (``times`` >= 1), ascending; kept per character and count."""
        key = (char, times)
        found = self._at_least.get(key)
        if found is None:
            counts = self.counts_of(char)
            found = self._at_least[key] = list(compress(range(len(counts)), map(times.__le__, counts)))
        return found

    def ending_with(self, suffixes: tuple[str, ...]) -> list[int]:
        """Positions of the sentences whose own text ends with one of ``suffixes`` (as
        ``str.endswith`` with a tuple reads it), ascending; kept per tuple."""
        found = self._ending.get(suffixes)
        if found is None:
            ends_with = map(self.text.endswith, repeat(suffixes), self.starts, self.ends)
            found = self._ending[suffixes] = list(compress(range(len(self.starts)), ends_with))
        return found
