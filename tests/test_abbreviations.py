"""Abbreviation stops in the Document: no false sentence boundary, and MT false stops kept."""

from __future__ import annotations

import pytest

from repair.document import Document


def _sentences(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [doc.sentence_text(s) for s in doc.sentences]


@pytest.mark.parametrize("text", [
    "The firm was set up in Eugene, Ore. in 2001 by two friends.",
    "She landed in San Jose, Calif. on Sunday.",
    "Marchers filled Constitution Ave. near the museum.",
    "Brig. Gen. Omar Diaz and Lt. Col. Ana Ruiz spoke.",
    "Sen. Ann Lee (D-Calif.) and Sen. Bo Park (R-Wash.) voted no.",
    "Acme Corp. shares rose and Widget Inc. fell.",
    "The talks ended at 9 p.m. on Friday.",
    '"Why now?" asked the mayor.',
])
def test_abbreviation_or_quoted_question_is_not_a_boundary(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize("text,expected", [
    ("The plant is in Springfield, Ill. The owners are local.",
     ["The plant is in Springfield, Ill.", "The owners are local."]),
    # A lower-case common word before the stop is not an abbreviation: the MT false stop stays visible.
    ("He fell ill. in the spring he recovered.", ["He fell ill.", "in the spring he recovered."]),
    ("Talks resumed. in the capital.", ["Talks resumed.", "in the capital."]),
])
def test_real_and_false_stops_still_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
