"""Lower-case pieces after a false stop that the sentence before still takes whole.

A full stop followed by a lower-case word is a cut, not a sentence end, but the repair
depends on what the piece is. These shapes are ones a plain join makes English of, stated by
word class, not by any word list of cases met: an indirect question after a verb that takes
it, an extent or place adverbial after a clause, and a present-tense verb after a subject
noun phrase whose only verb is a participle. ``choose`` and SP001 ask them; each is a pure
function of the words.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_classes import PLACE_ADVERBS
from repair.rules.stops_words import is_bare_verb

# Words that open an indirect question ("explain why …", "did not say how …").
_QUESTION_WORDS = frozenset("why how whether what".split())
# Words before a bare verb: "to", a modal, or "do" support ("to explain", "did not say").
_BEFORE_BARE_VERB = frozenset("to will would shall should can could may might must not did do does".split())


def indirect_question(p: list[str], q: list[str]) -> bool:
    """The lower-case piece is an indirect question, the object of the verb that ends the
    sentence before the stop ("… asked the banks to explain. why the checks failed.", "…
    did not say. how many were hurt."): the verb is a bare one after "to", a modal or "do",
    or a speech verb, and the piece holds one auxiliary group at most, so it is no
    sentence of its own that lost its capital ("how long it will last is unclear" has two;
    a plain present verb is not counted, which the verb before the stop makes up for)."""
    if len(p) < 2 or len(q) < 3 or q[0] not in _QUESTION_WORDS:
        return False
    last, before = p[-1], p[-2].lower()
    if not (last.isalpha() and last.islower()) or lexicon.is_function_word(last) or last in lexicon.AUXILIARIES:
        return False
    if before not in _BEFORE_BARE_VERB and last not in lexicon.SPEECH_VERBS:
        return False
    groups, inside = 0, False
    for word in q[1:]:
        verb = word.lower() in lexicon.AUXILIARIES
        groups += verb and not inside
        inside = verb
    return groups <= 1


# Units an extent is counted in: time, distance, and "times" for a repetition.
_EXTENT_UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years decade decades
    metre metres meter meters kilometre kilometres kilometer kilometers km miles mile feet foot yards times""".split())
# What may follow the count and unit of an extent: an adverb that places it ("ten miles
# away", "two days later") or a preposition that anchors it ("three times in a month").
_EXTENT_ADVERBS = frozenset("away later earlier ago apart long early late".split())
# Place adverbs a piece may open with; "apart" opens "apart from …", an aside set off by a comma.
_PLACE_OPENERS = PLACE_ADVERBS - {"apart"}


def adverbial_extent(p: list[str], q: list[str], piece: str) -> bool:
    """The verbless lower-case piece is an adverbial the clause before the stop takes
    bare: a count, its unit and an adverb or preposition ("… could be seen. ten miles
    away.", "… reported it. three times in a month.") or a place adverb and what follows
    it ("… raise the river. downstream in the valley."). The sentence before must have a
    clause; a comma straight after the first words sets off a new sentence's opener."""
    if len(q) < 2 or not piece[:1].islower() or not _no_past_or_auxiliary(q) or not lexicon.has_clause(p):
        return False
    words = [w.lower() for w in q]
    if words[0] in _PLACE_OPENERS:
        return "," not in piece.split(" ", 1)[0] and (words[1] in lexicon.PREPOSITIONS or len(words) == 1)
    if not (words[0][:1].isdigit() or words[0] in lexicon.COUNT_VALUES) or words[1] not in _EXTENT_UNITS:
        return False
    head = piece.split(" ", 2)
    if len(head) > 2 and "," in head[1]:
        return False  # "… two days, the …": a count set off as an opener
    return len(words) == 2 or words[2] in _EXTENT_ADVERBS or words[2] in lexicon.PREPOSITIONS


def _no_past_or_auxiliary(q: list[str]) -> bool:
    """No auxiliary, speech verb or past form in ``q`` (a past form after a determiner or
    preposition is an adjective: "the reported figure"). An ``-s`` word is not read as a
    verb: in a verbless piece it is a plural ("in the valley towns")."""
    for i, word in enumerate(w.lower() for w in q):
        if word in lexicon.AUXILIARIES or word in lexicon.SPEECH_VERBS:
            return False
        if is_bare_verb(word) and not (i and (q[i - 1].lower() in lexicon.DETERMINERS
                                              or q[i - 1].lower() in lexicon.PREPOSITIONS)):
            return False
    return True


def participle_subject(p: list[str]) -> bool:
    """The sentence before the stop is a subject noun phrase and a passive participle with
    its agent, and no verb of its own ("The image released on Monday by the agency."): no
    auxiliary or speech verb, one past form, not first, with "by" after it."""
    lowered = [w.lower() for w in p]
    if len(p) < 4 or not p[0][:1].isupper() or lowered[0] in lexicon.SUBJECT_PRONOUNS \
            or any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS for w in lowered):
        return False
    past = [i for i, w in enumerate(lowered) if is_bare_verb(w)]
    return len(past) == 1 and past[0] >= 2 and "by" in lowered[past[0] + 1 :] \
        and not lexicon.is_function_word(lowered[past[0] - 1])


def present_predicate(q: list[str]) -> bool:
    """The lower-case piece opens with a present-tense verb and its object ("shows a
    galaxy", "includes two towns"): the predicate of a subject before the stop, when that
    subject's only verb is a participle or a relative clause (the caller asks)."""
    if len(q) < 2 or not q[0].islower():
        return False
    verb, second = q[0], q[1].lower()
    return len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is", "ous")) \
        and not lexicon.is_function_word(verb) and (second in ("a", "an", "the", "its", "their", "his", "her")
                                                     or second[:1].isdigit() or second in lexicon.COUNT_VALUES)
