"""The first looks branch speed23c put before costlier tests (issue 13) answer exactly what
the tests behind them answer.

Each look reads a word off a text's start or end without tokenising it, and may only say
"no" where the tokens would. Each test runs the function with the look switched off
(patched to let everything by) and with it on, on generated texts built from the words and
marks that matter to it (the speech verbs, "that", the renaming heads, apostrophes,
closing marks, letters outside ASCII), and checks the answers agree.
"""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair import lexicon
from repair.rules import stops_comma_appositives, stops_inserts, stops_phrases, stops_words

_WORDS = st.sampled_from(
    ["said", "Said", "SAID", "says", "told", "added", "noted", "explained", "announced", "that", "That",
     "THAT", "the", "The", "Its", "Their", "His", "Her", "Until", "From", "for", "minister", "Ana", "Ruiz",
     "ministry", "worst", "best", "day", "when", "rain", "stops", "but", "should", "ease", "14", "2.5%",
     "Élise", "said’", "that's", "o'clock", "mid-said", "saidx", "ſaid", "İt"])
_MARKS = st.sampled_from([" ", " ", " ", ", ", ".", "”", "\"", "’", "'", ")", "…", "\n", "-", "—", "(", "“", "?"])
_TEXTS = st.lists(st.tuples(_MARKS, _WORDS), max_size=9).map(
    lambda parts: "".join(mark + word for mark, word in parts)).flatmap(
    lambda body: _MARKS.map(lambda tail: body + tail))


def _always(*_args: object) -> bool:
    return True


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("His lawyer, Ana Ruiz, said.")
@example("The ministry said.”")
@example("Ana Ruiz said’.")
def test_may_end_on_never_refuses_a_last_word_it_names(text: str) -> None:
    tokens = lexicon.words(text)
    last = tokens[-1].lower() if tokens else None
    for words in (tuple(sorted(lexicon.SPEECH_VERBS)), ("that",)):
        if last in words:
            assert stops_words.may_end_on(text, words)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("His lawyer, Ana Ruiz, said.")
@example("The ministry said")
def test_bare_tag_answers_as_without_its_look(text: str) -> None:
    with mock.patch.object(stops_words, "may_end_on", _always):
        plain = stops_words.bare_tag(text), stops_words.bare_tag(text, listener=True)
    assert (stops_words.bare_tag(text), stops_words.bare_tag(text, listener=True)) == plain


@settings(max_examples=600, deadline=None)
@given(_TEXTS, st.sampled_from(["The plant will close.", "It will rain.", "pupils wanted more.", "Ruiz will go."]))
@example("The minister said on Monday that.", "The plant will stay shut.")
@example("The minister said that.”", "The plant will stay shut.")
def test_cut_after_that_answers_as_without_its_look(prev_text: str, piece: str) -> None:
    with mock.patch.object(stops_phrases, "may_end_on", _always):
        plain = stops_phrases.cut_after_that(prev_text, piece)
    assert stops_phrases.cut_after_that(prev_text, piece) == plain


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("Until at least Friday, when the rain stops.")
@example("From 21.5% a year earlier, but should stabilise.")
@example("About 10 million, when counted.")
def test_phrase_then_subordinate_answers_as_without_its_look(piece: str) -> None:
    piece = piece[:1].upper() + piece[1:]
    with mock.patch.object(stops_inserts, "_ASCII_OPENER", re.compile(r"(?!)")):
        plain = stops_inserts.phrase_then_subordinate(piece)
    assert stops_inserts.phrase_then_subordinate(piece) == plain


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("Their worst day since the listing in 2011.")
@example("“Their worst day since May.")
def test_may_open_renaming_never_refuses_a_renaming(piece: str) -> None:
    if stops_comma_appositives.capitalised_renaming(lexicon.words(piece)):
        assert stops_comma_appositives.may_open_renaming(piece)
    tokens = lexicon.words(piece)
    if tokens and tokens[0] in stops_comma_appositives._RENAMING_HEADS:
        assert stops_comma_appositives.may_open_renaming(piece)
