"""Where a glued token splits: word knowledge (``wordfreq`` Zipf frequencies) and the
split finders the lost-space rules share.

``zipf`` reads the frequency table; ``best_split`` cuts an unknown token into two well-known
words, one of them a glue word; ``_name_split``, ``_name_word_split`` and ``name_verb_split``
cut a name from the small word, common word or past-tense verb glued after it. Split from
:mod:`repair.rules.glued`, which re-exports the names other modules import from it.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from repair import lexicon
from repair.rules.glued_small import counted_plural, refused_name_split

# Zipf frequency (log10 per billion words) of a word known well enough to split into.
# 3.0 is about one use per million words: "balance" is far above, "Moldova" just above.
KNOWN_ZIPF = 3.0
# A token at or above this is a word in its own right ("cannot", "elsewhere"), never split.
WORD_ZIPF = 1.0
# Two-letter parts a lost space leaves: "Ofvarious", "Toprevent" / "improvementin".
_SHORT_LEFT = frozenset("of to in".split())
_SHORT_RIGHT = frozenset("in of to on".split())
# Words that also work as prefixes or particles of closed compounds ("overallotment",
# "aftertax", "onlending", "stopout", "takeover"): never a split point.
_PREFIX_WORDS = frozenset("over under out after for fore on up down off by can per".split())
_PARTICLES = frozenset("out over up off down back like its our can per".split())
# Speech verbs a lost link leaves glued to the source's name ("agencysaid").
_GLUED_VERBS = frozenset("said says told added reported".split())
# Two-letter prepositions a speech verb takes after it ("said at a news conference", "told in
# an interview"): a lost link boundary glues them on ("saidat", "toldin").
_VERB_PREPOSITIONS = frozenset("at in on to by of".split())


def _verb_then_preposition(token: str, left: str, right: str) -> bool:
    """True when a lower-case ``token`` is a speech verb with a two-letter preposition glued
    on ("saidat", "toldin", "reportedon"): the verb vouches for the split however short it
    is. A capitalised token is a name's shape ("Saidat") and stays."""
    return token[:1].islower() and left in _GLUED_VERBS and right in _VERB_PREPOSITIONS


# A two-letter part needs a well-known partner: "offairs" is a misspelling, not "of fairs".
SHORT_PARTNER_ZIPF = 3.5
# Endings that form names with a common word before them ("Stonebridge", "Greenwood"):
# a token ending in one is a place or family name the lexicon may not know.
_NAME_ENDINGS = frozenset(
    """man men son ton town land berg burg bury ville field wood stone ford worth way side
    dale ham ley shire well water gate hill port mouth castle bridge brook""".split()
)


# Quantifiers stand before a plural noun and form no closed compounds with it: "several
# colonies", "many firms", "various groups" lose the space the same way a function word does.
_QUANTIFIERS = frozenset("several many various numerous both".split())


def _is_glue_word(word: str) -> bool:
    """Function words, quantifiers and speech verbs: what a lost link boundary most often
    glues on.

    Requiring one makes the split safe against closed compounds and company names
    ("feedgrain", "Paintworks"), which join two content words.
    """
    w = word.lower()
    return lexicon.is_function_word(w) or w in lexicon.AUXILIARIES or w in _GLUED_VERBS or w in _CLAUSE_OPENERS


# Words that open a relative or subordinate clause and are not in the lexicon's function
# words: a link boundary glues them onto the noun before as often ("villageswhere").
_CLAUSE_OPENERS = frozenset("where when whose whom whether unless".split())


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English word -> frequency table, loaded once (:func:`lexicon.word_frequencies`)."""
    return lexicon.word_frequencies()


def zipf(word: str) -> float:
    """Zipf frequency (log10 of uses per billion words) of a plain alphabetic ``word``
    in wordfreq's English list; 0 when unknown.

    The table is read directly: for letters-only words this equals
    ``wordfreq.zipf_frequency`` (up to its rounding) without its per-call tokenizer,
    which dominated the cost of these rules on whole feeds.
    """
    freq = _frequencies().get(word.lower(), 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


@lru_cache(maxsize=65536)
def best_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown ``token`` into two well-known words, or None.

    Among all split points, the one whose rarer part is most frequent wins; a split
    into a short function word is allowed only as the second part.
    """
    if zipf(token) >= WORD_ZIPF:
        return None
    best: tuple[float, str, str] | None = None
    for i in range(2, len(token) - 1):
        left, right = token[:i], token[i:]
        low_left, low_right = left.lower(), right.lower()
        if i < 3 and low_left not in _SHORT_LEFT:
            continue
        if len(right) < 3 and not _verb_then_preposition(token, low_left, low_right) and (
                low_right not in _SHORT_RIGHT or len(left) < 7):
            continue  # "Logicon", "Paperin": a short right part needs a long left one
        if low_right in _NAME_ENDINGS or low_left in _PREFIX_WORDS or low_right in _PARTICLES:
            continue
        # A quantifier counts only before its noun ("severalbanks"), never as a tail ("compmany").
        quantified = (low_left in _QUANTIFIERS and len(right) >= 4) or counted_plural(left, right)
        if refused_name_split(token, left, right):
            continue
        if not (_is_glue_word(left) or _is_glue_word(right) or quantified):
            continue
        if len(left) <= 2 and zipf(right) < SHORT_PARTNER_ZIPF:
            continue
        if len(right) <= 2 and (zipf(left) < SHORT_PARTNER_ZIPF or token[:1].isupper()):
            continue  # "Holderson", "Logicon": a name ending in a short word
        score = min(zipf(left), zipf(right))
        if score >= KNOWN_ZIPF and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None


