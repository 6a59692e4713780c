"""gap44c: AP021 reads a word the ``nouns`` table has not seen after a possessive as the head or
first modifier of a possessed phrase when the owner is a strong one (clean news writes "the
X's" after a determiner at least 20 times and 20 times as often as a plain "the Xs") and the
``after_determiner`` table (``possessive_stats.json.gz``) vouches that the word is no verb.
Our own sentences, beside look-alikes that must stay: plural subjects with their verbs, a verb's
complement, a name or a time phrase next, "-ing" words.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("Half of the worlds rare metals are mined there.", "Half of the world's rare metals are mined there."),
        ("Officials said the states governor would visit on Monday.",
         "Officials said the state's governor would visit on Monday."),
        ("Rain hit the countrys remote villages.", "Rain hit the country's remote villages."),
    ],
)
def test_strong_owner_before_unseen_word_is_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # A plural subject and its verb: "owe", "remain", "own", "lend" follow pronouns in clean news.
        "The firms owe suppliers money.",
        "Most of the states remain divided on the plan.",
        "The countries own most of the shares.",
        "The banks lend less than before.",
        # A verb's complement, a name or a time phrase after the plural.
        "The states plan to vote in June.",
        "The cities Paris and Rome were named.",
        "The states last year spent more.",
        "The governments of both countries met in Oslo.",
        # "-ing" words may be participles.
        "He praised the governments handling the floods.",
        # The possessive already written.
        "Half of the world's rare metals are mined there.",
    ],
)
def test_strong_owner_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text
