"""A false stop before a lower-case "which" after a sentence that ends on a figure (our own words).

A "which" clause that follows a complete sentence comments on it: it is non-restrictive, and
English sets it off with a comma whatever the sentence ends on: a word, a year, or a figure
("… fell 18%, which it blamed on …"). The join used to drop the stop bare after any figure
but a year, leaving "… 18% which it blamed …".

Look-alikes: a capitalised "Which" after a figure gets no comma (it may ask a question); a "which"
already set off by a comma is left alone."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fix


@pytest.mark.parametrize(
    "text,fixed",
    [
        # A percentage, an object relative ("which the firm put down to …").
        ("Operating profit fell to 14.2% from 15.9%. which the firm put down to higher fuel costs in Spain.",
         "Operating profit fell to 14.2% from 15.9%, which the firm put down to higher fuel costs in Spain."),
        # A bare count, a subject relative with a copula.
        ("The index closed at 4,210. which was its best finish in a month.",
         "The index closed at 4,210, which was its best finish in a month."),
        # A plain number in mid-sentence, the relative's subject a noun.
        ("Ticket sales for the festival dropped by 3,400 on the year. which organisers said reflected the heat.",
         "Ticket sales for the festival dropped by 3,400 on the year, which organisers said reflected the heat."),
        # A money figure, a passive relative.
        ("The council set aside $2.5 million. which will be spent on flood barriers along the river.",
         "The council set aside $2.5 million, which will be spent on flood barriers along the river."),
        # A year still takes the comma, as before.
        ("The bridge was closed in March 2021. which forced lorries onto a long detour.",
         "The bridge was closed in March 2021, which forced lorries onto a long detour."),
    ],
)
def test_which_after_a_figure_joins_with_a_comma(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A question of its own after a figure: capitalised, so no aside.
        "Turnout reached 71%. Which party benefits?",
        # The comma is already there.
        "Exports rose 6%, which the ministry credited to a weaker currency.",
        # "which" inside the sentence, no stop before it.
        "The plant lost 40 days to strikes which the union called over pay.",
    ],
)
def test_look_alikes_stay_as_written(text: str) -> None:
    assert _fix(text) == text


def test_capitalised_which_after_a_figure_gets_no_comma() -> None:
    # A capitalised "Which" after a figure may open a question of its own; the widening is
    # for the lower-case relative only.
    assert ", which side" not in _fix("The vote was 52 to 48. Which side gains from it is unclear.")


@pytest.mark.parametrize(
    "text,fixed",
    [
        # A superlative noun phrase ranked by a time clause renames the figure: a comma, as
        # without the clause ("the highest on record"), not a bare join.
        ("The survey counted 318 nesting pairs. the highest number since the reserve was fenced off.",
         "The survey counted 318 nesting pairs, the highest number since the reserve was fenced off."),
        ("The central bank lifted its rate to 4.75%. its highest level since the recession ended.",
         "The central bank lifted its rate to 4.75%, its highest level since the recession ended."),
        ("The striker scored 29 goals. his best return since he joined the club in 2019.",
         "The striker scored 29 goals, his best return since he joined the club in 2019."),
        ("The river crested at 7.1 metres. the highest reading since the new dam was finished.",
         "The river crested at 7.1 metres, the highest reading since the new dam was finished."),
    ],
)
def test_superlative_with_a_time_clause_joins_with_a_comma(text: str, fixed: str) -> None:
    assert _fix(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A verb before the time clause: a sentence of its own, not a renaming phrase.
        "The club won 3-0. the best team won when it mattered, the coach said.",
        # A superlative subject with its own verb and no time clause.
        "The census counted 214 animals. the oldest residents say the herd has never been larger.",
    ],
)
def test_superlative_sentences_get_no_comma(text: str) -> None:
    fixed = _fix(text)
    assert "3-0, the best" not in fixed and "animals, the oldest" not in fixed
