"""GR001: a doubled "be"/"have" form or "its" that may hide another word is shown, not
applied; the plain stutters are still joined. Our own sentences."""

from __future__ import annotations

import pytest

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES

GR001 = next(r for r in ALL_RULES if r.code == "GR001")


def _edits(text: str) -> list[tuple[str, Safety]]:
    return [(e.replacement, e.safety) for e in GR001.run(Document.from_text(text))]


@pytest.mark.parametrize("text", [
    "The port said as part of the deal is is expected to close in May.",  # "it is"
    "The group plans to raise market shares its its three main units.",  # "in its"
    "The fund said it had seen some buying of its stock has has received offers.",  # "and has"
    "Officials said the toll on the bridge were were raised twice.",
    "Two of the ferries have have been sold.",
])
def test_double_that_may_hide_another_word_is_shown(text: str) -> None:
    assert [safety for _, safety in _edits(text)] == [Safety.DISPLAY]


@pytest.mark.parametrize("text", [
    "The firm said it has has asked for a review.",
    "The levy, which has has angered farmers, starts in May.",
    "They are are not ready to sign.",
    "The board said its its new chief starts in May.",
    "The unit carries out its its work at night.",
    "The plan would would cut costs.",
    "The the board will vote in June.",
])
def test_plain_stutter_is_still_applied(text: str) -> None:
    edits = _edits(text)
    assert len(edits) == 1 and edits[0][1] is not Safety.DISPLAY  # the rule's measured safety
