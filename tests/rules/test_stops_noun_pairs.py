"""A bare join that would set a verbless noun phrase straight after a noun clean news never
follows with one (:mod:`repair.rules.stops_noun_pairs`): the swallowed preposition is an
editor's call, so the join is only shown; after a verb, a measure, or with a clause or a time
phrase after the stop, the join still applies. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_noun_pairs import never_before, shown_when_noun_pair


def test_never_before_reads_clean_news_pairs() -> None:
    assert never_before("insurance", "the")  # "insurance for the", almost never "insurance the"
    assert never_before("company", "a")
    assert not never_before("said", "the")  # "said the plan …" is ordinary
    assert not never_before("hold", "a")  # a verb takes its object directly
    assert not never_before("insurance", "for")  # not a noun phrase's opener
    assert not never_before("zorblatt", "the")  # never seen: cannot tell


@pytest.mark.parametrize("garbled", [
    "Drivers must also carry insurance. the vehicle.",
    "The loan was arranged by a local company. a ten-mile pipeline.",
    "Officials blamed the government. its own advisers.",
])
def test_noun_phrase_after_a_noun_is_only_shown(garbled: str) -> None:
    assert _fixed(garbled) == garbled


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The minister said. the plan would cost more than expected.",
     "The minister said the plan would cost more than expected."),
    ("The regulator is considering. the appeal.",
     "The regulator is considering the appeal."),
])
def test_bare_join_english_allows_stays(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def _bare_join(text: str) -> tuple[int, int, list[StopRepair]]:
    stop = text.index(". ")
    return stop, stop + 2, [StopRepair("join", stop, stop + 3, " " + text[stop + 2], 0.7, "joined.")]


@pytest.mark.parametrize(("text", "shown"), [
    ("Drivers must carry insurance. the vehicle.", True),
    ("Officials blamed the government. a weak response to the floods of recent years.", True),  # a time word late
    ("The firm paid for the insurance. the same day.", False),  # a time adverbial
    ("The firm paid for the insurance. a week later.", False),
    ("The talks ended without the government. the unions said they would strike.", False),  # a clause
    ("Drivers must carry insurance. the.", False),  # one word: nothing to judge
])
def test_only_a_verbless_noun_phrase_naming_no_time_is_shown(text: str, shown: bool) -> None:
    stop, piece_start, candidates = _bare_join(text)
    assert shown_when_noun_pair(text, stop, piece_start, len(text), candidates)[0].display is shown
