"""quotes27: a speech tag shut inside its own quotation's marks (QM032).

Read from the whole engine (``repair fix --unsafe`` without the model) on our own sentences,
next to look-alikes that must be left alone: a quotation with its own tag after it, a quoted
phrase inside narration, a speaker reporting someone else, two tags in one quotation.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# QM032: a tag shut inside its own quotation's marks.
@pytest.mark.parametrize(("text", "want"), [
    ("“Our nets are empty, he said, but we cannot stop fishing now.”",
     "“Our nets are empty,” he said, “but we cannot stop fishing now.”"),
    ("Rain fell. “The ferry will run again in May, said the harbour master, Ines Berg.”",
     "Rain fell. “The ferry will run again in May,” said the harbour master, Ines Berg."),
    ("“We trained for six years. This is the best night of our lives, said captain Rui Costa”.",
     "“We trained for six years. This is the best night of our lives,” said captain Rui Costa."),
    ("“The school stays open, the head teacher said. Nobody will lose a place.” Rain fell.",
     "“The school stays open,” the head teacher said. “Nobody will lose a place.” Rain fell."),
    ("The mayor spoke first.\n\n“The pier is safe, she told reporters. It will reopen on Friday.”",
     "The mayor spoke first.\n\n“The pier is safe,” she told reporters. “It will reopen on Friday.”"),
])
def test_tag_inside_its_quotation_goes_outside(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # the quotation's own tag follows it: a tag inside is the speaker's words
    "“My father, he said, was a fisherman,” the captain told reporters.",
    # a quoted phrase inside narration, not a quotation of whole sentences
    "The banner read “Stay home, the mayor said” in red letters.",
    # a report in the speaker's words: the speaker reports someone else
    "“He told us the pier would reopen, the engineer said.”",
    # two tags: not one quotation with its tag inside
    "“We lost, the coach said. We lost, the captain said.”",
    # a tag in the right place already
    "“The pier is safe,” she told reporters. “It will reopen on Friday.”",
])
def test_tag_inside_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text


# QM033: a closing mark after the stop of a tag that follows a closed quotation.
@pytest.mark.parametrize(("text", "want"), [
    ("“The pumps were never checked,” Ines Berg said.”", "“The pumps were never checked,” Ines Berg said."),
    ("“Where is the money?” a tenant asked on Monday.”\n\nRain fell.",
     "“Where is the money?” a tenant asked on Monday.\n\nRain fell."),
    ('"We sold every seat," the club\'s secretary told local radio." The season starts in May.',
     '"We sold every seat," the club\'s secretary told local radio. The season starts in May.'),
])
def test_stray_mark_after_a_tag_goes(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # the speech goes on after the tag and opens again
    "“The pumps were never checked,” Ines Berg said. “Nobody came.”",
    # a quoted word inside the tag's clause, with its own opening mark
    "“It is over,” she said, calling the deal “final.”",
    # a tag closing the paragraph, no mark after its stop
    "“The pumps were never checked,” Ines Berg said.\n\nRain fell.",
])
def test_stray_mark_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ('Rain fell.\n"Our nets are empty, he said, but we cannot stop fishing now."',
     'Rain fell.\n"Our nets are empty," he said, "but we cannot stop fishing now."'),
    ('Rain fell. "The ferry runs again in May, the harbour master said."\n\nRain fell.',
     'Rain fell. "The ferry runs again in May," the harbour master said.\n\nRain fell.'),
])
def test_tag_inside_a_straight_quotation_goes_outside(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # the straight mark closes a quotation opened before it on the line
    'He said "no. The ferry runs again in May, the harbour master said." Rain fell.',
    '"We won," she said. "The pier is safe," she added.',
])
def test_straight_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text
