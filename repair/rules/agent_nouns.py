"""Whether a noun phrase can be a passive's agent, by its head noun's "by" share in clean news.

``agent_nouns.json.gz`` is built by :mod:`models.agent_nouns` from the clean-news train split:
for each noun seen at least ten times heading a noun phrase after a preposition, how many of
those uses followed "by". "police" (about 0.45), "government" (0.2), "company" (0.1) are
agents often; "port" (0.03), "airport", "hospital", "border", "insurance" (0 to 0.03) are
not, so a "by" inserted before them at a false stop ("… was escorted. the port …") is most
likely the wrong word ("to", "at", "as" …). Read by :mod:`repair.rules.stops_prepositions`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from repair import lexicon
from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("agent_nouns.json.gz")
MIN_AGENT_SHARE = 0.05  # "team" 0.07, "firm" 0.09 pass; "port" 0.03, "insurance" 0.03 do not
_RUN = 3  # content words read after the determiner, as the table counted them


@lru_cache(maxsize=1)
def _table() -> dict[str, list[int]]:
    return dict(read_table(TABLE, ["nouns"], "models.agent_nouns", "agent-noun counts")["nouns"])


def phrase_head(q: list[str]) -> str | None:
    """The head noun of the lower-case noun phrase ``q`` opens (words of the piece): after an
    optional determiner, the last of up to three lower-case content words ("the city
    council on …" -> "council"); None when none stands there."""
    j = 1 if q and q[0].lower() in lexicon.DETERMINERS else 0
    run: list[str] = []
    while j < len(q) and len(run) < _RUN and q[j].isalpha() and q[j].islower() \
            and not lexicon.is_function_word(q[j]):
        run.append(q[j])
        j += 1
    return run[-1] if run else None


def may_be_agent(q: list[str]) -> bool | None:
    """True when clean news puts the phrase's head noun after "by" in at least
    :data:`MIN_AGENT_SHARE` of its prepositional uses, False when it does less often, None
    when the noun was seen too rarely (or the phrase has no lower-case head) to tell."""
    head = phrase_head(q)
    return head_may_be_agent(head) if head else None


NEVER_SEEN = 30  # prepositional uses with no "by" among them that rule a name's head noun out


def never_agent(head: str) -> bool:
    """Clean news put the lower-case noun ``head`` after a preposition at least
    :data:`NEVER_SEEN` times and never after "by" ("squad" 0 in 46, "hospital" 0 in 34;
    "assembly", 0 in 12, is seen too rarely to tell)."""
    counts = _table().get(head)
    return bool(counts) and counts[0] == 0 and counts[1] >= NEVER_SEEN


def head_may_be_agent(head: str) -> bool | None:
    """:func:`may_be_agent` for a lower-case head noun given alone ("council" -> True,
    "port" -> False, a noun the table does not hold -> None)."""
    counts = _table().get(head)
    if not counts:
        return None
    by, seen = counts
    return by / seen >= MIN_AGENT_SHARE
