"""junk37: picture captions and credits told by their shape (our own sentences).

* a credit line of its own deletes the line above it only when that line shows a picture
  (present tense or no verb); a story sentence above it stays (narrated in the past,
  reported, argued with "if"/"but") and the credit line goes alone (PF001);
* a caption that argues ("... free if ..., but ...") before a bare agency code is a story
  sentence: left alone (PF001);
* credit names in any alphabet's capitals (". Photo: ČTK / Ana Dvořák") (PF001);
* a giver's credit in lower-case brackets closing a line with no stop ("... (provided by the
  company)"), and a credit set off by an equals sign ("... = Photo by Jo Hart") (PF001).

Each has look-alikes that must stay: a story sentence with the same tail, a sentence with a
stop before the bracket, an equation.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

LEAD = "The harbour board approved the new ferry terminal on Monday."
NEXT = "Work on the quay will start in the spring, the chairman said."


def _around(*lines: str) -> str:
    return "\n\n".join((LEAD, *lines, NEXT))


@pytest.mark.parametrize(
    "line",
    [
        "Barley grows on a trial plot near the river. Photo: ČTK / Ana Dvořák",
        "Nurses wait at the gate of the new ward. Photo: Łukasz Żak",
        "The new plant of the chip maker in the northern prefecture (provided by the company)",
        "Residents queue for water in the old town on Sunday (supplied)",
        "A container ship under construction at the yard in the port city = Photo by Jo Hart",
        "Crowds gather at the gate of the old shipyard =Harbour Press",
    ],
)
def test_caption_with_its_credit_goes(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around()


@pytest.mark.parametrize(
    "caption",
    [
        "Crowds gather in the square on Sunday.",
        "Fishermen wrapped in blankets arrive at the harbour.",
        "A man injured in the blast is carried to an ambulance.",
    ],
)
def test_caption_above_its_credit_line_goes_with_it(caption: str) -> None:
    assert fix_unsafe(_around(caption, "Jane Doe/AFP via Getty Images")) == _around()


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was close, with seven members against the plan.",
        "The council approved the budget after a long debate.",
        "Fares are free for children if a parent travels with them, but only on weekdays.",
        "Prices rose sharply in the third quarter.",
    ],
)
def test_story_sentence_above_a_credit_line_stays(sentence: str) -> None:
    assert fix_unsafe(_around(sentence, "Getty Images")) == _around(sentence)


@pytest.mark.parametrize(
    "line",
    [
        # a story sentence with a credit-like tail
        "Families get free school meals (provided by the state).",
        "The school said families got free meals (provided by the state)",
        "The exchange rate was one euro = Dollar Parity",
        # a story sentence that argues, before a bare agency code at the story's end
        "Hearing aids are free for adults if a doctor prescribes them, but waiting times are long. XYZ",
    ],
)
def test_story_sentence_with_a_credit_like_tail_stays(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around(line)


def test_story_sentence_keeps_its_line_when_only_the_credit_goes() -> None:
    line = "The ward opened on Monday, the minister said. Photo: ČTK / Ana Dvořák"
    assert fix_unsafe(_around(line)) == _around("The ward opened on Monday, the minister said.")
