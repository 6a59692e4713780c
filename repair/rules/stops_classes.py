"""Closed word classes the stop repairs key on, and the lone-word pieces they decide.

A false stop that strands one word leaves a piece whose repair follows from the word's
class, not from the word itself:

==============================  ==========================================  =====================
lone piece                      example (ours)                              repair
==============================  ==========================================  =====================
an irregular past participle    "The dam was finished in 1931. Built."      delete (content-free)
a place or direction adverb     "… sold the stake to investors. Overseas."  join, lower-cased
an object pronoun after a       "… banned imports from the rival port. it." delete (an intruder):
complete noun phrase                                                        no verb wants it
a lone lower-case common noun   "… the talks resume on Monday. venue."      delete after a date,
after a date or place                                                       shown after a place
a pronoun, an auxiliary and a   "… plays the final on Sunday. It will be    delete, only shown
light participle, nothing else  held."                                      (display)
==============================  ==========================================  =====================

The participle and adverb lists are closed classes of English grammar (irregular verbs,
adverbs of place), not words of any example.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.glued import zipf

# Irregular past participles that differ from the past form ("broken", not "broke"): a
# participle standing alone after a stop is a verb without its subject or auxiliary.
IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken beaten become begun bitten blown borne broken chosen done drawn driven
    eaten fallen flown forbidden forgiven forgotten frozen given gone grown hidden known
    mistaken overtaken overthrown overseen proven ridden risen seen shaken shown shrunk
    spoken stolen stricken striven sung sunk sworn taken thrown torn undertaken undone
    woken worn woven written withdrawn forsaken outgrown befallen sown sewn mown""".split()
)

# Adverbs of place and direction: alone after a stop, they complete the clause before it
# ("… passed on to buyers. Abroad." -> "… to buyers abroad."), and are never names.
PLACE_ADVERBS = frozenset(
    """abroad overseas nationwide worldwide elsewhere nearby offshore onshore indoors outdoors
    downstream upstream downstairs upstairs inland ashore afield aboard apart underground
    downhill uphill""".split()
)

# Object pronouns: alone after a stop, one only fits a verb or preposition left without
# its object ("… refused to discuss. it.").
OBJECT_PRONOUNS = frozenset("it them him her us me this these those".split())


def lone_participle(piece: str) -> bool:
    """``piece`` is one capitalised irregular past participle and its stop ("Stolen.")."""
    return piece.endswith(".") and piece[:1].isupper() and piece[:-1].isalpha() \
        and piece[:-1].lower() in IRREGULAR_PARTICIPLES


def is_place_adverb(word: str) -> bool:
    """A place or direction adverb ("Abroad", "overseas"), in any case."""
    return word.lower() in PLACE_ADVERBS


def ends_on_prepositional_object(p: list[str]) -> bool:
    """The sentence's words ``p`` end on the object of a preposition ("… come from
    deforested land", "… in the north"): a preposition other than "to" (which may open an
    infinitive), then up to four words, none a function word but an opening determiner, and the last no "-ing"
    form (a gerund takes an object: "for cleaning it"). The noun phrase is complete, so an
    object pronoun after the stop has no verb to go with."""
    for back in (2, 3, 4, 5):
        if len(p) <= back:
            return False
        word = p[-back].lower()
        if word in lexicon.PREPOSITIONS and word not in ("to", "as", "than", "like"):
            after = p[-back + 1 :]
            if after[0].lower() in lexicon.DETERMINERS:
                after = after[1:]  # "during the storm", "from its northern quay"
            return bool(after) and not any(lexicon.is_function_word(w) for w in after) \
                and not after[-1].lower().endswith("ing") and not after[-1][:1].isdigit()
        if lexicon.is_function_word(word) and word not in lexicon.DETERMINERS:
            return False
    return False


def glued_tag_verb(token: str) -> bool:
    """A capitalised unknown word that ends on a speech verb ("Timesreported"): a name and
    its tag's verb run together, which the spacing rules split before the tag is placed."""
    return token[:1].isupper() and len(token) > 8 and token.lower().endswith(("reported", "said", "added")) \
        and zipf(token) == 0


# "It will be held.", "They were carried out.": a pronoun, an auxiliary chain and a light
# participle, a verb that only says the event takes place; after a sentence that gives the
# event it adds nothing. Whether it does is an editor's call, so the deletion is shown only.
_EMPTY_CLAUSE = re.compile(
    r"^(?:It|They|This) (?:will be|would be|was|were|is|are|has been|have been|had been|will have been) "
    r"(?:held|done|made|conducted|implemented|performed|achieved|realised|realized|carried out|put in place)"
    r"(?: (?:then|there|soon|again))?\.$")


def empty_clause(piece: str) -> bool:
    """``piece`` is a clause with no content of its own ("It will be held.")."""
    return _EMPTY_CLAUSE.match(piece) is not None
