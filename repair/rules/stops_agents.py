"""Whether the noun phrase after a false stop that follows a passive is the passive's agent.

``repair.rules.stops_prepositions.missing_word`` joins such a phrase with "by" ("… was
approved on Monday. the city council …" -> "… on Monday by the city council …"). Editors
judged that "by" wrong where the phrase is the subject of a speech verb of its own (a speech
tag: "… will be culled. the ministry said on Friday." takes a comma); this module tells it apart.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.agent_nouns import may_be_agent
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
    of a speech verb of its own (:func:`own_speech_verb`), and not a head noun clean news
    rarely puts after "by" (:func:`repair.rules.agent_nouns.may_be_agent`). (A time head, "by
    the autumn", was shown only for a while: it cost a validation segment, so "by" stays.)"""
    if own_speech_verb(piece) is not None:
        return False
    return may_be_agent(q) is not False


# A comma and a determiner or subject pronoun: a new clause's subject ("…, the council said").
_NEW_SUBJECT = lazy_compile(r",\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|officials|police)\b")
_CLAUSE_OPENERS = frozenset("which who whom whose that where when after before because while since until if as".split())
