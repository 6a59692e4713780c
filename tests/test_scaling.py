"""Premises the speed work rests on: what a shortcut computes equals the plain computation.

``Document.edited`` re-segments only the lines a round of ``fix`` changed and moves the
rest; it must equal segmenting the whole new text, for any text and any changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import repair.document
from repair.apply import Policy
from repair.document import Document
from repair.edits import Safety
from repair.pipeline import Pipeline
from repair.quote_marks import quote_marks
from repair.rules.base import lazy_compile
from repair.rules.glued import _HYPHENATED_PAIRS
from repair.rules.glued_scan import _ALONE_NAME, alone_names, letter_runs
from repair.rules.quote_comma_scans import commas_glued_to_tags, paragraphs_with_curly_marks, stops_marks_commas
from repair.rules.quote_commas import foreign_quote_before_tag
from repair.rules.quote_commas_house import (
    _PUNCT_INSIDE,
    _PUNCT_OUTSIDE,
    _paragraphs_with_a_comma_outside,
    _quoted_sentences,
)

PIECES = ["\n", "\n\n", " ", "  ", ". ", ".", "? ", "!", "Mr. ", "U.S. ", "Calif. ", "...", "” ", '"', "said",
          "the", "The", "in", "rain", "Ruiz", "9.3", "a", "B", "\t", "é", "\r\n", "\u2028", "\x0c"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@st.composite
def edited_texts(draw: st.DrawFn, pieces: list[str] = PIECES) -> tuple[str, list[tuple[int, int, str]]]:
    """A text and non-overlapping changes to it, in order: (start, end, replacement)."""
    text = draw(st.lists(st.sampled_from(pieces), max_size=40).map("".join))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    changes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        changes.append((start, end, draw(st.lists(st.sampled_from(pieces), max_size=3).map("".join))))
    return text, changes


def _apply(text: str, changes: list[tuple[int, int, str]]) -> str:
    parts, cursor = [], 0
    for start, end, replacement in changes:
        parts += [text[cursor:start], replacement]
        cursor = end
    return "".join(parts) + text[cursor:]


# ``Document.edited`` takes one of two paths by the density of the changes
# (``_DENSE_REGIONS``): region by region, or the whole new text segmented afresh. The
# property tests run each example down both: 10**9 (afresh whenever a line changed) and 0
# (always region by region).
DENSITIES = (10**9, 0)


@contextmanager
def _dense_regions(value: int) -> Iterator[None]:
    saved = repair.document._DENSE_REGIONS
    repair.document._DENSE_REGIONS = value
    try:
        yield
    finally:
        repair.document._DENSE_REGIONS = saved


@given(edited_texts())
@settings(max_examples=500)
def test_edited_document_equals_segmenting_the_new_text(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    """Paragraphs and sentences (spans, paragraph numbers, places in the paragraph) are
    the ones ``from_text`` finds in the new text, whatever lines the changes join, split,
    blank or fill."""
    text, changes = case
    new = _apply(text, changes)
    for dense in DENSITIES:
        with _dense_regions(dense):
            doc = Document.from_text(text).edited(new, [(s, e, len(r)) for s, e, r in changes])
        assert doc == Document.from_text(new)


@given(TEXTS, TEXTS)
def test_edited_with_changes_that_do_not_add_up_segments_afresh(text: str, other: str) -> None:
    """Changes whose lengths do not lead to the new text's length, or out of order (a
    caller's slip), still give the new text's true segmentation, not a shifted copy of
    the old one."""
    old = Document.from_text(text)
    assert old.edited(other, [(0, len(text), len(other) + 1)]) == Document.from_text(other)
    if len(text) >= 2:
        assert old.edited(other, [(1, 2, 0), (0, 1, 0)]) == Document.from_text(other)


def test_fix_over_many_paragraphs_equals_the_whole_text_recheck() -> None:
    """``fix`` (which carries the document from round to round) gives the text, findings
    and rounds that re-checking the whole text every round gives, on a text whose repairs
    change line lengths in several places."""
    paragraph = ("The council met on Tuesday. in the town hall. The the budget passed by 12 votes to 3.\n\n"
                 "Officials said the plan would cost 4.5 million euros , the mayor said.\n\n")
    text = "Budget passes\n\n" + paragraph * 30
    policy = Policy(min_safety=Safety.UNSAFE)
    fast = Pipeline(policy=policy).fix(text)
    plain = Pipeline(policy=policy, incremental=False).fix(text)
    assert fast.fixed == plain.fixed and fast.rounds == plain.rounds and fast.remaining == plain.remaining
    assert fast.fixed != text


# Names next to every character the name pattern reads on either side (a word character,
# an apostrophe, @, /, a dot, a hyphen), line breaks and other text.
NAME_PIECES = [*PIECES, "Kenya", "Lima", "@", "/", "-", "'", "’", "x", "7", "Peru."]


@given(edited_texts(NAME_PIECES), st.data())
@settings(max_examples=400)
def test_line_counts_carried_by_edited_equal_counting_the_new_text(
        case: tuple[str, list[tuple[int, int, str]]], data: st.DataObject) -> None:
    """``fix`` re-runs the document-scope rules on each round's edited Document, whose
    names written alone (``alone_names``, CA007/CA012) come from the old counts with only
    the changed lines recounted: the same as counting the new text, round after round."""
    text, changes = case
    doc = Document.from_text(text)
    alone_names(doc)  # counted on the first text, as check does
    for round_index in range(2):
        new = _apply(text, changes)
        with _dense_regions(DENSITIES[(round_index + data.draw(st.integers(0, 1))) % 2]):
            doc = doc.edited(new, [(s, e, len(r)) for s, e, r in changes])
        fresh = Document.from_text(new)
        assert +doc.line_counts(_ALONE_NAME) == +fresh.line_counts(_ALONE_NAME)
        assert alone_names(doc) == alone_names(fresh) == frozenset(_ALONE_NAME.findall(new))
        text = new
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        changes = [(start, end, data.draw(st.sampled_from(NAME_PIECES)))
                   for start, end in zip(cuts[::2], cuts[1::2], strict=False)]


# Letter runs of every length around the three and seven letters the runs are cut at.
# Letter runs of every length around the three and seven letters the runs are cut at, and the
# closing marks, commas and stops QM034 counts around them.
RUN_PIECES = [*PIECES, "ab", "abc", "Kenya", "Nairobi", "balancebetween", "x", "7", "-", "’",
              "”", '"', "»", ",", ".", "!", "”,", '."']


@given(edited_texts(RUN_PIECES), st.data())
@settings(max_examples=300)
def test_letter_runs_carried_by_edited_equal_scanning_the_new_text(
        case: tuple[str, list[tuple[int, int, str]]], data: st.DataObject) -> None:
    """GL001 and GL015 read the text's letter runs (``letter_runs``), QM034 its commas and
    stops outside and inside closing marks, on each round's edited Document, where only the
    changed lines are recounted: the same counts as scanning the new text, round after round."""
    text, changes = case
    doc = Document.from_text(text)
    letter_runs(doc)  # counted on the first text, as check does
    doc.line_counts(_PUNCT_OUTSIDE), doc.line_counts(_PUNCT_INSIDE)
    for round_index in range(2):
        new = _apply(text, changes)
        with _dense_regions(DENSITIES[(round_index + data.draw(st.integers(0, 1))) % 2]):
            doc = doc.edited(new, [(s, e, len(r)) for s, e, r in changes])
        assert letter_runs(doc) == Counter(re.findall(r"[A-Za-z]{3,}", new))
        assert letter_runs(doc, 7) == Counter(re.findall(r"[A-Za-z]{7,}", new))
        for marks in (_PUNCT_OUTSIDE, _PUNCT_INSIDE):
            assert +doc.line_counts(marks) == Counter(marks.findall(new))
        text = new
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        changes = [(start, end, data.draw(st.sampled_from(RUN_PIECES)))
                   for start, end in zip(cuts[::2], cuts[1::2], strict=False)]


def test_line_counts_of_a_lazy_pattern_are_carried_under_its_compiled_pattern() -> None:
    """A ``lazy_compile`` pattern's module global is the lazy object until first use and the
    compiled pattern after: both must read one count, which ``edited`` carries (a count kept
    under the lazy object was missed by the next round, which recounted the whole text)."""
    lazy = lazy_compile(r"[A-Z][a-z]+")
    text = "Ruiz said so.\n\nThe rain in Lima.\n"
    doc = Document.from_text(text)
    assert +doc.line_counts(lazy) == Counter({"Ruiz": 1, "The": 1, "Lima": 1})
    compiled = lazy.compiled()
    assert isinstance(compiled, re.Pattern) and compiled is lazy.compiled()
    assert doc.line_counts(compiled) is doc.line_counts(lazy)
    new = text.replace("Ruiz", "Ana")
    edited = doc.edited(new, [(0, 4, 3)])
    carried = edited.line_counts(compiled)
    assert carried["Ruiz"] == 0  # carried (a fresh count holds no zero), the changed line recounted
    assert +carried == Counter(compiled.findall(new)) and edited.line_counts(lazy) is carried
    assert sum(1 for key in edited.memo if isinstance(key, tuple) and key[0] == "Document.line_counts") == 1
    # A pattern-like object of another kind (GL001's hyphenated pairs) is its own key.
    assert doc.line_counts(_HYPHENATED_PAIRS) is doc.memo[("Document.line_counts", _HYPHENATED_PAIRS)]


MARK_PIECES = [*PIECES, ",", ", ", " ,", "”", '"', ".”", '."', ". ”", '. "', "..", "he", "a,b"]


@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
@settings(max_examples=500)
def test_stops_marks_commas_equal_the_scan_led_by_the_stop(text: str) -> None:
    """QM015 finds a stop, its closing mark and the comma after (``.”, said``) from the mark:
    the same matches, in the same order, as the pattern led by the stop, which stopped at
    every full stop of the text."""
    assert list(stops_marks_commas(text)) == [(m.start(), m.start("mark"), m.end())
                                              for m in re.finditer(r"\.( ?)(?P<mark>[”\"]) ?, ", text)]


@given(st.lists(st.sampled_from(MARK_PIECES), max_size=40).map("".join))
@settings(max_examples=300)
def test_comma_glued_to_tag_scans_equal_one_scan(text: str) -> None:
    """QM015's marks spaced off the comma glued to the tag, one scan led by each mark:
    the same matches in the same order as one scan led by the class of both."""
    assert [m.span() for m in commas_glued_to_tags(text)] == [m.span() for m in re.finditer(r"[”\"] ,(?=[a-z])", text)]


@given(st.lists(st.sampled_from([*MARK_PIECES, "“", "“We", "”,", "\n\n“", "”\n", "\n \n"]), max_size=40).map("".join))
@settings(max_examples=500)
def test_paragraphs_with_curly_marks_equal_filtering_every_paragraph(text: str) -> None:
    """QM015 reads the paragraphs that hold a curly mark, found from the marks' positions:
    the same paragraphs, in order, as a ``find`` of each mark in every paragraph."""
    doc = Document.from_text(text)
    assert paragraphs_with_curly_marks(doc, quote_marks(doc)) == [
        para for para in doc.paragraphs if text.find("”", para.start, para.end) >= 0
        or text.find("“", para.start, para.end) >= 0]


# Quotations before their tags, damaged every way QM015 reads (stranded, turned, lost marks),
# with line breaks and blanks between, so an edit changes the lines around a kept answer.
QUOTE_PIECES = ["\n", "\n\n", " ", "  ", ". ", ".", "“", "”", '"', "‘", "’", "„", ", ", ",", "”, ", ". “, ",
                ".”", "said", " said Ana Ruiz", " he said", "Ruiz said", "We won", "The coach", "I", "rain",
                "Do not", "U.S.", "?”, ", "the", "Rain fell. ", "The dam will hold", "We had no choice",
                "”, said the engineer.", "” said the engineer.", ".” said the engineer.", ",” Kahn stressed.",
                " “, the engineer said.", "“We waited. Today it is over “, said Ana Ruiz.", "” ,he said."]


@given(edited_texts(QUOTE_PIECES), st.data())
@settings(max_examples=400)
def test_qm015_answers_carried_by_edited_equal_reading_the_new_text(
        case: tuple[str, list[tuple[int, int, str]]], data: st.DataObject) -> None:
    """QM015 keeps each paragraph's edits (``carried_paragraph_edits``) for the next round of
    ``fix``: on each round's edited Document its edits equal those on the new text read afresh."""
    text, changes = case
    doc = Document.from_text(text)
    foreign_quote_before_tag.run(doc)  # read on the first text, as check does
    for round_index in range(2):
        new = _apply(text, changes)
        with _dense_regions(DENSITIES[(round_index + data.draw(st.integers(0, 1))) % 2]):
            doc = doc.edited(new, [(s, e, len(r)) for s, e, r in changes])
        assert foreign_quote_before_tag.run(doc) == foreign_quote_before_tag.run(Document.from_text(new))
        text = new
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        changes = [(start, end, data.draw(st.sampled_from(QUOTE_PIECES)))
                   for start, end in zip(cuts[::2], cuts[1::2], strict=False)]


def test_qm015_closing_mark_at_the_text_start_is_read_without_wrapping_round() -> None:
    """A closing mark as the text's first character, with a comma and a tag after it, and a
    text that ends on a full stop: the stranded-mark test looked two characters back and
    read the text's last stop (a negative slice), then proposed an edit at offset -2
    (hypothesis found it: ValueError "invalid span [-2, 2)")."""
    text = "\u201d, said t\nRuiz saidhe engineer.\n"
    assert foreign_quote_before_tag.run(Document.from_text(text)) == []


def test_qm015_answer_read_afresh_when_a_quotation_opened_before_changes() -> None:
    """A paragraph's kept answer is read again only while the quotation left open before it
    is as it was: an edit on the line before that closes it makes the paragraph's closing
    mark one that nothing opened (its opening mark lost), on the next round too."""
    text = "Rain fell. “The dam will hold in the storm\nThe spring will come”, said the engineer.\n"
    doc = Document.from_text(text)
    assert foreign_quote_before_tag.run(doc) == []  # the quotation opened on the line before
    new = text.replace("“", "")  # the line before ends as it did: only the quotation changed
    edited = doc.edited(new, [(11, 12, 0)])
    fixes = [(e.span.start, e.span.end, e.replacement) for e in foreign_quote_before_tag.run(edited)]
    assert fixes == [(42, 42, "“"), (62, 64, ",”")]
    assert foreign_quote_before_tag.run(edited) == foreign_quote_before_tag.run(Document.from_text(new))


