"""A part-of phrase a false stop cut off ("… 300 homes. most of which were built …", "… 40
people. most of them injured."): SP001 joins it with a comma and CA003 does not capitalise it;
a part-of phrase with a finite verb of its own is a sentence that lost its capital. Our own
sentences."""

from __future__ import annotations

import pytest

from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES
from repair.rules.casing_cut_pieces import part_of_piece

UNSAFE = Policy(min_safety=Safety.UNSAFE)


def _one_pass(text: str) -> str:
    doc = Document.from_text(text)
    return apply_edits(text, [e for r in ALL_RULES for e in r.run(doc)], UNSAFE).text


@pytest.mark.parametrize(("before", "piece"), [
    ("The storm damaged 300 homes", "most of which were built before 1950."),
    ("Heavy rain has swollen the rivers", "some of which flooded farms near the border."),
    ("Police questioned 40 people after the match", "some of whom were later released."),
    ("The firm hired 200 workers in March", "all of whom started last week."),
    ("The charity said it had fed more than 1,200 families since March", "many of them displaced."),
    ("Rescuers pulled 40 people from the rubble on Sunday", "most of them injured."),
])
def test_a_part_of_phrase_is_joined_with_a_comma(before: str, piece: str) -> None:
    assert _one_pass(f"{before}. {piece}\n") == f"{before}, {piece}\n"


@pytest.mark.parametrize(("before", "piece"), [
    ("The council approved 15 projects this year", "many of them were delayed by the rain."),
    ("The team played 30 games last season", "most of them ended in draws."),
    ("The museum holds 2,000 paintings", "some of them have never been shown."),
])
def test_a_part_of_phrase_with_its_own_verb_is_a_sentence(before: str, piece: str) -> None:
    assert _one_pass(f"{before}. {piece}\n") == f"{before}. {piece[0].upper()}{piece[1:]}\n"


@pytest.mark.parametrize(("piece", "expected"), [
    ("most of which were built before 1950.", True),
    ("some of whom were later released.", True),
    ("many of them displaced.", True),
    ("most of them badly damaged.", True),
    ("most of them ended in draws.", False),
    ("many of them were injured.", False),
    ("many of the injured.", False),
    ("the most of which.", False),
    ("most of them.", False),
])
def test_part_of_piece_shapes(piece: str, expected: bool) -> None:
    assert part_of_piece(piece) is expected
