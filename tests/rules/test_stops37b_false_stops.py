"""stops37b: false-stop repairs that must not guess past their evidence. Our own sentences.

- a closed-class word that is also a month or a given name ("May", "Will"), alone after a
  capitalised word, may finish a name the stop cut: its deletion is only shown; after a
  lower-case word it is still deleted (a lone month there is the month rule's);
- the "of" guessed after a nominalisation before the stop is applied only where clean news
  puts "of" after that noun clearly more often than any other word; where a second word comes
  close ("government": "of" and "for" near even) the join is only shown.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.stops_closed_pieces import may_finish_name
from repair.rules.stops_link_evidence import contradicts_link

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize("text", [
    "The premier returned home on Monday after long talks with Theresa. May.\n",
    "The council welcomed its new chairman, Will. Will.\n",
    "The union held a long meeting with Ms Ruiz. May.\n",
])
def test_name_homograph_after_a_name_is_left(text: str) -> None:
    assert _fix(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The new tram line opened on the day. Will.\n", "The new tram line opened on the day.\n"),
    ("The market closed higher on the day. Will.\n", "The market closed higher on the day.\n"),
])
def test_name_homograph_after_a_common_word_is_deleted(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("prev", "piece", "expected"), [
    ("The premier met Theresa.", "May.", True),
    ("The premier met Prince William.", "Will.", True),
    ("The premier met Theresa.", "And.", False),  # no name shares the word
    ("The premier met the press.", "May.", False),  # a common word before the stop
    ("Theresa.", "May.", False),  # the capital is the sentence's own
    ("The premier met Theresa.", "may.", False),  # lower case: the modal
])
def test_may_finish_name(prev: str, piece: str, expected: bool) -> None:
    assert may_finish_name(prev, piece) is expected


@pytest.mark.parametrize(("head", "expected"), [
    ("government", True),  # "of" and "for" near even: no word picked
    ("agreement", True),  # "with" leads
    ("settlement", False),  # "of" clearly leads
    ("construction", False),
    ("zzzqx", False),  # never seen: the shape's guess stands
])
def test_of_needs_a_clear_lead(head: str, expected: bool) -> None:
    assert contradicts_link(head, "of") is expected


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the word is the verb's ("thank … for"), not the noun's: nothing applied
    ("The mayor thanked the government. its support for the harbour plan.\n",
     "The mayor thanked the government. its support for the harbour plan.\n"),
    # the noun picks "of" clearly: applied
    ("The bank announced a settlement. its debts with the fund.\n",
     "The bank announced a settlement of its debts with the fund.\n"),
])
def test_of_after_a_nominalisation(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the second object of a double-object verb: a bare join
    ("The council will pay the company. a fee of two million euros a year.\n",
     "The council will pay the company a fee of two million euros a year.\n"),
    ("The board offered the workers. a rise of three percent.\n",
     "The board offered the workers a rise of three percent.\n"),
    ("The ministry will give the farmers. a grant for new machinery.\n",
     "The ministry will give the farmers a grant for new machinery.\n"),
    # look-alike: a verb of one object; the missing word cannot be told, only shown
    ("The council will visit the company. a fee of two million euros a year.\n",
     "The council will visit the company. a fee of two million euros a year.\n"),
])
def test_second_object_of_a_double_object_verb(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


def test_after_first_object_reads_the_verb() -> None:
    from repair.rules.stops_double_objects import after_first_object

    assert after_first_object(["The", "club", "will", "pay", "the", "company"], "a")
    assert after_first_object(["The", "club", "gave", "them"], "its")
    assert not after_first_object(["The", "club", "will", "visit", "the", "company"], "a")  # one object
    assert not after_first_object(["The", "club", "will", "pay", "the", "company"], "the")  # a new subject?
    assert not after_first_object(["The", "club", "paid", "her", "rent"], "a")  # "her rent": one object
    assert not after_first_object(["The", "club", "will", "pay", "the", "Company"], "a")  # a name may go on