def test_letter_runs_refuse_runs_shorter_than_they_count() -> None:
    with pytest.raises(ValueError, match="three letters"):
        letter_runs(Document.from_text("an ox"), 2)


# Characters whose lower case depends on their neighbours (a capital sigma) or is longer
# than they are (a dotted capital I), next to line breaks and other text.
LOWER_PIECES = [*PIECES, "\u03a3", "\u039f\u0394\u039f\u03a3", "\u0130", "\u212a", "ǅ", "ß", "Ä"]


@given(edited_texts(LOWER_PIECES), st.data())
@settings(max_examples=400)
def test_lowered_text_carried_by_edited_equals_lowering_the_new_text(
        case: tuple[str, list[tuple[int, int, str]]], data: st.DataObject) -> None:
    """SP001's search reads the lower-cased text, which ``Document.edited`` carries from round
    to round of ``fix`` with only the changed lines lower-cased again: when it carries it at
    all, it is the new text's ``lower()`` exactly, round after round."""
    text, changes = case
    doc = Document.from_text(text)
    doc.memo[repair.document.LOWERED] = (text, text.lower())  # as the first search leaves it
    for round_index in range(2):
        new = _apply(text, changes)
        with _dense_regions(DENSITIES[(round_index + data.draw(st.integers(0, 1))) % 2]):
            doc = doc.edited(new, [(s, e, len(r)) for s, e, r in changes])
        entry = doc.memo.get(repair.document.LOWERED)
        if entry is None:  # not carried (a fresh segmentation, a sigma, a longer lower case)
            doc.memo[repair.document.LOWERED] = (new, new.lower())
        else:
            assert isinstance(entry, tuple) and entry[0] is doc.text and entry[1] == new.lower()
        text = new
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        changes = [(start, end, data.draw(st.sampled_from(LOWER_PIECES)))
                   for start, end in zip(cuts[::2], cuts[1::2], strict=False)]


