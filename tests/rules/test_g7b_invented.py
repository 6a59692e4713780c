"""An invented "He said it is …" wrapper (gen7b, variants set): the unwrapping is shown
where nothing before is called "he" (or "she"), never applied (a person noun or a lone
name can still be the speaker), and nothing is offered where someone of the pronoun's
kind stands before. Our own sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Edit, Safety
from repair.pipeline import Pipeline

_UNSAFE = Pipeline(policy=Policy(min_safety=Safety.UNSAFE))


def _wrapper_edits(text: str) -> list[Edit]:
    return [e for e in _UNSAFE.check(text) if e.rule == "AT001" and "may be invented" in e.message]


def test_wrapper_after_a_sentence_about_a_thing_with_no_name_before_is_applied() -> None:
    # (gen11c: no name may stand before and the sentence before is about a thing: no one is "he".)
    text = "The city choir has called off its spring tour. He said it is the first time the choir has cancelled a tour."
    assert _UNSAFE.fix(text).fixed == ("The city choir has called off its spring tour. It is the first time the "
                                       "choir has cancelled a tour.")


@pytest.mark.parametrize(("text", "unwrapped"), [
    ("Floods closed the coast road for a week. She said that it was the worst flooding in decades.",
     "It was the worst"),
    ("The museum board met on Monday. Mayor Ana Lind opened the meeting. He said there will be a new wing.",
     "There will be"),
])
def test_wrapper_with_no_pronoun_of_its_kind_before_is_shown_not_applied(text: str, unwrapped: str) -> None:
    edits = _wrapper_edits(text)
    assert len(edits) == 1 and edits[0].safety == Safety.DISPLAY
    start = edits[0].span.start
    assert (text[:start] + edits[0].replacement + text[edits[0].span.end :])[start:].startswith(unwrapped)
    assert _UNSAFE.fix(text).fixed == text


@pytest.mark.parametrize("text", [
    "Coach Ivo Brandt said on Friday he would stay. He said it is time to rebuild the team.",
    "Ms Lind announced a plan to cut the deficit. She said it will save 2 billion euros.",
    "The minister unveiled the budget. He said this will cut waiting lists.",  # "this" points back
])
def test_wrapper_with_a_speaker_of_its_kind_is_not_offered(text: str) -> None:
    assert not _wrapper_edits(text)


def test_wrapper_after_a_speaker_is_not_offered() -> None:
    assert not _wrapper_edits("Smith said the plan was ready. He said it would be launched next week.")
