"""glue37: a rarer lower-case word glued to the name after it (GL008): "pianistLeon",
"spokeswomanKarin". A word of Zipf 3 to 3.5 is split off only before a word clean English
writes as a name only; brand spellings, whose tails are everyday words, stay.

Our own sentences, through the whole rule set as ``repair fix --unsafe --no-model`` runs it.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The trio was led by the pianistLeon Varga.", "The trio was led by the pianist Leon Varga."),
        ("The museum said its spokeswomanKarin Holm would answer questions.",
         "The museum said its spokeswoman Karin Holm would answer questions."),
        ("Talks stalled, the union negotiatorMaya Osei said.", "Talks stalled, the union negotiator Maya Osei said."),
        ("The shares of competitorsBMW also fell.", "The shares of competitors BMW also fell."),
    ],
)
def test_word_glued_to_name_is_split(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "He sold the retroFit kit and the pianistDesk app.",
        "She bought an iPhone and sold it on eBay.",
        "Follow @pianistLeon or see example.com/pianistLeon for dates.",
        "The macOS update broke the webKit engine.",
    ],
)
def test_look_alikes_stay(clean: str) -> None:
    assert fix_unsafe(clean) == clean
