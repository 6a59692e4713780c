"""Detached speech tags with a long name or a pointing-back object (issue 14, bound7, after
the kinds written_e showed). Our own sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline

_UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Two hikers were rescued and one is missing. The Mountain Rescue and Safety Board said this.",
     "Two hikers were rescued and one is missing, the Mountain Rescue and Safety Board said."),
    ("The bridge will reopen on Monday. The Ministry of Roads and Ports said so.",
     "The bridge will reopen on Monday, the Ministry of Roads and Ports said."),
    ("Rates will stay on hold until June. The central bank said this.",
     "Rates will stay on hold until June, the central bank said."),
    ("The match was moved to Sunday. Interior Minister Okafor reported this.",
     "The match was moved to Sunday, Interior Minister Okafor reported."),
])
def test_detached_tag_goes_back_without_its_pointing_object(garbled: str, fixed: str) -> None:
    assert _UNSAFE.fix(garbled).fixed == fixed


@pytest.mark.parametrize("text", [
    "Prices will rise. Nobody said so.",  # an indefinite subject: a statement of its own
    "He said this. Then he left.",  # nothing before to attribute
    "The plan failed. The mayor said this was the end of it.",  # a reported clause follows
])
def test_statements_that_look_like_tags_are_left_alone(text: str) -> None:
    assert _UNSAFE.fix(text).fixed == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The border will stay open, Norway's interior ministry said. spokeswoman Kari Dahl.",
     "The border will stay open, Norway's interior ministry spokeswoman Kari Dahl said."),
    ("The berths will reopen in June, the port company said on Friday. spokesman Ali Demir.",
     "The berths will reopen in June, the port company spokesman Ali Demir said on Friday."),
    ("Profits will fall this year, Acme said. chief executive Jo Park.",
     "Profits will fall this year, Acme chief executive Jo Park said."),
])
def test_title_and_name_cut_off_a_body_tag_go_back_before_the_verb(garbled: str, fixed: str) -> None:
    assert _UNSAFE.fix(garbled).fixed == fixed


@pytest.mark.parametrize("text", [
    "The vote will go ahead, the plan said. spokesman Ali Demir.",  # no body that has spokesmen
    "The plan works, the minister said. spokesman for the plan.",  # no name
])
def test_title_piece_without_a_body_or_a_name_is_not_rebuilt(text: str) -> None:
    edits = [e for e in _UNSAFE.check(text) if e.rule == "AT010"]
    assert edits == []


def test_glued_tag_is_split_before_it_is_reattached() -> None:
    # "Timesreported": the spacing rules split it first; the tag then goes back after a
    # comma instead of being glued onto the sentence as a fake name.
    fixed = _UNSAFE.fix("The shirts carried the slogan in bright colours. The Timesreported.").fixed
    # (gen11c: a paper's title keeps its "The", as the development sets' gold has it.)
    assert fixed == "The shirts carried the slogan in bright colours, The Times reported."


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a tag cut in three: speaker, adjunct, verb; the verb goes back beside its speaker
    ("Part of the levy will fund a training scheme, the Labour Ministry. in a statement. said after the vote.",
     "Part of the levy will fund a training scheme, the Labour Ministry said in a statement after the vote."),
    ("Rents will rise again next year, the housing agency. in a report. said on Monday.",
     "Rents will rise again next year, the housing agency said in a report on Monday."),
    ("The road stays shut until Friday, police. in a statement. added.",
     "The road stays shut until Friday, police added in a statement."),
])
def test_tag_cut_in_three_is_rebuilt(garbled: str, fixed: str) -> None:
    assert _UNSAFE.fix(garbled).fixed == fixed


@pytest.mark.parametrize("text", [
    "Rents will rise again next year, the agency said. in a report. said on Monday.",  # tag whole already
    "Rents will rise, the housing agency. in a report the board approved. said on Monday.",  # a clause
    "Rents will rise. in a report. said on Monday.",  # no speaker before
])
def test_three_pieces_without_the_tag_shape_are_not_rebuilt(text: str) -> None:
    assert [e for e in _UNSAFE.check(text) if e.rule == "AT014"] == []
