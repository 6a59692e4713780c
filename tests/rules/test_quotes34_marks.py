"""quotes34: a closing mark standing where a quotation opens after its tag sentence (QM006),
and a closing mark after a tag's comma that closes nothing (QM033).

Read from the whole engine (``repair fix --unsafe`` without the model) on our own sentences,
next to look-alikes that must be left alone: a quotation that really continues, an inch
mark, a turned opening mark whose quotation closes later, a title in quotes.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# QM006: "…,” said X. ” Word …”" -> "“Word …”".
@pytest.mark.parametrize(("text", "want"), [
    ("“The road flooded,” said a baker, Ana Ruiz. ” Our oven was under water.”",
     "“The road flooded,” said a baker, Ana Ruiz. “Our oven was under water.”"),
    ("“We were lucky,” the pilot told reporters. ” Nobody was hurt, and the plane is fine.”",
     "“We were lucky,” the pilot told reporters. “Nobody was hurt, and the plane is fine.”"),
    ("The coach was blunt: ” We played badly.”",
     "The coach was blunt: “We played badly.”"),
    ("“Prices will rise,” the trader warned. ” Nobody can stop that,” he added.",
     "“Prices will rise,” the trader warned. “Nobody can stop that,” he added."),
])
def test_closing_mark_that_opens_is_turned(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # no closing mark after it: nothing says it opens a quotation
    "“We won,” she said. ” The crowd went home.",
    # an opening mark comes next: the spaced mark is something else
    "“We won,” she said. ” “Yes,” he said.",
    # an inch mark after a number
    "The pipe is 6 ” wide, the plumber said.",
    # a title in quotes
    "The film “Rain Falls” won, the jury said.",
])
def test_spaced_closing_mark_look_alikes_are_left(text: str) -> None:
    assert fixed(text) == text


def test_spaced_mark_that_closes_an_open_quotation_still_closes() -> None:
    # the quotation is open: its spaced mark closes it (another rule takes the space out)
    assert fixed("He said: “We won. ” The crowd cheered.") == "He said: “We won.” The crowd cheered."


# QM033: "…,” said Mayor X,” at the launch." -> the stray mark goes.
@pytest.mark.parametrize(("text", "want"), [
    ("“The bridge is safe,” said city engineer Tom Hale,” at a briefing.",
     "“The bridge is safe,” said city engineer Tom Hale, at a briefing."),
    ("“We need more nurses,” said Health Minister Mara Okoye,” of the northern region.",
     "“We need more nurses,” said Health Minister Mara Okoye, of the northern region."),
    ("“Will it last?” asked farmer Jon Berg,” who has lost two harvests.",
     "“Will it last?” asked farmer Jon Berg, who has lost two harvests."),
])
def test_closing_mark_after_tag_comma_goes(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a turned opening mark: its quotation closes later on the line
    "“No,” she said,” we will never sign.”",
    # the tag's comma before the rest of the quotation
    "“It is safe,” said Tom Hale, “at least for now.”",
    # a quoted phrase in the narration after the tag
    "“It is safe,” said Tom Hale, who called the bridge “the best in town.”",
    # no verb of saying before the mark
    "“Come in,” the sign on the door of Tom Hale,” at the back.",
])
def test_closing_mark_after_tag_comma_look_alikes_are_left(text: str) -> None:
    assert fixed(text) == text


# QM025: a quoted sentence in straight marks in a line that quotes with curly ones.
@pytest.mark.parametrize(("text", "want"), [
    ("“We will win,” said the coach. \"We are ready.\"", "“We will win,” said the coach. “We are ready.”"),
    ("The coach said: “We won.” \"Next year we go again,\" he added.",
     "The coach said: “We won.” “Next year we go again,” he added."),
    ("“Rain is coming,” the farmer said. \"Will the dam hold?\"",
     "“Rain is coming,” the farmer said. “Will the dam hold?”"),
])
def test_straight_quoted_sentence_among_curly_marks_turns_curly(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a word quoted inside a sentence
    "The sign read \"closed\" and “open” on two doors.",
    # a text that quotes with straight marks only
    "\"We will win,\" said the coach. \"We are ready.\"",
    # a title in straight marks, no stop inside it
    "“We loved it,” she said. \"Rain Falls\" won the prize.",
    # an inch mark makes a third straight mark on the line
    "“We won,” she said. He is 6'2\" tall. \"It helps.\"",
])
def test_straight_quoted_sentence_look_alikes_are_left(text: str) -> None:
    assert fixed(text) == text


# QM003: an opening mark used to close a quotation before its tag is no quotation left open.
@pytest.mark.parametrize(("text", "want"), [
    ("“A bus that runs at night is a night bus,“ he wrote. “Being late does not make it quieter.”",
     "“A bus that runs at night is a night bus,” he wrote. “Being late does not make it quieter.”"),
    ("“Who pays for the repairs?“ asked a tenant. “Nobody has told us.”",
     "“Who pays for the repairs?” asked a tenant. “Nobody has told us.”"),
])
def test_turned_closing_mark_before_tag_keeps_next_opening_mark(text: str, want: str) -> None:
    assert fixed(text) == want


def test_opening_mark_inside_open_quotation_still_goes() -> None:
    assert fixed("Ruiz said: “The river rose fast. “Nobody had time to leave.”") == \
        "Ruiz said: “The river rose fast. Nobody had time to leave.”"


def test_turned_closing_mark_before_tag_comma_keeps_next_opening_mark() -> None:
    text = "“It is rare to find boats this old outside the museums“, said the diver, Ana Ruiz. “This one is whole.”"
    assert "Ana Ruiz. “This one is whole.”" in fixed(text)


# QM008: a low opening mark whose next mark is an English opening one after a blank.
@pytest.mark.parametrize(("text", "want"), [
    ("„We will rebuild, the mayor, Ana Ruiz, said. „But it will take two years or more”.",
     "“We will rebuild,” the mayor, Ana Ruiz, said. “But it will take two years or more.”"),
    ("„The pier is safe, the engineer told reporters. “It will reopen on Friday.”",
     "“The pier is safe,” the engineer told reporters. “It will reopen on Friday.”"),
])
def test_low_mark_before_next_quotations_opening_mark(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a German pair closed glued to its last word is one quotation
    ("„We have done our part“, said the coach.", "“We have done our part,” said the coach."),
    ("The play „Faust“ was staged again.", "The play “Faust” was staged again."),
])
def test_low_high_pairs_still_pair(text: str, want: str) -> None:
    assert fixed(text) == want
