"""prec22b: worsened segments and false changes on kinds_g/l/m/n/o, narrowed to their kind.

- A gerund subject and its finite verb ("Smuggling stays a lucrative trade.") is a sentence,
  not a participle phrase cut off the sentence before: FR003 no longer joins it with a comma
  (a linking verb, or a present "-s" verb before a determiner, after the "-ing" word). A
  participle with two objects ("Giving families a week …") is still joined.

Every case is our own text, run through the whole rule set as ``repair fix --unsafe
--no-model`` runs it, next to the damaged look-alike where the edit is right and stays.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    "text",
    [
        # A gerund subject with its finite verb.
        "The dam was finished in 2019. Dredging keeps the channel open for barges.",
        "Rents rose again. Commuting seems the only option for young nurses.",
        "Stocks fell on Friday. Gardening helps a lot of people through the winter.",
        "The park lost half its elephants in a decade. Smuggling stays a lucrative trade along the border.",
    ],
)
def test_kept(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        # A participle phrase, with two objects or one, still joined with a comma.
        ("The army ordered an evacuation. Giving families a week to leave their homes.",
         "The army ordered an evacuation, giving families a week to leave their homes."),
        ("The union called a strike. Cutting costs by a fifth.",
         "The union called a strike, cutting costs by a fifth."),
    ],
)
def test_fixed(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed
