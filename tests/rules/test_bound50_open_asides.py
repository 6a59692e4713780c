"""A subject, an aside its comma opened, and the subject's verb cut off by a false stop: the
stop becomes the comma that closes the aside (SP001), in the shapes the narrow test leaves to a
display-only join: a name or bare plural subject, an age aside before the open one, a quoted
title, a participle with "every" or a base-form participle, a long agent phrase, a verb whose
past is its base form. Opening phrases, closed asides and subjects with a verb stay apart.
Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_open_asides import opens_with_verb, verb_closes_wide_aside, wide_aside_left_open


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The festival, held every two years. drew 40,000 visitors this summer.",
     "The festival, held every two years, drew 40,000 visitors this summer."),
    ("Marta Kovac, 41, of the regional water board. resigned on Monday.",
     "Marta Kovac, 41, of the regional water board, resigned on Monday."),
    ("The report, written by researchers from the University of Tartu and the Estonian Academy of Sciences "
     "in Tallinn. found that most rivers were polluted.",
     "The report, written by researchers from the University of Tartu and the Estonian Academy of Sciences "
     "in Tallinn, found that most rivers were polluted."),
    ("“Quiet Water,” directed by Ana Ruiz. won the main prize in Venice.",
     "“Quiet Water,” directed by Ana Ruiz, won the main prize in Venice."),
    ("Exports from the northern province, known for its apple orchards on the hills. rose 12 percent last year.",
     "Exports from the northern province, known for its apple orchards on the hills, rose 12 percent last year."),
    ("The old mill, cut off by the flood. remained closed for a month.",
     "The old mill, cut off by the flood, remained closed for a month."),
    ("The water main, laid in 1962. split early on Sunday, the city said.",
     "The water main, laid in 1962, split early on Sunday, the city said."),
    ("The survey, run by two universities. found that rents had doubled.",
     "The survey, run by two universities, found that rents had doubled."),
])
def test_verb_after_open_aside_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("prev", [
    "In May, the board.",                           # an opening phrase, then the subject
    "However, the council.",
    "Asked about the plan, the minister.",          # a participle opener is no subject
    "Last year, the ferry company.",
    "Still, the ferries.",
    "The ferry, which sails at noon, was late.",    # the aside closed, the verb there
    "The firm said, in a statement.",               # the subject has its verb
    "He left, and then it rained.",
    "The mayor, the council and the port.",         # a list, no aside
])
def test_no_open_aside_read(prev: str) -> None:
    assert not wide_aside_left_open(prev) or not verb_closes_wide_aside(prev, ["sailed", "at", "noon"])


@pytest.mark.parametrize(("words", "verb"), [
    (["records", "show", "no", "payment"], False),  # a plural noun and its verb: a sentence
    (["the", "first", "sailed"], False),
    (["new", "fees", "apply"], False),
    (["split", "on", "Sunday"], True),
    (["resigned", "on", "Monday"], True),
    (["has", "been", "sold"], True),
])
def test_piece_opens_with_verb(words: list[str], verb: bool) -> None:
    assert opens_with_verb(words) is verb


@pytest.mark.parametrize("text", [
    "He left. Then it rained.",
    "The ferries, built in Norway, carry 600 people. The first sailed at noon.",
    "The ferry, which sails at noon, was late. Passengers waited on the quay.",
])
def test_real_sentences_stay(text: str) -> None:
    assert _fixed(text) == text
