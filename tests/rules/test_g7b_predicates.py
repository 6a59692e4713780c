"""Subjectless pieces after a false stop, caught by clause shape (gen7b, variants set):
"And"/"But" with an auxiliary verb phrase, a reporting participle whose piece ends in a
quotation, a reduced relative whose agent phrase holds a second participle. Our own
sentences; the look-alikes with a subject of their own stay as they are."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The mayor opened the new library on Monday. And had promised in May that a pool would follow.",
     "The mayor opened the new library on Monday and had promised in May that a pool would follow."),
    ("Two unions rejected the offer. But did not set a date for a strike.",
     "Two unions rejected the offer but did not set a date for a strike."),
    ("The striker scored twice in the first half. But was sent off after the break.",
     "The striker scored twice in the first half but was sent off after the break."),
    ("The company reported a loss for the year. But would not comment on job cuts.",
     "The company reported a loss for the year but would not comment on job cuts."),
])
def test_conjunction_and_auxiliary_phrase_joins_its_subject(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The board met on Friday. But had it known about the debts, it would have acted.",
    "Shares fell sharply on Tuesday. And did they recover?",
    "The mayor opened the library. But he had promised a pool.",
])
def test_conjunction_with_its_own_subject_keeps_its_stop(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Analysts cut the bank's rating. Citing its losses as “serious.”",
     "Analysts cut the bank's rating, citing its losses as “serious.”"),
    ("The union rejected the offer on Monday. Calling it “an insult to nurses.”",
     "The union rejected the offer on Monday, calling it “an insult to nurses.”"),
])
def test_reporting_participle_ending_in_a_quotation_joins_with_a_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Customs seized 40 crates of wine. Sent via a depot operated by a cousin of the mayor.",
     "Customs seized 40 crates of wine sent via a depot operated by a cousin of the mayor."),
    ("The council sold the land to a builder. Chosen without a tender run by the city.",
     "The council sold the land to a builder chosen without a tender run by the city."),
    ("Police stopped a van of cigarettes. Smuggled through a port controlled by the gang.",
     "Police stopped a van of cigarettes smuggled through a port controlled by the gang."),
])
def test_reduced_relative_with_a_second_participle_joins(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_participle_piece_with_a_finite_verb_of_its_own_is_left() -> None:
    text = "Police stopped a van on the bridge. Seized goods were taken to the depot."
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    # a verbless subject, then its past verb and complement after the stop
    ("A spokeswoman for the regional water board. declined to say when supplies would return.",
     "A spokeswoman for the regional water board declined to say when supplies would return."),
    ("Lawyers for the three defendants. asked the court to delay the trial.",
     "Lawyers for the three defendants asked the court to delay the trial."),
    # an opening phrase and its comma are no aside around the subject
    ("Under the new rules, the 40 staff of the two clinics. will move to a single site.",
     "Under the new rules, the 40 staff of the two clinics will move to a single site."),
])
def test_lower_case_verb_piece_joins_its_subject(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_aside_after_a_subject_still_closes_with_a_comma() -> None:
    text = "The plant, which opened in 1998. employs 600 people."
    assert _fixed(text) == "The plant, which opened in 1998, employs 600 people."


def test_verb_after_bare_subject_needs_a_verbless_sentence_before() -> None:
    from repair.rules.stops_subjects import verb_after_bare_subject

    assert verb_after_bare_subject("A spokesman for the port".split(), "declined to comment".split())
    assert not verb_after_bare_subject("The board rejected the bid".split(), "declined to comment".split())
    assert not verb_after_bare_subject("The plan was approved".split(), "declined to comment".split())
    assert not verb_after_bare_subject("A spokesman for the port".split(), "declined".split())


def test_reporting_participle_before_a_bare_noun_phrase_joins_but_a_gerund_subject_does_not() -> None:
    assert _fixed("The bank cut its forecast. Citing weak exports and high rates.") == \
        "The bank cut its forecast, citing weak exports and high rates."
    text = "The bank cut its forecast. Blaming weak exports was easy for the board."
    assert _fixed(text) == text


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The council voted to close the library. And will sell the building next year.",
     "The council voted to close the library and will sell the building next year."),
    ("Several members of the board. have resigned since the vote.",
     "Several members of the board have resigned since the vote."),
    ("The head of the national bank. told parliament that rates would rise.",
     "The head of the national bank told parliament that rates would rise."),
])
def test_more_shapes_of_a_subject_cut_from_its_verb(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed
