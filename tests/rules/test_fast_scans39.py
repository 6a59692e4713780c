"""speed39b (issue 13): scans of clean news made cheaper (GL018's junctions, CA032's "the"
scan and candidates, PU030's question scan, PU029's line facts, PU028's and CA003's scans). Each faster path is
compared with the plain one by hypothesis, on texts built from the shapes' pieces."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import casing_name_phrases as name_phrases
from repair.rules import casing_starts, swapped_marks
from repair.rules import glued_figures as figures
from repair.rules import punctuation_final_stop as final_stop
from repair.rules import punctuation_question_mark as question_mark


def _texts(pieces: list[str], size: int = 20) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


JUNCTION_TEXTS = _texts(["a", "z", "B", "1", "9", "٣", "$", "£", "€", " ", "\n", ".", ",", ":", "to", "1,000", "ab12"])


@settings(max_examples=1000, deadline=None)
@given(JUNCTION_TEXTS)
def test_junction_starts_are_the_junction_scan(text: str) -> None:
    assert list(figures._junction_starts(text)) == [m.start() for m in figures._JUNCTION.finditer(text)]


def test_junction_starts_overlaps() -> None:
    # "1a2": the scan takes "1a" and so never "a2"; "a1b": "a1" and never "1b".
    for text in ("1a2", "a1b", "a12b", "1a2b", "a$1b", "x£1,000by", "up to80", "", "1", "a"):
        assert list(figures._junction_starts(text)) == [m.start() for m in figures._JUNCTION.finditer(text)]


def test_glued_figure_rule_still_splits() -> None:
    text = "Drivers may charge up to80 percent. The appeal raised £12,000by Friday."
    edits = list(figures.small_word_glued_to_figure.run(Document.from_text(text)))
    assert [(e.start, e.replacement) for e in edits] == [(text.index("80"), " "), (text.index("by"), " ")]


_PLAIN_THE_WORDS = re.compile(
    r"(?<![\w'’-])[Tt]he (?=([A-Za-z][A-Za-z'’-]*)(?: ([A-Za-z][A-Za-z'’-]*))?(?: ([A-Za-z][A-Za-z'’-]*))?)")
THE_TEXTS = _texts(["the ", "The ", "THE ", "tHe ", "the", "he ", "t", "x", "'", "’", "-", "_", "1", " ", "\n",
                    "world ", "bank ", "World ", "Bank's ", "central ", "of ", "Other"])


@settings(max_examples=1000, deadline=None)
@given(THE_TEXTS)
def test_the_scan_led_by_its_letter_is_the_plain_scan(text: str) -> None:
    found = [(m.start(), m.end(), m.groups()) for m in name_phrases._THE_WORDS.finditer(text)]
    assert found == [(m.start(), m.end(), m.groups()) for m in _PLAIN_THE_WORDS.finditer(text)]


def _plain_candidates(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``_candidates`` as it was: every "the" tried, no first-word filter."""
    phrases = name_phrases.name_phrases()
    for match in _PLAIN_THE_WORDS.finditer(text):
        words = [w for w in match.groups() if w is not None]
        for size in name_phrases.SIZES:
            if len(words) < size:
                continue
            parts = words[:size]
            last = re.sub(r"['’]s$", "", parts[-1])
            key = " ".join([*parts[:-1], last]).lower()
            if key not in phrases or not all(map(name_phrases._cased, [*parts[:-1], last])):
                continue
            if not any(w.islower() for w in [*parts[:-1], last]) or name_phrases._descriptor([*parts[:-1], last]):
                break
            start = match.start(1)
            end = start + len(" ".join(parts)) - (len(parts[-1]) - len(last))
            yield start, end, text[start:end], key
            break


def _phrase_pieces() -> list[str]:
    words = sorted({w for phrase in name_phrases.name_phrases() for w in phrase.split(" ")})[:40]
    return ["the ", "The ", " ", ". ", "'s ", "national ", *(w + " " for w in words), *(w.title() + " " for w in words)]


