"""A nationality's or a language's adjective written in lower case inside a sentence
("the irish government", "a group of norwegian journalists", "a spanish-italian
director"): CA031.

CA012 capitalises such a word only when the same text writes it with its capital
elsewhere, and CA020 reads names only right after a preposition and leaves nationality
shapes to CA012; a short machine-translated story that names a nationality once, in lower
case, was left by both. Here the evidence is clean English's own: the learned table
(``case_stats.json.gz``, ``python -m models.case_stats``) counts how news writes each form
in a sentence's middle, and "irish" (134 uses), "norwegian" (37) or "swedish" (74) are
never written lower case there.

What counts as a nationality or a language is told by shape and by ISO tables, not by a
list of ours: a nationality's shape (CA012's: a demonym ending on a country's stem,
"norw-egian"), or a language's one-word name (ISO 639 via pycountry: "Irish", "Welsh",
"Dutch", "Greek"), or the plural of either ("venezuelans"). The table then decides: the
form must be seen at least :data:`MIN_SUPPORT` times and lower case at most
:data:`MAX_LOWER_SHARE` of them ("polish" fails: shoe polish; "french" passes, 7 in 631, so
"french fries" becomes "French fries", the capital most news styles keep).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.casing_learned import _SLOT_PREPOSITIONS, _nationality_shape, _sentence_opens_lower
from repair.rules.casing_learned_context import _word_before
from repair.rules.casing_learned_table import CAP_ALONE, CAP_RUN, LOWER, case_table
from repair.rules.casing_names import _has_lower_date
from repair.rules.casing_title_names import _one_word_countries
from repair.rules.glued_scan import alone_names
from repair.rules.stops_words import mostly_lower_case

# Clean-news evidence a form needs: seen this often in a sentence's middle, lower case at
# most this share of those uses, and capitalised (not UPPER or another shape) at least
# CAPITAL_SHARE of them. "german" is 6 lower in 873 (0.007), "spanish" 3 in 157 (0.019),
# "french" 7 in 631 (0.011, "french fries"), "polish" 3 in 73 (0.041: left). ISO 639 names
# other places' words too ("Miami"): the table vouches for their capital the same way.
MIN_SUPPORT = 20
MAX_LOWER_SHARE = 0.02
CAPITAL_SHARE = 0.9
MIN_LETTERS = 4  # ISO 639 names "Dan", "Ga", "Ha" are also words, initials or names
# A text writing more distinct such forms than this in lower case folds them by style.
MAX_LOWER_FORMS = 2

# A word standing alone (a space before it; no letter, digit, address mark, apostrophe or
# hyphen after it), or two or three joined by hyphens ("spanish-italian").
_ALONE_AFTER = r"(?![\w'’@/#-]|\.\w)"
# A compass point written before a nationality is the name's first word ("west german",
# "south korean"): capitalised with it, or the fix would leave "west German".
_COMPASS_BEFORE = lazy_compile(r"(?<![\w'’@/.#-])(?:north|south|east|west)[ -]$")
# Only where a noun phrase opens before it ("the west german embassy", "of south korean
# cars"): after a verb the point may be a direction ("headed south german officials ...").
_COMPASS_OPENERS = lexicon.DETERMINERS | lexicon.PREPOSITIONS
# CA020's slot, where it reads a language's name itself: after a preposition (and "the").
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:" + _SLOT_PREPOSITIONS + r") (?:the )?$")


@cache
def _candidates() -> re.Pattern[str]:
    """The forms this rule may capitalise (a people word the table vouches for, no country's
    own name), alone or joined by hyphens, as one pattern: a scan for these few dozen words
    costs a fraction of reading every lower-case word of a long text."""
    word = _by_first_letter(candidate_forms())
    return re.compile(_CANDIDATE_SHAPE.format(word=word))


# A space first: a literal the engine scans for in C, the words tried only after one (a
# sentence's middle has a space before the word; a line's first word is left anyway).
_CANDIDATE_SHAPE = " ({word}(?:-{word}){{0,2}})" + _ALONE_AFTER.replace("{", "{{").replace("}", "}}")


def _candidate_starts(text: str, pos: int, endpos: int) -> tuple[list[int]]:
    """A :data:`repair.document_memo.LineScan`: the starts of :func:`_candidates`'s matches
    between ``pos`` and ``endpos``, in one list. A match is a space and words with no line
    break, and its look-ahead reads two characters at most, which a line break stops, so the
    text's matches are its lines' matches (``Document.line_positions`` carries them)."""
    return ([m.start() for m in _candidates().finditer(text, pos, endpos)],)


@cache
def candidate_forms() -> list[str]:
    """The forms of :func:`_candidates`, longest first (then in alphabetical order)."""
    return sorted((form for form in case_table().words
                   if form.isalpha() and len(form) >= MIN_LETTERS and _people_word(form)
                   and capitalised_in_clean_news(form) and form.capitalize() not in _one_word_countries()),
                  key=lambda form: (-len(form), form))


def _by_first_letter(forms: list[str]) -> str:
    """``"(?:" + "|".join(forms) + ")"`` (non-empty literal words), its alternatives grouped
    under their first letter: "(?:i(?:rish|talian)|d(?:utch|anish))". It matches what the
    plain alternation matches, trying the same words in the same order (an alternative
    whose first letter differs fails there at once), but the engine reads the first letter
    once per group, not once per word: 0.040 -> 0.018 s a scan of 2 MB of news (issue 13)."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form[1:])
    return "(?:" + "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()) + ")"