# The article's part of an article glued to its word ("anational", "anofficial"): the part
# after it must be this common and this long; "a" goes before a consonant, "an" before a
# vowel ("u" only after "an": "a university" and "an unusual" both occur, so "au..." is left).
ARTICLE_PARTNER_ZIPF = 3.5
ARTICLE_PARTNER_LENGTH = 5


@lru_cache(maxsize=4096)
def article_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown lower-case ``token`` into an indefinite article and a
    common word ("anational" -> "a", "national"; "anofficial" -> "an", "official"), or
    None. The article must fit the word's first letter; the word must be common
    (Zipf >= 3.5), five letters at least, and no function word. Where it stands must be
    checked by the caller: a misspelling can take the same shape ("to atempt")."""
    if not token.islower() or zipf(token) >= WORD_ZIPF:
        return None
    for left in ("an", "a"):
        right = token[len(left) :]
        vowel = right[:1] in "aeiou"
        if not token.startswith(left) or (left == "an") != vowel or (left == "a" and right[:1] == "u"):
            continue
        if zipf(left + right[:1] + right) >= KNOWN_ZIPF or right.endswith("ed"):
            continue  # "apointed", "atack": a doubled letter lost ("appointed"), not an article
        if len(right) >= ARTICLE_PARTNER_LENGTH and zipf(right) >= ARTICLE_PARTNER_ZIPF \
                and not lexicon.is_function_word(right) and right not in lexicon.AUXILIARIES:
            return left, right
    return None


# Small words a lost link boundary glues onto the end of a name ("Okonkwoand"). Two-letter
# ones are left out: names end in them ("Johnson", "Austin"), and each would cost a search.
_NAME_SUFFIXES = ("and", "the", "for", "with", "from", "said", "says", "told")


def _name_split(token: str, names: frozenset[str]) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` into a name and a small word glued after it
    ("Okonkwoand" -> "Okonkwo", "and"), when the text also writes the name as a word
    of its own (in ``names``, :func:`alone_names`); None otherwise.

    A name ``wordfreq`` does not know cannot be vouched for by the lexicon; the story
    naming the same person or place again, alone, is the evidence.
    """
    for suffix in _NAME_SUFFIXES:
        name = token[: -len(suffix)]
        if token.endswith(suffix) and len(name) >= 3 and name in names and zipf(name) < KNOWN_ZIPF:
            return name, suffix
    return None


# A common word glued after a name ("Antarcticaremain", "Genevaended"): its Zipf floor, and
# its shortest length (three-letter tails make names: "Nixon", "Jordan").
NAME_TAIL_ZIPF = 3.5
MIN_NAME_TAIL = 4
# A name part as common as an everyday noun ("Bank", "Credit", "Movie", Zipf near 5) opens
# company names built of two words ("Creditbank", "Movielink"); place names below this
# ("Antarctica" 3.5, "Portugal" 4.1, "Brazil" 4.6) rarely do.
MAX_NAME_ZIPF = 4.6


# A past-tense verb glued after a name: a regular one this long at the least ("moved",
# "visited"), or an irregular one of four letters or more ("told", "held"; "won", "led" and
# "met" end too many names).
MIN_PAST_TAIL = 5
# A past form this common is a word: when it is the longest verb a token ends in, the split
# is there or nowhere (a shorter tail would cut the verb: "Parkre" + "opened").
KNOWN_PAST_ZIPF = 2.5
MIN_IRREGULAR_TAIL = 4


