"""case33: a closed-class word (auxiliary, reporting verb, article, preposition,
conjunction) capitalised inside a prose sentence before a lower-case word, lowered by
CA027 ("It Is one of", "Ana Keller Said the board", "went to A private collector").

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: names and titles with small
words ("The Hague", "Of Mice and Men", "On the Waterfront"), labels ("type A"),
headings, quotations and acronyms.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("It Is one of three lakes that the region plans to drain by spring.",
         "It is one of three lakes that the region plans to drain by spring."),
        ("The chairman of the board, Ana Keller Said the firm had paid its suppliers.",
         "The chairman of the board, Ana Keller said the firm had paid its suppliers."),
        ("The auction house said the vase went to A private collector in Lisbon.",
         "The auction house said the vase went to a private collector in Lisbon."),
        ("The town Has been without clean water since Monday, officials said.",
         "The town has been without clean water since Monday, officials said."),
        ("Officials said the old bridge Was closed after the storm.",
         "Officials said the old bridge was closed after the storm."),
        ("The museum Will reopen its east wing in the spring, the director said.",
         "The museum will reopen its east wing in the spring, the director said."),
        ("The label will promote the band in Brazil with A budget of two million dollars.",
         "The label will promote the band in Brazil with a budget of two million dollars."),
    ],
)
def test_closed_word_in_prose_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "She moved to The Hague in 2019 and works at a court there.",
        "He has read Of Mice and Men three times, he said.",
        "She starred in A Star Is Born last year, the studio said.",
        "The film Gone With The Wind was shown at the festival again.",
        "Blood type A is rare in the region, doctors said.",
        "The Bank Of the West raised its rates on Monday.",
        "The band played A Day in the Life at the end of the show.",
        "“It Is a good day for all of us,” he said.",
        "Flood Warning Is Lifted For The Coast\n\nThe river fell overnight.",
        "The NATO summit in The Hague was held in June, officials said.",
        "Fans sang the song Is This Love all night, the organisers said.",
        "Shareholders of class A stock will vote on the merger in May.",
        "The bank's debt was cut to A plus from A plus plus, the agency said.",
        "The stamp duty threshold rose for pensioners The plan was welcomed by many.",
    ],
)
def test_names_titles_and_headings_keep_their_capitals(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
