"""quotes37: marks a right-to-left pivot leaves: mirrored brackets (PU028) and Hebrew's
gershayim for quotation marks (QM036).

A Hebrew or Arabic pivot mirrors a bracket's glyph with the writing direction (" )ISA(" for
" (ISA)"), and PU003 used to take the blank before the turned closing bracket for a space
inside a bracket and glue the word to it ("Agency)ISA("). A Hebrew pivot writes its
gershayim (״, an abbreviation's mark inside a word) where English has quotation marks. Our
own sentences, through the whole engine (``repair fix --unsafe`` without the model), with
look-alikes that must be left alone.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

G = "\u05f4"


@pytest.mark.parametrize(("text", "want"), [
    ("The radar was built by the Israel Space Agency )ISA(.", "The radar was built by the Israel Space Agency (ISA)."),
    ("The office )CSO( said prices rose.", "The office (CSO) said prices rose."),
    ("The index )a measure of prices( rose in May.", "The index (a measure of prices) rose in May."),
    (")Reuters( The talks ended.", "(Reuters) The talks ended."),
])
def test_mirrored_brackets_turned_back(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The radar was built by the Israel Space Agency (ISA).",
    "Options (a)and (b) differ.",  # PU026's, not turned round
    "Goals by Aksoy (23.) and Hartl (67.) won it.",
])
def test_brackets_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    (f"{G}We have a healthy boat,{G} the captain told reporters. {G}Now the long trip begins.{G}",
     "“We have a healthy boat,” the captain told reporters. “Now the long trip begins.”"),
    (f"The union called the offer {G}an insult{G} and walked out.",
     "The union called the offer “an insult” and walked out."),
    # a text that quotes with straight marks keeps them
    (f'"We are ready," the coach said.\n\nThe board called the bid {G}too low{G}.',
     '"We are ready," the coach said.\n\nThe board called the bid "too low".'),
])
def test_gershayim_become_quotation_marks(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "The army (\u05e6\u05d4\u05f4\u05dc) said so.",  # an abbreviation's mark inside a Hebrew word
    f"He wrote 5{G} of text.",  # one mark, no pair
    f"{G}We have a healthy boat, the captain said and left the bridge.",  # left open: no pair to read
])
def test_gershayim_left_alone(text: str) -> None:
    assert fixed(text) == text
