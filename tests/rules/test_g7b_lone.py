"""Lone pieces after a false stop, caught by their word class (gen7b, variants set): an
object pronoun after a complete noun phrase, a period noun after a complete date, a
forward time adverb after a clause about an event to come; and the counted-subject
sentence ("About 300 families live …") that is no fragment. Our own sentences."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair.rules.stops_subjects import counted_subject_clause


@pytest.mark.parametrize(("garbled", "fixed"), [
    # object pronoun: no verb or preposition is left open for it, in either case
    ("The town has asked for money to rebuild the old bridge. them.",
     "The town has asked for money to rebuild the old bridge."),
    ("Most growers lost their whole apple harvest to the frost. Them.",
     "Most growers lost their whole apple harvest to the frost."),
    ("The club sold its two best strikers in the summer. Him.",
     "The club sold its two best strikers in the summer."),
    ("Volunteers handed out blankets to the stranded drivers. it.",
     "Volunteers handed out blankets to the stranded drivers."),
])
def test_lone_object_pronoun_after_a_complete_noun_phrase_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The museum will open its new wing on 3 June. month.", "The museum will open its new wing on 3 June."),
    ("The road should reopen by Sunday morning. year.", "The road should reopen by Sunday morning."),
    ("Voting closes at noon on Thursday. week.", "Voting closes at noon on Thursday."),
])
def test_period_noun_after_a_complete_date_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Workers will be told about the plan. Later.", "Workers will be told about the plan later."),
    ("The minister said she would reply to the letter. Afterwards.",
     "The minister said she would reply to the letter afterwards."),
    ("The club said it could sign a new goalkeeper. Subsequently.",
     "The club said it could sign a new goalkeeper subsequently."),
])
def test_forward_time_adverb_goes_back_to_the_end_of_the_clause_to_come(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    # a time part after a day name completes the date: joined, never deleted
    "The market opens on Saturday. morning.",
    # a pronoun the verb still wants
    "The board has refused to discuss. it.",
    # no clause about an event to come: the forward adverb is not put at the end
    "The ship was towed to port. Afterward.",
])
def test_lone_words_that_complete_the_sentence_are_not_deleted(text: str) -> None:
    assert _fixed(text) != text.rsplit(".", 2)[0] + "."


@pytest.mark.parametrize("text", [
    "The mine will close in 2028, the paper reported last week. About 700 people work at the mine.",
    "The plant opened in 1990. Some 40 firms supply parts to it.",
    "The village lies below the dam. Nearly 300 families live near the river.",
])
def test_counted_subject_sentence_is_not_joined(text: str) -> None:
    assert _fixed(text) == text


def test_counted_subject_clause_reads_the_shape() -> None:
    assert counted_subject_clause("About 300 families live near the plant".split())
    assert not counted_subject_clause("About 300 families a year".split())
    assert not counted_subject_clause("Some 20 years ago in the north".split())
    assert not counted_subject_clause("About a third of them".split())


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The club sold its stadium in May, when its chairman said “we had no other way.” Broken.",
     "The club sold its stadium in May, when its chairman said “we had no other way.”"),
    ("The mayor called the plan “a disgrace.” Withdrawn.", "The mayor called the plan “a disgrace.”"),
])
def test_lone_participle_after_a_closing_quotation_is_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_quoted_one_word_answer_is_kept() -> None:
    text = "Asked whether the talks were over, the envoy replied: “Finished.” Then he left."
    assert _fixed(text) == text
