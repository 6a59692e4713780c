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
