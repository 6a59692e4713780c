"""quotes37: a quotation that lost its opening mark after a quotation whose marks are right.

QM015 read a closing mark that nothing opened as a lost opening mark only when it was the
paragraph's first mark: "The board called the bid “too low”. We will not sell,” the chairman
said." kept its stray closing mark. After quotations whose marks pair “ with ”, the rest of
the paragraph is now read as a paragraph of its own: the opening mark goes at a sentence
start after the last of them, where :func:`repair.rules.quote_starts.quotation_start` reads
the speech to begin. Shapes read from the whole engine (``repair fix --unsafe`` without the
model) on our own sentences, next to look-alikes that must be left alone.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

from repair.rules.quote_commas import _paragraph_edits


@pytest.mark.parametrize(("text", "want"), [
    ("The board called the bid “too low”. We will not sell at that price,” the chairman said.",
     "The board called the bid “too low”. “We will not sell at that price,” the chairman said."),
    ("The mayor said the plan was “not the first choice”, but it could not be ruled out. "
     "We will not raise the rates twice in one year,” she said.",
     "The mayor said the plan was “not the first choice”, but it could not be ruled out. "
     "“We will not raise the rates twice in one year,” she said."),
    # a closing mark after its quotation's stop, before a tag in lower case
    ("Residents called the move “a disgrace”. Nobody asked us about the road.” said Ana Ruiz.",
     "Residents called the move “a disgrace”. “Nobody asked us about the road,” said Ana Ruiz."),
    # two pairs before it, the tag's comma outside the lost quotation's closing mark
    ("The club called it “fair” and “final”. The players will stay”, the coach told reporters.",
     "The club called it “fair” and “final”. “The players will stay,” the coach told reporters."),
    # a whole quotation and its tag before: the speaker's second quotation lost its mark
    ("“We are ready,” the captain said. We have trained for months,” she added.",
     "“We are ready,” the captain said. “We have trained for months,” she added."),
])
def test_lost_opening_after_a_right_pair(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # no sentence start between the pair and the closing mark: where the speech began is unknown
    "He called the plan “a farce”, and we will fight it,” she said.",
    # a quotation still open: its own closing mark
    "The board called the bid “too low. We will not sell at that price,” the chairman said.",
    # a quotation after the pair that opens properly
    "The board called the bid “too low”. “We will not sell at that price,” the chairman said.",
    # an inch mark after a figure, not a quotation
    "The firm called the screen “small”. It measures 6 feet 2” said the buyer.",
])
def test_left_alone(text: str) -> None:
    assert fixed(text) == text


def test_turned_pair_before_keeps_the_old_reading() -> None:
    """A pair whose opening mark is turned (”…”) is no quotation read right: a closing mark
    after it is not taken for a lost opening mark (QM006 and the paragraph loop read it)."""
    text = "He called it ”too low”. We will not sell,” he said."
    edits = list(_paragraph_edits(text, 0, len(text)))
    assert all(replacement != "“" or start == text.index("”") for start, _, replacement, _, _ in edits)


def test_quotation_open_before_the_paragraph() -> None:
    """A quotation open before the paragraph may be the one a closing mark ends: left alone,
    even after a pair in the paragraph."""
    text = "The bid was “too low”. We will not sell,” the chairman said."
    assert list(_paragraph_edits(text, 0, len(text), open_before=True)) == []
