"""A false stop between the two objects of a double-object verb: a bare join is the repair.

English verbs of giving and telling take two noun phrases with no word between them: the
one who receives and the thing given ("pay the company a fee", "offered the workers a
rise", "sent them a letter"). A false stop after the first object leaves a verbless noun
phrase after a noun ("… will pay the company. a fee of …"), which elsewhere
(:func:`repair.rules.stops_piece_shapes.choose_by_shape`, :func:`relinked
<repair.rules.link_words.relinked>`, :func:`shown_when_noun_pair
<repair.rules.stops_noun_pairs.shown_when_noun_pair>`) means a lost preposition and is only
shown; after such a verb nothing was lost, and the bare join is English.

The verbs are a grammatical class (dative-shift verbs whose second object is a thing, listed
below by their forms), not words read from examples. The first object must be short and
plain: a pronoun, or a determiner and one noun, right after the verb ("pay the company",
"gave them"); the piece must open with an indefinite article or a possessive and hold no
verb of its own (checked by the callers).
"""

from __future__ import annotations

from repair import lexicon

__all__ = ["after_first_object"]

# Forms of verbs that take a receiver and a thing as two bare objects.
_DOUBLE_OBJECT_VERBS = frozenset("""
    give gives gave given giving pay pays paid paying offer offers offered offering
    send sends sent sending hand hands handed handing lend lends lent lending
    owe owes owed owing grant grants granted granting award awards awarded awarding
    promise promises promised promising charge charges charged charging
    """.split())
# Receivers standing alone after the verb ("gave them a …").
_OBJECT_PRONOUNS = frozenset("them him her us me you".split())
# ("her" is left out: "paid her rent" is a verb and one object.)
_DETERMINERS = frozenset("the its their his our each every".split())
# What may open the second object: a thing given, new to the reader ("a fee", "an award") or
# owned ("its share"); "the" would as often open a new subject or a lost preposition's object.
SECOND_OBJECT_OPENERS = frozenset("a an its their his her our".split())


def after_first_object(p: list[str], opener: str) -> bool:
    """Whether the sentence words ``p`` end on a double-object verb and its first object (a
    pronoun of :data:`_OBJECT_PRONOUNS`, or a determiner and one lower-case noun) and
    ``opener``, the piece's first word (lower case), may open the second object."""
    if opener not in SECOND_OBJECT_OPENERS or len(p) < 3:
        return False
    words = [w.lower().rstrip(".") for w in p[-3:]]
    if words[-1] in _OBJECT_PRONOUNS and words[-2] in _DOUBLE_OBJECT_VERBS:
        return True
    return words[0] in _DOUBLE_OBJECT_VERBS and words[1] in _DETERMINERS and p[-1][:1].islower() \
        and words[2].isalpha() and not lexicon.is_function_word(words[2])
