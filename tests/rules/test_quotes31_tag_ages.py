"""quotes31: a speaker's age set off by commas inside a speech tag ("Ana Ruiz, 58, said").

News style writes an age after a name between commas and nothing else there, so the tag
rules read it as part of the speaker, as they read a name set off as an appositive:

- QM001: a quotation left open before its tag closes before the tag, in either order
  ("…,” Ana Ruiz, 58, told …", "…,” said Ana Ruiz, 58, a nurse …");
- QM005: direct speech in the first person that lost both marks, before such a tag;
- QM009 / AT003: a tag cut off by a stop after its quotation or statement;
- PU006 / QM015: a quotation closed before such a tag that lost its opening mark.

Look-alikes left alone: reported speech in the third person (no marks), a number that is no
age (a figure in a list, a year), a quotation that runs on over the next paragraph.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

BEFORE = "The storm hit the coast on Monday.\n\n"
AFTER = "\n\nThe council meets again in June."


@pytest.mark.parametrize(("text", "want"), [
    # QM001, inverted and in order, the age alone or before a description
    ("Rain fell. “I have been to six shops this week, said Rosa Lima, 58, a retired teacher from Braga.",
     "Rain fell. “I have been to six shops this week,” said Rosa Lima, 58, a retired teacher from Braga."),
    ("Rain fell. “We lost everything in one night, said Rosa Lima, 58.",
     "Rain fell. “We lost everything in one night,” said Rosa Lima, 58."),
    ("Rain fell. “We lost everything in one night, Rosa Lima, 58, told reporters.",
     "Rain fell. “We lost everything in one night,” Rosa Lima, 58, told reporters."),
    ("“Nobody came to help us for two days, Tom Hale, 71, said on Tuesday.",
     "“Nobody came to help us for two days,” Tom Hale, 71, said on Tuesday."),
    # QM005: first-person speech that lost both marks
    ("We lost everything in one night, Rosa Lima, 58, told reporters.",
     "“We lost everything in one night,” Rosa Lima, 58, told reporters."),
    ("Our shop was the last one open on the street, said Tom Hale, 71, a baker.",
     "“Our shop was the last one open on the street,” said Tom Hale, 71, a baker."),
    # QM009: the quotation closed with a stop before its tag
    ("“We left with only the clothes we had on.” Rosa Lima, 29, said at a shelter in a school.",
     "“We left with only the clothes we had on,” Rosa Lima, 29, said at a shelter in a school."),
    # AT003: a tag cut off by a stop
    ("The bridge will stay shut until May. Rosa Lima, 29, said on Friday.",
     "The bridge will stay shut until May, Rosa Lima, 29, said on Friday."),
    # PU006 / QM015: the closing mark is there, the opening one is lost
    ("We took the dog and my photos. That is all,” Rosa Lima, 63, said at a shelter in Braga.",
     "“We took the dog and my photos. That is all,” Rosa Lima, 63, said at a shelter in Braga."),
])
def test_age_in_tag(text: str, want: str) -> None:
    assert fixed(BEFORE + text + AFTER) == BEFORE + want + AFTER


@pytest.mark.parametrize("text", [
    # reported speech in the third person gets no marks, age or not
    "The bridge will stay shut until May, Rosa Lima, 58, told reporters.",
    "The plant will close in the spring, said Tom Hale, 71, a former foreman.",
    # a number between commas that is no speaker's age
    "Sales rose in Lisbon, Porto, 12, said the report.",
    "Prices of the three models are 14, 15, and 19 euros, the shop said.",
    # quoted correctly already
    "“We lost everything in one night,” Rosa Lima, 58, told reporters.",
    "“I have been to six shops this week,” said Rosa Lima, 58, a retired teacher.",
    # reported speech with a "that" clause after the tag's verb: the sentence is no tag
    "“We are ready.” Rosa Lima, 29, said the vote would be held in May.",
])
def test_left_alone(text: str) -> None:
    assert fixed(BEFORE + text + AFTER) == BEFORE + text + AFTER


def test_quotation_running_on_keeps_its_open_end() -> None:
    # a quotation opened after a colon runs on into the next paragraph, which opens again
    text = ("Rosa Lima, 58, said: “We lost everything in one night.\n\n"
            "“Nobody came to help us for two days,” she said.")
    assert fixed(text) == text


# AT026: a whole tag cut off by a stop from the quotation it introduces gets its colon back
# when the quotation runs over several sentences, as when it is one sentence long.
@pytest.mark.parametrize(("text", "want"), [
    ("Governor Ana Ruiz told a press briefing. “Prices are within our target. We have room to act.”",
     "Governor Ana Ruiz told a press briefing: “Prices are within our target. We have room to act.”"),
    ("Coach Ivo Berg told reporters after the match. “We were lucky. The rain saved us.” The club is third.",
     "Coach Ivo Berg told reporters after the match: “We were lucky. The rain saved us.” The club is third."),
    ("The ministry said on Friday. “Fuel prices will be capped. Nobody will pay more this winter.”",
     "The ministry said on Friday: “Fuel prices will be capped. Nobody will pay more this winter.”"),
])
def test_tag_before_a_quotation_of_several_sentences(text: str, want: str) -> None:
    assert fixed(BEFORE + text + AFTER) == BEFORE + want + AFTER


@pytest.mark.parametrize("text", [
    # the quotation has a tag of its own: the sentence before closes another statement
    "Ana Ruiz told a briefing. “We are ready. The quay opens in May,” she said.",
    "Ana Ruiz told a briefing. “We are ready. The quay opens in May.” Berg said.",
    # the quotation goes on in lower case after its mark
    "Ana Ruiz told a briefing. “We are ready. The quay is open” and left.",
    # a report with its own clause is no tag
    "Ana Ruiz told reporters the quay was ready. “We are ready. The quay opens in May.”",
])
def test_tag_before_quotation_left_alone(text: str) -> None:
    # (other rules may mend the quotation's own tag: ".” Berg said." -> ",” Berg said.")
    out = fixed(BEFORE + text + AFTER)
    assert ":" not in out and out.startswith(BEFORE + text.split("“")[0])


# QM009: a tag cut off by the quotation's own stop, whose speaker has a long title or a
# description set off by commas, is the quotation's tag all the same.
@pytest.mark.parametrize(("text", "want"), [
    ("“The treaty ends a long feud. Our children will trade, not fight.” Deputy Foreign Minister Ana Ruiz, "
     "who led the talks, said.",
     "“The treaty ends a long feud. Our children will trade, not fight,” Deputy Foreign Minister Ana Ruiz, "
     "who led the talks, said."),
    ("“We left with nothing.” Rosa Lima, a nurse from Braga, said on Friday.",
     "“We left with nothing,” Rosa Lima, a nurse from Braga, said on Friday."),
])
def test_stop_before_tag_with_description(text: str, want: str) -> None:
    assert fixed(BEFORE + text + AFTER) == BEFORE + want + AFTER


@pytest.mark.parametrize("text", [
    # the sentence after the quotation reports a clause of its own: no tag
    "“We left with nothing.” Rosa Lima, who runs a shop, said the town was empty.",
    "“We left with nothing.” Rosa Lima, a nurse, told reporters that the town was empty.",
])
def test_stop_before_report_left_alone(text: str) -> None:
    assert fixed(BEFORE + text + AFTER) == BEFORE + text + AFTER
