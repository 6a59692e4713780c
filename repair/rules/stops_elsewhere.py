"""Whole-document word evidence for the false-stop repairs: whether a capitalised word after
a stop also stands in lower case elsewhere in the document (an ordinary word whose capital
only marks the false sentence start) or capitalised mid-sentence elsewhere (a name). Split
from :mod:`repair.rules.stops_words`, which re-exports :func:`lower_elsewhere` and
:func:`name_elsewhere`. The indexes of the text are built once per text and cached, since
one document asks about many words in a row.
"""

from __future__ import annotations

import functools
import itertools
import re

from repair.rules.base import lazy_compile


def lower_elsewhere(word: str, text: str) -> bool:
    """The word also occurs in lower case in the document, so its capital here is only
    the false sentence start ("… acquisition. Proposal." in a story about a proposal)."""
    lower = word.lower()
    if lower == word:
        return False
    if _WORD_RUN.fullmatch(lower):
        # A plain word matches only as a whole run of word characters: one index of the
        # text instead of a scan per call (quadratic on garbled text with many fragments).
        return lower in _lower_runs(text)
    pattern = re.compile(rf"{_LOWER_BEFORE}\b{re.escape(lower)}\b")
    starts = _joined_starts(text, lower)
    if starts is not None:  # "xi’s", "co-op": only where its first run and mark stand
        return any(pattern.match(text, start) for start in starts)
    return pattern.search(text) is not None


def name_elsewhere(word: str, text: str, here: int) -> bool:
    """The word is capitalised somewhere else mid-sentence in the document, so it is a name
    ("… by the council. Ito." where Ito is named elsewhere): an appositive, not a modifier."""
    if word[:1].isupper() and _WORD_RUN.fullmatch(word):
        count, first = _name_runs(text).get(word, (0, -1))
        return count > 1 or (count == 1 and first != here)
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    starts = _joined_starts(text, word)
    found = (start for start in starts if pattern.match(text, start)) if starts is not None else (
        match.start() for match in pattern.finditer(text))
    return any(start != here and not _mid_sentence_miss(text, start) for start in found)


# Indexes of the whole-text word evidence above, built once per text (the rule asks for
# many words of one document in a row) and only when a fragment needs them.
_WORD_RUN = lazy_compile(r"\w+")
_LOWER_BEFORE = r"(?<![\w.] )(?<!^)"
_START_BEFORE = lazy_compile(r"(?:^|[.!?\"”]\s+)$")


def _mid_sentence_miss(text: str, start: int) -> bool:
    """True when the word at ``start`` opens the text or follows a stop (not name evidence)."""
    return _START_BEFORE.search(text[max(0, start - 3) : start]) is not None


@functools.lru_cache(maxsize=2)
def _lower_runs(text: str) -> frozenset[str]:
    """Every whole word of ``text`` at a place ``lower_elsewhere`` counts."""
    return frozenset(re.findall(rf"{_LOWER_BEFORE}\b\w+", text))


@functools.lru_cache(maxsize=2)
def _name_runs(text: str) -> dict[str, tuple[int, int]]:
    """Capitalised whole words of ``text`` that ``name_elsewhere`` counts: how many times,
    and where first."""
    found: dict[str, tuple[int, int]] = {}
    # The words of ``\b[^\W\d_]\w*`` that open with a capital, in two scans: an ASCII
    # capital (found by the letter, the boundary checked behind it), then any other
    # letter; a word is in one scan only, so each word's matches still come in order.
    ascii_capitals = _ASCII_CAPITALISED.finditer(text)
    others = (m for m in _OTHER_LETTER_WORD.finditer(text) if m.group()[0].isupper())
    for m in itertools.chain(ascii_capitals, others):
        word = m.group()
        if not _mid_sentence_miss(text, m.start()):
            count, first = found.get(word, (0, m.start()))
            found[word] = (count + 1, first)
    return found


_ASCII_CAPITALISED = lazy_compile(r"[A-Z](?<!\w[A-Z])\w*")
_OTHER_LETTER_WORD = lazy_compile(r"\b[^\W\dA-Za-z_]\w*")
_JOINED = lazy_compile(r"\b(\w+)([^\w\s])")


def _joined_starts(text: str, word: str) -> list[int] | None:
    """Where ``word`` (a word with an inner mark, "Xi’s") can match as ``\\bword\\b``:
    the starts of its first run of word characters followed by the same mark. None
    when ``word`` does not start and end with a word character (scan for it instead)."""
    head = _WORD_RUN.match(word)
    if head is None or head.end() == len(word) or not _WORD_RUN.fullmatch(word[-1]) or word[head.end()].isspace():
        return None
    return _joined_runs(text).get((head.group(), word[head.end()]), [])


@functools.lru_cache(maxsize=2)
def _joined_runs(text: str) -> dict[tuple[str, str], list[int]]:
    """Starts of every run of word characters followed by a mark (not a space), by run and mark."""
    found: dict[tuple[str, str], list[int]] = {}
    for m in _JOINED.finditer(text):
        found.setdefault((m.group(1), m.group(2)), []).append(m.start())
    return found
