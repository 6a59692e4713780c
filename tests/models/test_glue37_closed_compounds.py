"""glue37: the glue table's ``closed`` list (models.glue_stats): two common words clean news
writes run together twice or more are the house's compound, kept so GL001 never splits them;
written once (a slip) or made of a rare word, they are not kept."""

from __future__ import annotations

from models import glue_stats

_NEWS = [
    "The harbourboard met. The harbourboard said fees rise.",  # twice: a house compound
    "The villagehall opened.",  # once: a keying slip, not kept
    "The zzqxboard met. The zzqxboard met again.",  # a part no word list knows
]


def test_closed_keeps_two_common_words_written_together_twice() -> None:
    table = glue_stats.table(*glue_stats.count(_NEWS))
    assert table["closed"] == ["harbourboard"]
    assert table["closed_min_uses"] == glue_stats.CLOSED_MIN_USES
