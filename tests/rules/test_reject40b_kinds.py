"""reject40b: in a body sentence written in Title Case, a verb's -ed or -ing form of a
common word ("Layered", "Stacking") is lowered wherever it stands, not only after a
lowered word: clean news writes such forms capitalised mid-sentence about 1-5 % of the
time. A form the document capitalises elsewhere mid-sentence (a name) keeps its capital.

Our own sentences, run as ``repair fix --unsafe --no-model`` runs them.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

LEAD = "Rain fell on the town all week and the roads were closed.\n\n"
TAIL = "\n\nThe roads reopened on Friday."


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The Workers Are Paid In Folded Notes That Arrive Each Week From The Capital.",
         "The workers are paid in folded notes that arrive each week from the capital."),
        ("The Boats Are Built Of Layered Planks That Were Cut By Hand In The Yard.",
         "The boats are built of layered planks that were cut by hand in the yard."),
        ("The Market Will Sell Smoked Fish And Dried Beans To Traders From The Coast.",
         "The market will sell smoked fish and dried beans to traders from the coast."),
    ],
)
def test_participle_in_title_case_sentence_is_lowered(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


def test_participle_capitalised_elsewhere_keeps_its_capital() -> None:
    lead = "Rain fell on the town and the Folded Hills farm was closed.\n\n"
    garbled = "The Workers Are Paid In Folded Notes That Arrive Each Week From The Capital."
    fixed = fix_unsafe(lead + garbled + TAIL)
    assert " in Folded notes that arrive " in fixed


def test_prose_sentence_is_left_alone() -> None:
    text = LEAD + "The workers at Smoked Salmon Ltd are paid in cash each week." + TAIL
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The company blames the low level of the lake, which has fallen by half. said the company.",
         "The company blames the low level of the lake, which has fallen by half."),
        ("Fishing communities near the lake have also protested over the new fees. said the community.",
         "Fishing communities near the lake have also protested over the new fees."),
    ],
)
def test_inverted_tag_naming_the_subject_again_is_deleted(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Prices rose sharply in March. said the statistics office.",
         "Prices rose sharply in March, said the statistics office."),
        ("The mayor opened the bridge on time. said the city council.",
         "The mayor opened the bridge on time, said the city council."),
    ],
)
def test_inverted_tag_naming_another_speaker_goes_back(garbled: str, fixed: str) -> None:
    assert fix_unsafe(LEAD + garbled + TAIL) == LEAD + fixed + TAIL
