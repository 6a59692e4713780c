"""The word a false stop swallowed before a year standing alone, by clean news and one shape.

At "… begin operations in the second half. 2027." the stop swallowed the word linking the
year to the sentence. "in" is the usual one after a verb or a name ("first tried in 2006"),
but not everywhere:

* the word before the stop may name another: clean news writes "half of 2027", "end of
  2025", "months of 2024", "outlook for 2026" in at least :data:`MIN_SHARE` of its uses
  (``year_links.json``, built by :mod:`models.year_links`); where it writes several words
  about as often ("level in/since", "year in/by/until", "budget for/in/by") none is chosen;
* a record stated with a superlative or "first" ("is the first strike in the region. 2015.",
  "…, its lowest level. 2017.") measures the time since the year: "since". Clean news after
  a copula or a comma and "the/its/their" + superlative puts "since" before a bare year about
  three times as often as "in" (the "in" cases date an event: "played their first gig in 2003").

Read by :mod:`repair.rules.stops_inserts` (the year-alone shape of ``inserted_word``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.rules.base import lazy_compile

TABLE = Path(__file__).with_name("year_links.json")
MIN_SEEN = 8  # uses of the head before a year, before its counts are read
MIN_SHARE = 0.8  # the chosen word's share of them: "half" of 0.99, "planned" for 0.8; "start" of 0.68 is not
MIN_IN_SHARE = 0.5  # below it, with no word chosen, "in" is only shown ("level" 0.29, "period" 0.49)
DEFAULT = "in"

# A record: a copula or a comma, a possessive or "the", then the phrase up to the stop, whose
# first or second word is a superlative or "first" (:func:`_record_since` reads it), with no
# "since", year or figure of its own ("is the first underground strike in the region.",
# ", its lowest level.", "was the costliest storm in the city.").
_RECORD = lazy_compile(
    r"(?:,|\b(?:is|was|were|are|be|been|remains|remained|became|becomes|marking|making))\s+"
    r"(?:the|its|their|his|her)\s+(?P<phrase>[^.!?]+)\.$")
_TOP = lazy_compile(r"first|[a-z]{3,}est|worst|best|least")
_MAX_PHRASE = 9  # words from the superlative to the stop ("first underground strike in the region")
# Words ending in "-est" that are no superlative.
_NOT_SUPERLATIVE = frozenset("interest forest west rest test protest honest arrest request suggest contest "
                             "invest harvest modest guest latest earliest".split())


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, int]]:
    try:
        return dict(json.loads(TABLE.read_text(encoding="utf-8"))["before_year"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _record_since(prev_text: str) -> bool:
    """The sentence before the stop ends on a record ("is the first … in the region."): a
    superlative or "first" as the phrase's first or second word, and no "since", year or
    figure after it."""
    match = _RECORD.search(prev_text)
    if match is None:
        return False
    words = match.group("phrase").split()
    top = next((i for i, w in enumerate(words[:2]) if _TOP.fullmatch(w) and w not in _NOT_SUPERLATIVE), None)
    if top is None or len(words) - top > _MAX_PHRASE:
        return False
    rest = words[top + 1 :]
    return "since" not in rest and not any(ch.isdigit() for w in rest for ch in w)


def year_link(p: list[str], prev_text: str) -> tuple[str, bool]:
    """(the word to insert before a year alone after the stop, whether to apply it) for the
    sentence ``prev_text`` (ending on its stop) and its words ``p``.

    The head's own word when clean news gives it :data:`MIN_SHARE` of at least
    :data:`MIN_SEEN` uses and it is not "in"; "since" after a record; "in" otherwise, applied unless clean news
    knows the head and puts "in" after it in under :data:`MIN_IN_SHARE` of its uses (then
    the table's most common word is only shown)."""
    head = p[-1].lower() if p else ""
    counts = _heads().get(head, {}) if head.isalpha() and head.islower() and not lexicon.is_function_word(head) \
        else {}
    total = sum(counts.values())
    if total >= MIN_SEEN:
        word, n = max(sorted(counts.items()), key=lambda kv: kv[1])
        if n >= MIN_SHARE * total and word != DEFAULT:
            return word, True  # "half of", "outlook for": the head's own word
    if _record_since(prev_text):
        return "since", True  # "…, their sharpest rise. 2008.": even where the head mostly takes "in"
    if total >= MIN_SEEN and counts.get(DEFAULT, 0) < MIN_IN_SHARE * total:
        return max(sorted(counts.items()), key=lambda kv: kv[1])[0], False
    return DEFAULT, True
