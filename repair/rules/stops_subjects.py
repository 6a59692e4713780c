"""Clause shapes the fragment test would otherwise miss: a counted subject and its verb.

``lexicon.has_clause`` finds a finite verb by an auxiliary, a past form or an ``-s`` form
after a name; a plural subject opened by an approximate figure takes the plain present
("About 300 families live near the plant.", "Some 40 firms supply the yard."), which none
of those signals catches. Read as a prepositional phrase ("About …"), such a sentence
looked like a fragment to join onto the sentence before.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import verb_uses
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


# Quantifiers that stand as a subject without their noun ("Some fled.", "Many died.").
_QUANTIFIER_PRONOUNS = frozenset("some many most others few all several both".split())
# Words that open a past verb's object or complement, never a noun a participle modifies.
_OBJECT_OPENERS = lexicon.DETERMINERS | frozenset(
    "it them him us me everything nothing something anything".split())
# Adverbs that sit between a subject and its finite verb ("Some never arrive.", "Others
# just nodded."); after a quantifier pronoun they mark it as the subject of a clause.
_VERB_ADVERBS_AFTER_QUANTIFIER = frozenset(
    "never still also often always already just now rarely seldom usually later".split())
# Words after a verb of motion or state that end the clause ("Most stayed home.").
_CLAUSE_ADVERBS = frozenset("home abroad away back out up down off again there here".split())
# A past form after "be" in at most this share of its clean-news uses is read as a verb
# ("died" 0.0, "refused" 0.05, "stayed" 0.08), one above it as a participle ("lost" 0.10,
# "injured" 0.25): "Some injured in the blast." is a noun phrase cut short.
MAX_PASSIVE_SHARE = 0.09


def quantifier_subject_clause(tokens: list[str]) -> bool:
    """``tokens`` open with a quantifier standing as the subject ("Some", "Many", "Others")
    and a past verb: a whole clause when the verb takes an object ("Some lost everything.",
    "Many survived the cold.": a participle never does), or when clean news rarely writes
    the past form after "be" (:func:`repair.rules.verb_uses.passive_share`) and nothing, a
    preposition or a closing adverb follows ("Many died.", "Some fled to the hills."). A
    noun after the past form ("Some lost luggage.") or a participle ("Some injured in the
    blast.") is left to the fragment test."""
    if len(tokens) < 2 or tokens[0].lower() not in _QUANTIFIER_PRONOUNS or not tokens[1].islower():
        return False
    if len(tokens) >= 3 and tokens[1] in _VERB_ADVERBS_AFTER_QUANTIFIER and tokens[2].islower() \
            and not lexicon.is_function_word(tokens[2]) and not tokens[2].endswith(("ing", "ly")):
        # "Some never arrive.", "Most now forecast a cut.": an adverb that stands before a
        # finite verb, then a content word: the quantifier is the subject of that verb (a
        # plural present the clause test cannot see). "Many still in hospital." has none.
        return True
    verb = tokens[1]
    if not (verb in lexicon.IRREGULAR_PAST or len(verb) > 3 and verb.endswith("ed")) or verb in lexicon.AUXILIARIES:
        return False
    share = verb_uses.passive_share(verb)
    after = tokens[2].lower() if len(tokens) > 2 else ""
    if after in _OBJECT_OPENERS:
        return share is None or share < 0.5  # (not "Some given the vaccine.": a passive's second object)
    closes = not after or after in lexicon.PREPOSITIONS or after in _CLAUSE_ADVERBS or after.endswith("ly")
    return closes and share is not None and share <= MAX_PASSIVE_SHARE


def quantifier_past_piece(tokens: list[str]) -> bool:
    """``tokens`` open with a quantifier and a past form, read as no clause by
    :func:`quantifier_subject_clause` ("Some lost luggage.", "Some injured in the blast."):
    a noun phrase cut short, or a short sentence whose verb is a participle look-alike; the
    text cannot tell which, so a join there is only shown."""
    return len(tokens) >= 2 and tokens[0].lower() in _QUANTIFIER_PRONOUNS and tokens[1].islower() \
        and (tokens[1] in lexicon.IRREGULAR_PAST or len(tokens[1]) > 3 and tokens[1].endswith("ed"))


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
