"""A piece after a false stop that is the second half of a coordination the sentence began.

A false stop can cut a sentence just before "and"/"or" and the second member of a pair
whose first member the sentence holds. The piece then has no subject, and often no verb,
of its own; what tells it from a writer's own "And …" sentence is that it repeats the
*form* of a member before the stop, so only the sentence before can govern it:

===================================  ===============================================  ==================
piece after the stop                 example (ours)                                   what it pairs with
===================================  ===============================================  ==================
"and"/"or", "to" and a content word  "… were told to stay home. And to keep calm."    a "to" phrase
===================================  ===============================================  ==================

A writer's "And to think they won." has a subject after the verb and stays. (The
"and"/"or" + past verb shapes are read in :mod:`repair.rules.stops_predicates`, which asks
these tests; the complements a word before the stop still needs are
:mod:`repair.rules.stops_complements`.)
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES

# Subject pronouns that make a clause of whatever follows them; "it", "this" and "that"
# are objects as often ("to keep it shut").
_PERSONAL_SUBJECTS = frozenset("i you he she we they".split())
# Irregular past forms that are never past participles ("rose", not "risen"): such a verb
# after a stop is a second predicate, never a reduced relative clause.
PAST_ONLY = frozenset(
    """rose fell went came took gave saw knew became began drew broke drove chose threw flew ate
    wrote spoke grew shook stole tore rode sank withdrew underwent overcame oversaw was were did""".split())


def second_infinitive(q: list[str]) -> bool:
    """``q`` is "and"/"or", "to" and a lower-case content word, with no subject or auxiliary
    after it ("And to keep windows shut.", "Or to lose weight.", "And to culture."): a
    second infinitive (or "to" phrase) that only the "to" of the sentence before can govern.
    A subject after it ("And to think they won.") makes it a writer's exclamation."""
    return len(q) >= 3 and q[1] == "to" and q[2].isalpha() and q[2].islower() \
        and not lexicon.is_function_word(q[2]) and q[2] not in lexicon.AUXILIARIES \
        and not any(w.lower() in lexicon.AUXILIARIES or w.lower() in _PERSONAL_SUBJECTS for w in q[3:])


def governing_to(p: list[str]) -> bool:
    """The sentence has "to" before a lower-case content word ("urged to stay", "right to
    property"): the first of the two "to" phrases a second one after "and"/"or" pairs with."""
    return any(w == "to" and b.isalpha() and b.islower() and not lexicon.is_function_word(b)
               for w, b in zip(p, p[1:], strict=False))


def is_participle(word: str) -> bool:
    """A past participle by its look: an "-ed" form or an irregular participle, not a
    past-only form ("rose", "fell" take a figure after "by")."""
    return word not in PAST_ONLY and (word in IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed")))
