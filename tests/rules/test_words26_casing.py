"""words26: casing repairs that carry to any writer (our own sentences).

Two kinds: a small word capitalised between lower-case words that CA001's links did not
cover ("longer Than", ", Not to", a preposition before a one-word name: "a briefing In
Porto that"), and an ordinary word capitalised where the main clause opens after a short
introductory phrase ("Since May, Nurses have": CA019's clause slot). Each with titles and
names of the same look that must keep their capitals. Read from the whole engine (``repair
fix --unsafe`` without the model).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


@pytest.mark.parametrize(("text", "want"), [
    ("Rents in the north rose faster Than wages last year.", "Rents in the north rose faster than wages last year."),
    ("The goal is to warn, Not to frighten, the minister said.",
     "The goal is to warn, not to frighten, the minister said."),
    ("The envoy met officials At Geneva on Monday.", "The envoy met officials at Geneva on Monday."),
    ("Prices will rise again By April, analysts said.", "Prices will rise again by April, analysts said."),
    ("The striker was sold to a club From Leeds for 4 million pounds.",
     "The striker was sold to a club from Leeds for 4 million pounds."),
])
def test_small_word_capitalised_between_lower_case_words(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "She starred in In Bruges and later in other films.",
    "The band closed with Stand By Me and left.",
    "They watched the film In Bruges on Friday.",
    "Fans sang Born In Texas all night.",
    "He said it was Not In My Back Yard politics.",
    "The comic won praise for her In Stitches show in 2003.",
    "The union's pamphlet, In Defence of Work, sold well.",
])
def test_titles_and_names_keep_their_capitals(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("Since May, Teachers have staged four strikes over pay.",
     "Since May, teachers have staged four strikes over pay."),
    ("After the floods, Insurers in the region raised their premiums.",
     "After the floods, insurers in the region raised their premiums."),
    ("OSLO — During the storm, Roads in the west were closed for hours.",
     "OSLO — During the storm, roads in the west were closed for hours."),
])
def test_ordinary_word_capitalised_after_introductory_phrase(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "In May, Teachers Union leaders met the minister.",
    "Since 2020, Lenders Trust has run the fund.",
])
def test_labels_and_names_after_a_comma_left(text: str) -> None:
    assert fixed(text) == text
