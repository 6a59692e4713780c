"""models.quote_start_stats: sentence kinds as the quote rules read them (our own sentences)."""

from __future__ import annotations

from models.quote_start_stats import _kind, _sentences


def test_kinds_of_first_sentences() -> None:
    assert _kind("We lost the cup.") == "person+past"
    assert _kind("The river is rising.") == "noperson"
    assert _kind("The council met on Friday.") == "noperson+past"
    assert _kind("Critics say the road is too wide.") == "noperson+report"


def test_sentences_split_at_stops_before_capitals() -> None:
    assert _sentences("We won. The U.S. team lost. it rained") == ["We won. ", "The U.S. team lost. it rained"]
