"""Lower-case pieces after a stop that CA003 (:mod:`repair.rules.casing_starts`) must not
capitalise: each is a fragment or a tag a false stop cut off the sentence before, and a
capital would seal it as a sentence of its own. The stop rules join or delete them instead.

The shapes: a noun phrase and one relative clause with no main verb ("the city council,
which will run them."), a verbless noun phrase and a comma before a subjectless verb or a
trailing tag ("the county, may continue …"), a bare speech tag ("the company said"), an echo
of the sentence's last words ("… the merger. the merger closely …"), and the clause of a
verb whose person ends the sentence before ("… told the jury. the defendant had …").
Pure functions of the words.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile


def noun_and_relative(sentence: str) -> bool:
    """``sentence`` is a noun phrase, a comma and one relative clause, nothing after it ("the
    city council, which will run them."): the relative's verb is no main verb, so the piece
    is a fragment a false stop cut off, the stop rules' to judge."""
    head, comma, rest = sentence.partition(",")
    after = lexicon.words(rest)
    return bool(comma) and bool(after) and after[0].lower() in ("which", "who", "whose") and "," not in rest \
        and not lexicon.has_clause(lexicon.words(head))


# What follows a verbless noun phrase and its comma when the phrase is no subject: a verb
# with no subject of its own ("the county, may continue …") or a trailing speech tag and
# nothing else ("the shipping lines, the port said.").
_AFTER_CUT_NOUN_PHRASE = lazy_compile(
    r"\s*(?:(?:am|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall)\b"
    r"|(?:(?:the|a|an|his|her|its|their) )?(?:[\w'’.-]+ ){0,4}?(?:said|says|added|told reporters|reported)"
    r"(?: (?:on|in|at) [\w'’ .-]{1,30})?[.!?]$)")


def subject_cut_off(sentence: str) -> bool:
    """``sentence`` (the lower-case opener to its stop) is no sentence: a short noun phrase with
    no verb, then a comma, then only a verb with no subject ("the county, may continue to
    operate.") or only a trailing speech tag ("the shipping lines, the port said."). Such a
    phrase was cut off the sentence before by a false stop (its preposition or verb lost);
    a capital would seal a verbless sentence, so the stop is left to the stop rules."""
    head, comma, tail = sentence.partition(",")
    words = lexicon.words(head)
    if not comma or not 2 <= len(words) <= 5:
        return False
    if any(w.lower() in lexicon.AUXILIARIES or w.lower() in lexicon.SPEECH_VERBS or w.lower() in lexicon.IRREGULAR_PAST
           or (len(w) > 3 and w.endswith("ed")) for w in words):
        return False
    return _AFTER_CUT_NOUN_PHRASE.match(tail) is not None


# Verbs whose object is a person and then a clause ("told the jury the defendant had …"): a
# sentence that ends on one and a short object has lost that clause to the stop after it.
_PERSON_THEN_CLAUSE = frozenset("told tells assured informed reminded warned convinced".split())
# The person such a verb takes, when it is one word ("told reporters"). Not a pronoun: "…
# and told them. The bridge opened in 1990." reads as two sentences as often as one.
_PERSON_NOUNS = frozenset("reporters journalists parliament lawmakers".split())
# What may follow a speech verb in a bare tag: who was told, and when or where it was said.
_TAG_TAIL_OPENERS = lexicon.PREPOSITIONS | frozenset(
    "reporters journalists parliament lawmakers delegates last late earlier yesterday today tonight "
    "monday tuesday wednesday thursday friday saturday sunday".split())


def bare_tag(words: list[str]) -> bool:
    """``words`` (the lower-case piece to its stop) are only a speech tag: a subject of at most
    eight words, a speech verb (perhaps passive: "the court was told") and at most six words
    of who was told or when ("the company said", "he told reporters at the port gate", "the
    county said wednesday"), with no clause after the verb: "The police said." would stand
    alone as a fragment; the tag belongs to the sentence before (the attribution rules
    reattach it). Fresh editors judged CA003's capital on such a piece on 18 blind sets
    (``benchmarks/results/verdicts``, 2026-11-29/30): 0 of 12 accepted (9 BETTER-OTHER:
    reattach the tag; 3 REJECT); with an echo (:func:`echo_of_end`) 0 of 2, after a verb's
    person (:func:`object_before_clause`) 0 of 1, against 11 of 20 for CA003's other edits."""
    lowered = [w.lower() for w in words]
    verb = next((i for i, w in enumerate(lowered) if w in lexicon.SPEECH_VERBS), None)
    if verb is None or not 1 <= verb <= 8:
        return False
    subject, after = lowered[:verb], lowered[verb + 1 :]
    if any(w in lexicon.AUXILIARIES for w in subject[:-1]) or "that" in after or len(after) > 6:
        return False
    told = lowered[verb] == "told" and after[:1] in (["the"], ["a"])  # "told the jury", "told a news conference"
    return not after or ((after[0] in _TAG_TAIL_OPENERS or told) and not lexicon.has_clause(after))


def echo_of_end(before: str, words: list[str]) -> bool:
    """The piece's first two words or more repeat the last words of the sentence ``before``
    ("… examine the merger. the merger closely …", "…, the team said. the team said."): an echo
    a false stop left, which the stop rules delete; a capital would seal it as a sentence."""
    previous = [w.lower() for w in lexicon.words(before)]
    piece = [w.lower() for w in words]
    for n in (4, 3, 2):
        if len(previous) >= n and len(piece) >= n and previous[-n:] == piece[:n]:
            after = piece[n] if len(piece) > n else ""
            # "… sold the land. the land was worth millions.": the repeat is the subject of a
            # verb of its own, a sentence that names its topic again.
            return not (after in lexicon.AUXILIARIES or after in lexicon.SPEECH_VERBS
                        or after in lexicon.IRREGULAR_PAST or (len(after) > 3 and after.endswith("ed")))
    return False


def object_before_clause(before: str) -> bool:
    """The sentence ``before`` ends on a verb of ``_PERSON_THEN_CLAUSE`` and its person only: one
    of ``_PERSON_NOUNS``, a determiner and one noun, or a name ("Prosecutor Ana Ruiz told the
    jury."; not "Nobody told us anything."): the clause that verb takes is the piece after the
    stop, which the stop rules join."""
    words = lexicon.words(before)
    for at in range(max(0, len(words) - 4), len(words) - 1):
        if words[at].lower() in _PERSON_THEN_CLAUSE:
            person = words[at + 1 :]
            return person[0] in _PERSON_NOUNS if len(person) == 1 else \
                person[0] in ("the", "his", "her", "their", "its", "our") and len(person) == 2 or \
                all(w[:1].isupper() for w in person)
    return False
