"""Pieces after a false stop that an editor would delete or keep apart, not join (our own
sentences):

- a topic frame ("On the matter.", "About the issue.") after a word that takes no topic
  names nothing and is deleted (``stops_classes.content_free_frame``); after a word that
  takes one ("comment", "vote") it is still joined;
- a prepositional phrase said again with a stress word ("From the very start.") and
  "According to him." after the speaker's own "he said" are echoes, deleted
  (``stops_echo_phrases``); a phrase with a word of its own is not;
- a sentence whose negative contraction lost its apostrophe ("The owner doesnt …") is a
  sentence, no fragment to join (``breaks_shape._MISSED_VERBS``).
"""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe as _fixed

from repair import lexicon
from repair.rules import stops_echo_phrases


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("Traders said the index could rise further if rates are cut. On the matter.",
     "Traders said the index could rise further if rates are cut."),
    ("Prices rose sharply in May. About the issue.", "Prices rose sharply in May."),
    ("The board met on Tuesday. On the subject.", "The board met on Tuesday."),
    ("Chebet ran alone from the start. From the very start. She won easily.",
     "Chebet ran alone from the start. She won easily."),
    ("The side led from the first minute. From the very first minute.", "The side led from the first minute."),
    ("She trained hard for the whole season. For the entire season.", "She trained hard for the whole season."),
    ("She said it was the first such law in the region. According to her.",
     "She said it was the first such law in the region."),
])
def test_piece_said_again_deleted(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The minister declined to comment. On the matter.", "The minister declined to comment on the matter."),
    ("The council will hold a vote. On the issue.", "The council will hold a vote on the issue."),
])
def test_topic_after_a_topic_word_joined(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


@pytest.mark.parametrize("text", [
    "The stall was the oldest in the market. The owner doesnt charge rent.",
    "Ruiz signed the deal on Friday. The club didnt expect more signings.",
    "The road was closed for a week. Buses werent running either.",
])
def test_sentence_without_apostrophe_not_joined(text: str) -> None:
    fixed = _fixed(text)
    assert ". The" in fixed or ". Buses" in fixed


@pytest.mark.parametrize(("sentence", "piece", "echo"), [
    ("Chebet ran alone from the start.", "From the very start.", True),
    ("The side led from the first minute.", "From the start of May.", False),
    ("Prices were high during the summer.", "During the winter.", False),
    ("The mill closed on it.", "On it.", False),
])
def test_restated_phrase(sentence: str, piece: str, echo: bool) -> None:
    assert stops_echo_phrases.restated_phrase(lexicon.words(sentence), lexicon.words(piece)) is echo


@pytest.mark.parametrize(("sentence", "piece", "echo"), [
    ("He said the cap was the first in the region.", "According to him.", True),
    ("The cuts were needed, said she.", "According to her.", True),
    ("The plan will cost about 5 million dollars.", "According to him.", False),
    ("She said the plan was dead.", "According to them.", False),
])
def test_restated_source(sentence: str, piece: str, echo: bool) -> None:
    assert stops_echo_phrases.restated_source(lexicon.words(sentence), lexicon.words(piece)) is echo


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("The striker scored the winner in extra time. his third goal of the season.",
     "The striker scored the winner in extra time, his third goal of the season."),
    ("The forward scored in stoppage time. her fifth goal of the tournament.",
     "The forward scored in stoppage time, her fifth goal of the tournament."),
    ("A local author won the city book prize on Friday. the first time the prize has gone to a poet.",
     "A local author won the city book prize on Friday, the first time the prize has gone to a poet."),
])
def test_ranking_appositive_joined_with_comma(garbled: str, fixed: str) -> None:
    assert _fixed(garbled) == fixed


def test_possessive_sentence_keeps_its_stop() -> None:
    assert _fixed("The coach thanked the fans. her first job was in Lyon.") == \
        "The coach thanked the fans. Her first job was in Lyon."


def test_a_ranking_time_phrase_with_its_own_main_verb_is_no_appositive() -> None:
    """"the first time it happened was in 2001" is a subject and its verb: a sentence, no comma join."""
    from repair.rules.stops_classes import summarising_appositive

    assert summarising_appositive("the first time the prize has gone to a poet".split(), ["x"])
    assert summarising_appositive("the first time a woman has been elected".split(), ["x"])
    assert not summarising_appositive("the first time it happened was in 2001".split(), ["x"])


def test_a_possessive_piece_after_a_speech_verb_is_what_was_said() -> None:
    from repair.rules.stops_classes import summarising_appositive

    assert not summarising_appositive("her eldest son starts school this year".split(),
                                      "Ana Ruiz , a nurse , said".split())
    assert summarising_appositive("her fifth goal of the qualifiers".split(), "She scored twice".split())
