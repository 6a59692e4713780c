"""words27: apostrophes decided by word pairs learned from clean English (AP017 "it's" before a
word only "its" takes, AP018 "cant"/"wont" before a verb's base form) and the possessive
spacing shapes (AP019: "Harwell’ s", "the workers's").

Our own sentences, through the whole rule set as ``repair fix --unsafe --no-model`` runs it,
beside look-alikes that must stay: "it's" before a predicate, the nouns "wont" and "cant",
singulars and names ending in "s".
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The council said it's budget for next year would shrink.",
         "The council said its budget for next year would shrink."),
        ("The firm reported it's profit fell 10 percent.", "The firm reported its profit fell 10 percent."),
        ("The insurer said the policy wont cover flood damage.",
         "The insurer said the policy won't cover flood damage."),
        ("Small firms cant afford the new fees, the group said.",
         "Small firms can't afford the new fees, the group said."),
        ("Shares of Harwell’ s parent company fell.", "Shares of Harwell’s parent company fell."),
        ("The nurses's main demand was pay.", "The nurses' main demand was pay."),
    ],
)
def test_learned_and_shaped_apostrophes_are_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The council said it's likely to vote next week.",
        "He said it's time to act.",
        "The mayor said it's important to wait.",
        "She was wont to walk by the river.",
        "He dismissed the speech as political cant.",
        "The boss's car and the virus's spread were news.",
        "James's house is near the river.",
    ],
)
def test_look_alikes_are_left(text: str) -> None:
    assert fix_unsafe(text) == text
