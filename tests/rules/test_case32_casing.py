"""case32: "And" capitalised between two names after a preposition of place ("hospitals in
Port Mara And Vell said"), lowered by CA001; clean news (train split) writes such a pair with
"and" in all but 20 of about 7,880 uses, and those are titles of works.

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