@cache
def _language_names() -> frozenset[str]:
    """One-word ISO 639 language names, lower-cased ("irish", "welsh", "dutch")."""
    import pycountry

    return frozenset(language.name.lower() for language in pycountry.languages
                     if language.name.isalpha() and len(language.name) >= MIN_LETTERS)


def _people_word(form: str) -> bool:
    """True for a nationality's or a language's shape, or the plural of one."""
    if _nationality_shape(form) or form in _language_names():
        return True
    singular = form[:-1] if form.endswith("s") else ""
    return bool(singular) and (_nationality_shape(singular) or singular in _language_names())


def capitalised_in_clean_news(form: str) -> bool:
    """True when clean English (the learned table) writes ``form`` capitalised in a
    sentence's middle nearly always: seen >= MIN_SUPPORT times, lower case at most
    MAX_LOWER_SHARE of them, Capitalised at least CAPITAL_SHARE of them."""
    row = case_table().words.get(form)
    if row is None:
        return False
    total = sum(row)
    return (total >= MIN_SUPPORT and row[LOWER] <= MAX_LOWER_SHARE * total
            and row[CAP_ALONE] + row[CAP_RUN] >= CAPITAL_SHARE * total)


def _mid_sentence(text: str, at: int) -> bool:
    """True when the word at ``at`` follows a lower-case word, a digit or a comma on the
    same line: a sentence's middle, where the writer chose the case."""
    before = text[max(0, at - 2) : at]
    return len(before) == 2 and before[1] == " " and (before[0].islower() or before[0].isdigit()
                                                       or before[0] in ",;")


@rule(
    "CA031",
    "lowercase-nationality-word",
    "casing",
    Safety.UNSAFE,
    bad=[
        ("The storm caused the irish ferry to turn back.", "The storm caused the Irish ferry to turn back."),
        ("A group of norwegian divers found the wreck.", "A group of Norwegian divers found the wreck."),
        ("The prize went to a spanish-italian film on Friday.",
         "The prize went to a Spanish-Italian film on Friday."),
        ("The club signed two swedish players, the coach said.",
         "The club signed two Swedish players, the coach said."),
        ("Talks with the south korean envoy went well.", "Talks with the South Korean envoy went well."),
    ],
    good=[
        "He bought Polish vodka and shoe polish.",
        "The irish ferry sailed. the welsh one waited. the dutch one sank. the greek one won.",
        "Visit www.irish-news.ie for more.",
        "irish ferries sailed on Monday.",
        "The tickets cost 12 euros at the door.",
        "She speaks Irish and Welsh at home.",
    ],
    scope="document",  # the text's own lower-case forms elsewhere veto the edit
)
def lowercase_nationality_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """A nationality's or a language's adjective (or its plural) in lower case in a
    sentence's middle ("the irish ferry", "two swedish players", "a spanish-italian film"),
    which clean English capitalises there nearly always (:func:`capitalised_in_clean_news`):
    given its capital; in a hyphenated compound every part must be such a word, and a
    compass point right before it is the name's first word ("west german" -> "West German").

    Left: a sentence's or a line's first word (other rules read starts), a word after a
    hyphen, an address mark or an apostrophe ("pro-russian" is left whole), a form the
    table does not vouch for ("polish"), texts typed or folded to lower case
    (more than :data:`MAX_LOWER_FORMS` such forms, a lower-case date or sentence opening),
    a nationality shape the text capitalises elsewhere (CA012's edit) and a language's
    name after a preposition (CA020's slot). Unsafe: a brand or a nickname may keep the
    lower case ("the irish" of a team's fans).
    """
    text = doc.text
    found: list[tuple[re.Match[str], list[str]]] = []
    candidates = _candidates()
    for start in doc.line_positions(_candidate_starts)[0]:  # carried across ``fix``'s rounds
        match = candidates.match(text, start)
        assert match is not None  # found so on an unchanged line
        found.append((match, match.group(1).split("-")))
    if not found or len({m.group(1) for m, _ in found}) > MAX_LOWER_FORMS or mostly_lower_case(doc) \
            or _has_lower_date(text):
        return
    capitalised = alone_names(doc)
    for match, parts in found:
        start, end = match.start(1), match.end(1)
        if not _mid_sentence(text, start) or _sentence_opens_lower(text, start):
            continue
        word = match.group(1)
        if len(parts) == 1:
            if _nationality_shape(word) and word.capitalize() in capitalised:
                continue  # CA012 reads the text's own capital
            if not _nationality_shape(word) and _PREPOSITION_BEFORE.search(text, max(0, start - 20), start):
                continue  # CA020's slot: "in irish" after a preposition is its edit
        surface = "-".join(part.capitalize() for part in parts)
        compass = _COMPASS_BEFORE.search(text, max(0, start - 6), start)
        if compass is not None and _mid_sentence(text, compass.start()) \
                and _word_before(text, compass.start()).lower() in _COMPASS_OPENERS:
            start, word = compass.start(), text[compass.start() : end]
            surface = word[:1].upper() + word[1:compass.end() - compass.start()] + surface
        yield self.edit(start, end, surface,
                        f"“{word}” in lower case: clean English writes this nationality or language “{surface}”.",
                        0.7)


RULES = (lowercase_nationality_word,)
