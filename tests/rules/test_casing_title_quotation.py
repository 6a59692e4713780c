"""A Title Case quotation that opens a sentence: CA002 lowers the quotation's words and
stops at its closing mark, so the speech tag after it (narration, with the speaker's
name and title) keeps its casing."""

from __future__ import annotations

import pytest

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.rules.casing_title import title_case_sentence

UNSAFE = Policy(min_safety=Safety.UNSAFE)
LEAD = "Water bills will rise in the spring, the regulator said on Monday.\n\n"


def _lowered(text: str) -> str:
    doc = Document.from_text(text)
    return apply_edits(text, list(title_case_sentence.run(doc)), UNSAFE).text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("“The Plan Will Cut Costs For Every Family In The Region,” said the finance minister Omar Haddad.",
         "“The plan will cut costs for every family in the region,” said the finance minister Omar Haddad."),
        ("“Farmers Are Hoping To Hear Whether The Rain Returns In The Autumn,” said Westbrook's chief "
         "forecaster Dana Whitfield.",
         "“Farmers are hoping to hear whether the rain returns in the autumn,” said Westbrook's chief "
         "forecaster Dana Whitfield."),
        ('"We Will Keep Working With The Unions Until The Strike Is Over," Mayor Ana Ortiz told reporters.',
         '"We will keep working with the unions until the strike is over," Mayor Ana Ortiz told reporters.'),
        ("‘The Board’s Members Will Meet In The Spring To Set The New Rate,’ said Lena Park of Harbour Bank.",
         "‘The board’s members will meet in the spring to set the new rate,’ said Lena Park of Harbour Bank."),
    ],
)
def test_the_quotation_is_lowered_and_the_tag_keeps_its_names(before: str, after: str) -> None:
    assert _lowered(LEAD + before) == LEAD + after


def test_a_quotation_that_is_the_whole_sentence_is_lowered_to_its_end() -> None:
    text = LEAD + "“The Talks Will Resume On Monday And Run Until The End Of The Week.”"
    assert _lowered(text) == LEAD + "“The talks will resume on Monday and run until the end of the week.”"


def test_a_short_capitalised_quotation_before_a_named_tag_is_left_alone() -> None:
    # Two capitalised words in a quotation are no Title Case run; the tag's name is no evidence of one.
    text = LEAD + "“Not Yet,” said Joan Tremaine, the director of Blue Harbour Water Services."
    assert _lowered(text) == text


def test_a_tag_with_its_own_lower_case_words_is_not_read_into_the_run() -> None:
    text = LEAD + "“Prices Will Fall,” Chief Economist Rachel Moreno Of Northgate Bank Said."
    assert "Rachel Moreno" in _lowered(text)


def test_a_glued_word_in_the_tag_is_split_by_the_glued_rule() -> None:
    from repair.rules import ALL_RULES

    text = LEAD + "“The Plan Will Cut Costs For Every Family In The Region,” said the financeminister Omar Haddad."
    doc = Document.from_text(text)
    fixed = apply_edits(text, [e for r in ALL_RULES for e in r.run(doc)], UNSAFE).text
    assert fixed == LEAD + ("“The plan will cut costs for every family in the region,” said the finance minister "
                            "Omar Haddad.")
