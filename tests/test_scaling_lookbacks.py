"""Rules read around each candidate in proportion to a one-line text, with the same answers
(issue 13, speed42).

QM017, AT013, QM033, AP001, QM009 and PU030 sliced or scanned back to the paragraph's (or
line's) start, or forward to its end, once per candidate: on a one-line feed record the
reading grew with the square of its length. They now read the document's mark index
(:mod:`repair.quote_marks`), a paragraph's matches listed once
(:mod:`repair.span_matches`), a person-word index (AT013) or the text in place. The
characters each rule reads are counted (:class:`scaling_helpers.CountingText`), which a
loaded machine cannot disturb; the bounded reads are checked against the slices they
replace by hypothesis.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scaling_helpers import characters_read
from test_scaling_quotes import ONE_LINE

from repair.apply import Policy
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline
from repair.quote_marks import quote_marks
from repair.rules import ALL_RULES
from repair.rules import dash_dialogue as dd
from repair.rules.invented_reports import _PERSON_EARLIER, person_named
from repair.span_matches import SpanMatches

_RULES = {rule.code: rule for rule in ALL_RULES}
GROWTH = 8  # copies of every rule's examples (0.17 MB) on one line against one copy
# Linear reading grows 8 times; the look-backs read 29 to 9,800 times more at 8 times the text.
ALLOWED = 12


@pytest.mark.parametrize("code", ["QM017", "AT013", "QM033", "AP001", "QM009", "PU030", "QM011", "SP001", "AT003",
                                  "GL018"])
def test_a_rule_reads_a_one_line_text_in_proportion_to_it(code: str) -> None:
    rule = _RULES[code]
    small = characters_read(rule, ONE_LINE + "\n")  # (word lists and lazy patterns load here too)
    large = characters_read(rule, ONE_LINE * GROWTH + "\n")
    assert large <= ALLOWED * small + 10_000, (code, small, large)


def _dash_tags_by_slices(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """QM017's dash tags as b05b4b7 found them, slicing the paragraph per tag (the reference)."""

    def opened_by_dash(before: str) -> int | None:
        if "“" in before or "”" in before:
            return None
        found = None
        for each in dd._OPENING_DASH.finditer(text, start, start + len(before)):
            found = each
        if found is None or re.search(r"[.!?][ \t]", before[found.end() - start :]):
            return None
        return found.start()

    for dash_start, dash_end in dd._dashes_before_words(text, start, end):
        verb = dd._TAG_VERB.match(text, dash_end, end)
        if verb is None:
            continue
        at = dash_start
        while at > start and text[at - 1] in " \t":
            at -= 1
        if at > start and text[at - 1] == "”":
            at -= 1
        before = text[start:at].rstrip()
        quote = before.rfind("“")
        opening = None
        if before.count("“") - before.count("”") != 1 or not before[-1:].isalnum():
            opening = opened_by_dash(before) if before[-1:].isalnum() else None
            if opening is None:
                continue
        elif quote > 0 and before[quote - 2 : quote] not in (". ", ": ") and before[quote - 1] != "\n":
            continue
        if not dd._SPEAKER.match(text, verb.end()):
            continue
        if text[dash_end : verb.end()] not in dd._LISTED_VERBS:
            stop_at = dd._TAG_END.search(text, verb.end(), end)
            if re.search(dd._DASH, text[verb.end() : stop_at.start() if stop_at else end]):
                continue
        if opening is not None:
            yield opening, opening + 1, "“"
        yield at, verb.end(), f"{'' if before[-1:] in ',.?!' else ','}” {verb.group()}"
        stop = re.search(r"[.!?]”?(?=\s|$)", text[verb.end() : end])
        if stop is not None:
            closing = dd._CLOSING_DASH.search(text, verb.end(), verb.end() + stop.end())
            resuming = dd._RESUMING_DASH.search(text, verb.end(), verb.end() + stop.end())
            if closing is not None:
                yield closing.start(), closing.end(), ""
            elif resuming is not None and opening is None and "”" in text[resuming.end() : end] \
                    and "“" not in text[resuming.end() : end]:
                yield resuming.start(), resuming.end(), ", “"


