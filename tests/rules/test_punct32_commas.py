"""punct32: a comma's space after a figure or an abbreviation's stop (GL003, PU002).

Read from the whole engine (``repair fix --unsafe`` without the model) on our own sentences,
next to look-alikes that must be left alone: data lists, decimals and spaced ellipses.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    # the space on the wrong side of a comma after a figure
    ("The ship has taken on 40 migrants since 2023 ,most of them from Libya.",
     "The ship has taken on 40 migrants since 2023, most of them from Libya."),
    ("Prices rose in 14 of 20 regions ,with the sharpest rise in the north.",
     "Prices rose in 14 of 20 regions, with the sharpest rise in the north."),
    # a space before the comma after an abbreviation's stop
    ("The station reopened at 7 a.m. , but trains were delayed all morning.",
     "The station reopened at 7 a.m., but trains were delayed all morning."),
    ("Shares of Acme Inc. , the maker of tools, fell.", "Shares of Acme Inc., the maker of tools, fell."),
    # no space after the comma that follows an abbreviation's stop
    ("The report was published at 9 a.m.,about an hour late.",
     "The report was published at 9 a.m., about an hour late."),
    ("The troops left the U.S.,the ministry said on Monday.", "The troops left the U.S., the ministry said on Monday."),
])
def test_comma_space_fixed(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Set the flags to 3 ,ab in the file.",
    "The keys were a.b.,c and d.",
    "The station reopened at 7 a.m., but trains were delayed all morning.",
    "It was 3 ,5 per cent.",
    "Sales rose to 1,000 units.",
    "See the file at example.com/a.b.,x for more.",
])
def test_comma_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("The Fire Protection Agency(Cal Fire)said the blaze was out.",
     "The Fire Protection Agency (Cal Fire) said the blaze was out."),
    ("Onions sold at 900 rupees per quintal(100 kg), traders said.",
     "Onions sold at 900 rupees per quintal (100 kg), traders said."),
    ("The Bangladesh National Party(BNP) boycotted the vote.",
     "The Bangladesh National Party (BNP) boycotted the vote."),
])
def test_bracket_glued_to_word_before(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "Name the member(s) of staff.",
    "Call max(A) once in the loop.",
    "The sum f(X)(Y) is zero.",
    "The party (BNP) boycotted the vote.",
])
def test_bracket_look_alikes_left_alone(text: str) -> None:
    assert fixed(text) == text
