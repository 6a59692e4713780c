"""Scans behind the glued-word rules: the letter runs a text repeats, its runs that stand
once, and whether it writes a name alone. Each is linear in the text (no scan of the whole
text per candidate), and none needs word knowledge, so :mod:`repair.rules.glued` imports
them without a cycle.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import cast

from repair.document import Document

_TOKEN = re.compile(r"(?<![\w'’@/.-])[A-Za-z]{7,30}(?![\w'’@/-])")
# Every _TOKEN match is a whole run of ASCII letters, so the distinct runs of seven or more
# letters (a plain scan, no look-behind at every position) are all the tokens there can be.
_LETTER_RUN = re.compile(r"[A-Za-z]{7,}")


# Counting a token in the text costs about a nanosecond a character (a C scan); looking up
# every window of the distinct letter runs costs about this many times more per character
# (measured here), so up to this many tokens of one length are counted one by one.
_WINDOW_COST = 50


def _repeated(text: str, tokens: set[str]) -> set[str]:
    """The ``tokens`` that occur more than once in ``text`` (``text.count(token) > 1``).

    Each token is a whole run of ASCII letters of ``text``, so it occurs again exactly
    when that run repeats or when it sits inside a longer run. A few tokens are counted
    one by one; many (a garbled feed) are looked up in every window of the distinct
    longer runs, one pass per token length, so the cost stays linear in the text where
    one count per token over the whole text was quadratic.
    """
    by_length: dict[int, set[str]] = {}
    for token in tokens:
        by_length.setdefault(len(token), set()).add(token)
    runs: Counter[str] | None = None
    repeated: set[str] = set()
    for length, group in by_length.items():
        if len(group) <= _WINDOW_COST:  # counting costs at most what the windows would
            repeated.update(token for token in group if text.count(token) > 1)
            continue
        if runs is None:
            runs = Counter(_LETTER_RUN.findall(text))
        repeated.update(token for token in group if runs[token] > 1)
        for run in runs:
            if len(run) > length:
                repeated.update(group.intersection(run[i : i + length] for i in range(len(run) - length + 1)))
    return repeated


def _single_tokens(text: str, once: set[str]) -> list[re.Match[str]]:
    """The ``_TOKEN.finditer(text)`` matches whose token is in ``once``: runs of 7 to 30
    ASCII letters that each occur exactly once in ``text``.

    Each is found with one ``find`` instead of a scan of every token: a ``_TOKEN`` match
    is a whole run of letters, so the one occurrence of such a run is a match exactly
    when ``_TOKEN`` matches there.
    """
    found = (_TOKEN.match(text, text.find(token)) for token in once)
    return sorted((m for m in found if m is not None and m.group() in once), key=lambda m: m.start())


_NOT_BEFORE_NAME = re.compile(r"[\w'’@/.-]")


def _alone(name: str, text: str) -> bool:
    r"""Whether ``text`` writes the letters-only ``name`` as a word of its own:
    ``re.search(r"(?<![\w'’@/.-])" + name + r"(?![\w@/-])", text)``, with the name
    first in the pattern, so the scan skips in C to each occurrence of it instead of
    trying the look-behind at every position; the look-behind is tested per occurrence."""
    after = re.compile(name + r"(?![\w@/-])")
    position = 0
    while (match := after.search(text, position)) is not None:
        start = match.start()
        if start == 0 or not _NOT_BEFORE_NAME.match(text, start - 1):
            return True
        position = start + 1
    return False


# A capital and its run of lower-case letters: a plain scan (no look-around at every
# position) whose set holds every name the text writes alone, and some pieces of longer
# ones ("Quad" of "QuadPort"), which :func:`_alone` then turns away.
_CAPITALISED = re.compile(r"[A-Z][a-z]{3,}")
_CAPITALISED_KEY = "glued.capitalised_words"


def capitalised_words(doc: Document) -> frozenset[str]:
    """The capital runs of the text (a superset of the capitalised words it writes alone),
    found by one scan kept in ``doc.memo``."""
    found = doc.memo.get(_CAPITALISED_KEY)
    if found is None:
        found = doc.memo[_CAPITALISED_KEY] = frozenset(_CAPITALISED.findall(doc.text))
    return cast("frozenset[str]", found)
