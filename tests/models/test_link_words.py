"""models.link_words: the link word between a head and a determiner, a determiner straight
after a head, and the link word before a bare follower, on our own sentences."""

from __future__ import annotations

from models.link_words import BARE, BARE_NOUN, count


def test_count_reads_links_and_bare_determiners() -> None:
    after, before = count([
        "She was named head of the agency. He expected a rise in the rate.",
        "The head of the union spoke. A shortage of trained staff was reported.",
        "They plan to build the road.",
    ])
    assert after["head"]["of"] == 2
    assert after["expected"][BARE] == 1
    assert after["shortage"][BARE_NOUN + "of"] == 1 and before["trained"]["of"] == 1
    assert after["rise"]["in"] == 1
    assert BARE_NOUN + "to" not in after["plan"]  # "to" before a bare word: an infinitive's
