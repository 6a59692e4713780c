"""glue37: other scripts' marks in English prose (EN008): a Turkish dotless "ı" inside English
words, Arabic-Indic and Persian digits and the Arabic percent sign, a direction mark beside a
figure, a zero-width space between a word and a figure; and a capital Greek Iota or Ukrainian
"І" inside a Latin sentence mapped to "I", not "l" (EN002).

Our own sentences, through the whole rule set as ``repair fix --unsafe --no-model`` runs it,
beside look-alikes that must stay: Turkish names, Arabic text with its own digits.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("The canal is one of the bus\u0131est \u0131n the world, the agency said.",
         "The canal is one of the busiest in the world, the agency said."),
        ("The yard builds chem\u0131cal tankers.", "The yard builds chemical tankers."),
        ("The museum opened in \u06f1\u06f9\u06f9\u06f8 after a long delay.",
         "The museum opened in 1998 after a long delay."),
        ("Entries came from \u0661\u0662 countries this year, the jury said.",
         "Entries came from 12 countries this year, the jury said."),
        ("Exports rose 14\u066a in the first half of the year.", "Exports rose 14% in the first half of the year."),
        ("It owes lenders about 310\u200f million dollars.", "It owes lenders about 310 million dollars."),
        ("Agents found about\u200b$250,000 in cash in the car.", "Agents found about $250,000 in cash in the car."),
        ("\u0399n Corfu the ferry was late again on Monday.", "In Corfu the ferry was late again on Monday."),
    ],
)
def test_other_script_marks_are_mended(garbled: str, fixed: str) -> None:
    assert fix_unsafe(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "The opposition leader K\u0131l\u0131\u00e7daro\u011flu spoke in Ankara on Tuesday.",
        "Fans of I\u015f\u0131k University and S\u0131rr\u0131 S\u00fcreyya \u00d6nder gathered in the square.",
        "The banner read \u0627\u0644\u0639\u062f\u062f \u0661\u0663\u0663 above the gate of the old school.",
        "The filter passes particles of 5 \u03bcm and larger, the maker said.",
    ],
)
def test_look_alikes_stay(clean: str) -> None:
    assert fix_unsafe(clean) == clean
