"""A capitalised "A"/"An" noun phrase with no verb after a complete sentence is a false stop:
clean news (train split) writes a verbless "A" sentence of three words or more almost never.
FR001 joins it with a comma. A time, a count, a two-word gloss, a clause (also one whose main
verb follows a relative clause) stay. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules.stops_indefinite_asides import capitalised_indefinite_aside


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The ferry left the island at noon on Friday. A three-hour crossing in heavy seas.",
     "The ferry left the island at noon on Friday, a three-hour crossing in heavy seas."),
    ("Most pupils board on the mainland. A two-hour ferry ride away.",
     "Most pupils board on the mainland, a two-hour ferry ride away."),
    ("His apprentice is Ana Ruiz, 23. A carpentry graduate from Cork.",
     "His apprentice is Ana Ruiz, 23, a carpentry graduate from Cork."),
    ("The ferry sank in the storm. A tragedy that shocked the island.",
     "The ferry sank in the storm, a tragedy that shocked the island."),
    ("The museum bought the painting in 1998. An early work by a local artist.",
     "The museum bought the painting in 1998, an early work by a local artist."),
])
def test_verbless_indefinite_piece_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "He left. Then it rained.",
    "The team lost again. A farce.",
    "The mayor resigned on Monday. A week later.",
    "The plant shut in May. A spokesman for the firm declined to comment.",
    "The river burst its banks. A ship that left port on Friday is being tracked.",
    "The council approved the plan. A further 20 in hospital.",
    "Two ferries serve the island. The first sailed at noon.",
    "The ferries run hourly. A return ticket costs 12 euros.",
])
def test_real_sentences_and_look_alikes_stay(text: str) -> None:
    prev, piece = text.split(". ", 1)
    assert not capitalised_indefinite_aside(lexicon.words(prev + "."), lexicon.words(piece))


@pytest.mark.parametrize("text", [
    "Officials had done little to stop the slide. A weak dollar helps boost exports.",
    "Output rose to 58.6 last month. A reading above 50 indicates growth.",
    "The top ten was complete. A mix of heavy metal, punk and pop.",
    "Makers will offer both. An MP3 player, anyone?",
    "The police searched the pond. A witness, who was fishing, saw the car.",
    "The report was delayed again. A public inquiry opens in March.",
    "The line closed after the storm. A spokeswoman for the rail operator.",
])
def test_clauses_questions_and_comma_pieces_stay(text: str) -> None:
    assert _fixed(text) == text


def test_after_dangling_word_not_read() -> None:
    assert not capitalised_indefinite_aside(lexicon.words("were called back, according to."),
                                            lexicon.words("A study of 900 screenings."))