def test_lowered_text_carried_across_a_sparse_round() -> None:
    """A round that changes one line of a long plain text carries the lower-cased text (the
    search does not lower-case the whole text again) and it equals the new text's."""
    text = "".join(f"Paragraph {i} of the Report, as Filed.\n\n" for i in range(40))
    doc = Document.from_text(text)
    doc.memo[repair.document.LOWERED] = (text, text.lower())
    start = text.index("Report", 200)
    new = text[:start] + "BUDGET Report" + text[start + 6 :]
    edited = doc.edited(new, [(start, start + 6, len("BUDGET Report"))])
    entry = edited.memo[repair.document.LOWERED]
    assert isinstance(entry, tuple) and entry == (new, new.lower())
    assert entry[0] is edited.text


QUOTE_PIECES = ["“We have seen floods before”, said the farmer.", '"The pool will open in June", the mayor said.',
                "”,", '",', "” ,", "said", " ", "\n", "\n\n", "A", "x", "“", "”", '"', ", she said."]


@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=30))
@settings(max_examples=300)
def test_qm034_reads_only_the_paragraphs_its_scan_finds(pieces: list[str]) -> None:
    """QM034 asks only the paragraphs where one scan of the whole text finds a comma outside
    a closing mark: the quotations it finds are those every paragraph's own scan finds."""
    doc = Document.from_text("".join(pieces))
    every = [found for para in doc.paragraphs for found in _quoted_sentences(doc, para.start, para.end)]
    scanned = [found for para in _paragraphs_with_a_comma_outside(doc)
               for found in _quoted_sentences(doc, para.start, para.end)]
    assert scanned == every
