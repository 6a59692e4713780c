"""Two content words run together: "villagehall", "harbourauthority", "medicinecosts".

GL001 splits an unknown token into two common words only when one is a function word (the
split is then safe against closed compounds), or when the right part is a past form
("designationcreated") or the left a derived word ("domesticflights"). Two plain content
words lose their space as often, but closed compounds join the same kind of words
("feedgrains", "creditwatch", "beermaker", "starspots"). What tells them apart, measured on
news-clean (all splits) and on the training sets' golds:

- compounds clean copy writes closed are built of a short first word ("feed", "star", "hose",
  "mail", "text"): the left part must have :data:`MIN_LEFT` letters or more;
- their heads are agent nouns, "-ing" forms, suffix-like or particle words ("-maker", "-runner",
  "-making", "-ability", "-offs"), never split off here;
- a token clean news writes run together twice or more is the house's compound
  (``glue_stats.json.gz``'s ``closed``, learned from the news-clean train split: "creditwatch",
  "chargeoffs", "schoolbuses");
- a token with two readings ("starspots": "star spots", "stars pots") gives no evidence, nor
  does the plural of a word wordfreq lists, nor a seam that doubles a chunk of a common word
  ("announcecement").

On all of news-clean (every split, every source) GL001 takes 7 more tokens with this split: lost
spaces of the source ("groundrules", "revenueslast", "discontinuedoperations", "commonstock"),
"troublespot" (dictionaries write "trouble spot"); a fresh editor's audit judged these right.
Two more it judged wrong are refused since: "deutschemark" (a left part that clean news writes
as a name, ``name_evidence``: splitting leaves a lower-case name) and "questionsmarks" (two
plurals: a modifier noun stands in the singular, so the split is only half the fix).

The caller (GL001) also leaves a token the story repeats or writes hyphenated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from repair.rules.glued_splits import (
    _ALPHABET,
    _COMBINING_FORMS,
    _NAME_ENDINGS,
    _PARTICLES,
    _PREFIX_WORDS,
    _SUFFIX_WORDS,
    WORD_ZIPF,
    _is_glue_word,
    _misspelling,
    zipf,
)

# Both parts at least this common (Zipf; "cider" 3.5, "harbour" 4.0, "hall" 4.9).
PART_ZIPF = 3.5
# The left part's and the right part's shortest lengths (see the module doc).
MIN_LEFT = 6
MIN_RIGHT = 4
# Two splits this close in the rarer part's Zipf are two readings.
AMBIGUOUS_GAP = 0.5
# Combining forms written closed in trade copy ("eurobonds", "hydropower", "videodiscs").
_CLOSED_FORMS = frozenset("euro hydro electro video audio photo auto mono tele bio eco geo agro aero petro".split())
# Compound heads: agent nouns ("bookrunner", "planemaker", "debtholder") and "-ing" forms.
_HEAD_ENDING = re.compile(r"(?:er|or|ers|ors|ing|ability)$")
# Words that work as productive suffixes of closed compounds, whatever the first word
# ("snowbound", "broadcast", "waterproof", "worldwide", "taxfree", "newsworthy", "landscape").
_SUFFIX_HEADS = frozenset("bound cast proof wide free worthy scape".split())
# The longest chunk a keying stutter doubles at the seam ("announcecement": "ce").
MAX_STUTTER = 3


@lru_cache(maxsize=1)
def _closed() -> frozenset[str]:
    from repair.rules.glued_learned import _data  # the shipped table, read once

    closed = _data().get("closed", ())
    assert isinstance(closed, list)
    return frozenset(closed)


def _readings(token: str) -> list[tuple[float, str, str]]:
    """Every split of ``token`` into two words of :data:`PART_ZIPF` or more (three letters or
    more each), as (the rarer part's Zipf, left, right), best first."""
    found = []
    for i in range(3, len(token) - 2):
        left, right = token[:i], token[i:]
        score = min(zipf(left), zipf(right))
        if score >= PART_ZIPF:
            found.append((score, left, right))
    return sorted(found, reverse=True)


def _stutter(left: str, right: str) -> bool:
    """True when the seam doubles a chunk of one to three letters and the token without it is a
    common word ("announce|cement" is "announcement" keyed with "ce" twice): a typo, no lost space."""
    return any(left[-size:] == right[:size] and zipf(left + right[size:]) >= PART_ZIPF - 0.5
               for size in range(1, MAX_STUTTER + 1))


@lru_cache(maxsize=65536)
def compound_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown lower-case ``token`` into two content words ("villagehall" ->
    "village", "hall"), or None (see the module doc for the conditions)."""
    if not token.islower() or not token.isalpha() or zipf(token) >= WORD_ZIPF or token in _closed():
        return None
    readings = _readings(token)
    if not readings or (len(readings) > 1 and readings[0][0] - readings[1][0] < AMBIGUOUS_GAP):
        return None
    _, left, right = readings[0]
    if len(left) < MIN_LEFT or len(right) < MIN_RIGHT:
        return None
    if left in _PREFIX_WORDS or left in _COMBINING_FORMS or left in _CLOSED_FORMS:
        return None
    if right in _PARTICLES or right in _SUFFIX_WORDS or right in _SUFFIX_HEADS or right in _NAME_ENDINGS \
            or _HEAD_ENDING.search(right):
        return None
    if token.endswith("s") and zipf(token[:-1]) >= WORD_ZIPF:
        return None  # the plural of a word wordfreq lists ("speakerphones")
    if _stutter(left, right):
        return None
    if right.endswith("s") and right[:-1] in _PARTICLES:
        return None  # "chargeoffs", "leasebacks": a particle's plural heads a compound
    if _misspelling(token):
        return None
    from repair.rules.casing_learned_table import name_evidence  # imports glued: a cycle at load time

    if _plural_modifier(left, right) or name_evidence(left) is not None:
        return None
    return left, right


def _plural_modifier(left: str, right: str) -> bool:
    """True when both parts are plurals of common words ("questionsmarks"): a noun modifying
    a noun stands in the singular ("question marks"), so the lost space is not the only slip
    and splitting leaves "questions marks" (a clean-news audit judged that edit half right)."""
    return all(part.endswith("s") and not part.endswith("ss")
               and max(zipf(part[:-1]), zipf(part[:-2]) if part.endswith("es") else 0.0) >= PART_ZIPF
               for part in (left, right))


# A function word glued to a rarer content word ("againstdengue", "thepeloton"): the content
# word's Zipf band (best_split takes 3 and above) and its shortest length.
RARE_TAIL_ZIPF = 2.0
RARE_TAIL_LENGTH = 5
# A common word one letter away from the tail, this much commoner, makes the tail a misspelling
# ("definately" beside "definitely").
MISSPELT_GAP = 1.0


def _substitution_of_commoner(word: str) -> bool:
    """True when swapping one letter of ``word`` gives a word :data:`MISSPELT_GAP` commoner."""
    floor = zipf(word) + MISSPELT_GAP
    return any(zipf(word[:i] + c + word[i + 1 :]) >= floor for i in range(len(word)) for c in _ALPHABET
               if c != word[i])


@lru_cache(maxsize=65536)
def rare_tail_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown lower-case ``token`` into a function word of three letters or more
    and a content word of Zipf 2 to 3 ("againstdengue" -> "against", "dengue"; "andremittances"),
    or None. The content word has five letters or more and is no misspelling of a commoner word,
    and the token is no misspelling itself; prefix words ("over", "under") are no left part.
    On all of news-clean the shape holds once, a misspelling ("indefinately"), refused."""
    if not token.islower() or not token.isalpha() or zipf(token) >= WORD_ZIPF:
        return None
    for i in range(3, len(token) - RARE_TAIL_LENGTH + 1):
        left, right = token[:i], token[i:]
        if _is_glue_word(left) and left not in _PREFIX_WORDS and RARE_TAIL_ZIPF <= zipf(right) < PART_ZIPF - 0.5:
            if _misspelling(token) or _substitution_of_commoner(right):
                return None
            return left, right
    return None


# A fraction written as a number word and an ordinal ("two-thirds", "one-fifth"). Counted on
# news-clean (all sources): "two-thirds" 81 to "two thirds" 29, "one-third" 70 to "one third"
# 29, "-fifth(s)"/"-tenth(s)" 22 to 3. "Quarter(s)" is left out: clean news spaces it as often
# ("three quarters" 32, "three-quarters" 11) and "two quarters" is also a count of quarters.
_FRACTION_COUNTS = frozenset("one two three four five six seven eight nine".split())
_FRACTION_PARTS = frozenset(
    "third thirds fifth fifths sixth sixths seventh sevenths eighth eighths ninth ninths tenth tenths".split()
)


def fraction_joiner(left: str, right: str) -> str:
    """The mark that joins the two parts of a glued token: "-" for a fraction ("two" +
    "thirds", either case of the first letter), else " " (a lost space)."""
    if left.lower() in _FRACTION_COUNTS and right in _FRACTION_PARTS:
        return "-"
    return " "
