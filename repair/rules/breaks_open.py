"""A full stop right after a word that still wants its complement (SP001's helpers).

MT systems cut a sentence between a verb and its object, or between "and"/"with" and the
noun phrase they lead, and the tail goes on as a "sentence" in lower case or led by a
figure ("… had brought. plastic stools …", "… visitors and. 1,700 meetings.", "… will
pay. 2,000 euros to each family."). Edited English ends no sentence on "and", "with" or
"the", and a lower-case or figure-led piece with no verb of its own after a verb that
lacks its object is that verb's object. Keyed on word class and clause shape, no word list
of the verbs: :func:`open_end` reads the sentence before the stop, :func:`verbless_piece`
the piece after it.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_classes import IRREGULAR_PARTICIPLES
from repair.rules.stops_words import is_bare_verb

# Words no edited sentence ends on: coordinators and the prepositions and articles that
# always take an object (particles such as "up", "out", "off", "over" can end one, so they
# are left out).
_NEVER_LAST = frozenset("and or nor the a an of with from by than between into onto among via".split())
_MODALS_TO = frozenset("to will would shall should can could may might must".split())
_PERFECT = frozenset("has have had having".split())
_PROGRESSIVE = frozenset("is are was were be been".split())
# Verbs that end sentences of their own after a modal or "to" far more often than they
# lose an object (the piece after them then starts a new sentence typed in lower case).
_INTRANSITIVE = frozenset(
    "be go come happen continue remain stay rise fall grow arrive leave resign retire survive "
    "work wait win lose agree disagree appeal vote strike die live sleep begin end last".split())


def open_end(prev_words: list[str], figure: bool) -> bool:
    """The sentence before the stop ends on a word that still wants what follows.

    ``figure``: the piece opens with a figure, where a bare coordinator or object-taking
    preposition before the stop is enough ("… visitors and. 1,700 …"); every piece may
    also follow a verb that lost its object: a bare verb after a modal or "to" ("… will
    pay."), a past participle after "has"/"had" ("… had brought.") or an ``-ing`` form
    after a form of "be" ("… were building."). A participle after "be" is passive ("…
    were closed."), complete without an object, so it never counts.
    """
    if len(prev_words) < 3:
        return False
    last, before = prev_words[-1], prev_words[-2]  # case kept: "in May, down." has no modal
    if not last.isalpha() or not last.islower():
        return False
    if figure and last in _NEVER_LAST:
        return True
    if lexicon.is_function_word(last) or last in lexicon.AUXILIARIES or last in lexicon.SPEECH_VERBS:
        return False
    if before in _MODALS_TO:
        return last not in _INTRANSITIVE and not last.endswith(("ed", "ly")) and not lexicon.looks_finite(last)
    if before in _PERFECT:
        return is_bare_verb(last)
    if before in _PROGRESSIVE:
        return last.endswith("ing") and len(last) > 5
    return False


def verbless_piece(piece_words: list[str]) -> bool:
    """The piece after the stop has no clause of its own: a noun phrase (and what trails it)."""
    return bool(piece_words) and not lexicon.has_clause(piece_words) and not any(
        lexicon.looks_finite(w) and w.endswith("ed") for w in piece_words[1:4])


_RELATIVE_WORDS = frozenset("who which whose".split())
_PERSONAL_SUBJECTS = lexicon.SUBJECT_PRONOUNS - frozenset("this that these those".split())


def modified_subject(prev_words: list[str]) -> bool:
    """The sentence before the stop is a subject noun phrase whose only verb sits in the
    clause that modifies it, so it still wants its own verb: a relative clause ("Fans who
    bought tickets early.") or a reduced passive relative, told by its "by" or by a
    participle that is no past tense ("Families displaced by the flood.", "Roads
    shaken loose in the quake."). An active past with an object ("The plant opened in
    1998.") is a sentence, and no auxiliary may stand anywhere in it, nor a main verb after
    the modifying clause."""
    if len(prev_words) < 3 or prev_words[0].lower() in _PERSONAL_SUBJECTS:
        return False
    lowered = [w.lower() for w in prev_words]
    if any(w in lexicon.AUXILIARIES for w in lowered):
        return False
    for i in range(1, len(lowered)):
        word, before = lowered[i], lowered[i - 1]
        if lexicon.is_function_word(before) or before.endswith("ly"):
            continue
        relative = word in _RELATIVE_WORDS
        passive = (word in IRREGULAR_PARTICIPLES and word not in lexicon.IRREGULAR_PAST) or (
            is_bare_verb(word) and i + 1 < len(lowered) and lowered[i + 1] == "by")
        if relative or passive:
            # No past form or speech verb before it: the clause modifies a subject, not the
            # object of a main verb ("The mayor met families who lost …"). (``has_clause`` would
            # read a plural after a capitalised word, "Season-ticket holders", as a verb.)
            # After it, at most the relative clause's own verb: another past form is the main
            # verb ("The group led by its chairman announced plans.").
            verbs_after = sum(is_bare_verb(w) or w in lexicon.SPEECH_VERBS for w in lowered[i + 1 :])
            return verbs_after <= (1 if relative else 0) and not any(
                is_bare_verb(w) or w in lexicon.SPEECH_VERBS for w in lowered[:i])
    return False


# Hedges before a count ("more than 14 hours", "about two weeks").
_HEDGES = frozenset("about nearly almost roughly around some over under just".split())
_COMPARATIVES = frozenset("more less fewer".split())
_BE_FORMS = frozenset("is are was were be been being".split())


def measure_after_verb(prev_words: list[str], piece_words: list[str]) -> bool:
    """The sentence ends on a past verb with nothing after it ("… a session that lasted.",
    "Shares fell.") and the verbless piece is a measure, a count and its unit of measure, maybe hedged
    ("more than 14 hours", "about two weeks", "nearly 40 cents"): the verb's own extent,
    joined bare. Not after a speech verb ("… said. more than 20 …" is what was said) nor a
    passive ("were closed."), whose measure may start a sentence of its own."""
    if len(prev_words) < 2 or len(piece_words) < 2 or len(piece_words) > 7:
        return False
    last, before = prev_words[-1], prev_words[-2].lower()
    if not (last.isalpha() and last.islower() and is_bare_verb(last)) or last in lexicon.SPEECH_VERBS \
            or before in _BE_FORMS or before in _PERFECT:
        return False
    words = [w.lower() for w in piece_words]
    at = 2 if words[0] in _COMPARATIVES and words[1] == "than" else 1 if words[0] in _HEDGES else 0
    if at + 1 >= len(words):
        return False
    count, unit = words[at], words[at + 1]
    return (count[:1].isdigit() or count in lexicon.COUNT_VALUES) and unit in _MEASURE_UNITS \
        and verbless_piece(piece_words)


# Units a verb's extent is measured in (time, distance, weight, money, share, rank); a count of
# people or things ("… approached. 206 people.") is no extent of the verb.
_MEASURE_UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years
    metre metres meter meters kilometre kilometres kilometer kilometers km miles mile feet foot inches cm mm
    kg kilograms tonnes tons pounds grams litres liters percent pct cents dollars euros degrees points places
    notches""".split())
