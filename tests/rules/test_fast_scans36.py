"""Cheaper scans and memos behind CA027, CA028 and AP022 find what the plain ones find
(issue 13): AP022's contractions found from their rare tail, CA027's sentences chosen by
the words it reads, and the prose test remembered per sentence."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from repair.rules import (
    apostrophes_nouns,
    casing_closed_words,
    casing_common_nouns,
    dash_pairs,
    glued_small,
    surface_marks,
)

NEGATIVE_PIECES = ["do", "Do", "does", "did", "is", "IS", "are", "was", "were", "has", "have", "had", "could",
                   "would", "should", "Should", "must", "need", "might", "ca", "wo", "sha", "ai", "ta", "o",
                   "n", "n t", " t", "t", " ", ",", ".", "’", "'", "-", "\n", "x", "1", "_", "é", "”", "in the"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(NEGATIVE_PIECES), max_size=30).map("".join))
@example("don t")  # at the text's start: no character before the auxiliary
@example("xdon t don t.")  # the first auxiliary inside a word: no match, the second is one
@example("shouldn t\nwon t")  # the longest auxiliary, a tail before a line break
@example("isn tn t")  # a tail with a letter after its "t": none
def test_lone_negative_ts_found_from_their_tails(text: str) -> None:
    plain = [(m.start(), m.end(), m.group(1)) for m in apostrophes_nouns._LONE_NEGATIVE_T.finditer(text)]
    found = [(m.start(), m.end(), m.group(1)) for m in apostrophes_nouns._lone_negative_ts(text)]
    assert found == plain


def test_lone_negative_ts_on_prose() -> None:
    text = "They don t know. In the end it won t matter, and we can t.\nShe isn t"
    assert [m.group(1) for m in apostrophes_nouns._lone_negative_ts(text)] == ["don", "won", "can", "isn"]


CAPITAL_PIECES = ["Is", "The", "A", "An", "Of", "Said", "Between", "Were", "Was", "Told", "Tolds", "ISLAND", "Isa",
                  "Cat", "Zebra", "the", "is", "x", " ", ",", ".", "-", "_", "1", "é", "É", "’", "\n"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CAPITAL_PIECES), max_size=25).map("".join))
@example(" Is")  # the word right after the first character
@example("Is the")  # the first word only: the rule reads from the second character
@example("_Is Cat")  # a word character before it: no whole word
def test_candidate_words_are_the_capital_words_read(text: str) -> None:
    read = casing_closed_words._VERBS | casing_closed_words._LINKS
    plain = any(m.group().lower() in read for m in casing_closed_words._CAPITAL_WORD.finditer(text, 1))
    assert (casing_closed_words._CANDIDATE_WORD.search(text, 1) is not None) == plain


def test_prose_memo_answers_as_the_plain_test() -> None:
    sentences = ["The town has been without water since Monday.", "Council Renews Travel Ban On Six Officials",
                 "It Is What It Is", "Officials said the bridge was closed.", "Too short here."]
    plain = [casing_closed_words._prose.__wrapped__(s) for s in sentences]
    assert plain == [True, False, False, True, False]
    assert [casing_closed_words._prose(s) for s in sentences + sentences] == plain + plain


RUN_PIECES = ["A", "AB", "ABC", "a", "ab", "s", " ", "\n", "1", "_", "É", "é", ".", "Ab"]
_PLAIN_CAPITAL_RUN = re.compile(r"(?<![A-Z])[A-Z]{2,}+(?=[a-z])")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(RUN_PIECES), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 90))
@example("ABc", 0, 99)  # at the text's start
@example("xABCd", 1, 99)  # a run at pos, a lower-case letter before it
@example("ABCd", 1, 99)  # pos inside a run: the capital before pos still counts
def test_capital_runs_led_by_a_capital(text: str, pos: int, endpos: int) -> None:
    plain = [m.span() for m in _PLAIN_CAPITAL_RUN.finditer(text, pos, endpos)]
    assert [m.span() for m in glued_small._CAPITAL_RUN.finditer(text, pos, endpos)] == plain


_PLAIN_RUN = re.compile(r"(?<=[a-z] )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![\w'’-])(?! [A-Z0-9])")
COMMON_RUN_PIECES = ["Travel", "Ban", "A", "Bc", "a", "ab", "the", " ", " ", "\n", "1", "-", "’", "_", "É", "é", "."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(COMMON_RUN_PIECES), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 90))
@example("a Travel Ban on", 0, 99)
@example("a Travel Ban on", 2, 99)  # pos at the run: the letter and space before it still count
@example("a Travel Ban Act", 0, 99)  # a third capital goes on: the longest run, then no capital after
def test_common_noun_runs_led_by_a_capital(text: str, pos: int, endpos: int) -> None:
    plain = [m.span() for m in _PLAIN_RUN.finditer(text, pos, endpos)]
    assert [m.span() for m in casing_common_nouns._RUN.finditer(text, pos, endpos)] == plain
    assert (casing_common_nouns._RUN.search(text) is None) == (_PLAIN_RUN.search(text) is None)


_PLAIN_STRAIGHT_PAIR = re.compile(r'(?:(?<=[.!?:] )|(?<=[.!?:]” )|^)"(?P<quoted>[^\W\d_][^"“”\n]*?[.,!?])"(?=[ \t]|$)',
                                  re.MULTILINE)
PAIR_PIECES = ['"', "“", "”", ". ", ": ", "? ", ".” ", "\n", " ", "\t", "Yes", "no", ".", ",", "1", "_", "é", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PAIR_PIECES), max_size=30).map("".join))
@example('"Yes." he said')  # at the text's start
@example('x\n"Yes." and')  # at a line's start
@example('He said: "Yes." Then. "No," she said')  # after a colon, after a stop
@example('x"Yes." ')  # after a letter: none
def test_straight_pairs_led_by_the_mark(text: str) -> None:
    plain = [(m.span(), m.group("quoted")) for m in _PLAIN_STRAIGHT_PAIR.finditer(text)]
    assert [(m.span(), m.group("quoted")) for m in surface_marks._STRAIGHT_PAIR.finditer(text)] == plain


_PLAIN_DASH_BEFORE_STOP = re.compile(r"(?<=\w) ([—–])\.(?=\s|$)")
DASH_PIECES = ["word", " ", "—", "–", ".", "\n", "-", "x", "_", "1", "é", "’"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(DASH_PIECES), max_size=30).map("".join))
@example("the end —.")
@example(" —. x —.\nthe —. ")  # at the start (no word before), before a line break
def test_dash_before_stop_led_by_the_space(text: str) -> None:
    plain = [(m.span(), m.group(1)) for m in _PLAIN_DASH_BEFORE_STOP.finditer(text)]
    assert [(m.span(), m.group(1)) for m in dash_pairs._DASH_BEFORE_STOP.finditer(text)] == plain