def name_verb_split(token: str) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` that ``wordfreq`` does not know into a name and
    the past-tense or speech verb glued after it ("Maiervisited" -> "Maier", "visited";
    "Okaforsaid" -> "Okafor", "said"), or None.

    The verb is told by its form (a common "-ed" word or an irregular past), the name by its
    capital and by being no common word itself (a common first part makes a compound
    name: "Creditbank"); the longest verb wins. The caller must also find the token after a
    capitalised word (a first name or title) and before a lower-case word, since a lone
    name with such an ending reads the same.
    """
    for i in range(3, len(token) - MIN_IRREGULAR_TAIL + 1):
        name, tail = token[:i], token[i:]
        if not name[1:].islower() or tail in _NAME_ENDINGS:
            continue
        past = len(tail) >= MIN_PAST_TAIL and tail.endswith("ed")
        if past and KNOWN_PAST_ZIPF <= zipf(tail) < NAME_TAIL_ZIPF:
            return None  # the longest verb ("reopened") is too rare to vouch: "Parkre" + "opened" is no safer
        regular = past and zipf(tail) >= NAME_TAIL_ZIPF
        if regular or (tail in lexicon.IRREGULAR_PAST or tail in _GLUED_VERBS) and len(tail) >= MIN_IRREGULAR_TAIL:
            # The longest verb decides: a name too common to be glued ("Washington" + "imposed")
            # must not fall back to a shorter tail ("Washingtonim" + "posed").
            return (name, tail) if zipf(name) < MAX_NAME_ZIPF else None
    return None


def _name_word_split(token: str, names: frozenset[str]) -> tuple[str, str] | None:
    """The split of a capitalised ``token`` into a name the text writes alone (in
    ``names``, :func:`alone_names`) and a common lower-case word glued after
    it ("Antarcticaremain" -> "Antarctica", "remain"); the longest such name wins.

    Names built of two words ("Stonebridge", "Fairview", "Creditbank") seldom stand in
    the story as their first half alone, their endings are refused as tails, and a name
    part as common as an everyday noun (:data:`MAX_NAME_ZIPF`) is refused.
    """
    for i in range(len(token) - MIN_NAME_TAIL, 3, -1):
        name, tail = token[:i], token[i:]
        if name not in names or zipf(name) >= MAX_NAME_ZIPF or name.lower() in _PREFIX_WORDS:
            continue
        if tail in _NAME_ENDINGS or tail in _PARTICLES:
            continue
        if zipf(tail) >= NAME_TAIL_ZIPF and not (tail.endswith("s") and zipf(tail[:-1]) >= KNOWN_ZIPF):
            return name, tail
    return None


# A content word with a past form glued after it ("designationcreated", "Berlinannounced"):
# both parts must be this common (about 3 uses per million words) and this long. The right
# part must have a past form's shape ("-ed"): a word and the finite verb after it meet at a
# clause's seam, where no compound forms, while a noun glued to a noun is a closed compound
# as often as a lost space ("beermaker", "superclubs" stand in clean copy).
CONTENT_PART_ZIPF = 3.5
CONTENT_PART_LENGTH = 4
# Combining forms that are also words ("inter", "poly", "semi"): a bound morpheme class, not
# content words; they prefix a participle in clean copy ("interlisted", "semimanufactured").
_COMBINING_FORMS = frozenset("""inter intra poly semi multi anti post super ultra mini micro mega hyper
    non pan para pseudo quasi trans counter extra neo proto sub self mid cross""".split())
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# A misspelt word is as unknown as a glued pair: a common word one letter away wins.
MISSPELT_ZIPF = 3.0


def _misspelling(token: str) -> bool:
    """True when a common word (Zipf >= :data:`MISSPELT_ZIPF`) is one dropped, doubled or
    swapped letter away from ``token`` ("demonstated" for "demonstrated"): a misspelling
    splits into two words by chance, and a space would not mend it. About 26 look-ups a
    letter, made only for the few tokens that split."""
    low = token.lower()
    for i in range(len(low) + 1):
        if any(zipf(low[:i] + c + low[i:]) >= MISSPELT_ZIPF for c in _ALPHABET):
            return True
    for i in range(len(low)):
        if zipf(low[:i] + low[i + 1 :]) >= MISSPELT_ZIPF:
            return True
        if i + 1 < len(low) and zipf(low[:i] + low[i + 1] + low[i] + low[i + 2 :]) >= MISSPELT_ZIPF:
            return True
    return False


@lru_cache(maxsize=65536)
def content_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown ``token`` into a common word and the past form glued after it
    ("designationcreated" -> "designation", "created"; "Berlinannounced" -> "Berlin",
    "announced"), or None.

    Generic: only word frequency decides, no list of verbs or nouns. Both parts must be
    four letters or more with Zipf >= :data:`CONTENT_PART_ZIPF`; prefix words, particles and
    name endings are no split point; the split whose rarer part is most frequent wins, and a
    token with two such splits close in score (within 0.5) is ambiguous and left. A plural
    right part whose singular also splits off ("Paintworks": "Paint" + "works") is a
    compound's shape and stays. The caller checks that the story never writes the token
    again, nor its parts hyphenated (a compound the house writes closed).
    """
    if not token.endswith("ed") or zipf(token) >= WORD_ZIPF or not token[1:].islower():
        return None  # the past form ends the token: most unknown tokens leave here
    scored: list[tuple[float, str, str]] = []
    for i in range(CONTENT_PART_LENGTH, len(token) - CONTENT_PART_LENGTH + 1):
        left, right = token[:i], token[i:]
        low_left = left.lower()
        if low_left in _PREFIX_WORDS or low_left in _COMBINING_FORMS or right in _PARTICLES or right in _NAME_ENDINGS:
            continue
        if any(right.startswith(ending) or right.endswith(ending) for ending in _NAME_ENDINGS if len(ending) >= 4):
            continue  # "Stonebridges", "Woodsides": a name's ending with a plural
        if not right.endswith("ed") or len(right) < MIN_PAST_TAIL:
            continue  # a noun after a noun is a closed compound as often ("beermaker", "superclubs")
        if token[0].isupper() and zipf(left) >= MAX_NAME_ZIPF:
            continue  # "Bankcorp", "Creditbank": an everyday noun opens a company's name
        score = min(zipf(left), zipf(right))
        if score >= CONTENT_PART_ZIPF:
            scored.append((score, left, right))
    if not scored or _misspelling(token):
        return None  # the misspelling check (26 look-ups a letter) only for the few that split
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.5:
        return None  # two readings: no evidence which space was lost
    return scored[0][1], scored[0][2]


# Endings of derived adjectives and abstract nouns ("domestic", "national", "pollution",
# "treatment"): such a word stands before a noun or a preposition but seldom opens a closed
# compound, where a bare stem does ("feedgrain", "beermaker").
_DERIVED_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ic", "al", "ous", "ive", "ful")
# Letters a derived word keeps before its ending ("nation-al", "pollu-tion"): fewer, and the
# word is a bare noun that only looks derived ("c-ity").
MIN_DERIVED_STEM = 3
# Right parts that are suffixes or compound heads in their own right ("definitiveness",
# "initialling", "policymaking"): never split off.
_SUFFIX_WORDS = frozenset("ness less ship able ible ling ment hood like wise ward wards ity ally".split())


@lru_cache(maxsize=65536)
def derived_split(token: str) -> tuple[str, str] | None:
    """The split of an unknown lower-case ``token`` into a derived adjective or abstract noun
    and the word glued after it ("domesticflights" -> "domestic", "flights";
    "pollutionover" -> "pollution", "over"), or None.

    Generic: the left part ends in a derivational ending (:data:`_DERIVED_ENDINGS`), both
    parts are four letters or more with Zipf >= :data:`CONTENT_PART_ZIPF`, the right part
    is no suffix-like word and no "-ing" form (a compound head: "plasticmaking"), the best
    split is 0.5 Zipf clear of the next, and the token is no misspelling. On news-clean
    (all splits) no token takes this shape once "-ing" heads are refused.
    """
    if not token.islower() or zipf(token) >= WORD_ZIPF:
        return None
    scored: list[tuple[float, str, str]] = []
    for i in range(CONTENT_PART_LENGTH, len(token) - CONTENT_PART_LENGTH + 1):
        left, right = token[:i], token[i:]
        ending = next((e for e in _DERIVED_ENDINGS if left.endswith(e)), None)
        if ending is None or len(left) - len(ending) < MIN_DERIVED_STEM or right in _SUFFIX_WORDS \
                or right.endswith("ing"):
            continue  # ("city" ends like "-ity" but is a bare noun, a name's first part: "citylets")
        if left in _COMBINING_FORMS or right in _NAME_ENDINGS:
            continue
        score = min(zipf(left), zipf(right))
        if score >= CONTENT_PART_ZIPF:
            scored.append((score, left, right))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.5 or _misspelling(token):
        return None
    return scored[0][1], scored[0][2]


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
MIN_PAST_FORM = 5  # "added", "voted": shorter "-ed" words ("bed", "red") are no past forms


def verb_after(text: str, end: int) -> bool:
    """True when the word after ``end`` (one space on) is a verb form: an auxiliary, a speech
    verb, an irregular past or a word in "-ed" ("Harlowlink said", "Norlandair has")."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST \
        or len(word) >= MIN_PAST_FORM and word.endswith("ed")
