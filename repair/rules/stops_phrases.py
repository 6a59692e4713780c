"""Readings of the phrase on either side of a false stop, for :func:`repair.rules.stops.choose`
(which re-exports the public ones): a renaming appositive, a "that" cut off its clause, a
sentence ending on a noun phrase or on a listing preposition's object, a reduced relative.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_words import is_bare_verb, is_name, may_end_on

# Prepositions whose object is often a list: a second noun phrase cut off after it joins with "and".
_LISTING = frozenset("on about over between including regarding concerning".split())
_SUPERLATIVE = lazy_compile(
    r"most|least|best|worst|biggest|largest|smallest|highest|lowest|oldest|[a-z]{2,}iest|fastest|slowest|strongest"
    r"|weakest|longest|shortest|greatest|deepest|warmest|hottest|coldest|wettest|latest|newest|richest|poorest"
    r"|widest|steepest|sharpest|cheapest|safest|closest|youngest|quickest|hardest")
# Speech verbs whose bare past after a stop is a cut-off tag, not a participle.
_TAG_VERBS = frozenset("said says say told added".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next previous".split())


def _renames(q: list[str]) -> bool:
    """The lower-case piece is a noun phrase that renames what the sentence before reports:
    "the", "its" or "their" and a superlative ("the largest in the region", "their lowest
    level since May"), "the" and an ordinal "time" ("the second time through a penalty"),
    or "the first"/"the only" and a time after the noun ("the first increase since 1962")."""
    if len(q) < 2 or q[0] not in ("the", "its", "their") or lexicon.has_clause([t for t in q if t.islower()]):
        return False  # a capitalised word is a name ("since May"), not the modal "may"
    second = q[1].lower()
    if _SUPERLATIVE.fullmatch(second):
        return True
    if second in _ORDINALS and second not in ("next", "previous") and len(q) > 3 and q[2] == "time":
        return True  # "… equalised each time. the second time from a penalty."
    return second in ("first", "only") and any(w.lower() in ("since", "in") for w in q[2:5])


def cut_after_that(prev_text: str, piece: str) -> bool:
    """``prev_text`` ends on "that" just after a speech verb ("… said on Monday that.") and
    ``piece`` is the reported clause: it opens with an article or subject pronoun ("The
    plant will …", "It will …") or a name and its verb ("Ruiz will …"), or any clause in
    lower case; "…, and that." after a speech verb counts too. The stop is false;
    after any other dangling word the words that followed are lost and a join is no English."""
    if not may_end_on(prev_text, ("that",)) or "that" not in prev_text.lower() or not piece[:1].isalpha():
        return False  # its last word must be "that" (in any case): a cheap test before splitting words
    words = lexicon.words(prev_text)
    if len(words) < 3 or words[-1].lower() != "that":
        return False
    q = lexicon.words(piece)
    if len(q) < 2:
        return False
    # "… said that.", or a second reported clause "…, and that." / "but that." after one.
    second_report = words[-2].lower() in ("and", "but") and any(w.lower() in lexicon.SPEECH_VERBS for w in words)
    if not any(w.lower() in lexicon.SPEECH_VERBS for w in words[-4:-1]) and not second_report:
        return False
    if piece[:1].islower():
        return lexicon.has_clause(q)  # "… and that. pupils wanted …": a lower case is no sentence start
    if len(words) == 3 and words[0].lower() in lexicon.SUBJECT_PRONOUNS:
        return False  # "They said that. A vote is due.": "that" may be the tag's own object
    head = q[0].lower()
    if head in lexicon.DETERMINERS or head in lexicon.SUBJECT_PRONOUNS:
        return lexicon.has_clause(q)
    return is_name(q[:1]) and (q[1].lower() in lexicon.AUXILIARIES or lexicon.looks_finite(q[1].lower()))


def _ends_on_noun_phrase(p: list[str]) -> bool:
    """The sentence ends on a noun phrase a determiner opens two words back ("a new fund"):
    after it, no function word and no verb form."""
    if len(p) < 4 or p[-3].lower() not in lexicon.DETERMINERS:
        return False
    return not any(lexicon.is_function_word(w) or is_bare_verb(w) or lexicon.looks_finite(w.lower())
                   and w.lower().endswith("ed") for w in p[-2:])


def _listing_preposition(p: list[str]) -> str:
    """The preposition ``_ends_on_listed_object`` found, or ""."""
    for word in reversed(p[-5:-1]):
        if word.lower() in _LISTING:
            return word
        if lexicon.is_function_word(word) and word.lower() not in lexicon.DETERMINERS:
            return ""
    return ""


def _ends_on_listed_object(p: list[str]) -> bool:
    """The sentence ends on the object of a preposition that takes a list ("focused on a
    phased ceasefire", "talks between the government"): only determiners, modifiers and
    nouns after it, no verb."""
    prep = _listing_preposition(p)
    if not prep:
        return False
    after = p[len(p) - 1 - [w.lower() for w in reversed(p)].index(prep.lower()) + 1 :]
    return 1 <= len(after) <= 4 and not any(
        w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SPEECH_VERBS or w[:1].isupper() for w in after)


def opens_reduced_relative(q: list[str], first: str) -> bool:
    """The lower-case piece opens with a past participle and its adjunct ("… a fund for
    forests. set up last year in Oslo.", "… the plant. built in 1970."): it modifies the
    noun before the stop, so a plain join is English. A bare past form with its own object
    ("… rose. reached 5 billion.") or a cut-off speech tag ("… said.") is not one."""
    return first.islower() and len(q) >= 2 and is_bare_verb(q[0]) and q[0].lower() not in _TAG_VERBS \
        and (q[1].lower() in lexicon.PREPOSITIONS or q[1].lower() in lexicon.TIME_OPENERS or q[1].lower() == "this") \
        and not lexicon.has_clause(q[1:])
