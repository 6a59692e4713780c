"""The gen7 family rules catch their kind, not one example, and leave look-alikes alone.

Each kind is tested in several shapes written for this file (other verbs, speakers, tag
positions, numbers and marks), through the whole rule set as ``repair fix --unsafe`` runs
it, so an edit another rule makes in the same place is part of what is checked.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A count word glued to the plural noun it counts.
        ("The flood cut off mostfarms in the valley for a week.",
         "The flood cut off most farms in the valley for a week."),
        ("Inspectors found fewerrors in the accounts this year.",
         "Inspectors found few errors in the accounts this year."),
        ("The council will plant fourteentrees along the river.",
         "The council will plant fourteen trees along the river."),
        ("Rescuers pulled sevenchildren from the rubble on Friday.",
         "Rescuers pulled seven children from the rubble on Friday."),
        # Function words glued to an acronym.
        ("Envoys from the WHOandthe Red Cross arrived on Monday.",
         "Envoys from the WHO and the Red Cross arrived on Monday."),
        ("The grant from the EUfor rural schools was cut.", "The grant from the EU for rural schools was cut."),
        # A source name glued to "wrote" (as to "said" or "reported"); "Rewrote" is a word.
        ("The vote was delayed, the weekly Nordposten Tidewrote on Friday.",
         "The vote was delayed, the weekly Nordposten Tide wrote on Friday."),
    ],
)
def test_glued_small_words_are_split(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "Norwood beat Andover 3-1 in the county final on Saturday.",
        "Orvale and Butmoor share a rail line.",
        "Three NGOs and two MPs signed the letter.",
        "Most families in the town own a boat.",
        "Sevenoaks council met on Tuesday.",
        "Underwrote by two banks, the bond sold out.",
    ],
)
def test_names_and_counted_words_stay(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A turned opening mark and the tag's comma outside the closing one.
        ("”The port stays shut until May”, said the harbour master.",
         "“The port stays shut until May,” said the harbour master."),
        ("”Nobody has paid us”, the union leader told reporters.",
         "“Nobody has paid us,” the union leader told reporters."),
        # A turned closing mark with no comma before a verb-first tag.
        ("“The road will reopen on Monday“ promised the county engineer.",
         "“The road will reopen on Monday,” promised the county engineer."),
        # Guillemets before a speaker-first tag with a long title.
        ("«We expect a deal by spring», Deputy Trade Minister Lena Ortiz said on Tuesday.",
         "“We expect a deal by spring,” Deputy Trade Minister Lena Ortiz said on Tuesday."),
        # A closing mark nothing opened: the opening mark was lost.
        ("Talks ended. The wage offer is final”, stressed the company's director, Ivo Lind.",
         "Talks ended. “The wage offer is final,” stressed the company's director, Ivo Lind."),
        ("Nothing will change for tenants this year,” Ortiz noted.",
         "“Nothing will change for tenants this year,” Ortiz noted."),
    ],
)
def test_foreign_quotes_before_a_tag(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        # A text that keeps the comma outside in every quotation is house style (a lone one is
        # moved inside by QM034: clean news puts it inside 8,281 times to 14).
        "“The port stays shut until May”, said the harbour master. “It may be June”, he added.",
        "The band's “Blue Hour”, released in May, sold well.",
        "He cut a 5” pipe, said the plumber.",
        "“We are ready.” “So are we,” the captain said.",
        "“The mill will stay open.\nNobody here will lose a job,” Ortiz said.",
        "“The mill will stay open this year.\n\nAfter that, nobody can say,” Ortiz said.",
    ],
)
def test_british_style_and_inches_stay(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("— We cannot feed the animals, said a farmer near the town.",
         "“We cannot feed the animals,” said a farmer near the town."),
        ("– Is the water safe? asked a mother. – Nobody can say yet, replied the engineer.",
         "“Is the water safe?” asked a mother. “Nobody can say yet,” replied the engineer."),
        ("— Our boats are gone, the fisherman told reporters. — We will rebuild them.",
         "“Our boats are gone,” the fisherman told reporters. “We will rebuild them.”"),
    ],
)
def test_dash_dialogue_with_a_comma_tag(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "– Profit rose 4 per cent, the company said.",
        "— Reporting by Lena Ortiz; editing by Ivo Lind",
        "The mill — closed in 1990, the owners said — will reopen.",
    ],
)
def test_dashed_list_items_stay(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The regulator ruled on Tuesday, that the merger could go ahead.",
         "The regulator ruled on Tuesday that the merger could go ahead."),
        ("The weather service predicted, the storm would reach the coast by night.",
         "The weather service predicted the storm would reach the coast by night."),
        ("An inquiry into the crash found, that the pilot had not been told.",
         "An inquiry into the crash found that the pilot had not been told."),
        ("The club admitted in a statement, it had broken the rules.",
         "The club admitted in a statement it had broken the rules."),
    ],
)
def test_comma_after_a_reporting_verb(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The company said in 1990, it had sold its mills.",
        "As the report found, the pilot had not been told.",
        "Since then, Mr. Ortiz said, it has grown.",
        "With Ortiz thought to be injured, the side lost.",
        "The regulator ruled on Tuesday that the merger could go ahead.",
    ],
)
def test_commas_that_open_the_reported_clause_stay(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The bank raised rates by 0,75 percentage points.", "The bank raised rates by 0.75 percentage points."),
        ("The index slipped 1,5 points on Friday.", "The index slipped 1.5 points on Friday."),
        ("The dose was cut to 0,4 grams a day.", "The dose was cut to 0.4 grams a day."),
    ],
)
def test_decimal_commas(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize("clean", ["The side won 3,2 and 1 in the rounds.", "It sold 1,500 points of sale."])
def test_thousands_and_lists_stay(clean: str) -> None:
    assert _fix(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("We lost the vote. It stings, party leader Ana Weiss told reporters.",
         "“We lost the vote. It stings,” party leader Ana Weiss told reporters."),
        ("My stock is gone. It is over, shopkeeper Ivo Lind said.",
         "“My stock is gone. It is over,” shopkeeper Ivo Lind said."),
    ],
)
def test_unmarked_quotation_with_a_role_before_the_name(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed
