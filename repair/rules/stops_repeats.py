"""Whether a piece after a stop opens a passage the document already printed (a repeated
passage, not a cut-off tail), for the false-stop repairs: a search of the text before the
stop, or a word index built once per text when the searches would cost more. Split from
:mod:`repair.rules.stops_words`, which re-exports :func:`repeats_earlier_passage`.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, islice

from repair import lexicon
from repair.document import LOWERED
from repair.rules.base import lazy_compile


def repeats_earlier_passage(text: str, before: int, tokens: list[str],
                            memo: dict[object, object] | None = None) -> bool:
    """The piece's first six words already stand earlier in the document, before the stop
    at ``before`` (in the sentence it closes, too: the first copy may run into it): the
    piece opens a repeated passage, not a cut-off tail. ``memo`` is the document's
    (``Document.memo``): it counts the questions and the characters searched, so a document
    asked about often gets an index of its words (the answer is the same either way)."""
    if len(tokens) < 6:
        return False
    head = " ".join(t.lower() for t in tokens[:6])
    lowered = _lowered(text, memo)
    cut = _lowered_cut(text, lowered, before)
    if cut is not None:
        # The prefix's words are the words of the lower-cased text that start before ``cut``
        # (``before`` where lower() kept every offset). Splitting the whole prefix into words
        # at every candidate made the rule quadratic; instead the head's four inner words,
        # which are whole consecutive words of the prefix, are searched for in the text (only
        # non-word characters stand between them) and each place found is read in a small
        # window; a text asked about many times gets one index of its words instead.
        # Both are compared with the plain reading in tests/rules/test_hot_paths.py.
        if _INDEXED[0] is not text:
            # ``memo`` (the document's): how many questions this pass asked and how many
            # characters their searches read; they decide when the index pays.
            state = memo.get(_SEARCHED) if memo is not None else None
            asked, scanned = state if isinstance(state, tuple) else (0, 0)
            if not _worth_indexing(asked, scanned, cut, len(lowered)):
                reach = [cut]
                found = _found_in_windows(lowered, cut, tokens, head, reach)
                if memo is not None:
                    memo[_SEARCHED] = (asked + 1, scanned + reach[0])
                if found is not None:
                    return found
        return _in_prefix_words(text, cut, head)
    return head in " ".join(lexicon.words(text[:before].lower()))


# Where lower() lengthens characters ("İ" -> "i" + a combining dot), the last text asked
# about: each such character's offset in the text and how many characters lower() has
# added up to and including it.
_SHIFTS: list[object] = [None, (array("q"), array("q"))]


def _lowered_cut(text: str, lowered: str, before: int) -> int | None:
    """Where ``lowered`` (``text.lower()``) has the words of ``text[:before].lower()``:
    ``lexicon.words(text[:before].lower()) == lexicon.words(lowered[:cut])``; None when
    ``before`` is negative or the words might differ (then the caller splits the prefix).

    ``str.lower`` lowers each character on its own but for the Greek capital sigma, which
    becomes "ς" or "σ" by the letters around it (cutting the text can change which); both
    are non-word characters to :data:`lexicon._WORD`, so the words cannot differ unless
    that pattern learns Greek. Any other character keeps its lower-cased length wherever
    it stands, so ``cut`` is ``before`` plus what lower() added before it (once per text:
    a search of the few characters lower() lengthens, then a bisection per question)."""
    if before < 0:
        return None
    if len(lowered) == len(text):
        return before  # every offset kept (the Greek sigma included)
    if "\u03a3" in text and any(  # "Σ"; "σ", "ς"
            lexicon._WORD.search(sigma) for sigma in "\u03c3\u03c2"):
        return None
    if _SHIFTS[0] is not text:
        lengthened = [c for c in set(text) if len(c.lower()) != 1]
        places: array[int] = array("q")
        added: array[int] = array("q")
        total = 0
        if lengthened:
            for match in re.finditer("|".join(map(re.escape, lengthened)), text):
                total += len(match.group().lower()) - 1
                places.append(match.start())
                added.append(total)
        _SHIFTS[:] = [text, (places, added)]
    places, added = _SHIFTS[1]  # type: ignore[misc]
    before = min(before, len(text))
    count = bisect.bisect_left(places, before)  # the lengthened characters before the cut
    return before + (added[count - 1] if count else 0)


_LOWER_CACHE: list[tuple[str, str]] = []  # (text, text.lower()) for the last two texts asked about


def _lowered(text: str, memo: dict[object, object] | None = None) -> str:
    """``text.lower()``, once per text (the split rule asks about many stops in a row); taken
    from ``memo`` (the document's, under :data:`repair.document.LOWERED`) when it holds it
    for this very text (``Document.edited`` carries it from round to round of ``fix``), and
    left there for the next round."""
    for known, lowered in _LOWER_CACHE:
        if known is text:
            return lowered
    entry = memo.get(LOWERED) if memo is not None else None
    if isinstance(entry, tuple) and entry[0] is text:
        lowered = entry[1]
    else:
        lowered = text.lower()
        if memo is not None:
            memo[LOWERED] = (text, lowered)
    _LOWER_CACHE[:] = [(text, lowered), *_LOWER_CACHE[:1]]
    return lowered


_ASK_BEFORE_INDEX = 40  # questions about one text always answered by search
# Questions come in text order, so those asked up to a stop foretell how many the whole
# text will ask; this many or more (a garbled feed: hundreds a MB) get the index at once.
_FORETOLD_QUESTIONS = 600
# Otherwise the text is indexed once its searches have read this many times its length:
# a search reads about 0.4 ns a character, the index costs about 80 ns a character to
# build (measured on 30 MB of news), so searching stops once it has cost what the index
# would. A fixed count of 40 questions indexed every long text (2.5 s at 30 MB of news,
# where its 99 searches took 0.5 s).
_SEARCHES_BEFORE_INDEX = 200
_SEARCHED = "stops_words.repeats_earlier_passage: questions, characters searched"  # its key in a memo


def _worth_indexing(asked: int, scanned: int, before: int, length: int) -> bool:
    """Whether the next question about a text of ``length`` characters (at the stop at
    ``before``) should build the text's word index rather than search: never for the
    first questions, at once when they come densely, else once searching (``scanned``
    characters read by ``asked`` searches) has cost what the index costs."""
    if asked < _ASK_BEFORE_INDEX:
        return False
    if asked * length >= _FORETOLD_QUESTIONS * max(before, 1):
        return True
    return scanned > _SEARCHES_BEFORE_INDEX * length


_BLANK = lazy_compile(r"\s")
_WINDOW = 400  # how far back from the inner words a blank is looked for


def _found_in_windows(lowered: str, before: int, tokens: list[str], head: str,
                      reach: list[int] | None = None) -> bool | None:
    """Whether ``head`` is in the prefix's joined words, found from each place where its
    inner words stand in ``lowered[:before]``; None when a place cannot be read in a window.
    ``reach[0]``, when given, is set to where the search stopped (what it read)."""
    for match in _inner_matches(lowered, before, [t.lower() for t in tokens[1:5]]):
        start = match.start()
        if start <= _WINDOW:
            window_start = 0  # the text's start is a word boundary
        else:
            blank = _BLANK.search(lowered, start - _WINDOW, start)
            if blank is None:
                return None
            window_start = blank.start()  # no word spans a blank: words from here are the text's
        if lexicon._WORD.search(lowered, window_start, start) is None:
            if window_start > 0:
                return None  # the word before the inner ones starts before the window
        else:
            # The word after the inner ones (cut at ``before`` as the prefix cuts it) ends
            # the window: it ends where that word of the text ends.
            following = lexicon._WORD.search(lowered, match.end(), before)
            if following is not None and head in " ".join(
                    lexicon._WORD.findall(lowered, window_start, following.end())):
                if reach is not None:
                    reach[0] = match.end()
                return True
    return False


_ALNUM = lazy_compile(r"[A-Za-z\d]")  # what the gaps between the inner words may not hold


def _inner_matches(lowered: str, before: int, inner: list[str]) -> Iterator[re.Match[str]]:
    """Each match of the inner words joined by gaps of characters other than ASCII letters
    and digits, in ``lowered[:before]``, by start: what ``re.search`` from one past each
    match's start finds in turn (its matches, in its order).

    That regex is led by the first inner word (often "the"), so its search stops at every
    copy of it in the prefix. Instead the search is led by the longest of the first three
    inner words with the words after it (rarer, so the scan stops less often), and
    the whole pattern is tried only at the copies of the first word standing close enough
    before each place found. None is missed: a match has its tail at some place ``q``, and
    between its start and ``q`` stand only the earlier inner words and gaps, so that stretch
    holds at most their count of ASCII letters and digits (:func:`_earliest_start`); each
    start is tried once, under the first tail place at or after it. Compared with the
    regex in tests/test_scaling_repeats.py."""
    pattern, key, tail, letters = _inner_patterns(tuple(inner))
    first = inner[0]
    tried = 0  # every start below this has been tried
    while (q := _tail_place(lowered, tried, before, inner[key], tail)) >= 0:
        start = _earliest_start(lowered, tried, q, letters)
        while (start := lowered.find(first, start, q + len(first))) >= 0:
            match = pattern.match(lowered, start, before)
            if match is not None:
                yield match
            start += 1
        tried = q + 1


@lru_cache(maxsize=4096)
def _inner_patterns(inner: tuple[str, ...]) -> tuple[re.Pattern[str], int, re.Pattern[str], int]:
    """:func:`_inner_matches`' patterns for ``inner``: the whole one, the index of its lead
    word, the tail led by it, and how many ASCII letters and digits the words before it hold.
    Kept here, not left to ``re``'s own cache (512 patterns, shared by every module): each
    of ``fix``'s rounds asks again about the pieces of the lines it left unchanged."""
    gap = r"[^A-Za-z\d]*"
    pattern = re.compile(gap.join(re.escape(t) for t in inner))
    key = max(range(max(1, len(inner) - 1)), key=lambda i: len(inner[i]))  # the first of the longest
    tail = re.compile(gap.join(re.escape(t) for t in inner[key:]))
    letters = sum(len(_ALNUM.findall(t)) for t in inner[:key])
    return pattern, key, tail, letters


# A word this long is found by ``str.find`` (several times faster than the regex's scan)
# and the tail matched at each copy; a shorter one is common enough ("the", "and") that
# the regex's own scan, which rejects copies in C, costs less.
_FIND_FROM = 6


def _tail_place(lowered: str, at: int, before: int, word: str, tail: re.Pattern[str]) -> int:
    """The first place from ``at`` where ``tail`` (led by ``word``) matches within
    ``lowered[:before]``; -1 when none."""
    if len(word) < _FIND_FROM:
        found = tail.search(lowered, at, before)
        return -1 if found is None else found.start()
    while (at := lowered.find(word, at, before)) >= 0:
        if tail.match(lowered, at, before) is not None:
            return at
        at += 1
    return -1


def _earliest_start(text: str, floor: int, end: int, letters: int) -> int:
    """The least position from ``floor`` on after which ``text[position:end]`` holds no more
    than ``letters`` ASCII letters and digits; the window read back doubles until it does, so
    the work is linear in what lies between ``floor`` and ``end``."""
    span = 64 + 2 * letters
    while True:
        low = max(floor, end - span)
        found = [m.start() for m in _ALNUM.finditer(text, low, end)]
        if len(found) > letters:
            return found[len(found) - letters - 1] + 1
        if low == floor:
            return floor
        span *= 2


# The last text indexed and its index (:func:`_word_index`). Machine-integer arrays and one
# string, not lists of Python objects: one 100 MB text has 17 million words (6 GB as lists).
_INDEXED: list[object] = [None, ("", array("q", [0]), {}, array("q", [0]), array("q", [0]))]
# The index cuts the lower-cased text into pieces of about this many characters, each ended
# by a blank (no word holds one, so each piece has the text's own words): a question counts
# the words of one piece up to its cut instead of the index keeping every word's offsets.
# Any blank, not only a space: a text whose words are parted by tabs or line breaks alone
# would be one piece, and every question would count the words from its start.
_PIECE = 1024


def _word_index(text: str) -> tuple[str, array[int], dict[str, array[int]], array[int], array[int]]:
    """:data:`_INDEXED`'s index of ``text.lower()``, built when asked for another text:
    ``(joined, bounds, where, piece_starts, words_before)``. ``joined`` is every word with
    nothing between them and word ``i`` is ``joined[bounds[i] : bounds[i + 1]]``; ``where``
    gives each word's positions in the word order; ``piece_starts`` are where the pieces
    start in the lower-cased text (the first at 0, the others at a blank) and
    ``words_before`` how many words stand before each.

    The words are found by ``findall`` a piece at a time and their bounds summed up in C:
    the offsets of 340 thousand match objects a 2 MB text has cost about as much as the
    rest of the index (issue 13)."""
    if _INDEXED[0] is not text:
        lowered = _lowered(text)
        parts: list[str] = []
        bounds: array[int] = array("q", [0])
        where: dict[str, array[int]] = {}
        piece_starts: array[int] = array("q")
        words_before: array[int] = array("q")
        index = 0
        start = 0
        while True:
            blank = _BLANK.search(lowered, start + _PIECE)
            end = len(lowered) if blank is None else blank.start()
            found = lexicon._WORD.findall(lowered, start, end)
            piece_starts.append(start)
            words_before.append(index)
            parts.append("".join(found))
            bounds.extend(islice(accumulate(map(len, found), initial=bounds[-1]), 1, None))
            get = where.get
            for at, word in enumerate(found, index):
                positions = get(word)
                if positions is None:
                    positions = where[word] = array("q")
                positions.append(at)
            index += len(found)
            if end >= len(lowered):
                break
            start = end
        _INDEXED[:] = [text, ("".join(parts), bounds, where, piece_starts, words_before)]
    return _INDEXED[1]  # type: ignore[return-value]


def _in_prefix_words(text: str, before: int, head: str) -> bool:
    """``head in " ".join(lexicon.words(text.lower()[:before]))``, read off the index
    (``before`` counts characters of the lower-cased text: :func:`_lowered_cut`).

    The prefix's words are those that start before ``before``, the last one cut there: the
    index's words before the piece ``before`` falls in, then that piece's words up to
    ``before``. A head of six words (no spaces in a word) stands there exactly where its
    middle four are four words in a row, the word before them ends with its first and the
    word after them starts with its last; the middle word seen least often leads the search."""
    joined, bounds, where, piece_starts, words_before = _word_index(text)

    def word(i: int) -> str:
        return joined[bounds[i] : bounds[i + 1]]

    piece = bisect.bisect_right(piece_starts, before) - 1
    tail = lexicon._WORD.findall(_lowered(text), piece_starts[piece], before)  # the last one cut at ``before``
    count = words_before[piece] + len(tail)
    parts = head.split(" ")
    offset = min(range(1, 5), key=lambda i: len(where.get(parts[i], ())))
    # The middle four words, joined as the index joins them, and where the second, third,
    # fourth and fifth word of the head end in that string: four words of the index are the
    # middle four when their bounds fall at these lengths and their letters are these.
    middle = "".join(parts[1:5])
    inner_ends = list(accumulate(len(part) for part in parts[1:5]))
    for at in where.get(parts[offset], ()):
        first = at - offset + 1  # the index of the head's second word
        if first + 4 >= count:
            break
        if first < 1:
            continue
        base = bounds[first]
        if bounds[first + 1] - base != inner_ends[0] or bounds[first + 2] - base != inner_ends[1] \
                or bounds[first + 3] - base != inner_ends[2] or bounds[first + 4] - base != inner_ends[3] \
                or not joined.startswith(middle, base) or not word(first - 1).endswith(parts[0]):
            continue
        last = tail[-1] if first + 4 == count - 1 and tail else word(first + 4)
        if last.startswith(parts[5]):
            return True
    return False