def _scanned(text: str) -> list[tuple[int, int, str, str]]:
    """The rule's candidates as its first round finds them (the carried line scan, then the phrases)."""
    return name_phrases._candidates(text, name_phrases._candidate_starts(text, 0, len(text))[0])


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_name_phrase_candidates_equal_the_plain_ones(data: st.DataObject) -> None:
    text = data.draw(_texts(_phrase_pieces(), 24))
    assert _scanned(text) == list(_plain_candidates(text))


def test_name_phrase_candidates_find_a_phrase() -> None:
    phrase = sorted(name_phrases.name_phrases())[0]
    text = f"He met the {phrase} on Monday and the {phrase.title()} again."
    assert _scanned(text) == list(_plain_candidates(text))
    assert _scanned(text) != []


QUESTION_TEXTS = _texts(["Is the town ready", "Why would anyone", "How much did it cost", "Does it help",
                         "; ", ";", "; Many", ";” she asked", "\n", "\n\n", ". ", "? ", " ", "“", "”", "it is",
                         "Reporting by Ana", "x", ":"])


@settings(max_examples=1000, deadline=None)
@given(QUESTION_TEXTS)
def test_question_scan_over_semicolon_lines_is_the_plain_scan(text: str) -> None:
    doc = Document.from_text(text)
    edits = [(e.start, e.end, e.replacement) for e in question_mark.semicolon_for_question_mark.run(doc)]
    plain = []
    for match in question_mark._QUESTION.finditer(text):
        mark = match.start(1)
        line_end = text.find("\n", mark)
        if question_mark._AFTER.match(text[mark + 1: len(text) if line_end < 0 else line_end]):
            plain.append((mark, mark + 1, "?"))
    assert edits == plain


LINE_PIECES = _texts(["word", "The", " ", "a", "1", "1,5", "1,", ",", ".", "!", "?", "…", "”", "'", ")", "]",
                      "\"", "’", "-", "\n", "٣", ":", "x1,2.3"], 24)


@settings(max_examples=1000, deadline=None)
@given(LINE_PIECES)
def test_line_end_test_is_the_stopped_search(line: str) -> None:
    assert final_stop._stopped(line) == (final_stop._STOPPED.search(line) is not None)


@settings(max_examples=1000, deadline=None)
@given(LINE_PIECES)
def test_enough_words_is_the_word_count(line: str) -> None:
    wanted = len(final_stop._WORD.findall(line)) >= final_stop.MIN_WORDS
    assert (final_stop._ENOUGH_WORDS.match(line) is not None) == wanted


_PLAIN_MIRRORED = re.compile(r"(?:^|(?<=\s))\)(?P<inside>[^()\s][^()\n]{0,60}?)\((?=[\s.,;:!?]|$)", re.MULTILINE)
BRACKET_TEXTS = _texts([")", "(", " ", "\n", "\t", "ISA", "a", ".", ",", "x y", ":)", "é"])


@settings(max_examples=1000, deadline=None)
@given(BRACKET_TEXTS)
def test_mirrored_brackets_led_by_the_bracket_is_the_plain_scan(text: str) -> None:
    found = [(m.span(), m.group("inside")) for m in swapped_marks.MIRRORED_BRACKETS.finditer(text)]
    assert found == [(m.span(), m.group("inside")) for m in _PLAIN_MIRRORED.finditer(text)]


_PLAIN_DETERMINER = re.compile(r"(?:[.!?] |\n)(the|this|its|their|his|her|our)(?= [A-Z][a-z])")
DETERMINER_TEXTS = _texts(["the", "its", "our", "his", " ", "\n", ". ", ".", "!", "? ", "Port", "x", "thethe"])


@settings(max_examples=1000, deadline=None)
@given(DETERMINER_TEXTS)
def test_determiner_scan_led_by_a_class_is_the_plain_scan(text: str) -> None:
    scan = casing_starts._LOWER_DETERMINER_BEFORE_NAME
    assert [(m.span(), m.span(1)) for m in scan.finditer(text)] == \
        [(m.span(), m.span(1)) for m in _PLAIN_DETERMINER.finditer(text)]
