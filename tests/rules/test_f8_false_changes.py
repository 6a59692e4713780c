"""Two false changes on fresh text: a story sentence taken with the caption run onto its
line (PF001), and a stop turned into a comma to attach a tag that introduces the "that"
clause after it (AT003). Each kind is tested on variants written in our own words."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,kept,gone",
    [
        ("The harbour reopened on Friday.\n\nNo ship has been turned away since. Photo: A tug guides a "
         "tanker into the bay (Reuters)\n\nFees will rise in May.",
         "No ship has been turned away since.", "tug guides"),
        ("Voting closes at eight.\n\nThe count will begin overnight. Picture: Officials seal a ballot box "
         "in Leeds (AFP)\n\nResults are due on Friday.",
         "The count will begin overnight.", "seal a ballot"),
        ("The striker has scored in every round. Image: Fans cheer at the final whistle (Getty Images)\n\n"
         "The final is on Sunday.",
         "The striker has scored in every round.", "Fans cheer"),
    ],
)
def test_caption_run_onto_a_sentence_line_keeps_the_sentence(text: str, kept: str, gone: str) -> None:
    fixed = _fix(text)
    assert kept in fixed
    assert gone not in fixed


@pytest.mark.parametrize(
    "text,stays",
    [
        ("The airline ordered 40 jets on Monday, its biggest order yet. The company said. That the first "
         "planes would arrive in 2030.", "its biggest order yet."),
        ("Exports fell for a third month in March. The ministry reported. That demand from Asia had "
         "weakened sharply.", "in March."),
        ("The bridge will stay shut all week. Mayor Ana Ruiz said. That engineers had found cracks in two "
         "supports.", "all week."),
        ("Rents rose again in the capital. Officials told reporters. That they expected prices to level "
         "off next year.", "in the capital."),
    ],
)
def test_a_tag_before_a_that_clause_is_not_pulled_back(text: str, stays: str) -> None:
    fixed = _fix(text)
    # The full stop of the complete sentence before the tag stays where it is.
    assert stays in fixed
    assert ", the company said" not in fixed and ", the ministry reported" not in fixed
