"""Whether the noun phrase after a false stop that follows a passive is the passive's agent.

``repair.rules.stops_prepositions.missing_word`` joins such a phrase with "by" ("… was
approved on Monday. the city council …" -> "… on Monday by the city council …"). Editors
judged that "by" wrong where the phrase is the subject of a speech verb of its own (a speech
tag: "… will be culled. the ministry said on Friday." takes a comma); this module tells it apart.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.agent_nouns import head_may_be_agent, may_be_agent, never_agent
from repair.rules.base import lazy_compile


def own_speech_verb(piece: str) -> list[str] | None:
    """The words after the speech verb the piece's opening noun phrase is the subject of
    ("the Ministry of Agriculture, Food and Fisheries said on Friday." -> ["on", "Friday"]),
    or None when it has none. A speech verb after a relative word ("…, which said …") or after
    a comma and a new subject ("…, the council said") is not the phrase's own."""
    words = lexicon.words(_NEW_SUBJECT.split(piece, 1)[0])[1:]
    for i, w in enumerate(words):
        if w.lower() in _CLAUSE_OPENERS:
            return None
        if w in lexicon.SPEECH_VERBS:
            return words[i + 1 :]
    return None


def agent_piece(piece: str, q: list[str]) -> bool:
    """The noun phrase the piece opens (words ``q``) can be the passive's agent: not the subject
    of a speech verb of its own (:func:`own_speech_verb`), and a head noun clean news puts
    after "by" often enough (:func:`repair.rules.agent_nouns.may_be_agent`). (A time head, "by
    the autumn", was shown only for a while: it cost a validation segment, so "by" stays.)

    A head the table does not hold is an agent only by its shape (:func:`_unseen_agent`):
    editors of the blind sets accepted none of the "by" joins before such heads ("by a
    precaution", "by a fraction of its market value", "by the districts of …", "by the River
    Teme", "by the England junior squad")."""
    if own_speech_verb(piece) is not None:
        return False
    known = may_be_agent(q)
    return known if known is not None else _unseen_agent(q)


def _unseen_agent(q: list[str]) -> bool:
    """The phrase ``q`` (no lower-case head the table holds) may still name an agent: a
    name ending on a noun the table counts as an agent ("the Regional Planning Authority",
    "Norway's Competition Authority": "authority"), or a lower-case head of a person's
    shape, a doer's "-er"/"-or"/"-ist"/"-ian" ("a farmer", "investigators"). A name is one
    unless its last word is a noun clean news never puts after "by" (:func:`never_agent
    <repair.rules.agent_nouns.never_agent>`: "the England junior squad"); any other unseen
    lower-case noun ("a precaution", "the suburbs") is not."""
    j = 1 if q and (q[0].lower() in lexicon.DETERMINERS or q[0].endswith(("'s", "’s"))) else 0
    run: list[str] = []
    while j < len(q) and len(run) < _NAME_RUN and q[j].isalpha() and not lexicon.is_function_word(q[j]) \
            and not (run and q[j].endswith("ing")):  # "a farmer clearing stones": the participle ends the head
        run.append(q[j])
        j += 1
    if not run:
        return False
    head = run[-1].lower()
    if not run[-1].islower():
        # A name ("the National Assembly", "the Senate") names an institution as often as a
        # place; only a head clean news never puts after "by" in many uses ("squad" 0 in 46,
        # "hospital" 0 in 34) rules it out.
        return not never_agent(head)
    known = head_may_be_agent(head)
    if known is not None:
        return known
    noun = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return len(noun) > 4 and noun.endswith(_DOER_ENDINGS)


_NAME_RUN = 4  # words of a name or noun phrase read after the determiner ("Regional Planning Authority")
# Endings of nouns that name a doer ("farmer", "investigator", "scientist", "historian").
_DOER_ENDINGS = ("er", "or", "ist", "ian")


# A comma and a determiner or subject pronoun: a new clause's subject ("…, the council said").
_NEW_SUBJECT = lazy_compile(r",\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|officials|police)\b")
_CLAUSE_OPENERS = frozenset("which who whom whose that where when after before because while since until if as".split())
