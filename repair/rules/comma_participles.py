"""The "-ing" words clean news sets off with a comma after a content word.

``participle_comma.json`` is built by :mod:`models.participle_comma` from the clean-news
train split: words such as "leaving", "prompting", "citing", "forcing" open a clause of
result or comment after a whole sentence ("… over a new law, leaving the minister …") in at
least 70 % of their uses after a content word; "banning", "carrying", "making" do not (they
mostly open a reduced relative: "a law banning …"). Read by
:mod:`repair.rules.stops_comma_join` (the comma at a join) and
:mod:`repair.rules.stops_prepositions` (such a word is no modifier of a post).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("participle_comma.json")


@lru_cache(maxsize=1)
def comma_participles() -> frozenset[str]:
    """The lower-case "-ing" words of the table; empty when it is missing or unreadable."""
    try:
        return frozenset(json.loads(TABLE.read_text(encoding="utf-8"))["words"])
    except (OSError, ValueError, KeyError):
        return frozenset()
