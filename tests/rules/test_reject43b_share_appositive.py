"""A hedged share of a counted whole cut off by a false stop ("… will be exempt. About a third of
all households.") is an appositive on the group the sentence counted: FR003 joins it with a comma
(reject43b; editors marked the bare join "exempt about a third of all consumers" BETTER-OTHER, and
training gold writes the comma). Our own sentences; a share with a verb of its own is a sentence,
and a share of an amount ("About a third of its value.") is no appositive: both keep today's
behaviour."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Households using less than 200 units a month will pay nothing. About a third of all customers.\n",
         "Households using less than 200 units a month will pay nothing, about a third of all customers.\n"),
        ("The scheme covers 40,000 farmers. Nearly 8 percent of the rural workforce.\n",
         "The scheme covers 40,000 farmers, nearly 8 percent of the rural workforce.\n"),
        ("The tax will be paid by large landowners. About 4 percent of all farms.\n",
         "The tax will be paid by large landowners, about 4 percent of all farms.\n"),
        ("Voters rejected the plan. Roughly two thirds of the electorate.\n",
         "Voters rejected the plan, roughly two thirds of the electorate.\n"),
        ("The town has 3,000 holiday flats. Roughly one in every five homes.\n",
         "The town has 3,000 holiday flats, roughly one in every five homes.\n"),
        ("Some 7,000 nurses work abroad. Around 12 per cent of all nurses.\n",
         "Some 7,000 nurses work abroad, around 12 per cent of all nurses.\n"),
        # the share "of them" keeps its own path
        ("The hospital treated 300 patients. Around a fifth of them children.\n",
         "The hospital treated 300 patients, around a fifth of them children.\n"),
    ],
)
def test_share_of_a_counted_whole_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "About a third of the staff were laid off. Nearly half of the rest moved to Lyon.\n",
        "The council approved the budget. About 12 per cent of the money goes to schools.\n",
        "Most patients recover quickly. About a third do not.\n",
    ],
)
def test_a_share_with_a_verb_is_a_sentence(text: str) -> None:
    assert fix_unsafe(text) == text


def test_a_share_of_an_amount_is_no_appositive() -> None:
    # "for about a third of its value": the comma would not mend it; left to FR001 as before
    assert "value" in fix_unsafe("She sold the house. About a third of its value.\n")
    assert ", about a third" not in fix_unsafe("She sold the house. About a third of its value.\n")
