"""pieces35: the speaker a false stop cut off a pronoun tag takes the pronoun's place.

"…, it said. The fire service." -> "…, the fire service said." when clean news writes the
piece's head noun as a speaker (``speaker_heads``); a time phrase, a label or a clause after
the tag is left to the other builders, and an institution's name clean news has no count
for is only shown. Every text is ours.
"""

from __future__ import annotations

import pytest

from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules.speaker_heads import is_speaker_head
from repair.rules.stops import choose

_UNSAFE = Pipeline([RuleProposer()], Policy(min_safety=Safety.UNSAFE))


def _fix(text: str) -> str:
    return _UNSAFE.fix(text).fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("About 200 sheep were moved to higher ground overnight, it said. The fire service.\n",
     "About 200 sheep were moved to higher ground overnight, the fire service said.\n"),
    ("The harbour wall will be repaired by spring, she said. The mayor.\n",
     "The harbour wall will be repaired by spring, the mayor said.\n"),
])
def test_speaker_takes_the_pronouns_place(garbled: str, fixed: str) -> None:
    assert _fix(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    # The builder's repair; FR001 does not yet take these pieces (a capitalised name in the
    # piece, an adjunct after the tag) before asking it, so they are asked of it directly.
    ("The museum will reopen its east wing in June, it was said. The Office for Heritage Sites.",
     "The museum will reopen its east wing in June, the Office for Heritage Sites said."),
    ("Rents rose by 6% last year, it said on Monday. The city's housing office, Nordbyg.",
     "Rents rose by 6% last year, the city's housing office, Nordbyg, said on Monday."),
])
def test_builder_rebuilds_named_and_dated_tags(garbled: str, fixed: str) -> None:
    stop = garbled.index(". ")
    best = choose(garbled, 0, stop, stop + 2, len(garbled))[0]
    assert best.kind == "rebuild-attribution" and not best.display
    assert garbled[: best.start] + best.replacement + garbled[best.end :] == fixed


def _first_kind(text: str) -> tuple[str, bool]:
    stop = text.index(". ")
    found = choose(text, 0, stop, stop + 2, len(text))
    return found[0].kind, found[0].display


@pytest.mark.parametrize("text", [
    "The new line will open in May, he said. The next day.",  # when, not who
    "The bridge will close for two weeks, they said. The toll.",  # a label
    "The river is expected to peak on Friday, it said. The court ruled on Monday.",  # a clause
    "The new line will open in May, the mayor said. The council.",  # no pronoun tag
])
def test_pieces_that_are_no_speaker_are_not_rebuilt(text: str) -> None:
    assert _first_kind(text)[0] != "rebuild-attribution"


def test_institution_the_table_does_not_know_is_only_shown() -> None:
    assert _first_kind("Fares will rise in April, it said. The Board for Harbour Works and Piers.") \
        == ("rebuild-attribution", True) or is_speaker_head("board")


def test_speaker_table_knows_speakers_not_time_words() -> None:
    assert is_speaker_head("police") and is_speaker_head("Company")
    assert not is_speaker_head("day") and not is_speaker_head("toll")
