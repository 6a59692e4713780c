"""Verbless phrases with a participle that FR003 reads as cut off the sentence before:
the finite-verb test they share (:func:`finite_verb`), the clause a relative or
subordinate word opens inside them (:func:`before_subordinate`) and the absolute "with"
phrase with a past participle (:func:`with_participle`), and the plain "with" phrase that is
no absolute and joins bare (:func:`plain_with_phrase`). Pure functions of the words."""

from __future__ import annotations

from repair import lexicon
from repair.rules import stops_words

# Objects a finite verb takes right after it ("cut the shops", "cut them").
_OBJECTS = lexicon.DETERMINERS | frozenset("it them us him me you".split())
_RELATIVES = frozenset("who whom whose which that".split())


def finite_verb(tokens: list[str]) -> bool:
    """An auxiliary, a speech verb or a past form (not after "to" or a determiner): a
    verb of its own. Stricter than ``lexicon.has_clause``, which reads a plural noun after
    two words ("the river banks") as a verb; an infinitive's own "-s" object must not count."""
    lowered = [t.lower() for t in tokens]
    for j, word in enumerate(lowered):
        if word in lexicon.AUXILIARIES:
            return True
        before = lowered[j - 1] if j else ""
        if (before in lexicon.DETERMINERS and before != "that") or before == "to":
            continue  # "the reported figure", "no say", "to hold": no verb of a clause
        if word in lexicon.SPEECH_VERBS or word in lexicon.IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
            return True
    return False


# Particles a phrasal participle keeps before its agent ("called out by", "held up by").
PARTICLES = frozenset("out up off down back over away".split())
# Words that open a subordinate or relative clause inside a verbless phrase.
_SUBORDINATE = _RELATIVES | frozenset("after before when while until because since as although".split())


def before_subordinate(tokens: list[str]) -> list[str]:
    """The tokens before the first word that opens a subordinate or relative clause (the
    clause may have its own verb; the phrase before it must not)."""
    for i, token in enumerate(tokens):
        if i > 0 and token.lower() in _SUBORDINATE:
            return tokens[:i]
    return tokens


def with_participle(q: list[str]) -> bool:
    """"With passengers kept on board for hours.", "With its crew stranded at sea.": "with",
    one noun phrase (a determiner at most at its start), a past participle and no object
    after it (a preposition, an adverb or the end): an absolute phrase, no sentence. A second noun
    phrase before the past form ("With the new plant the firm doubled …") or an object
    after it ("With prices cut the shops …") makes it a finite verb of a main clause."""
    lowered = [t.lower() for t in q]
    start = 2 if lowered[1] in lexicon.DETERMINERS else 1
    for i in range(start + 1, min(len(q), start + 4)):
        word = lowered[i]
        if stops_words.is_bare_verb(word) and q[i].islower():
            rest = lowered[i + 1 :]
            if rest and (rest[0] in lexicon.DETERMINERS or rest[0] in _OBJECTS or rest[0][:1].isdigit()
                         or q[i + 1][:1].isupper()):
                return False  # an object after the past form: a finite verb ("With prices cut the shops …")
            if rest[:1] == ["to"] and len(rest) > 1 and rest[1] not in lexicon.DETERMINERS \
                    and not rest[1][:1].isdigit():
                return False  # "With prices set to drop … Mr Ruiz advises …": an infinitive, a clause may follow
            main = before_subordinate(q[i + 1 :])
            # A capitalised word after a common one opens a new subject ("… in coming months
            # Mr Ruiz advises …"): the phrase was the opener of a sentence.
            return not finite_verb(main) and not any(
                w[:1].isupper() and main[k - 1][:1].islower() and main[k - 1].lower() not in lexicon.PREPOSITIONS
                for k, w in enumerate(main) if k)
        if lexicon.is_function_word(word) or word in lexicon.AUXILIARIES or stops_words.is_bare_verb(word):
            return False
    return False


# Possessives that open the noun phrase of an absolute ("With its coffin … in place."):
# a "with" phrase naming something of the subject's own, with its state after it.
_POSSESSIVES = frozenset("its his her their our my your".split())
# Last words of a prepositional predicate of state ("in place", "on board", "at risk").
_STATE_NOUNS = frozenset("""place board stake risk doubt hand force effect charge custody tow way high low order
    condition shape""".split())


def plain_with_phrase(q: list[str]) -> bool:
    """"With the regional council.", "With two firms in Spain.", "With the backing of a
    charity.": "with", a noun phrase and at most its own prepositional phrases, and nothing
    said of it: no participle or past form ("With three members abstaining"), no possessive
    opener ("With its hold flooded", "With all its casks in good order"), no superlative
    ("With the biggest gains in Asia") and no state phrase at its end ("… in place", "… on
    board"). Such a phrase restricts the verb or noun before the stop ("signed contracts
    with two firms") and joins bare; an absolute phrase, which says something of its noun,
    is an aside set off with a comma.
    ``q`` is the piece's words, "with" first."""
    lowered = [t.lower() for t in q]
    if len(lowered) < 2 or lowered[0] != "with" or any(w in _POSSESSIVES for w in lowered[1:3]):
        return False
    for j, word in enumerate(lowered[1:], 1):
        # An "-ing" word after a determiner or preposition is a noun ("the backing of", "a
        # housing charity", "for training"); after a noun it is a participle ("members abstaining").
        ing_noun = lowered[j - 1] in lexicon.DETERMINERS or lowered[j - 1] in lexicon.PREPOSITIONS
        if stops_words.is_bare_verb(word) or (word.endswith("ing") and len(word) > 4 and not ing_noun) \
                or word in lexicon.AUXILIARIES or word in ("most", "least") \
                or (len(word) > 5 and word.endswith("est") and word not in _EST_NOUNS):
            return False
    # "… in place", "… at a record high", "With most ballots in": the end states something of
    # the noun. A state noun counts only after its preposition ("on board", not "the Health Board").
    before_end = lowered[max(1, len(lowered) - 4) : -1]
    state = lowered[-1] in _STATE_NOUNS and any(w in lexicon.PREPOSITIONS for w in before_end)
    return not state and lowered[-1] not in PARTICLES and lowered[-1] != "in"


# Nouns spelt like a superlative ("the interest of", "a protest").
_EST_NOUNS = frozenset("interest forest protest request harvest contest arrest inquest manifest conquest".split())
