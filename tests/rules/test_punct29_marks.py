"""punct29: commas, spaces and quotation marks around a quotation's ends (QM034, QM035, GL017, GL003, GL006).

Read from the whole engine (``repair fix --unsafe`` without the model) on our own sentences,
next to look-alikes that must be left alone: British copy that sets its punctuation outside
the closing marks throughout, a quoted fragment or title inside a sentence, inch marks,
decimal points and abbreviations.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed


# QM034: a quotation that opens its sentence, with the tag's comma outside its closing mark.
@pytest.mark.parametrize(("text", "want"), [
    ("“The harvest came a month early”, said the farmer.", "“The harvest came a month early,” said the farmer."),
    ("The dam held. “We were lucky this time”, the engineer said on Sunday.",
     "The dam held. “We were lucky this time,” the engineer said on Sunday."),
    ('"Our buses will run all night", the transport minister told reporters.',
     '"Our buses will run all night," the transport minister told reporters.'),
    ("“Nobody will lose their job”, insisted plant manager Ana Ruiz.",
     "“Nobody will lose their job,” insisted plant manager Ana Ruiz."),
    ("“The pitch was too wet to play”,said referee Tom Hale.",
     "“The pitch was too wet to play,” said referee Tom Hale."),
    ("“The fire started in the kitchen”, he said. “It spread to the roof within minutes,” he added.",
     "“The fire started in the kitchen,” he said. “It spread to the roof within minutes,” he added."),
])
def test_comma_goes_inside_a_quoted_sentence(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # already inside
    "“The harvest came a month early,” said the farmer.",
    # quoted words inside a sentence: British copy sets the comma outside
    "The minister called the plan “a disgrace”, he said.",
    "The board was “trying to buy them off in a sense”, he said.",
    # a title or a name of two words
    "The film “Night Train”, directed by Ana Ruiz, opens today.",
    "“Night Train”, said the critic, is the film of the year.",
    # a text that sets its punctuation outside its closing marks throughout keeps its style
    "The mayor said the plan was “a start”. “We will build more homes”, she told reporters.",
    "“We lost power at noon”, Ruiz told reporters. “It came back at six”, she said.",
    # no tag after the comma
    "“We will win”, and other slogans, filled the square.",
])
def test_comma_outside_left_alone(text: str) -> None:
    assert fixed(text) == text


# QM035: a space before the closing mark that ends a line, a closing mark typed twice there.
@pytest.mark.parametrize(("text", "want"), [
    ("“We will rebuild the school. ”", "“We will rebuild the school.”"),
    ('The coach spoke. "We have a young team and we will learn. "',
     'The coach spoke. "We have a young team and we will learn."'),
    ("She said the vote was “fair and final.” ”", "She said the vote was “fair and final.”"),
    ('He said fares would fall "by the spring.""', 'He said fares would fall "by the spring."'),
])
def test_quotation_end_slip(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "“We will rebuild the school.”",
    "“We are ready.” “So are we,” the captain said.",
    'The beam was 12" by 8".',
    "The gap was 3.5 cm.",
    "He waited … and then left.",
])
def test_quotation_end_left_alone(text: str) -> None:
    assert fixed(text) == text


# GL017: a stop glued to the next sentence's opening mark, a closing mark glued to a word.
@pytest.mark.parametrize(("text", "want"), [
    ("The mayor spoke first.“We will rebuild,” she said.", "The mayor spoke first. “We will rebuild,” she said."),
    ('The club apologised."We let the fans down," it said.', 'The club apologised. "We let the fans down," it said.'),
    ("“We will rebuild,”Ruiz said.", "“We will rebuild,” Ruiz said."),
    ('He called it "a fair deal"and left.', 'He called it "a fair deal" and left.'),
])
def test_glued_quotation_mark(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    'He cited e.g."The Times" and others.',
    'The beam was 12"wide.',
    "The U.S.“We” campaign ended.",
])
def test_glued_quotation_mark_left_alone(text: str) -> None:
    assert fixed(text) == text


# GL003: a comma glued to the article "a" or an acronym.
@pytest.mark.parametrize(("text", "want"), [
    ("Parks shut to cut the fire risk,a spokesman said.", "Parks shut to cut the fire risk, a spokesman said."),
    ("Stock must go within 48 hours,FDA officials said.", "Stock must go within 48 hours, FDA officials said."),
    ("The plant closed in March,and the staff moved.", "The plant closed in March, and the staff moved."),
])
def test_comma_glued_to_word(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "It cost 1,200 dollars.",
    "The keys were a,b and c.",
    "Set the flags to 3,a and 4,OK.",
])
def test_comma_glued_left_alone(text: str) -> None:
    assert fixed(text) == text


# GL006: a stop glued to the next sentence after a rare word, or before a rare name.
@pytest.mark.parametrize(("text", "want"), [
    ("The ward turned away outpatients.It had no beds left.", "The ward turned away outpatients. It had no beds left."),
    ("Entry is free this weekend.Tallinn residents pay less.",
     "Entry is free this weekend. Tallinn residents pay less."),
])
def test_stop_glued_to_next_sentence(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    "He sold shares of Skanska AB skbs.St from his fund.",
    "He used version 2.The file was small.",
    "Visit www.example.Com for details.",
    "The team met Gen.Smith at dawn.",
])
def test_stop_glued_left_alone(text: str) -> None:
    assert fixed(text) == text


def test_closing_mark_spaced_off_its_comma() -> None:
    assert fixed("“We will rebuild the pier, ”Ruiz said.") == "“We will rebuild the pier,” Ruiz said."


@pytest.mark.parametrize(("text", "want"), [
    # CRLF input: the rules read it as LF (repair.newlines), the line endings stay.
    ("“We will mend the bridge. ”\r\nIt rained all day.\r\n", "“We will mend the bridge.”\r\nIt rained all day.\r\n"),
    ("It was a fair deal, he said.\r\n“We will mend the bridge. ”\r\n",
     "It was a fair deal, he said.\r\n“We will mend the bridge.”\r\n"),
])
def test_quotation_end_slip_on_crlf_lines(text: str, want: str) -> None:
    assert fixed(text) == want
