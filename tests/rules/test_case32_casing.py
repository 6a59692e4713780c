"""case32: "And" capitalised between two names after a preposition of place ("hospitals in
Port Mara And Vell said"), lowered by CA001; clean news (train split) writes such a pair with
"and" in all but 20 of about 7,880 uses, and those are titles of works. A relative pronoun
capitalised after a comma before a lower-case word (", 91, Who remembers"), lowered by CA004;
clean news writes it capitalised there once in about 6,530 uses (a play's title).

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Hospitals in Port Mara And Vell said the wards were full.",
         "Hospitals in Port Mara and Vell said the wards were full."),
        ("Survivors were taken to hospitals in Kelby City And Rosport.",
         "Survivors were taken to hospitals in Kelby City and Rosport."),
        ("Flights from Leeds And York, the airline said, would resume.",
         "Flights from Leeds and York, the airline said, would resume."),
        ("Prices rose at Harlow And Stanbridge markets this week.",
         "Prices rose at Harlow and Stanbridge markets this week."),
        ("Crews worked near Oldcastle And East Fenby overnight.",
         "Crews worked near Oldcastle and East Fenby overnight."),
        ("Traders from Trinidad And Tobago met on Monday.", "Traders from Trinidad and Tobago met on Monday."),
    ],
)
def test_and_between_place_names_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Trinidad and Tobago rose, while trade with Bosnia and Herzegovina fell.",
        "She starred in Sex And The City for six years.",  # a title: "The" in the name
        "He won an award for Kings And Queen in 2005.",  # "for": a work's slot
        "Their hits include Butterflies And Hurricanes.",  # no preposition of place
        "The band played at Rhythm And Blues Of Memphis last year.",
        "Floods In Mara And Vell Leave Thousands Homeless",  # a headline in Title Case
        "He lives in Leeds. And York is next.",  # a sentence opened by "And"
        "Sales in Alba And Co shops fell, the firm said.",  # no lower-case word or stop after it
    ],
)
def test_look_alikes_keep_their_and(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Among the first aboard was Ivo Danek, 91, Who remembers the old ferry.",
         "Among the first aboard was Ivo Danek, 91, who remembers the old ferry."),
        ("Residents of the valley, Who have waited years, cheered.",
         "Residents of the valley, who have waited years, cheered."),
        ("The plan, Which was approved on Monday, cuts fares.", "The plan, which was approved on Monday, cuts fares."),
        ("The farmer, Whose land flooded twice, will sue.", "The farmer, whose land flooded twice, will sue."),
    ],
)
def test_relative_pronoun_after_comma_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "He starred in The Goat or, Who is Sylvia? last year.",  # a title, after a function word
        "She watched Doctor Who on Saturday and Who Wants To Be A Millionaire on Sunday.",
        "The loan went to the U.S., Which Bank lent most, the paper said.",  # after an abbreviation
        "Fans cheered, and The Who played until dawn.",
        "Officials asked: Who pays for the repairs?",
    ],
)
def test_look_alikes_keep_their_relative_capital(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