# Pieces dense in what QM017 reads: dashes glued to verbs, speakers, marks, stops, blanks,
# and whole tags of each kind (about one text in eight holds a tag; each branch is reached).
DASH_PIECES = ["“", "”", '"', "—", "–", "--", "-", "—said", "—recounted", " Ana", " the mayor", "said ", "word",
               ". ", "! ", ".", ", ", " ", "\t", "\n", "\n\n", ": ", "Rain fell. —We", "“We will build it",
               " —said Ruiz", " —recounted the mayor", " —added Ana Ruiz—", " --admitted the manager, Ana Ruiz--",
               ", but only until May.”", " and traffic is moving.”", "—.", "The firm won. —Every job is safe",
               " —promised the owner, Ana Ruiz", " —restored in May— reopened"]
DASH_TEXTS = st.lists(st.sampled_from(DASH_PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(DASH_TEXTS)
def test_dash_tags_read_in_place_equal_the_slices(text: str) -> None:
    doc = Document.from_text(text)
    marks = quote_marks(doc)
    for para in doc.paragraphs:
        assert list(dd.dash_tags(text, para.start, para.end, marks)) == \
            list(_dash_tags_by_slices(text, para.start, para.end))


def test_dash_tags_examples_equal_the_slices() -> None:
    """The rule's own examples (one paragraph each) give the reference's tags."""
    for example in (*_RULES["QM017"].bad, *_RULES["QM017"].good):
        text = example.text
        doc = Document.from_text(text)
        for para in doc.paragraphs:
            assert list(dd.dash_tags(text, para.start, para.end, quote_marks(doc))) == \
                list(_dash_tags_by_slices(text, para.start, para.end))


PERSON_PIECES = ["He", "he", "Her", "Hers", "She", "Dr", "Mr", "Mrs", "him", "x", " ", ".", "\n", "\n\n", "_", "9"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PERSON_PIECES), max_size=40).map("".join), st.data())
def test_person_words_by_index_equal_the_slice_search(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert person_named(doc, start, end) == (_PERSON_EARLIER.search(text[start:end]) is not None)


@settings(max_examples=300, deadline=None)
@given(DASH_TEXTS, st.data())
def test_listed_matches_equal_a_search_from_the_candidate(text: str, data: st.DataObject) -> None:
    """The patterns QM017 lists per paragraph match at a position whatever the search's
    start and never overlap: the first listed match from ``pos`` is the search's."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pos = data.draw(st.integers(start, end))
    scans = SpanMatches(text, start, end)
    for pattern in (dd._TAG_END, dd._TAG_STOP, dd._SENTENCE_STOP, dd._RESUMING_DASH):
        found = pattern.search(text, pos, end)
        assert scans.first_from(pattern, pos) == (found.span() if found else None)
    opening = dd._OPENING_DASH
    every = list(opening.finditer(text, start, pos))
    assert scans.last_ending_before(dd._OPENING_DASH, pos) == (every[-1].span() if every else None)


# The pathological feed items (a run of one character, a line with no stop, a line
# of one-letter words), each between two plain sentences.
_WORDS = "the council met again and talked about roads and money and schools "
_LETTERS = "a b c d e f g h i j k l m n o p q r s t u v w x y z "
PATHOLOGICAL = {
    "dots": (lambda n: "." * n, 20_000), "spaces": (lambda n: " " * n, 20_000),
    "opening marks": (lambda n: "“" * n, 20_000), "dashes": (lambda n: "—" * n, 20_000),
    "commas": (lambda n: "," * n, 20_000),
    "no stop": (lambda n: (_WORDS * (n // len(_WORDS) + 1))[:n], 50_000),
    "one-letter words": (lambda n: (_LETTERS * (n // len(_LETTERS) + 1))[:n], 50_000),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_check_and_fix_on_a_pathological_item_grow_with_it(name: str) -> None:
    """``check`` and ``fix --unsafe`` (rules) on ten times the run cost about ten times as
    much (measured 6-12x at 0.05 -> 0.5 MB and 0.1 -> 1 MB); a quadratic would cost 100x.
    A generous bound: CI runs under load."""
    make, chars = PATHOLOGICAL[name]
    pipelines = (Pipeline().check, Pipeline(policy=Policy(min_safety=Safety.UNSAFE)).fix)
    for run in pipelines:
        run("Warm up. “The word lists load here,” he said.\n")

    def cost(run, size: int) -> float:  # type: ignore[no-untyped-def]
        text = "Prices rose on Monday, the agency said. " + make(size) + " The market closed early.\n"
        gc.collect()
        began = time.process_time()
        run(text)
        return time.process_time() - began

    for run in pipelines:
        small, large = min(cost(run, chars) for _ in range(2)), cost(run, 10 * chars)
        assert large <= 30 * small + 0.3, (name, small, large)
