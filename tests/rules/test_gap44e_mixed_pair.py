"""PU031: a comma and a full stop side by side keep the one mark the next word asks for;
abbreviations' stops and pairs before a capital or an opening quotation mark are left
(our own sentences)."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.document import Document
from repair.rules.punctuation_mixed_pair import comma_and_stop_pair


def _edits(text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.replacement) for e in comma_and_stop_pair.run(Document.from_text(text))]


@pytest.mark.parametrize(("text", "fixed"), [
    ("Two drones were seen over the airfield,.", "Two drones were seen over the airfield."),
    ("The award went to the poet Lena Brandt,.", "The award went to the poet Lena Brandt."),
    ("The road reopened on Friday., a week after the slide.", "The road reopened on Friday, a week after the slide."),
    ("Visitors waited from dawn., most of them families.", "Visitors waited from dawn, most of them families."),
    ("The hall will cost 8 million euros. , half of it from a grant.",
     "The hall will cost 8 million euros, half of it from a grant."),
    ("Buyers can return it for a full refund,. the shop said.",
     "Buyers can return it for a full refund, the shop said."),
    ("They sold carved boxes, woven mats,. silver rings and old coins.",
     "They sold carved boxes, woven mats, silver rings and old coins."),
    ("The market closed early,.  \nTraders went home.", "The market closed early.  \nTraders went home."),
])
def test_pair_collapses_to_the_mark_the_next_word_asks_for(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "The owner, Harbour Foods Corp., wants to build a second shed.",
    "The gates open at 8 a.m., but the queue starts at six.",
    "Rep. Ann Cole, D-Calif., who sits on the panel, agreed.",
    "Bring a tent, a stove, rope, etc., and food for three days.",
    "The figures are approx., not final.",
    "The union's general secretary,. Ida Lund, spoke first.",
    "“We ask for nothing,” she said,. “We only want time.”",
    "Write 0,.5 in the cell, not 0.5.",
    "See https://example.org/a,.b for the list.",
    "The vote was 12-3., With two abstentions.",
    "The count ended late on Sunday. , local radio said.",
    "Turnout was low in the north. , officials added.",
])
def test_abbreviations_capitals_and_code_are_left(text: str) -> None:
    assert _edits(text) == []
