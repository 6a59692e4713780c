"""Two more calques of a source sentence after a statement (AT024's generic reader).

Russian and other pivots point back at the statement with a demonstrative and give its
source in a sentence of their own ("Так заявил …", "Об этом говорит …"); besides the
passive and "X said so" shapes :mod:`repair.rules.attribution_pointer` reads, fresh text
shows two more:

- a pseudo-cleft: "That is what Deputy Minister Ana Ruiz told parliament.", "This was what
  the coach said after the match." -> "…, Deputy Minister Ana Ruiz told parliament.";
- a fronted "according to" whose clause only points back, with a named source: "According
  to the lead researcher, Ana Ruiz, this is so." / "…, that is the case." -> "…, according
  to the lead researcher, Ana Ruiz." (an institution alone is left, as before).

Both carry nothing but the relation of saying and the agent, so the agent becomes the
statement's tag. The agent is read by :func:`repair.rules.attribution_pointer._agent` (a
name, a title, an institution); the statement must have no tag of its own.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules import tag_lead_case
from repair.rules.base import lazy_compile

# "That is what X told parliament." / "This was what X said on Friday."
_CLEFT = lazy_compile(
    r"(?:That|This) (?:is|was) (?:exactly |just )?what (?P<agent>(?:[A-Za-z])[^.;:!?“”\"]{1,80}?) "
    r"(?P<verb>said|told|stated|declared|announced|wrote|explained|added|stressed|noted)"
    r"(?P<rest>(?: [^.;:!?“”\"]{1,60})?)\.")
# "According to X, this is so." / "…, that is the case." / "…, this was true."
_ACCORDING_POINTER = lazy_compile(
    r"According to (?P<agent>[^.;:!?“”\"]{2,90}?), (?:this|that|it) (?:is|was) (?:so|the case|true)\.")
_OPENERS = ("That ", "This ", "According to ")
# What may follow the verb of a cleft: a listener or a time or occasion ("told parliament",
# "told reporters on Friday", "said after the match"), never a clause.
_NOT_IN_REST = frozenset("that who which because if whether".split())


def calque_source(text: str) -> tuple[str, str] | None:
    """Read ``text`` as one of the two calques (see the module): the agent phrase and the
    tag's verb with what follows it ("told parliament", "according to"); None otherwise."""
    if not text.startswith(_OPENERS):
        return None
    from repair.rules.attribution_pointer import _agent

    if (cleft := _CLEFT.fullmatch(text)) is not None:
        agent, rest = cleft["agent"], cleft["rest"]
        words = lexicon.words(agent)
        if not 1 <= len(words) <= 10 or not _agent(agent) or any(
                w.lower() in lexicon.AUXILIARIES or w.lower() in ("who", "which", "and") for w in words):
            return None
        if any(w.lower() in _NOT_IN_REST or w.lower() in lexicon.AUXILIARIES for w in lexicon.words(rest)):
            return None
        return agent, cleft["verb"] + rest
    if (according := _ACCORDING_POINTER.fullmatch(text)) is not None:
        agent = according["agent"]
        # A named source only ("lead researcher Ana Ruiz"): "According to the ministry, it is
        # so." after a sentence with no speaker is left alone, as the look-alikes of the invented-tag rules keep it
        # (tests/rules/test_g11c_kinds.py).
        if not _agent(agent.split(",", 1)[0]) or any(w.lower() in lexicon.AUXILIARIES
                                                      for w in lexicon.words(agent)) \
                or not any(w[:1].isupper() for w in lexicon.words(agent)[1:]):
            return None
        return agent, "according to"
    return None


def named_before(text: str, before: str) -> bool:
    """The calque ``text`` names a speaker whose surname (the agent's last capitalised
    word) ``before`` already has: the sentence only repeats who spoke ("Auditor Tom Reed
    wrote … That is what Reed wrote."), which the invented-tag rules delete."""
    read = calque_source(text)
    if read is None:
        return False
    names = [w for w in lexicon.words(read[0]) if w[:1].isupper() and not lexicon.is_function_word(w)]
    return bool(names) and re.search(rf"\b{re.escape(names[-1])}\b", before) is not None


def _lead(phrase: str) -> str:
    """The agent after a comma: a determiner loses the sentence's capital, a name keeps it."""
    first, _, tail = phrase.partition(" ")
    if first in ("The", "A", "An", "Its", "Their", "His", "Her") and tail[:1].islower():
        return first.lower() + " " + tail
    # A common word's capital was only the false stop's ("Police spokesman …" -> "police spokesman …").
    return tag_lead_case.lead_letter(phrase) + phrase[1:]


def calque_tag(text: str) -> str | None:
    """The tag that closes the statement before ``text`` ("Deputy Minister Ana Ruiz told
    parliament", "according to the lead researcher"), or None when ``text`` is no calque."""
    read = calque_source(text)
    if read is None:
        return None
    agent, verb = read
    if verb == "according to":
        return f"according to {_lead(agent)}"
    return f"{_lead(agent)}{',' if ',' in agent else ''} {verb}"


CALQUE_START = lazy_compile(r"(?:That|This) (?:is|was) |According to ")
"""A cheap look before :func:`calque_tag`: the sentence opens like one of the calques."""
