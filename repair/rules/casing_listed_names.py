"""A name written in lower case inside a list of names: "from Thailand, Vietnam and pakistan".

CA020 (:mod:`repair.rules.casing_learned`) looks for a lower-case name only right after a
preposition ("flew to moscow"), its commonest slot. A list of places or bodies is the next
one: the name's capitalised neighbour, joined to it by "and", "or" or a comma, is a name too,
and a coordination joins words of one kind. The lower-case word's own evidence still decides:
a country's name (ISO 3166, as CA007 reads it) that clean English does not write in lower
case, or a form the learned table (``case_stats.json.gz``) vouches for as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned import _MONTH_FORMS, _nationality_shape, _sentence_opens_lower
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table, name_evidence
from repair.rules.casing_names import _ORDINARY_WORDS, _country_names, _has_lower_date
from repair.rules.glued_scan import alone_names
from repair.rules.stops_words import mostly_lower_case

# After a name the text writes (a literal, scanned for in C): a coordinator ("and", "or",
# ", and", or a list's comma), then a lower-case word standing on its own (not inside an
# address, a handle, a hyphenated or an elided word).
_AFTER_NAME = lazy_compile(r"(,? and|,? or|,) ([a-z]{3,})(?![\w'’@/#-]|\.\w)")
# A text naming more places and bodies than this is a digest of many stories: a scan per
# name would cost a pass over the whole text each (CA007 stops at eight countries).
MAX_LISTED_NAMES = 24
# After a list's bare comma the list must go on ("Ghana, nigeria and Togo"): a comma alone
# also ends an opening phrase ("In Kenya, police said").
_LIST_GOES_ON = lazy_compile(r"(?:,| and | or )")
# A country's name that clean English writes in lower case more often than this is a word
# too ("peru" is not; a form the table does not know is taken as a name).
COUNTRY_LOWER_SHARE = 0.1
# A text writing more distinct names than this in lower case folds them by style.
MAX_LOWER_NAMES = 2


@lru_cache(maxsize=1)
def _one_word_countries() -> frozenset[str]:
    """Lower-case one-word country names ("pakistan", "chile"), without the ordinary words."""
    return frozenset(form.lower() for forms in _country_names().values() for form in forms
                     if " " not in form and form.lower() not in _ORDINARY_WORDS)


@lru_cache(maxsize=4096)
def _is_name(word: str) -> bool:
    """True when the capitalised ``word`` is a name on clean English's evidence: a country,
    a customary place ("Europe") or a form the table says is almost never lower case."""
    lowered = word.lower()
    if lowered in _one_word_countries() or word in lexicon.CUSTOMARY_PLACES:
        return True
    evidence = name_evidence(lowered)
    return evidence is not None and evidence[0] is Safety.UNSAFE


def _lower_name(word: str) -> tuple[Safety, str] | None:
    """(safety, surface) for a lower-case form that is a name, or None: a country the table
    does not see written in lower case (more than :data:`COUNTRY_LOWER_SHARE`), or a form with
    the table's name evidence that usually stands alone (not "york" without its "New")."""
    if word in _ORDINARY_WORDS or word in _MONTH_FORMS:
        return None  # "china", "may": ordinary words, or CA015's months
    if word in _one_word_countries():  # before the nationality shape: "pakistan" ends like "german"
        row = case_table().words.get(word)
        if row is None or row[LOWER] <= COUNTRY_LOWER_SHARE * (row[LOWER] + row[CAP_ALONE] + row[CAP_RUN]):
            return Safety.UNSAFE, word.capitalize()
        return None
    if _nationality_shape(word):
        return None  # "french": CA012's, which asks the text to write it capitalised first
    evidence = name_evidence(word)
    if evidence is None or evidence[2]:
        return None
    return evidence[0], evidence[1]


