"""case50: a determiner or "that" capitalised where a clause opens inside a prose sentence,
lowered by CA033: after a reporting verb ("Analysts say The plan", "she said That the
work") or after a comma that follows a lower-case word or a figure (", Its owner said").

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to look-alikes that must stay: names and titles that open with
"The" ("The Hague", "The Times"), a work's title in sentence case after its cue, a new
sentence after a stop, quotations, "No" (clean news capitalises it too often), headings.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.pipeline import Pipeline

LEAD = "Rain fell all week on the coast.\n\n"


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Economists say The pension plan pays too little to attract young savers.",
         "Economists say the pension plan pays too little to attract young savers."),
        ("Ms Rowe said That the museum would reopen its east wing in the spring.",
         "Ms Rowe said that the museum would reopen its east wing in the spring."),
        ("Analysts say Some lenders have already raised their rates this month.",
         "Analysts say some lenders have already raised their rates this month."),
        ("The plant closed for a day as a precaution, Its owner said on Monday.",
         "The plant closed for a day as a precaution, its owner said on Monday."),
        ("Prices rose for a third month, Many shoppers said in a survey.",
         "Prices rose for a third month, many shoppers said in a survey."),
        ("The school has 420 pupils, Most of them from nearby villages.",
         "The school has 420 pupils, most of them from nearby villages."),
        ("The coach added That his players were tired after the long trip.",
         "The coach added that his players were tired after the long trip."),
    ],
)
def test_clause_opener_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "Critics say The Hague should act sooner on the treaty, the paper said.",
        "He said The Times had printed the letter on Monday.",
        "Her favourite book, The old man and the sea, was read aloud at the service.",
        "“We are ready,” she said. That is all the club would say on Monday.",
        "“Prices rose, The shops were empty,” he said on the radio.",
        "He said the film Those who wait would open the festival in May.",
        "Officials said No casualties had been reported in the town.",
        "THE MINISTER SAID THAT THE TAX WOULD RISE NEXT YEAR.",
        "The Minister Said That The Tax Would Rise Next Year",
        "Aid arrived on Monday. The first trucks reached the town at noon.",
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text


def test_after_a_speech_tag_it_is_only_shown() -> None:
    """'…, the company said The new plant': a stop may have been lost after the tag."""
    text = LEAD + "Sales fell in May, the company said The new plant would open in June."
    found = [e for e in Pipeline().check(text) if e.rule == "CA033"]
    assert [(text[e.start : e.end], e.safety.value) for e in found] == [("The", "display")]
    assert fix_unsafe(text) == text



@pytest.mark.parametrize(
    "text",
    [
        # A comma where a stop may have been lost, before a clause of its own.
        "Inflation may reach three percent next year, His own forecast of two percent is too low.",
        # The reported words carry a speech verb of their own: "said. The firm said" may be meant.
        "The lender said The bank said the offer was too low.",
        # The sentence opens in lower case: its stop was lost before the tag ("…next week.
        # harbour officials said. The new quay …"), so the capital may open the next sentence.
        "The ferry will run again next week.\nharbour officials said The new quay would open in June.",
    ],
)
def test_lost_stop_shapes_are_only_shown(text: str) -> None:
    found = [e for e in Pipeline().check(LEAD + text) if e.rule == "CA033"]
    assert found and all(e.safety.value == "display" for e in found)
    fixed = fix_unsafe(LEAD + text)
    # The capital stays (another rule may add a stop before it).
    assert all(fixed[e.start : e.end] != e.replacement for e in found)


def test_a_grade_letter_after_a_comma_is_left() -> None:
    text = LEAD + "The bank has A-plus senior debt, A subordinated debt and a short-term rating of one."
    assert not [e for e in Pipeline().check(text) if e.rule == "CA033"]


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Output grew 3.1% In March, the statistics agency said on Friday.",
         "Output grew 3.1% in March, the statistics agency said on Friday."),
        ("The port plans to open a second terminal for cargo ships In 2027.",
         "The port plans to open a second terminal for cargo ships in 2027."),
        ("The singer was born In 1990, in a small village near the coast.",
         "The singer was born in 1990, in a small village near the coast."),
    ],
)
def test_preposition_before_a_year_or_after_a_percentage_is_lowered(garbled: str, fixed: str) -> None:
    """CA001, case50: a year is a preposition's object as a one-word name is, and a
    percentage's decimal point is no abbreviation's."""
    assert fix_unsafe(LEAD + garbled) == LEAD + fixed


@pytest.mark.parametrize(
    "text",
    [
        "The band played Live In 1999 at the end of the show.",
        "She wrote the novel Summer In 1969 before she moved to Rome.",
        "Their debut album Songs In 1999 sold well in Japan.",
        "Prices rose 5% In 2026 the bank expects them to fall.",
        "The U.S. In 2020 campaign ads ran on every channel.",
    ],
)
def test_year_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(LEAD + text) == LEAD + text
