"""case35b: a body sentence in headline style that keeps its small words in lower case
("The Masks Became Mandatory Again in Hospitals ..."), lowered by CA030.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: a headline on its own line, a
title on the first line, a work's title or an organisation's name inside prose, and a
sentence of names.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline

LEAD = "Rain fell all week on the coast, and several roads were closed.\n\n"
TAIL = "\n\nOfficials said the rules would be reviewed next month."


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The Farmers Sold Their Cattle at Lower Prices in the Autumn.",
         "The farmers sold their cattle at lower prices in the autumn."),
        ("Prices for Bread and Milk Rose Sharply in the First Week of March.",
         "Prices for bread and milk rose sharply in the first week of March."),
        ("Several Roads Were Closed to Traffic After the Heavy Rain.",
         "Several roads were closed to traffic after the heavy rain."),
        ("Most Shops in the Centre Opened Late on Saturday Morning.",
         "Most shops in the centre opened late on Saturday morning."),
        ("The Buses Stopped Running at Night Because of the Strike in Madrid.",
         "The buses stopped running at night because of the strike in Madrid."),
    ],
)
def test_headline_style_sentence_in_body_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Farmers Sold Their Cattle at Lower Prices in the Autumn" + TAIL,  # a sub-heading
        "The Farmers Sold Their Cattle at Lower Prices in the Autumn.\n\nPrices fell by a third.",  # the title
        LEAD + "She read War and Peace twice during the long winter." + TAIL,  # a work's title in prose
        LEAD + "He joined the Department of Health and Human Services in 2019." + TAIL,
        LEAD + "Speakers Came From Oxford, Cambridge and Durham." + TAIL,  # names
        LEAD + "Read More: The Farmers Sold Their Cattle at Lower Prices." + TAIL,  # a link's label
        LEAD + "The Kenya Wildlife Service and the Uganda Wildlife Authority Met." + TAIL,
        LEAD + "Fans cheered. Get Me Out of Here on Monday." + TAIL,  # a title cut at its "!", no verb
    ],
)
def test_look_alikes_get_no_headline_edit(text: str) -> None:
    assert [e for e in Pipeline().check(text) if e.rule == "CA030"] == []


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The council said the library Would Reopen in the Spring After Repairs.",
         "The council said the library would reopen in the spring after repairs."),
        ("Residents were warned that the Water Was Not Safe to Drink for Two Days.",
         "Residents were warned that the water was not safe to drink for two days."),
        ("Doctors said the patient Had Recovered Well and Was Sent Home on Friday.",
         "Doctors said the patient had recovered well and was sent home on Friday."),
    ],
)
def test_headline_style_tail_of_a_prose_sentence_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


@pytest.mark.parametrize(
    "text",
    [
        "He has worked for the Department of Health and Human Services.",  # a name, no verb
        "The prize went to the novel Where the River Bends in the Night.",  # a work's title after its cue
        "Talks were held at the Ministry of Foreign Affairs and Trade.",
        "The letter was signed by the Minister of Health and the Chief Medical Officer.",
        "He spoke with Chief Inspector Will Brown at the station.",  # the run does not end the sentence
    ],
)
def test_look_alikes_get_no_tail_edit(text: str) -> None:
    assert [e for e in Pipeline().check(LEAD + text + TAIL) if e.rule == "CA030"] == []
