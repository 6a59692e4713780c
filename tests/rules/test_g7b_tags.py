"""Capitalised speech tags cut off their sentence, read by their shape (gen7b, variants
set): a verbless subject, a verb of saying, at most an adjunct or the hearer of "told".
Our own sentences; look-alikes that are sentences of their own stay as they are."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.tag_detached import common_plural, loose_detached_tag


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The harbour will stay closed until the storm passes. Officials at the port authority said on Friday.",
     "The harbour will stay closed until the storm passes, officials at the port authority said on Friday."),
    ("Output at the plant could halve within weeks. Engineers warned.",
     "Output at the plant could halve within weeks, engineers warned."),
    ("The two hikers were found alive on Sunday morning. Captain Ana Ruiz of the coastguard told the "
     "national broadcaster.",
     "The two hikers were found alive on Sunday morning, Captain Ana Ruiz of the coastguard told the "
     "national broadcaster."),
    ("Exports fell for a fourth month. Reuters reported.", "Exports fell for a fourth month, Reuters reported."),
    # a determiner-led subject, a participle phrase inside the subject
    ("Work on the line will finish in 2027. A spokeswoman for the rail company told Reuters on Friday.",
     "Work on the line will finish in 2027, a spokeswoman for the rail company told Reuters on Friday."),
    ("The mayor resigned in June. Her deputy told the council.",
     "The mayor resigned in June, her deputy told the council."),
    ("Growth slowed in the third quarter. Economists polled by the bank said.",
     "Growth slowed in the third quarter, economists polled by the bank said."),
])
def test_detached_capitalised_tag_is_reattached(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The plan failed. Witnesses said they saw smoke.",  # a reported clause: a sentence of its own
    "Prices will rise. Nobody said so.",
    "The vote was close. Critics told the paper that it was rigged.",
    "The talks ended. Officials said, however, that more were planned.",
    "The strike ended on Friday. Union leaders said they would meet again.",
    "The bridge was shut. This alarmed drivers.",
    "The bill passed in the end. Lawmakers argued for hours.",  # "argue" stands alone
])
def test_tag_with_content_of_its_own_is_left(text: str) -> None:
    assert _fixed(text) == text


def test_tag_shape_and_plural_reading() -> None:
    assert loose_detached_tag("Analysts at the bank noted on Monday.") == "noted"
    assert loose_detached_tag("Lawmakers argued for hours.") == ""  # a verb of its own
    assert loose_detached_tag("The minister said the plan failed.") == ""
    assert loose_detached_tag("Engineers told reporters.") == "told"
    assert common_plural("Managers") and common_plural("Witnesses")
    assert not common_plural("Reuters") and not common_plural("Lieutenant")


@pytest.mark.parametrize("text", [
    "Stock prices fell in March. Higher fuel costs added to the losses.",  # "add to" is a verb of its own
    "The firms want a greater say in the fund, the U.S. And Canadian officials said.",  # the splitter's cut
])
def test_verb_of_its_own_and_abbreviation_cut_are_no_detached_tag(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("“The river is falling at last,” harbour master Ana Ruiz. At a briefing. Told reporters.",
     "“The river is falling at last,” harbour master Ana Ruiz told reporters at a briefing."),
    ("Rents will rise again next year, the housing agency. In its annual report. Said on Monday.",
     "Rents will rise again next year, the housing agency said in its annual report on Monday."),
    ("The road stays shut until Friday, police. in a statement. added.",
     "The road stays shut until Friday, police added in a statement."),
])
def test_tag_in_three_pieces_is_rebuilt_whatever_the_capitals(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
