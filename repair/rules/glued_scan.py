"""Scans behind the glued-word rules: the letter runs a text repeats, its runs that stand
once, and the names it writes alone. Each is linear in the text (no scan of the whole
text per candidate), and none needs word knowledge, so :mod:`repair.rules.glued` imports
them without a cycle.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import cast

from repair.document import Document
from repair.rules.base import lazy_compile

_TOKEN = lazy_compile(r"(?<![\w'’@/.-])[A-Za-z]{7,30}(?![\w'’@/-])")
# Every _TOKEN match is a whole run of ASCII letters, so the distinct runs of seven or more
# letters (a plain scan, no look-behind at every position) are all the tokens there can be.
_LETTER_RUN = re.compile(r"[A-Za-z]{7,}")
# Every run of three ASCII letters or more: GL015's candidates, and, those of seven or more,
# GL001's (the same maximal runs: neither pattern can match inside a longer run). Counted by
# line (``Document.line_counts``), so the one count serves both rules, and ``fix``, which
# re-runs them over the whole text each round, recounts only the lines a round changed.
_LETTER_RUN3_PATTERN = re.compile(r"[A-Za-z]{3,}")
# Each byte that is no ASCII letter made a space: the text encoded as ASCII with every other
# character a "?" (one byte each), so ``split()`` gives its maximal ASCII letter runs.
_LETTERS_ONLY = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))


class _LetterRuns3:
    """``_LETTER_RUN3_PATTERN`` counted in C: ``findall(text, pos, endpos)`` is its ``findall``
    and ``count_all(text)`` is ``Counter(findall(text))``, the same keys in the same order
    (equal by test, tests/rules/test_fast_scans46.py). The runs come from one byte
    translation and ``split()``; the count is over every run and only its distinct keys are
    filtered by length (1 MB of news: 41 -> 28 ms, the regex's ``findall`` and a ``Counter``
    of its 131,000 runs). Passed to :meth:`Document.line_counts` in the pattern's place: it
    calls ``count_all`` for the whole text and ``findall`` for the lines an edit changed."""

    def _runs(self, text: str) -> list[str]:
        return text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return [run for run in self._runs(text[pos:endpos]) if len(run) > 2]

    def count_all(self, text: str) -> Counter[str]:
        return Counter({run: n for run, n in Counter(self._runs(text)).items() if len(run) > 2})


_LETTER_RUN3 = cast("re.Pattern[str]", _LetterRuns3())


# Counting a token in the text costs about a nanosecond a character (a C scan); looking up
# every window of the distinct letter runs costs about this many times more per character
# (measured here), so up to this many tokens of one length are counted one by one.
_WINDOW_COST = 50


def _repeated(text: str, tokens: set[str], runs: Mapping[str, int] | None = None) -> set[str]:
    """The ``tokens`` that occur more than once in ``text`` (``text.count(token) > 1``).

    Each token is a whole run of ASCII letters of ``text``, so it occurs again exactly
    when that run repeats or when it sits inside another, longer run. ``runs`` (the
    ``Counter`` of ``_LETTER_RUN.findall(text)``, counted here when not given) answers the
    first; the second is searched in the distinct runs only, never in the text: a few
    tokens of a length are counted one by one in the runs joined by newlines (so each
    run holds a token at most once more than itself), many (a garbled feed) are looked
    up in every window of the longer runs, one pass per token length. The cost is one
    scan of the text plus work on its vocabulary (where a count per token over the whole
    text grew with the text: 154 counts, 1.8 s of a 32 MB check).
    """
    if runs is None:
        runs = Counter(_LETTER_RUN.findall(text))
    by_length: dict[int, set[str]] = {}
    for token in tokens:
        by_length.setdefault(len(token), set()).add(token)
    joined: str | None = None
    repeated = {token for token in tokens if runs[token] > 1}
    for length, group in by_length.items():
        if len(group) <= _WINDOW_COST:  # counting costs at most what the windows would
            if joined is None:
                joined = "\n".join(runs)
            repeated.update(token for token in group if joined.count(token) > 1)
            continue
        for run in runs:
            if len(run) > length:
                repeated.update(group.intersection(run[i : i + length] for i in range(len(run) - length + 1)))
    return repeated


def letter_runs(doc: Document, shortest: int = 3) -> dict[str, int]:
    """How often each run of at least ``shortest`` (3 or more) ASCII letters stands in the
    text: ``Counter(re.findall(rf"[A-Za-z]{{{shortest},}}", doc.text))`` as a plain dict,
    in no set order, cut from the one per-line count of :data:`_LETTER_RUN3` kept in
    ``doc.memo`` (whose entries may hold 0 after ``Document.edited``: left out here).
    Raises ValueError for ``shortest`` under 3."""
    if shortest < 3:
        raise ValueError(f"letter runs are counted from three letters, not {shortest}")
    counts = doc.line_counts(_LETTER_RUN3)
    if shortest == 3:
        return {run: n for run, n in counts.items() if n > 0}
    return {run: n for run, n in counts.items() if n > 0 and len(run) >= shortest}


# A ``find`` of one token costs about 0.18 ms per MB of text it scans; a test of every
# long letter run about 15 ms per MB of news (measured here), as much as this many finds,
# so more tokens than this are looked up in one scan of the runs.
_FIND_COST = 85


def _single_tokens(text: str, once: set[str]) -> list[re.Match[str]]:
    """The ``_TOKEN.finditer(text)`` matches whose token is in ``once``: runs of 7 to 30
    ASCII letters that each occur exactly once in ``text``.

    A ``_TOKEN`` match is a whole run of letters, so the one occurrence of such a run is
    a match exactly when ``_TOKEN`` matches there. A few tokens are each found with one
    ``find``; many (a long garbled feed, where a ``find`` each grew with the text: 68
    finds, 0.18 s of 16 MB) with one scan of the letter runs.
    """
    if len(once) <= _FIND_COST:
        starts: Iterable[int] = (text.find(token) for token in once)
    else:
        starts = (run.start() for run in _LETTER_RUN.finditer(text) if run.group() in once)
    found = (_TOKEN.match(text, start) for start in starts)
    return sorted((m for m in found if m is not None and m.group() in once), key=lambda m: m.start())


# A name written as a word of its own: a capital that no word character, apostrophe, @,
# slash, dot or hyphen comes before (the look-behind runs only at capitals, not at every
# position), its lower-case letters, and no word character, @, slash or hyphen after.
_ALONE_NAME = re.compile(r"[A-Z](?<![\w'’@/.-].)[a-z]+(?![\w@/-])")
_ALONE_NAMES_KEY = "glued.alone_names"


def alone_names(doc: Document) -> frozenset[str]:
    r"""The names (a capital and lower-case ASCII letters) that the text writes as words of
    their own, found by one scan kept in ``doc.memo``: ``name in alone_names(doc)`` is
    ``bool(re.search(r"(?<![\w'’@/.-])" + name + r"(?![\w@/-])", doc.text))`` for every
    such name (tests/test_scaling_scans.py checks it), where a search per candidate name
    cost a scan of the text each (168 searches, 0.76 s of a 32 MB check)."""
    found = doc.memo.get(_ALONE_NAMES_KEY)
    if found is None:
        # Counted by line (``Document.line_counts``: a match lies inside one line and reads
        # one character on either side), so that ``fix`` recounts only the lines a round
        # changed for the document-scope rules (CA007, CA012) it re-runs on the whole text.
        counts = doc.line_counts(_ALONE_NAME)
        found = doc.memo[_ALONE_NAMES_KEY] = frozenset(name for name, count in counts.items() if count > 0)
    return cast("frozenset[str]", found)
