"""A false stop inside a compound noun: "… add about 1.5 percentage. points to inflation."

The piece opens with a lower-case word that clean news writes straight after the sentence's
last word often ("percentage points", "bank account": the word-pair table
``glue_stats.json.gz`` of :mod:`models.glue_stats`, train split): the stop cut one noun
phrase in two, and a bare join mends it. Without that evidence the shape rule could only show
the join ("joining it does not make a sentence either"). A piece with a clause of its own
before its first comma ("government. officials said 300 were held") is a sentence that lost
its capital, not the rest of a compound, and is left to the other rules.

Read by :func:`repair.rules.stops_piece_shapes.choose_by_shape`, after every other shape.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.glued_learned import pair_count

# How often clean news must write "last head" side by side: the table keeps pairs seen 5
# times or more; twice that keeps chance neighbours out ("percentage points" 57, "bank
# account" 20).
MIN_PAIR = 10
# Words that open a quantity, not a noun's second half ("said. more than 20 people.").
_QUANTIFIERS = frozenset("more less most least fewer many much several few".split())


def _verb_form(word: str) -> bool:
    """A speech verb or a past form: a clause's verb, never a compound's first noun."""
    return word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST or word.endswith("ed")


def completes_compound(p: list[str], q: list[str], piece: str) -> bool:
    """The piece (``q`` its words, at least two) opens with a lower-case content word that
    clean news writes after the sentence's lower-case last word ``p[-1]`` at least
    :data:`MIN_PAIR` times, and has no clause of its own before its first comma."""
    if len(q) < 2 or not p or not piece[:1].islower():
        return False
    last, head = p[-1], q[0]
    if not (last.isalpha() and last.islower() and head.isalpha()) or lexicon.is_function_word(last) \
            or lexicon.is_function_word(head) or last in lexicon.AUXILIARIES or head in lexicon.AUXILIARIES:
        return False
    if _verb_form(last) or head in _QUANTIFIERS:
        return False  # "The police said. more than 20 people.": a verb and its object, shown only
    if pair_count(last, head) < MIN_PAIR:
        return False
    return not lexicon.has_clause(lexicon.words(piece.split(",", 1)[0]))
