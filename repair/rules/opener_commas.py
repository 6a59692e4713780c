"""The words clean news sets off with a comma when they open what follows a complete clause.

``opener_comma.json`` is built by :mod:`models.opener_comma` from the clean-news train split:
after a lower-case content word ("common") words such as "although", "coupled", "perhaps",
"particularly" are set off in at least 70 % of their uses; after a capitalised one ("name")
also "formerly", "former", "head", "along", "whose" ("… Myanmar, formerly Burma"). Words
that mostly continue the clause bare ("after", "in", "as", "and", "with") are not in it.
Read by :mod:`repair.rules.stops_comma_join` (the comma at a join).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("opener_comma.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    try:
        words = json.loads(TABLE.read_text(encoding="utf-8"))["words"]
        return {cls: frozenset(found) for cls, found in words.items()}
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


def sets_off(word: str, before: str) -> bool:
    """Clean news sets the lower-case ``word`` off with a comma after the content word
    ``before`` (its class, "name" or "common", from its first letter); False when the table
    is missing or unreadable."""
    cls = "name" if before[:1].isupper() else "common"
    return word in _table().get(cls, frozenset())
