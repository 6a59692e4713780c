"""Whether the noun phrase after a false stop that follows a passive is the passive's agent.

``repair.rules.stops_prepositions.missing_word`` joins such a phrase with "by" ("… was
approved on Monday. the city council …" -> "… on Monday by the city council …"). Editors
judged that "by" wrong where the phrase is the subject of a speech verb of its own (a speech
tag: "… will be culled. the ministry said on Friday." takes a comma) and where it is a time
("… will be added. the autumn." reads as a deadline with "by"); this module tells those apart.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.agent_nouns import may_be_agent, phrase_head
from repair.rules.base import lazy_compile

# Heads that make "by" a deadline, not an agent ("will be added. the autumn" is "in the autumn").
_DEADLINE_HEADS = lexicon.TIME_WORDS | lexicon.TIME_OPENERS | frozenset(
    "day days week weeks month months year years decade decades quarter season weekend hour hours morning evening "
    "night time spring summer autumn fall winter century end start beginning middle deadline "
    "january february april june july august september october november december".split())


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
    of a speech verb of its own (:func:`own_speech_verb`), no time head ("by the autumn"
    reads as a deadline), and not a head noun clean news rarely puts after "by"
    (:func:`repair.rules.agent_nouns.may_be_agent`)."""
    if own_speech_verb(piece) is not None:
        return False
    return not (phrase_head(q) in _DEADLINE_HEADS or may_be_agent(q) is False)


# A comma and a determiner or subject pronoun: a new clause's subject ("…, the council said").
_NEW_SUBJECT = lazy_compile(r",\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|officials|police)\b")
_CLAUSE_OPENERS = frozenset("which who whom whose that where when after before because while since until if as".split())
