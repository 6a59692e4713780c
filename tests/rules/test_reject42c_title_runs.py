"""reject42c: CA002 lowers a Title Case run as one edit, lowers a dictionary word standing
between two lowered words, and keeps what a name's possessive owns ("Brahms’s Second
Symphony").

Editors took the word-by-word edits only as "right, but the rest of the sentence is still
Title Case" (each edit judged alone left "Member states To Phase"), and rejected lowering a
work's title after its composer's possessive. Our own sentences.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.document import Document
from repair.rules.casing_title import title_case_sentence

_LEAD = "Ports reopened on Monday after the storm.\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("The Harbour Board Has Asked Local Firms To Cut Back Fuel Use That Makes Smoke.",
     "The harbour board has asked local firms to cut back fuel use that makes smoke."),
    # A dictionary word between two lowered words, or after the opening article.
    ("The Banners Are Made Of Woven Paper That Drift Out In The Wind.",
     "The banners are made of woven paper that drift out in the wind."),
    ("Pianist Lena Moor Played Chopin’s Second Concerto And A New Piece By Her Teacher.",
     "Pianist Lena Moor played Chopin’s Second Concerto and a new piece by her teacher."),
    # A country's possessive owns common nouns: they are lowered.
    ("The Two Sides Will Deepen The Links Between Their Firms And Brazil’s Development Strategies In The Region.",
     "The two sides will deepen the links between their firms and Brazil’s development strategies in the region."),
    ("Workers From Lima Repaired The Roof Of The Old Market In Four Days.",
     "Workers from Lima repaired the roof of the old market in four days."),
])
def test_title_case_sentence_lowered(text: str, want: str) -> None:
    assert fixed(_LEAD + text) == _LEAD + want


def test_one_edit_per_run() -> None:
    text = _LEAD + "The Port Of Lima Has Asked Local Firms To Cut Back Fuel Use On 3 Docks."
    edits = list(title_case_sentence.run(Document.from_text(text)))
    # The name ("Port Of Lima") is kept; the rest is one run, its figure included.
    assert [text[e.start : e.end] for e in edits][-1] == "Has Asked Local Firms To Cut Back Fuel Use On 3 Docks"


@pytest.mark.parametrize("text", [
    # Headings and plain prose with names stay as they are.
    "Ministers From Peru Meet In Lima To Expand Trade\n\nThe ministers met on Monday.",
    "He met officials from the World Trade Organization and the International Monetary Fund.",
    _LEAD + "The orchestra played Brahms’s Second Symphony and the Monsoon Concerto.",
    _LEAD + "Their singles include What I Go To School For, Crashed The Wedding and You Said No.",
])
def test_look_alikes_kept(text: str) -> None:
    assert fixed(text) == text
