"""The placeholder pronoun test of :func:`repair.rules.stops_candidates.pronoun_placeholder`
(and of FR001 in :mod:`repair.rules.breaks`): a past verb and an object "it"/"them" before a
stop, and after it a capitalised noun phrase with no verb of its own, the real object the
pronoun held the place of ("… promised it. Food parcels for every family."). ``p`` and
``q`` are the words before and after the stop (:func:`repair.lexicon.words`).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.glued import zipf
from repair.rules.stops_words import is_bare_verb

_COMMON_ZIPF = 3.5  # wordfreq Zipf of a common English word: the piece opens with one, not a name
# Determiners after which a displaced modifier goes back in ("the [business] community").
_NP_DETERMINERS = frozenset("the a an its their his her our".split())
# Words that govern a verb's base form: the placeholder "it" may follow that verb too.
_GOVERNING = frozenset("will would can could may might must shall should to".split())


def placeholder_before_object(p: list[str], q: list[str]) -> bool:
    """The words either side of the stop fit :func:`repair.rules.stops_candidates.pronoun_placeholder`: a past verb and
    "it"/"them" before it, a capitalised noun phrase with no verb of its own after (one in
    a relative clause it holds is the clause's)."""
    if len(p) < 3 or p[-1] not in ("it", "them") or len(q) < 2:
        return False
    head = q[0]
    # A base form a modal or "to" governs only before a lower-case piece, whose lost capital is
    # the evidence ("would publish it. the figures"); "… try to control it. Then …" is a sentence.
    if not (is_bare_verb(p[-2]) or head in _NP_DETERMINERS and p[-3].lower() in _GOVERNING and p[-2].isalpha()
            and p[-2].islower() and not lexicon.is_function_word(p[-2]) and not lexicon.looks_finite(p[-2])):
        return False
    # A lower-case piece must open with a determiner: its noun phrase is then the object.
    return (head[:1].isupper() or head in _NP_DETERMINERS) \
        and not (lexicon.is_function_word(head) and head.lower() not in ("the", "a", "an")) \
        and not _has_verb(_before_relative(q)) \
        and head.lower() not in lexicon.SPEECH_VERBS \
        and zipf(head) >= _COMMON_ZIPF and not _plural_and_verb(q)  # lower-cased: "Food packs" is no name


def _has_verb(q: list[str]) -> bool:
    """An auxiliary or a past form that no determiner or preposition stands right before
    ("still stood", not "the reported gap"); "-s" forms are left to :func:`_plural_and_verb`."""
    lowered = [t.lower() for t in q]
    return any(w in lexicon.AUXILIARIES or (w in lexicon.IRREGULAR_PAST or len(w) > 4 and w.endswith("ed"))
               and (i == 0 or lowered[i - 1] not in lexicon.DETERMINERS and lowered[i - 1] not in lexicon.PREPOSITIONS)
               for i, w in enumerate(lowered) if i >= 1)


def _before_relative(q: list[str]) -> list[str]:
    """The words before the first relative pronoun: a verb after it ("… families who lost
    their homes") belongs to the relative clause, not to the piece."""
    for i, word in enumerate(q):
        if word.lower() in ("who", "which", "that", "whose", "whom"):
            return q[:i]
    return q


def _plural_and_verb(q: list[str]) -> bool:
    """A plural noun and then a content word ("Parking fees rise …", "Rescue teams search
    …"): the plural may be a subject and the word its present verb, which the lexicon cannot
    tell from a noun; such a piece may be a sentence of its own."""
    for i in range(min(len(q) - 1, 3)):
        word, after = q[i].lower(), q[i + 1]
        if word.endswith("s") and not word.endswith("ss") and after.islower() and not lexicon.is_function_word(after):
            return True
    return False
