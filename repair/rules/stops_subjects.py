"""Clause shapes the fragment test would otherwise miss: a counted subject and its verb.

``lexicon.has_clause`` finds a finite verb by an auxiliary, a past form or an ``-s`` form
after a name; a plural subject opened by an approximate figure takes the plain present
("About 300 families live near the plant.", "Some 40 firms supply the yard."), which none
of those signals catches. Read as a prepositional phrase ("About …"), such a sentence
looked like a fragment to join onto the sentence before.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile

# Words that make a figure approximate ("about 300", "some 40"), not prepositions there.
_APPROXIMATORS = frozenset("about around some nearly almost roughly approximately over under".split())
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred hundreds "
    "thousand thousands dozen dozens".split())
# Plurals without an "-s" that head a counted subject.
_PLURALS = frozenset("people children men women staff police cattle".split())
# Words after a counted noun that end a phrase, not open a predicate ("some 20 years ago").
_NOT_VERBS = frozenset("ago apart away more less each apiece".split())


def counted_subject_clause(tokens: list[str]) -> bool:
    """``tokens`` open with an approximate figure, a plural noun and a plain present verb
    with something after it ("About 700 people work at the mine"): a whole clause, even
    though no word in it is an auxiliary, a past form or an ``-s`` form."""
    if len(tokens) < 5 or tokens[0].lower() not in _APPROXIMATORS:
        return False
    figure, noun, verb = tokens[1], tokens[2].lower(), tokens[3]
    if not (figure[:1].isdigit() or figure.lower() in _NUMBER_WORDS):
        return False
    if not (noun in _PLURALS or (noun.endswith("s") and not noun.endswith("ss") and noun.isalpha())):
        return False
    lowered = verb.lower()
    return verb.isalpha() and verb.islower() and not lexicon.is_function_word(lowered) \
        and lowered not in _NOT_VERBS and lowered not in lexicon.TIME_WORDS \
        and not lowered.endswith(("s", "ly", "ing", "ed")) and not lexicon.looks_finite(lowered)


def _is_past(word: str) -> bool:
    w = word.lower()
    return w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


def has_verb(p: list[str]) -> bool:
    """An auxiliary, a speech verb or a past form not right after a determiner or preposition
    ("the reported figure"): an "-s" word is left out, since a plural noun looks the same."""
    lowered = [w.lower() for w in p]
    return any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or _is_past(w) and i > 0
               and lowered[i - 1] not in lexicon.DETERMINERS and lowered[i - 1] not in lexicon.PREPOSITIONS
               for i, w in enumerate(lowered))


def verb_after_bare_subject(p: list[str], q: list[str]) -> bool:
    """The lower-case piece ``q`` opens with a past verb and its complement ("declined to
    comment", "rejected the offer") and the sentence ``p`` before the stop has no verb at
    all, only a noun phrase ("A spokesman for the port authority."): the stop cut the
    subject from its predicate, and the join is the sentence."""
    if len(q) < 2 or not q[0].islower() or len(p) < 2 or has_verb(p):
        return False
    if lexicon.is_function_word(p[-1]) or not (p[0].lower() in lexicon.DETERMINERS or p[0][:1].isupper()):
        return False
    after = q[1].lower()
    if q[0] in lexicon.SPEECH_VERBS:
        return True  # "… the national bank. told parliament …": a speech verb takes any complement
    return _is_past(q[0]) and (after == "to" or after in lexicon.DETERMINERS
                               or after in ("that", "it", "them", "him", "her"))


_OPEN_ASIDE = lazy_compile(
    # The subject may open a reported clause ("The authors warned that the new dam, which …",
    # "… said the dam, which …"): no comma before it, so nothing else is open.
    r"^(?:[^,]* (?:that|said|says|warned|added) )?(?:[Tt]he |An? |an? |another |Another )?"
    r"[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,3}, "
    r"(?:which|who|whose|the|a|an|its|their|his|her) [^,]{3,80}\.$")


def opens_parenthetical(prev_text: str) -> bool:
    """``prev_text`` is a short subject and an aside the comma after it opened and no comma
    closed ("The plant, which opened in 1998." / "Ana Ruiz, the head of the union."): a
    verb after the stop belongs to that subject."""
    opener = prev_text.split(" ", 1)[0].lower()
    if opener in lexicon.PREPOSITIONS or opener in lexicon.TIME_OPENERS:
        return False  # "Under the plan, the staff of both firms.": an opening phrase, then the subject
    return _OPEN_ASIDE.match(prev_text) is not None
