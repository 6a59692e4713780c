"""A piece after a stop whose first word has a capital inside it (an acronym or a name glued
to the verb after it: "BBCreported", "NASAlaunched") is never joined as the sentence's
second verb: the join lowered its first letter ("… in 1998 and bBC reported the news.").
The glue rules split the word; the stop stays. Our own sentences, through the whole rule set."""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe


@pytest.mark.parametrize(("text", "fixed"), [
    ("The strike ended in 1998. BBCreported the news.", "The strike ended in 1998. BBC reported the news."),
    ("The agency launched the probe in 1998. NASAlaunched a rocket.",
     "The agency launched the probe in 1998. NASA launched a rocket."),
])
def test_acronym_glued_to_a_verb_keeps_its_capitals_and_its_stop(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "The plan failed in 2001. IPhone sales fell.",
    "The budget was cut in 1998. UNESCO warned of the risk.",
])
def test_a_sentence_opening_on_an_acronym_is_left_alone(text: str) -> None:
    assert fix_unsafe(text) == text
