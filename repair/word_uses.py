"""Where a capitalised word stands as a whole word in a document's text.

:class:`WordUses` is a base of :class:`repair.document.Document`: ``word_uses`` answers
by a scan per word for the first few words asked, then by an index of every capitalised
run, kept for the document; ``find_word_uses`` answers a known set of words by one scan.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property

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


class WordUses:
    """The whole-word lookups of :class:`repair.document.Document` (a base class that reads
    the document's ``text`` and keeps its answers in the instance's ``__dict__``)."""

    text: str

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
