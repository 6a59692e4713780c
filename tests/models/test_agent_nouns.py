"""models.agent_nouns: heads of noun phrases after a preposition, and those after "by", on
our own sentences."""

from __future__ import annotations

from models.agent_nouns import count


def test_count_reads_the_phrase_head() -> None:
    by, seen = count([
        "The plan was approved by the city council. The ferry sailed to the port at noon.",
        "Police were called to the port. The law was passed by parliament.",
    ])
    assert by["council"] == 1 and seen["council"] == 1
    assert by["port"] == 0 and seen["port"] == 2
    assert seen["city"] == 0  # a modifier, not the head
