"""capnoun34: a run of two or three common words capitalised inside a prose sentence,
lowered by CA028 ("renews a Travel Ban and Asset Freeze on", "blamed its Fuel Costs for").

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: names made of common words
("the Wildlife Trust", "the Dead Sea", "Price Review Act"), titles of works, headings in
Title Case, quotations, and a German-style sentence whose nouns are all capitalised but
whose runs stand where names stand too.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The council also renews a Travel Ban and Asset Freeze on six officials.",
         "The council also renews a travel ban and asset freeze on six officials."),
        ("The bakery blamed its Fuel Costs for the closure, the owner said.",
         "The bakery blamed its fuel costs for the closure, the owner said."),
        ("Farmers blamed Heavy Rain for the poor harvest in the north.",
         "Farmers blamed heavy rain for the poor harvest in the north."),
        ("The report predicted Price Rises and Job Losses across the region.",
         "The report predicted price rises and job losses across the region."),
        ("Residents faced Rent Increases of up to a fifth this year.",
         "Residents faced rent increases of up to a fifth this year."),
        ("The plan would add several Wind Farms along the coast by 2030.",
         "The plan would add several wind farms along the coast by 2030."),
    ],
)
def test_common_word_run_in_prose_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        # Names: a name's head after the run, a number, a bracket, "the" before it.
        "The council renewed its Travel Ban Act on Monday, officials said.",
        "The Asset Freeze Regulation 2024 came into force last week.",
        "Donations to the Wildlife Trust rose by a third last year.",
        "Tourists swam in the Dead Sea on Monday, officials said.",
        "The region joined the Single Market in 1993, the minister said.",
        "He now heads its Consumer Banking Division in the north.",
        "The firm sold its Fuel Costs (FC) unit to a rival last year.",
        "The National Association of Blood Banks said supplies were low.",
        # Works: a cue before the run, a noun after it, a capital beyond it.
        "She starred in the film Total Recall and in two other films.",
        "The band released its Greatest Hits album in May.",
        "He won Best Actress for Million Dollar Baby last year.",
        "They met at the book fair and discussed their Heavy Rain novel.",
        # A name after a naming verb, the copula or a speech verb.
        "The shop's best-known product is Premium Bonds, the bank said.",
        "Fans said Band Aid was the best charity single of the decade.",
        # Quotation, heading, German-style noun capitals after "the" or a noun.
        "“We need a Travel Ban now,” he said.",
        "Council Renews Travel Ban On Six Officials",
        "The Minister said the Government would cut the Fuel Costs of the Farmers this Year.",
    ],
)
def test_names_titles_and_headings_are_left(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