def _listed_after(text: str, names: list[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """(where the name starts, the coordinator and word after it) for each use of one of
    ``names`` as a whole word followed by a coordinator and a lower-case word. Each name is
    found with ``str.find`` (a literal scan in C), the tail matched there: a pattern per
    name cost its compilation in every document."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and (text[at - 1].isalnum() or text[at - 1] in "'’.-")) \
                    and (match := _AFTER_NAME.match(text, end)) is not None:
                yield at, match
            at = text.find(name, end)


@rule(
    "CA029",
    "lowercase-name-in-list",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("Rice came from Thailand, Vietnam and pakistan this year.",
         "Rice came from Thailand, Vietnam and Pakistan this year."),
        ("He can play for both Norway and somalia, the club said.",
         "He can play for both Norway and Somalia, the club said."),
        ("Growers in Ghana, nigeria and Togo lost much of the crop.",
         "Growers in Ghana, Nigeria and Togo lost much of the crop."),
    ],
    good=[
        "Exports to chile and peru rose, officials said.",
        "She sold Wedgwood and china at the fair.",
        "In Kenya, police said the road was closed.",
        "Floods hit Texas and west Virginia on Monday.",
        "Houston, april 13 - drilling rose, the survey said.",
        "kenya and uganda signed the deal. both sides met. talks went on.",
    ],
    scope="document",  # the text's own lower-case uses elsewhere veto the edit
)
def lowercase_name_in_list(doc: Document, self: Rule) -> Iterator[Edit]:
    """A name written in lower case right after a capitalised name and "and", "or" or a
    list's comma ("Vietnam and pakistan", "Ghana, nigeria and Togo"): given its capitals.

    Both words need clean English's evidence: the capitalised one is a country, a customary
    place or a form the learned table says is a name at least 199 times in 200; the
    lower-case one a country's name (not an ordinary word: "china", "turkey") or a form the
    table vouches for as a name (CA020's thresholds: shown only where they are thinner). Left:
    months, nationality adjectives, a word after a bare comma that ends no list ("In Kenya,
    police"), half a name ("west Virginia", "york"), a form the text writes in lower case
    anywhere else, a country the text writes capitalised elsewhere (CA007's, which reads that
    evidence), and texts folding names to lower case (more than two such names, a lower-case
    date or sentence opening). Unsafe: a brand or a person may share a name's form.
    """
    text = doc.text
    # The names first, from the one shared scan of the text's capitalised words (CA007's,
    # CA019's): then a literal scan per name, not a pattern tried at every capital (a
    # tenth of a second per MB of news).
    names = sorted(word for word in alone_names(doc) if _is_name(word))
    if not names or len(names) > MAX_LISTED_NAMES:
        return
    found: list[tuple[int, re.Match[str], Safety, str]] = []
    for at, match in _listed_after(text, names):
        joint, word = match.groups()
        if joint == "," and not _LIST_GOES_ON.match(text, match.end()):
            continue  # "In Kenya, police said": a comma that ends an opening phrase
        if text[match.end() : match.end() + 2][1:2].isupper():
            continue  # "west Virginia": half a name, whose first word is the fix
        evidence = _lower_name(word)
        if evidence is None:
            continue
        found.append((at, match, *evidence))
    if not found or len({m.group(2) for _, m, _, _ in found}) > MAX_LOWER_NAMES:
        return
    if mostly_lower_case(doc) or _has_lower_date(text):
        return  # an archive typing names in lower case: no single one is a slip
    for at, match, safety, surface in found:
        word = match.group(2)
        if len(re.findall(r"(?<![\w'’@/.#-])" + word + r"(?![\w'’@/#-])", text)) > 1:
            continue  # the text's own way of writing it
        if word in _one_word_countries() and surface in names:
            continue  # CA007's: the text writes the country with its capitals elsewhere
        start, end = match.span(2)
        if _sentence_opens_lower(text, start):
            continue
        yield self.edit(start, end, surface,
                        f"“{word}” in lower case in a list beside the name “{text[at : match.start()]}”: "
                        f"clean English writes it “{surface}”.",
                        0.75 if safety is Safety.UNSAFE else 0.5, safety)


RULES = (lowercase_name_in_list,)
