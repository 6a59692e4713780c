"""Clause shapes the fragment test would otherwise miss: a counted subject and its verb.

``lexicon.has_clause`` finds a finite verb by an auxiliary, a past form or an ``-s`` form
after a name; a plural subject opened by an approximate figure takes the plain present
("About 300 families live near the plant.", "Some 40 firms supply the yard."), which none
of those signals catches. Read as a prepositional phrase ("About …"), such a sentence
looked like a fragment to join onto the sentence before.
"""

from __future__ import annotations

from repair import lexicon

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
