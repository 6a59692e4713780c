"""QM003 must not delete a rightful opening mark after a quotation whose closing mark was
turned (“…,“ said X. “Now …” / called it “modest“. “It …”): a turned closing mark opens
nothing, even where the quotation's own opening mark was turned too. Our own sentences;
the rule's inner-mark deletion on a quotation that really is still open stays."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.rules.speech_quote_ends import turned_close


@pytest.mark.parametrize(("text", "want"), [
    ("”I sold the car because they said it was broken,“ said a driver, a nurse who asked not to be named. "
     "“Now they want me to pay for it.”",
     "“I sold the car because they said it was broken,” said a driver, a nurse who asked not to be named. "
     "“Now they want me to pay for it.”"),
    ("A doctor in Bergen called the results “helpful but small“. “It is a start,” she said.",
     "A doctor in Bergen called the results “helpful but small”. “It is a start,” she said."),
    ("The mayor called the plan “bold“; “We will see,” a rival said.",
     "The mayor called the plan “bold”; “We will see,” a rival said."),
])
def test_rightful_opening_mark_is_kept(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "pos", "want"), [
    ("called it “modest“. “It", 17, True),   # before a stop
    ("“Fine,“ he said.", 6, True),          # before a blank, after a comma
    ("called it “modest“. “It", 20, False),  # opens a word
    ("a “word", 2, False),
])
def test_turned_close(text: str, pos: int, want: bool) -> None:
    assert text[pos] == "“"
    assert turned_close(text, pos) is want


def test_inner_mark_of_open_quotation_still_dropped() -> None:
    assert fixed("Ruiz said: “The river rose fast. “Nobody had time to leave.”") == \
        "Ruiz said: “The river rose fast. Nobody had time to leave.”"
