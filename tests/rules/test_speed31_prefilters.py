"""speed31 (issue 13): cheap whole-text pre-filters in front of costly scans. Each filter
is a necessary condition of the scan it guards, so the rule's edits are those of the plain
reading on every text (hypothesis compares both on texts built from the shapes' pieces)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import dash_dialogue, encoding, speech_quotes_flipped, tag_doubled


def _plain_doubled(text: str) -> list[tuple[int, int]]:
    """AT027's spans as read before: the whole pattern scanned over the text."""
    return [(m.start("again") - 1, m.end("again")) for m in tag_doubled._DOUBLED_TAG.finditer(text)]


TAG_TEXTS = st.lists(st.sampled_from(["She", "she", "SHE", "Ruiz", "ruiz", "he", "said", "says", "told", "added",
                                      "stated", "said,", " ", "  ", "x", "\n", "’", "-", ".", "sa"]),
                     max_size=14).map("".join)


@settings(max_examples=400)
@given(TAG_TEXTS)
def test_doubled_tag_filter_keeps_every_edit(text: str) -> None:
    found = [(e.start, e.end) for e in tag_doubled.doubled_speech_verb.run(Document.from_text(text))]
    assert found == _plain_doubled(text)


def test_doubled_tag_found_and_left() -> None:
    rule = tag_doubled.doubled_speech_verb
    assert [(e.start, e.end) for e in rule.run(Document.from_text("She said she said it."))] == [(8, 17)]
    assert [(e.start, e.end) for e in rule.run(Document.from_text("Ruiz told RUIZ told them."))] == [(9, 19)]
    for text in ("He said she said it.", "She said she told them.", "It was he said, she said.",
                 "She said  she said it.", "She said she saidso."):
        assert rule.run(Document.from_text(text)) == []


# QM018's pattern as written before: the place before the mark tried first, at every position.
_PLAIN_MID_TAG = re.compile(dash_dialogue._MID_TAG.pattern.replace(
    "“(?:(?<![\\s\\S]“)|(?<=[.!?:][ \\t]“)|(?<=\\n“))", "(?:^|(?<=[.!?:][ \\t])|(?<=\\n))“", 1))

MID_TAG_TEXTS = st.lists(st.sampled_from(["“", "”", "We lost the ball too often", "we paid for it", ", ", ". ", ": ",
                                          "\n", "\t", " ", "said", "conceded coach Ana Ruiz", "the site engineer",
                                          "x", "!", "and", "."]),
                         max_size=14).map("".join)


def test_mid_tag_pattern_reads_the_place_behind_the_mark() -> None:
    assert _PLAIN_MID_TAG.pattern.startswith("(?:^|")  # the replacement above took


@settings(max_examples=400)
@given(MID_TAG_TEXTS)
def test_mid_tag_matches_are_the_plain_patterns(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    assert spans(dash_dialogue._MID_TAG) == spans(_PLAIN_MID_TAG)


def test_mid_tag_found_and_left() -> None:
    rule = dash_dialogue.tag_inside_quotation
    quoted = "“We lost the ball too often, conceded coach Ana Ruiz, and we paid for it.”"
    for before in ("", "Rain fell. ", "He spoke: ", "Rain fell.\n", "Rain fell.\t"):
        found = rule.run(Document.from_text(before + quoted))
        assert [e.replacement for e in found] == [",” conceded coach Ana Ruiz, “"]
    for before in ("x", "Rain fell,  ", "Rain fell ", "a "):
        assert rule.run(Document.from_text(before + quoted)) == []


FLIP_TEXTS = st.lists(st.sampled_from(["“", "”", "a", "A", "1", "é", "_", ",", ".", "!", "?", ";", ":", " ", "  ", "\n",
                                       "\t", "word", "“,", "x“.", ", “a"]),
                      max_size=12).map("".join)


@settings(max_examples=600)
@given(FLIP_TEXTS)
def test_flip_hint_finds_a_mark_in_the_paragraphs_the_plain_form_does(text: str) -> None:
    plain = re.compile(speech_quotes_flipped._FLIP_HINT_PLAIN)
    for para in Document.from_text(text).paragraphs:
        assert (speech_quotes_flipped._FLIP_HINT.search(text, para.start, para.end) is None) \
            == (plain.search(text, para.start, para.end) is None)


def test_flipped_marks_found_and_left() -> None:
    rule = speech_quotes_flipped.guillemets_or_flipped
    for text, fixed in (("He said ”we won” and left.", "He said “we won” and left."),
                        ("“We lost. We will be back stronger“.", "“We lost. We will be back stronger”.")):
        edits = rule.run(Document.from_text(text))
        assert edits and all(text[e.start : e.end] != e.replacement for e in edits), text
        assert Document.from_text(fixed).text == fixed and rule.run(Document.from_text(fixed)) == []


REPLACED_TEXTS = st.lists(st.sampled_from(["\ufffd", "\ufffd\ufffd", "a", "Mu", "oz", "É", "ß", "1", "²", "٣", "Ⅻ", "_",
                                           " ", "-", "\n"]),
                          max_size=12).map("".join)


@settings(max_examples=600)
@given(REPLACED_TEXTS)
def test_replaced_words_are_the_plain_scans(text: str) -> None:
    assert [m.span() for m in encoding._replaced_words(text)] == [m.span() for m in encoding._REPLACED.finditer(text)]


def test_replaced_words_found_from_the_mark() -> None:
    text = "Ana Mu\ufffdoz and \ufffd\ufffd x\ufffd 2\ufffd ab\ufffdcd\ufffdef."
    assert [m.group() for m in encoding._replaced_words(text)] == [
        "Mu\ufffdoz", "\ufffd", "\ufffd", "x\ufffd", "\ufffd", "ab\ufffdcd", "\ufffdef"]
