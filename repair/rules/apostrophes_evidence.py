"""What the document itself says about a name before AP002 gives it a possessive apostrophe:
whether the name stands elsewhere without its "s", or the "-s" word stands alone as a name.

Split from :mod:`repair.rules.apostrophes`, which imports these helpers back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.document import Document
from repair.rules.base import lazy_compile
from repair.rules.glued import zipf
from repair.shipped_table import read_table

_ADVERBS = frozenset("also last next still now then only even just already again later soon".split())
_NEXT_WORD = lazy_compile(r"[ \t]*([A-Za-z]*)")
# The word after a possessed plural noun: a verb in the past or an auxiliary ("shares fell").
_WORD_AFTER = lazy_compile(r"[ \t]+([a-z]+)")
UNKNOWN_ZIPF = 2.0  # below this wordfreq hardly knows a word: "Brennwalds" is no plural it has seen


_WORD_CHAR = lazy_compile(r"[\w'’]")
POSSESSIVE_TABLE = Path(__file__).with_name("possessive_stats.json.gz")
# An "-ing" word clean news puts after a possessive at least this often, and never after a
# subject pronoun or a modal, is a noun or a noun's modifier there ("its closing price",
# "their ruling party"), not a participle ("leading the race").
MIN_ING_AFTER_POSSESSIVE = 5


@lru_cache(maxsize=1)
def _possessed_nouns() -> dict[str, list[int]]:
    """The ``nouns`` table of :mod:`models.possessive_stats` (per word: uses after a
    possessive, after a subject pronoun or modal, as the possessed phrase's head). Raises
    RuntimeError naming the file when it is unreadable."""
    table = read_table(POSSESSIVE_TABLE, ["nouns"], "models.possessive_stats", "possessive statistics")
    return dict(table["nouns"])


def _possessed_ing(text: str, end: int, word: str) -> bool:
    """True when the "-ing" ``word`` (ending at ``end``) after a name's lost possessive reads
    as the possessed noun or its modifier ("Brennwalds closing price", "Brennwalds opening
    hours"): clean news writes it after "its"/"their"/"X's" at least
    :data:`MIN_ING_AFTER_POSSESSIVE` times and never after a subject or a modal, and a
    lower-case content word follows it, or it ends the phrase as a head ("Brennwalds
    meeting was"). Before a function word it may be a participle taking an object
    ("Brennwalds leading the race"): left."""
    counts = _possessed_nouns().get(word)
    if counts is None or counts[0] < MIN_ING_AFTER_POSSESSIVE or counts[1]:
        return False
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1) if after else ""
    if nxt and not lexicon.is_function_word(nxt) and nxt not in lexicon.AUXILIARIES:
        return True
    return counts[2] >= counts[0] // 2 and (not nxt or nxt in lexicon.AUXILIARIES)


def _named_alone_elsewhere(doc: Document, match: re.Match[str]) -> bool:
    """Whether a ``_LOST_POSSESSIVE`` match ("Brennwalds shares fell") is a name's possessive
    that the document itself vouches for: the name stands elsewhere without the "s"
    ("Brennwald will cut", "Rift Horizon Properties" for "Rift Horizons lawyer"), the "-s"
    form stands nowhere else, and the next word is a possessed noun (a plural one only
    when a past or auxiliary verb follows it, "shares fell"; "the Smiths plan" is a verb).

    Only a name ``wordfreq`` hardly knows with its "s" ("Brennwalds"): a known plural in a
    name ("Eastman Chemicals division") stays; never after "the". After another capitalised
    word, the two-word name must stand elsewhere. The uses come from the document's word
    index (``Document.word_uses``), never from a scan of the text per candidate.
    """
    previous = _word_before_if_asked(doc, match)
    return previous is not None and _named_alone_by_uses(doc, match, previous)


def _word_before_if_asked(doc: Document, match: re.Match[str]) -> str | None:
    """The tests of :func:`_named_alone_elsewhere` that read no word uses: None when one
    fails (the match is no name's possessive), else the word before the match ("" when
    none), which the tests on the document's word uses read next. AP002 asks these of every
    candidate first, so that the words those tests may ask about are found by one scan
    (``Document.find_word_uses``)."""
    # Every test must pass; the word-list tests go first, so that a short text ("Officials
    # said …") is answered before wordfreq's table is loaded (a third of start-up).
    text = doc.text
    stem, following = match.group(1), match.group(2)
    if following in _ADVERBS or following.endswith(("ed", "ly")) or following in lexicon.IRREGULAR_PAST:
        return None
    if following.endswith("ing") and not _possessed_ing(text, match.end(), following):
        return None
    if lexicon.is_function_word(following) or following in lexicon.AUXILIARIES or following in lexicon.SPEECH_VERBS:
        return None
    if following.endswith("s"):
        after = _WORD_AFTER.match(text, match.end())
        verb = after.group(1) if after else ""
        if not (verb in lexicon.IRREGULAR_PAST or verb in lexicon.AUXILIARIES or verb.endswith("ed")):
            return None
    words_before = text[max(0, match.start() - 40) : match.start()].split()
    previous = words_before[-1] if words_before else ""
    if previous.lower() == "the" or zipf(stem + "s") >= UNKNOWN_ZIPF:
        return None  # "Eastman Chemicals division", "Life Sciences unit": a known plural in a name
    return previous


def _named_alone_by_uses(doc: Document, match: re.Match[str], previous: str) -> bool:
    """The rest of :func:`_named_alone_elsewhere`, for a match that passed
    :func:`_word_before_if_asked` (``previous``: what it returned)."""
    stem, following = match.group(1), match.group(2)
    if len(doc.word_uses(stem + "s", match.start())) > 1:
        return False
    if not _name_used(doc, previous if previous[:1].isupper() and previous.isalpha() else "", stem, match.start()):
        return False
    return zipf(following) >= 3.0


def _name_used(doc: Document, first: str, stem: str, at: int | None = None) -> bool:
    """Whether the name ``stem`` ("Brennwald"), or ``first stem`` ("Rift Horizon") when
    ``first`` is given, stands as whole words somewhere in the text (one space between the
    two). The candidate itself ("Rift Horizons") never counts: its word is ``stem + "s"``.
    ``at``: where the candidate stands (questions come in text order; see ``Document.word_uses``)."""
    uses = doc.word_uses(stem, at)
    if not first:
        return bool(uses)
    text, width = doc.text, len(first) + 1
    return any(start >= width and text[start - 1] == " " and text.startswith(first, start - width)
               and not (start > width and _WORD_CHAR.match(text, start - width - 1)) for start in uses)


_STANDALONE_KEY = "AP002 standalone uses"


def _standalone_elsewhere(doc: Document, word: str, at: int) -> bool:
    """True when ``word`` ("Segas") stands elsewhere in the text with no noun after it to
    possess: before a verb ("Segas said", "Segas has"), before punctuation ("by Segas.")
    or before a function word ("Segas and the club"). Then it is a name of its own (an
    acronym-like federation name), not a possessive that lost its apostrophe. Only plain
    verb forms count: an "-s" word after it may be a noun ("Brazils exports").

    Each word's uses are read once per document (the first two such uses, in
    ``doc.memo``), however many candidates ask.
    """
    found = doc.memo.setdefault(_STANDALONE_KEY, {})
    assert isinstance(found, dict)
    standalone = found.get(word)
    if standalone is None:
        standalone = found[word] = _standalone_uses(doc.text, word, doc.word_uses(word, at))
    return any(start != at for start in standalone)


def _standalone_uses(text: str, word: str, uses: Sequence[int]) -> tuple[int, ...]:
    """The first two of ``uses`` (starts of ``word``) that stand alone (see ``_standalone_elsewhere``)."""
    standalone: list[int] = []
    for start in uses:
        after = _NEXT_WORD.match(text, start + len(word))
        nxt = after.group(1) if after else ""
        low = nxt.lower()
        if not nxt or (nxt[:1].islower() and (lexicon.is_function_word(low) or low in lexicon.AUXILIARIES
                                              or low in lexicon.SPEECH_VERBS or low in lexicon.IRREGULAR_PAST
                                              or (len(low) > 4 and low.endswith("ed")))):
            standalone.append(start)
            if len(standalone) == 2:
                break
    return tuple(standalone)


# Words after a plural noun that show it is a verb taking its object or infinitive ("Mays
# plans to …", "Mays shares the prize"): a possessed noun is followed by neither.
_OBJECT_OPENERS = frozenset("to the a an that his her its their our this these those it him them".split())


def possessed_plural(owner: str, word: str, after: str) -> bool:
    """True when ``word`` (lower case, ending in "s": "exports", "plans") is a
    plural noun clean news writes after a possessive and never as a verb after a pronoun or
    modal (``possessive_stats.json.gz``'s ``nouns`` table), ``after`` (the next word,
    lower-cased, "" at a mark) does not open its object ("Mays plans to …"), and ``owner``
    (the name before the lost "'s") is one the learned case table knows as a name ("Brazil").
    """
    from repair.rules.apostrophes_counted import _tables  # lazy: that module imports this one's users
    from repair.rules.casing_learned_table import name_evidence

    if after in _OBJECT_OPENERS:
        return False
    if name_evidence(owner.lower()) is None:
        return False  # "Mosts analysts": only a name clean news capitalises owns a plural so surely
    counts = _tables()[0].get(word)
    return counts is not None and counts[1] == 0


# Its own name: reusing _NEXT_WORD here rebound the standalone-use scan above (a CI failure).
_NEXT_WORD_AFTER_ONE_SPACE = lazy_compile(r" ([A-Za-z]+)")


def next_word(text: str, end: int) -> str:
    """The lower-cased word after ``end`` when a space leads to it, or "" (a mark, the end)."""
    match = _NEXT_WORD_AFTER_ONE_SPACE.match(text, end)
    return match.group(1).lower() if match else ""
