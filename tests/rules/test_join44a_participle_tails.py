"""A lower-case verbless piece after a false stop whose only verb is a participle or an
infinitive ("… 22 staff. most of them hired locally.", "… on the island. the first found
there in a decade.", "… rose on Wednesday. the third such cut this month."): SP001 joins it
with a comma and CA003 does not capitalise it (a capital sealed a fragment). A participle
after a duration ("… for 60 hours. sleeping in their cabs.") is joined with a comma too.
Look-alikes with a finite verb of their own keep today's output. Our own sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES
from repair.rules.participle_tail_pieces import participle_tail_piece

UNSAFE = Policy(min_safety=Safety.UNSAFE)


def _one_pass(text: str) -> str:
    doc = Document.from_text(text)
    return apply_edits(text, [e for r in ALL_RULES for e in r.run(doc)], UNSAFE).text


@pytest.mark.parametrize(("before", "piece"), [
    ("The charity trained 60 nurses last year", "most of them hired abroad."),
    ("The museum bought 40 paintings", "some of them painted in the 1880s."),
    ("Rangers counted 300 wolves in the park", "many of them born this spring."),
    ("The library lent out 900 maps", "some of them made more than a century ago."),
    ("The port employs 300 dockers", "most of them recruited from nearby towns."),
])
def test_a_part_of_phrase_with_a_participle_is_joined_with_a_comma(before: str, piece: str) -> None:
    assert _one_pass(f"{before}. {piece}\n") == f"{before}, {piece}\n"


@pytest.mark.parametrize(("before", "piece"), [
    ("The storm hit the coast on Monday", "the strongest ever recorded in the region."),
    ("A rare bird was spotted on the lake", "the first seen there since 1990."),
    ("The crew rescued a whale on Sunday", "the second to be freed this month."),
    ("Police seized 40 kilograms of cocaine", "the largest found in the port."),
    ("Divers found a wreck off the cape", "the first to be discovered there in decades."),
    ("Lenders raised rates again on Friday", "the fourth such rise this year."),
])
def test_a_ranked_phrase_with_a_participle_is_joined_with_a_comma(before: str, piece: str) -> None:
    assert _one_pass(f"{before}. {piece}\n") == f"{before}, {piece}\n"


@pytest.mark.parametrize(("before", "piece"), [
    ("Workers queued at the gate for five hours", "waiting for their pay."),
    ("Fishermen stayed at sea for three days", "sheltering from the storm."),
    ("Drivers waited at the border for 60 hours", "sleeping in their cabs."),
    ("The families camped outside the court for weeks", "hoping for a hearing."),
    ("Volunteers searched the forest for two days", "calling the boy's name."),
])
def test_a_participle_after_a_duration_is_joined_with_a_comma(before: str, piece: str) -> None:
    assert _one_pass(f"{before}. {piece}\n") == f"{before}, {piece}\n"


@pytest.mark.parametrize("text", [
    "The club signed 12 players. Most of them ended in draws.\n",  # a finite past ("ended" rarely after "be")
    "The firm sold 300 flats. Most of them were bought by investors.\n",  # an auxiliary
    "The race began on Friday. The last train left at noon.\n",  # a noun, then its verb
    "The shop opened in May. eBay bought it in June.\n",  # a brand's own lower case
    "Farmers hired 20 workers. Most of them hired lawyers later.\n",  # an object: a finite verb
])
def test_a_piece_with_its_own_finite_verb_keeps_todays_output(text: str) -> None:
    lowered = text.replace(". Most", ". most").replace(". The last", ". the last")
    assert _one_pass(lowered) == text


@pytest.mark.parametrize(("piece", "expected"), [
    ("most of them hired locally", True),
    ("some of them made more than 60 years ago", True),
    ("the first found there in a decade", True),
    ("the highest ever recorded there in July", True),
    ("the first to be found there this year", True),
    ("the third such cut this month", True),
    ("most of them hired lawyers", False),
    ("some of them made more than 60 cars", False),
    ("most of them ended in draws", False),
    ("most of them were hired locally", False),
    ("the first found the body", False),
    ("the last train left at noon", False),
    ("the third such cut was announced", False),
    ("the first woman elected to the board was a teacher", False),
    ("the first thing the board did", False),
    ("the highest since 2013", False),  # verbless, but no participle: the older shapes' case
])
def test_participle_tail_piece_shapes(piece: str, expected: bool) -> None:
    assert participle_tail_piece(piece.split()) is expected
