"""Appositives and renamings at a false stop: the piece names again what the sentence ends on.

The noun-phrase shapes :func:`repair.rules.stops_comma_join.comma_join` joins with a comma
(a noun phrase after a full name, one with a defining relative clause, a superlative
renaming what the sentence reports), and the tests the stop rules ask on their own: a
person's age after a name (:func:`age_after_name`), a title a possessive holds
(:func:`possessed_title`), and the cheap pre-test :func:`may_open_renaming` FR001 reads
before tokenising. ``p`` and ``q`` are the words of the sentence before the stop and of the
piece after it, as ``lexicon.words`` gives them; ``piece`` is the piece's raw text.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_classes import main_verb_after_relative
from repair.rules.stops_double_objects import after_first_object
from repair.rules.stops_noun_pairs import MAX_SHARE, noun_phrase_share
from repair.rules.stops_phrases import _SUPERLATIVE
from repair.rules.stops_words import is_bare_verb, looks_modifier

_RELATIVE_WORDS = frozenset("which who whom whose".split())
_PARTICLES = frozenset("away off out up down back over on in".split())


def appositive_with_relative(p: list[str], q: list[str], piece: str) -> bool:
    """The piece is an article, a short noun phrase and a relative clause ("the basic right
    which the court set out in 1979") after a sentence ending on a noun (a hyphenated one
    too: "self-rule", "long-haul"): a noun phrase
    renaming that noun, which the relative clause defines; English sets it off with a comma.
    The noun phrase before the relative word has no verb, so the piece is no clause, and no
    comma before the relative word ("the atmosphere of planets, which makes …" comments on
    a whole clause: the object of a verb cut off at a particle, "tear away.", not an aside)."""
    if len(p) < 3 or len(q) < 4 or q[0].lower() not in ("the", "a", "an") or lexicon.is_function_word(p[-1]) \
            or p[-1].lower() in _PARTICLES or not p[-1].replace("-", "").isalpha() or is_bare_verb(p[-1]):
        return False
    at = next((i for i in range(2, min(len(q), 6)) if q[i].lower() in _RELATIVE_WORDS), None)
    return at is not None and not lexicon.has_clause(q[:at]) and "," not in piece.split(f" {q[at]} ", 1)[0] \
        and not main_verb_after_relative(q[at + 1 :])



# Articles that open an appositive noun phrase ("Ana Ruiz, a lawyer at …", "…, the board's head").
_APPOSITIVE_ARTICLES = frozenset("a an the".split())


# Subject pronouns that open a relative clause with no relative word ("the jet it leased").
_APPOSITIVE_CONTACT_SUBJECTS = frozenset("it they he she we".split())
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split())
# Prepositions whose object a lone capitalised word is a name ("born to Kesi", "sold to
# Norvik"): nothing but a name stands there capitalised mid-sentence, and a noun phrase
# after it is no second object (a verb's would be: "gave Kesi a new pen").
_NAME_OBJECT_PREPOSITIONS = frozenset("to by from of with for".split())
# Prepositions after a past form inside an appositive that make it a reduced passive
# relative ("a rhino rescued from poachers", "a firm based in Bergen"), no verb of the phrase.
_REDUCED_PASSIVE_PREPOSITIONS = frozenset("by from in at for with on as during under".split())


def appositive_after_name(p: list[str], q: list[str]) -> bool:
    """The piece is a noun phrase (an article, no clause) after a sentence ending on a full
    name ("… led by Ana Ruiz. an engineer at the port."): an appositive that says who the
    person is, which English sets off with a comma. A time ("… on Monday. the next day")
    or a piece with a verb of its own is no appositive."""
    if len(q) < 2 or len(p) < 3 or q[0].lower() not in _APPOSITIVE_ARTICLES:
        return False
    last, before = p[-1], p[-2]
    # A full name ("Ana Ruiz"), or one capitalised word "the" makes an institution ("the Senate").
    institution = before == "the" and last[:1].isupper() and last[1:].islower()
    # "born to Kesi"; a month is no name there ("by August. the end of …").
    named_object = before in _NAME_OBJECT_PREPOSITIONS and last[1:].islower() and last.lower() not in _MONTH_NAMES
    if not (last[:1].isupper() and (before[:1].isupper() and not lexicon.is_function_word(before) or institution
                                    or named_object)) \
            or last.lower() in lexicon.TIME_WORDS or before.lower() in lexicon.TIME_WORDS:
        return False
    if any(t.lower() in lexicon.TIME_WORDS or t.lower() in lexicon.TIME_OPENERS for t in q[1:3]):
        return False
    # "the board's new head": a possessive after the article, not "board is".
    bare = [t[:-2] if i == 1 and t.endswith(("'s", "’s")) else t for i, t in enumerate(q)]
    # A relative clause inside the appositive has its own verb ("an engineer who had
    # trained in Lyon"): only the noun phrase before it must be verbless.
    for i, word in enumerate(bare):
        if i > 1 and word.lower() in ("who", "whom", "whose", "which", "where"):
            bare = bare[:i]
            break
        if i > 1 and word in _APPOSITIVE_CONTACT_SUBJECTS and i + 1 < len(bare) and is_bare_verb(bare[i + 1]):
            bare = bare[:i]  # "a 180-seat jet it leased in March": a relative clause with no "that"
            break
        if i > 1 and is_bare_verb(word) and i + 1 < len(bare) and bare[i + 1] == "by":
            bare = bare[:i]  # "the upper house appointed by the king": a reduced passive relative
            break
        if i > 2 and is_bare_verb(word) and i + 1 < len(bare) and bare[i + 1] in _REDUCED_PASSIVE_PREPOSITIONS \
                and looks_modifier(bare[i - 2]):
            bare = bare[:i]  # "a nine-year-old lioness rescued from a trap": its modifier makes it a noun phrase
            break
    return not lexicon.has_clause(_name_heads(bare))


def _name_heads(tokens: list[str]) -> list[str]:
    """``tokens`` with each run of capitalised words cut to its first: the rest of a name is
    no verb ("the Institut Jaume Balmes", "a firm in Los Angeles"), though a name word in
    "-s" after a name reads as one to ``lexicon.has_clause`` ("Jones says")."""
    return [t for i, t in enumerate(tokens) if not (i and t[:1].isupper() and tokens[i - 1][:1].isupper())]


_RENAMING_HEADS = frozenset("The Its Their His Her".split())
# Words that open a clause inside the renaming phrase ("… day since the firm listed").
_SUBORDINATORS = frozenset("since when after before as that which who because while where".split())


# A word token opening on an ASCII letter, as ``lexicon.words`` reads it.
_ASCII_OPENER = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")


def may_open_renaming(piece: str) -> bool:
    """False when :func:`capitalised_renaming` surely refuses ``lexicon.words(piece)``: the
    piece opens on an ASCII letter (its first token is the run of token characters there)
    and that word is no head of a renaming. Read before tokenising: FR001 asks at every
    short piece."""
    opener = _ASCII_OPENER.match(piece)
    return opener is None or opener.group() in _RENAMING_HEADS


def capitalised_renaming(q: list[str]) -> bool:
    """The capitalised piece is a superlative noun phrase renaming what the sentence before
    reports ("Shares fell 9%. Their worst day since the listing in 2011."): no verb of its
    own before a clause it may hold ("since the company listed"), so no sentence; a comma
    joins it. "The worst was over." or "Their biggest loss came in May." have a verb."""
    if len(q) < 3 or q[0] not in _RENAMING_HEADS or not _SUPERLATIVE.fullmatch(q[1].lower()):
        return False
    head: list[str] = []
    for word in q[1:]:
        if word.lower() in _SUBORDINATORS:
            break
        head.append(word)
    return len(head) >= 2 and not lexicon.has_clause(head)


# Words that open a time clause a superlative is ranked against ("the highest since the plant opened").
_TIME_SUBORDINATORS = frozenset("since when after before".split())


def renaming_with_time_clause(q: list[str]) -> bool:
    """The lower-case piece is a superlative noun phrase whose time clause ranks it ("… 214
    horses. the highest number since the first ones were freed", "… to 5.5%. its highest
    level since the crisis began"): the clause belongs to the phrase, so the whole renames
    what the sentence reports and a comma sets it off, as without the clause ("the highest
    on record"). The words before the clause hold no verb: "the oldest residents say …" and
    "the best team won when …" are sentences."""
    if len(q) < 5 or q[0] not in ("the", "its", "their", "his", "her") or not _SUPERLATIVE.fullmatch(q[1].lower()):
        return False
    for i, word in enumerate(q[2:6], start=2):
        if word.lower() in _TIME_SUBORDINATORS:
            return i + 1 < len(q) and not lexicon.has_clause(q[1:i])
        if word.lower() in _SUBORDINATORS:
            return False
    return False


_AGE_APPOSITIVE = lazy_compile(r"\d{1,3}, (?:a|an|the|who)\b")


def age_after_name(p: list[str], piece: str) -> bool:
    """The piece is a person's age and an appositive ("54, a former banker …", "37, who
    …") after a sentence ending on a full name ("… chose Ana Ruiz."): the name's
    appositives, which English sets off with commas ("Ana Ruiz, 54, a former banker")."""
    if len(p) < 3 or not _AGE_APPOSITIVE.match(piece):
        return False
    last, before = p[-1], p[-2]
    return last[:1].isupper() and before[:1].isupper() and not lexicon.is_function_word(before) \
        and last.lower() not in lexicon.TIME_WORDS and before.lower() not in lexicon.TIME_WORDS


def possessed_title(p: list[str]) -> bool:
    """The sentence ends on a noun a possessive holds, at most two words before it ("the
    town's fire chief", "its chief executive"), and not on a time ("the year's last week"):
    the title of one person, whose name after it is an appositive. ("the mayor Ana Ruiz"
    may take the name as a close appositive, with no comma.)"""
    return p[-1].lower() not in lexicon.TIME_WORDS and any(
        w.endswith(("'s", "’s")) or w.lower() in _POSSESSIVES for w in p[-3:-1])


_POSSESSIVES = frozenset("its their his her our".split())


# Words that end the noun phrase of an indefinite renaming and open its own defining clause
# ("a line that officials had tried to soften"): only the words before them must be verbless.
_RENAMING_CLAUSE_OPENERS = frozenset("that which who whom whose where".split())
# Openers of the definite noun phrase an indefinite one renames ("the kannel, a zither").
_DEFINITE_OPENERS = frozenset("the its their his her our this these those".split())
# Cardinal words that, like a determiner or a figure, show the word after them is a noun ("the two asteroids").
# A nominalised verb takes its object after "of", not a renaming ("the construction of a bridge").
_RENAMED_NOMINALISATION = lazy_compile(r"[a-z]{3}(?:tion|sion|ment|ance|ence)$")
_RENAMED_COUNTS = frozenset("two three four five six seven eight nine ten twelve several many few both".split())


def indefinite_renaming(p: list[str], q: list[str]) -> bool:
    """The lower-case piece is "a"/"an" and a noun phrase of at least two words ("a small
    four-string instrument", "a fraction of its value") after a sentence ending on a
    lower-case content word that clean news almost never follows straight away with "a"
    (:func:`repair.rules.stops_noun_pairs.noun_phrase_share` under ``MAX_SHARE``; a word it
    holds too rarely only after a determiner, figure or modifier): the bare join would set two noun
    phrases side by side, and what the stop stood for is either a lost preposition or the
    comma of an appositive. Only a definite noun phrase (its opener at most one word before
    the noun) is renamed so; a double-object verb's first object is not (its second object
    follows bare). Over the training golds (81 sets and dev) an indefinite piece
    after a noun took the comma 28 times, a preposition 4 times ("for a three-day visit"),
    so the comma is the join. Not a piece naming a time or a rate anywhere ("a week
    later", "a fee of 40 euros a year"): an adverbial or an amount, not a renaming; nor a piece
    with a verb of its own before any relative word (a clause, not a renaming)."""
    if len(q) < 3 or q[0] not in ("a", "an") or len(p) < 3 or after_first_object(p, q[0]):
        return False  # "… will pay the company. a fee of …": a double-object verb's second object
    if not any(w.lower() in _DEFINITE_OPENERS for w in p[-3:-1]):
        return False  # "… arranged by a local company. a ten-mile pipeline": no known thing to rename
    last = p[-1]
    if not last.isalpha() or not last.islower() or lexicon.is_function_word(last) or is_bare_verb(last) \
            or last in lexicon.TIME_WORDS:
        return False
    if _RENAMED_NOMINALISATION.search(last):
        return False  # "announced the construction. a new bridge": its object, with "of" (the link rules' join)
    share = noun_phrase_share(last, q[0])
    # A word the table holds too rarely counts only at the end of a noun phrase ("played
    # the kannel"): a determiner, a figure or a modifier before it.
    noun_end = p[-2].lower() in lexicon.DETERMINERS or p[-2].lower() in _RENAMED_COUNTS \
        or p[-2][:1].isdigit() or looks_modifier(p[-2])
    if (share is None and not noun_end) or (share is not None and share >= MAX_SHARE):
        return False
    if any(t.lower() in lexicon.TIME_WORDS or t.lower() in lexicon.TIME_OPENERS for t in q[1:]):
        return False  # "… visit the company. a fee of two million euros a year": an amount, a rate
    cut = next((i for i in range(2, len(q)) if q[i].lower() in _RENAMING_CLAUSE_OPENERS), len(q))
    return not lexicon.has_clause(q[:cut])
