"""Whether a lower-case piece after a stop is a sentence of its own or a fragment.

Two readings the stop rules (SP001) and the capital rule (CA003) get wrong when they look
only at the first word:

- a piece that opens with a preposition but holds a whole clause after its opening phrase
  ("… will take weeks. after the last vote it took 90 days.") is a sentence that lost its
  capital: a join makes a run-on, so its capital is restored (:func:`clause_after_opener`);
- a piece whose only verb-like word is a raising verb's participle ("… paid bonuses to
  units. each rebel reported killed.") has no finite verb: capitalising it makes a fake
  sentence (:func:`participle_fragment`).

Both take word tokens as :func:`repair.lexicon.words` gives them.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.stops_words import is_bare_verb

# Pronouns that are a clause's subject ("it took", "they agreed"); "this"/"that" are left
# out (determiners as often as subjects).
_SUBJECTS = frozenset("he she it they we i there".split())
# Words that end an opening phrase without a clause after it: a relative or a conjunction
# makes the piece a subordinate continuation ("in the hall where they voted").
_PHRASE_BREAKERS = lexicon.CONJUNCTIONS | frozenset("which who whom whose where when that".split())
# Openers whose phrase is no adverbial of the clause after it ("of", "than", "as", "like").
_NOT_OPENERS = frozenset("of than as like per via".split())
# Verbs that take a passive participle as their complement in a reduced clause ("reported
# killed", "feared trapped", "believed stolen").
_RAISING = frozenset("reported believed feared thought presumed confirmed listed said".split())
MAX_OPENING_WORDS = 6


def _finite(word: str) -> bool:
    w = word.lower()
    return w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS or (
        len(w) > 3 and w.endswith("ed"))


def clause_after_opener(tokens: list[str]) -> bool:
    """True when the tokens open with a prepositional phrase and a subject and finite verb
    follow it: "after the last vote it took 90 days", "in the first quarter the firm lost
    money". False for a bare phrase ("in the parliament building"), one a relative or
    conjunction continues ("in the hall where they voted") or one opened by "of"/"than"."""
    if len(tokens) < 4 or tokens[0].lower() not in lexicon.PREPOSITIONS or tokens[0].lower() in _NOT_OPENERS:
        return False
    lowered = [t.lower() for t in tokens]
    for j in range(2, min(len(tokens) - 1, MAX_OPENING_WORDS + 1)):
        before = lowered[j - 1]
        if before in _PHRASE_BREAKERS or _finite(before):
            return False  # the opening phrase itself holds a verb or a link word
        if before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS:
            continue  # the phrase is still looking for its noun
        word = lowered[j]
        if word in _SUBJECTS and _finite(lowered[j + 1]):
            return True  # "… election it took"
        if word in lexicon.DETERMINERS and j + 2 < len(tokens) and not lexicon.is_function_word(lowered[j + 1]) \
                and (lowered[j + 2] in lexicon.AUXILIARIES or lowered[j + 2] in lexicon.IRREGULAR_PAST
                     or lowered[j + 2] in lexicon.SPEECH_VERBS):
            return True  # "… quarter the firm lost"
    return False


def participle_fragment(tokens: list[str]) -> bool:
    """True for a determiner-led noun phrase whose only verb is a raising verb with a
    participle after it, which ends the piece or meets a preposition: "each rebel reported
    killed", "two miners feared trapped in the shaft". Such a piece modifies a noun of
    the sentence before (an editor joins it, often with a word such as "for"), so it must not
    be capitalised as a sentence."""
    lowered = [t.lower() for t in tokens]
    if len(lowered) < 4 or not (lowered[0] in lexicon.DETERMINERS or lowered[0][:1].isdigit()):
        return False
    if any(t in lexicon.AUXILIARIES for t in lowered):
        return False
    for i in range(2, len(lowered) - 1):
        if lowered[i] in _RAISING and is_bare_verb(lowered[i + 1]):
            tail_ok = i + 2 == len(lowered) or lowered[i + 2] in lexicon.PREPOSITIONS
            head_ok = not any(_finite(t) for t in lowered[1:i])
            return tail_ok and head_ok
    return False
