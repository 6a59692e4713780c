"""How clean news uses "-ing" modifiers and past forms, for the fragment tests.

``verb_uses.json.gz`` is built by :mod:`models.verb_uses` from the clean-news train split
(see ``verb_uses.card.md``): the "-ing" words written as a noun's modifier far more often
than as a participle with an object ("existing", "rising", "growing"; not "raising",
"forcing"), and, per past form, its uses and how many follow a form of "be".
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("verb_uses.json.gz")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[int]]]:
    """The table's two sections; empty ones when it is missing or unreadable."""
    try:
        with gzip.open(TABLE, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        return {"modifiers": data["modifiers"], "passive": data["passive"]}
    except (OSError, ValueError, KeyError):
        return {"modifiers": {}, "passive": {}}


def ing_modifier(word: str) -> bool:
    """The lower-case "-ing" ``word`` is one clean news writes as a noun's modifier ("the
    rising cost"), not as a participle taking an object."""
    return word in _table()["modifiers"]


def passive_share(word: str) -> float | None:
    """Of the lower-case past form ``word``'s uses in clean news, the share after a form of
    "be" ("were injured" 0.25, "died" 0.0); None when it was seen too rarely to tell."""
    counts = _table()["passive"].get(word)
    return counts[1] / counts[0] if counts else None
