"""Whole-document word evidence for the false-stop repairs: whether a capitalised word after
a stop also stands in lower case elsewhere in the document (an ordinary word whose capital
only marks the false sentence start) or capitalised mid-sentence elsewhere (a name). Split
from :mod:`repair.rules.stops_words`, which re-exports :func:`lower_elsewhere` and
:func:`name_elsewhere`. The indexes of the text are built once per text and cached, since
one document asks about many words in a row.
"""

from __future__ import annotations

import collections
import functools
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
        # Elsewhere than ``here``: twice or more, or once at a place other than ``here``
        # (the one place counted is ``here`` exactly when ``here`` is a place counted).
        count = _name_counts(text).get(word, 0)
        return count > 1 or (count == 1 and not _counted_at(text, here, word))
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
    """Every whole word of ``text`` at a place ``lower_elsewhere`` counts: ``\\b\\w+`` after
    :data:`_LOWER_BEFORE`, found from the character before the word (anything but a word
    character or a space, or a space with no word character or point before it), which the
    engine skips to in C instead of trying both look-behinds at every position."""
    return frozenset(_LOWER_RUN.findall(text))


_LOWER_RUN = lazy_compile(r"(?:[^\w ]| (?<![\w.] ))(\w+)")


@functools.lru_cache(maxsize=2)
def _name_counts(text: str) -> dict[str, int]:
    """Capitalised whole words of ``text`` that ``name_elsewhere`` counts (``\\b[^\\W\\d_]\\w*``
    opening with a capital, at no place :func:`_mid_sentence_miss` rejects): how many times.

    Two scans, each led by the word's first letter (an ASCII capital, then any other letter
    whose case is read after), with the places rejected tested by look-behinds in the
    engine: the text's start, a line break that opens it, or a stop (or quotation mark) and
    one or two blanks. The words are counted in C; no Python work per word."""
    counts = collections.Counter(_ASCII_CAPITALISED.findall(text))
    counts.update(word for word in _OTHER_LETTER_WORD.findall(text) if word[0].isupper())
    return counts


def _counted_at(text: str, here: int, word: str) -> bool:
    """Whether :func:`_name_counts` counted ``word`` at ``here``: the whole run of word
    characters there is ``word``, at no place :func:`_mid_sentence_miss` rejects."""
    end = here + len(word)
    return here >= 0 and text.startswith(word, here) \
        and (here == 0 or _WORD_RUN.match(text, here - 1, here) is None) \
        and _WORD_RUN.match(text, end, end + 1) is None and not _mid_sentence_miss(text, here)


# What follows a word's first letter ``L`` at a place a name is counted: no word character
# before ``L`` (a run's start), and before it neither the text's start, nor a line break
# that opens the text, nor a stop or quotation mark and one or two blanks.
_COUNTED_PLACE = r'(?<!\w{L})(?<!^{L})(?<!^\n{L})(?<![.!?"”]\s{L})(?<![.!?"”]\s\s{L})'
_ASCII_CAPITALISED = lazy_compile(r"[A-Z]" + _COUNTED_PLACE.replace("{L}", "[A-Z]") + r"\w*")
_OTHER_LETTER_WORD = lazy_compile(r"[^\W\dA-Za-z_]" + _COUNTED_PLACE.replace("{L}", ".") + r"\w*", re.DOTALL)
_JOINED = lazy_compile(r"\b(\w+)([^\w\s])")


def _joined_starts(text: str, word: str) -> list[int] | None:
    """Where ``word`` (a word with an inner mark, "Xi’s") can match as ``\\bword\\b``:
    the starts of its first run of word characters followed by the same mark. None
    when ``word`` does not start and end with a word character (scan for it instead)."""
    head = _WORD_RUN.match(word)
    if head is None or head.end() == len(word) or not _WORD_RUN.fullmatch(word[-1]) or word[head.end()].isspace():
        return None
    return _joined_places(text, head.group(), word[head.end()])


# A text is asked about a few such words (a handful a MB of garbled text): each is found by
# a scan for its run and mark (a literal, searched for in C); past this many distinct
# questions about one text, one index of every run and mark answers the rest, so the
# work stays linear however many are asked.
_JOINED_SCANS = 32


def _joined_places(text: str, run: str, mark: str) -> list[int]:
    """The starts of ``run`` (word characters) as a whole run followed by ``mark`` (no word
    character, no blank) in ``text``: :func:`_joined_runs`' entry, scanned for alone while
    few are asked."""
    asked = _joined_asked(text)
    places = asked.get((run, mark))
    if places is None:
        if len(asked) >= _JOINED_SCANS:
            return _joined_runs(text).get((run, mark), [])
        # The literal first (the engine skips to it), then no word character before it.
        literal = re.escape(run + mark)
        places = asked[run, mark] = [m.start() for m in re.finditer(rf"{literal}(?<!\w{literal})", text)]
    return places


@functools.lru_cache(maxsize=2)
def _joined_asked(text: str) -> dict[tuple[str, str], list[int]]:
    """The answers of :func:`_joined_places` scanned for so far in ``text``, by run and mark."""
    return {}


@functools.lru_cache(maxsize=2)
def _joined_runs(text: str) -> dict[tuple[str, str], list[int]]:
    """Starts of every run of word characters followed by a mark (not a space), by run and mark."""
    found: dict[tuple[str, str], list[int]] = {}
    for m in _JOINED.finditer(text):
        found.setdefault((m.group(1), m.group(2)), []).append(m.start())
    return found
