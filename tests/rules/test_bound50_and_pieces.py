"""A capitalised "And" and a verbless piece after a complete sentence is a coordinate the stop
cut off: FR001 joins it bare. An "And" sentence with a clause, a writer's turn ("And vice
versa."), a piece after a speech tag or with a comma stays. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.stops_and_pieces import verbless_and_piece


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The firm built homes in the north. And along the coast road.",
     "The firm built homes in the north and along the coast road."),
    ("The band played in Cork and Galway. And in Sligo on Saturday night.",
     "The band played in Cork and Galway and in Sligo on Saturday night."),
    ("Farmers said they needed new pumps. And help with the cost of running them.",
     "Farmers said they needed new pumps and help with the cost of running them."),
])
def test_verbless_and_piece_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "He left. And then it rained.",
    "Prices rose faster than in any year since 2008. And supply will keep growing.",
    "The shop sells bread and cakes. And vice versa.",
    "The ferry was late again, she said. And a long queue.",
    "The ferries stopped. And, in the end, the port closed.",
    "The first ferry sailed at noon. And the second at dusk was full.",
    "Two ferries serve the island. And they are always late.",
])
def test_and_sentences_stay(text: str) -> None:
    prev, piece = text.split(". ", 1)
    assert not verbless_and_piece(lexicon.words(prev + "."), lexicon.words(piece), piece)
