"""Whether a noun is one clean news writes as a speech verb's speaker ("the police said").

``speaker_heads.json.gz`` is built by :mod:`models.speaker_heads` from the clean-news train
split: each lower-case noun that heads a noun phrase right before a speech verb ("the
company said") or right after an inverted "said" ("said the spokesman.") at least five
times, with its count. "company", "spokesman", "police", "mayor", "union" are there;
"day", "toll", "rest", "week" are not. Read by :mod:`repair.rules.stops_tag_speaker`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from repair.shipped_table import read_table

TABLE = Path(__file__).with_name("speaker_heads.json.gz")


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    return dict(read_table(TABLE, ["heads"], "models.speaker_heads", "speaker-head counts")["heads"])


def is_speaker_head(noun: str) -> bool:
    """True when clean news writes the lower-case ``noun`` as a speaker often enough to be in
    the table (case ignored)."""
    return noun.lower() in _table()
