"""quotes27: quotation marks lost or misplaced around speech whose tag the quote rules did not read.

Shapes read from the whole engine (``repair fix --unsafe`` without the model) on
our own sentences, next to look-alikes that must be left alone:

- QM001: a quotation opened and never closed before a tag whose verb is "wrote" or whose
  inverted speaker is "one …" ("said one nurse"); one that ends before the writer's report
  of speech after it ("She said the nurses …"); a quoted phrase opened in narration that
  ends before the narration's next verb of saying ("…, and demanded a meeting");
- QM015: a closing mark whose opening mark was lost, before a tag that sets the speaker's
  role off by commas ("Ana Ruiz, the mayor, said"), names "one farmer" or is in the present
  ("explains Ana Ruiz"); a turned mark spaced off the quotation's last word before its tag;
  a quotation opened with a single mark and closed with a double one before its tag;
- QM014: "Nobody told us …" after a tagged quotation is the speaker's, not a report.
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as fixed

AFTER = "\n\nThe council meets again in June."


@pytest.mark.parametrize(("text", "want"), [
    ("Rain fell. “The contract cannot bind a tenant who never signed it, the judge wrote." + AFTER,
     "Rain fell. “The contract cannot bind a tenant who never signed it,” the judge wrote." + AFTER),
    ("Rain fell. “A form on a website is not a signature, the court wrote in its ruling. It sent the case back."
     + AFTER,
     "Rain fell. “A form on a website is not a signature,” the court wrote in its ruling. It sent the case back."
     + AFTER),
    ("Rain fell. “We heard it on the radio like everyone else, said one driver, who gave only his first name."
     + AFTER,
     "Rain fell. “We heard it on the radio like everyone else,” said one driver, who gave only his first name."
     + AFTER),
    ("Rain fell. “Nobody came to check the pumps, one resident told reporters." + AFTER,
     "Rain fell. “Nobody came to check the pumps,” one resident told reporters." + AFTER),
])
def test_unclosed_quotation_closes_before_its_tag(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # closed already
    "Rain fell. “The contract cannot bind a tenant,” the judge wrote." + AFTER,
    # a quoted phrase inside narration, closed later
    "The judge wrote that the contract was “unfair to tenants” and sent it back." + AFTER,
    # "one" as a number, not a speaker: no tag verb before it
    "Rain fell. “We lost one boat and one net.”" + AFTER,
])
def test_tag_look_alikes_after_a_quotation_are_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("We will not close a single school this year,” Ana Ruiz, the mayor, said.",
     "“We will not close a single school this year,” Ana Ruiz, the mayor, said."),
    ("The ferry will run again in May,” Dr. Rui Costa, a harbour official, told reporters.",
     "“The ferry will run again in May,” Dr. Rui Costa, a harbour official, told reporters."),
    ("Rain fell.\n\nThe pumps were never checked,” Ines Berg, the head of the tenants' group, said.",
     "Rain fell.\n\n“The pumps were never checked,” Ines Berg, the head of the tenants' group, said."),
])
def test_lost_opening_mark_before_a_name_and_role_tag(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # the quotation opened in the paragraph before and runs on (news convention)
    "“The pumps failed in March.\n\nThey were never checked,” Ines Berg, the head of the group, said.",
    # opened in the same paragraph
    "“We will not close a single school,” Ana Ruiz, the mayor, said.",
    # no tag verb after the role: a list of people
    "They sang “Home Again,” Ana Ruiz, the mayor, and Rui Costa, a teacher, among them.",
])
def test_name_and_role_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text



@pytest.mark.parametrize(("text", "want"), [
    ("“We waited two years. Today, at last, the waiting is over “, said Ana Ruiz, a mother.",
     "“We waited two years. Today, at last, the waiting is over,” said Ana Ruiz, a mother."),
    ("Rain fell. “The pier is safe again “, the harbour master told reporters.",
     "Rain fell. “The pier is safe again,” the harbour master told reporters."),
])
def test_closing_mark_spaced_off_the_quotation_before_its_tag(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a spaced mark then a comma, with no tag after it
    "The sign read “Closed for repairs “, and nothing else.",
])
def test_spaced_mark_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("‘We had no other choice,” one farmer told the inquiry.",
     "‘We had no other choice,’ one farmer told the inquiry."),
    ("Rain fell.\n\n‘The roof fell in. Nobody came,” one tenant from the block said.",
     "Rain fell.\n\n‘The roof fell in. Nobody came,’ one tenant from the block said."),
])
def test_single_opening_mark_closes_with_a_single_mark_before_its_tag(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # no tag after the mark
    "He called it ‘a mess,” and left.",
    # a double quotation with a single one inside: the double mark closes the outer one
    "“She told me ‘we are fine,’ and left,” one tenant said.",
])
def test_single_mark_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("Rain fell. We do not know yet whether the dam will hold. ”, explains engineer Ines Berg of the agency.",
     "Rain fell. “We do not know yet whether the dam will hold,” explains engineer Ines Berg of the agency."),
    ("Rain fell. Our wells are dry”, adds one farmer from the valley.",
     "Rain fell. “Our wells are dry,” adds one farmer from the valley."),
])
def test_present_tense_tag_after_a_damaged_quotation(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Rain fell. “The door was locked,” said Ana Ruiz, a student. Nobody told us anything.",
     "Rain fell. “The door was locked,” said Ana Ruiz, a student. “Nobody told us anything.”"),
])
def test_speech_after_the_tag_with_a_negative_told(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a report after the tag: narration again
    "Rain fell. “The door was locked,” said Ana Ruiz, a student. Her landlord told us it was a mistake.",
    "Rain fell. “The door was locked,” said Ana Ruiz, a student. Nobody told them anything.",
])
def test_report_after_the_tag_is_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("“The ward closes in May,” said Dr. Ana Ruiz. “The first hour will not change. She said the nurses had been "
     "offered other jobs." + AFTER,
     "“The ward closes in May,” said Dr. Ana Ruiz. “The first hour will not change.” She said the nurses had been "
     "offered other jobs." + AFTER),
])
def test_unclosed_quotation_ends_before_a_reported_sentence(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # the report holds a speaker's word: the speaker going on, the mark closes at the end
    "“The ward closes in May,” said Dr. Ana Ruiz. “The first hour will not change. She said we must wait.”" + AFTER,
])
def test_speaker_going_on_with_a_report_is_left_alone(text: str) -> None:
    assert fixed(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("The tenants called the rent rise “a slap in the face, and demanded a meeting with the owner." + AFTER,
     "The tenants called the rent rise “a slap in the face,” and demanded a meeting with the owner." + AFTER),
    ("The lawyer described the charge as “weak and late, but declined to say more. Rain fell." + AFTER,
     "The lawyer described the charge as “weak and late,” but declined to say more. Rain fell." + AFTER),
])
def test_quoted_phrase_ends_before_the_narrations_next_verb(text: str, want: str) -> None:
    assert fixed(text) == want


@pytest.mark.parametrize("text", [
    # a participle the quoted phrase coordinates is no verb of the narration
    "The report called the plan “drafted in haste, and revised in secret.”" + AFTER,
    # closed already
    "The tenants called it “a slap in the face,” and demanded a meeting." + AFTER,
])
def test_quoted_phrase_look_alikes_are_left_alone(text: str) -> None:
    assert fixed(text) == text
