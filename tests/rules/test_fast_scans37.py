"""speed37 (issue 13): costly patterns scanned only over the lines that hold a cheap
necessary part of them (``repair.rules.line_filter``). Each filtered scan is compared with
the plain scan over the whole text by hypothesis, on texts built from the shapes' pieces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import appositive_pairs as pairs
from repair.rules import casing_closed_words as closed_words
from repair.rules import casing_demonyms as demonyms
from repair.rules import furniture_page_tags as page_tags
from repair.rules import line_filter
from repair.rules.line_filter import lines_holding


def _plain_lines(text: str, cheap: re.Pattern[str]) -> list[tuple[int, int]]:
    """The lines holding a match of ``cheap``, found line by line."""
    out, start = [], 0
    for line in text.split("\n"):
        if cheap.search(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


LINE_TEXTS = st.lists(st.sampled_from(["ab", "a", "b", "\n", " ", "\n\n", "x"]), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINE_TEXTS, st.sampled_from(["ab", "b", "a b", "x"]))
def test_lines_holding_are_the_lines_with_a_match(text: str, cheap: str) -> None:
    pattern = re.compile(cheap)
    assert list(lines_holding(text, pattern)) == _plain_lines(text, pattern)


def test_lines_holding_edges() -> None:
    cheap = re.compile("ab")
    assert list(lines_holding("", cheap)) == []
    assert list(lines_holding("ab", cheap)) == [(0, 2)]
    assert list(lines_holding("ab ab\nx\nab\n", cheap)) == [(0, 5), (8, 10)]
    assert list(lines_holding("\nxab", cheap)) == [(1, 4)]


APPOSITIVE_TEXTS = st.lists(st.sampled_from([
    "His lawyer", "The club's coach", "The mayor", "Her", "On Monday", ", ", ",", " ", "  ", "\n", ". ", "“", "” ",
    "Ana Ruiz", "Tomas Berg", "Ana", "Ruiz", "O'Neil", "Prime Minister", "said", "was", "is", "has", "said.",
    "a nurse at the clinic", "the ministry", "an aide", "the farmer who", "a", "the", "x", "Last August",
]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(APPOSITIVE_TEXTS)
def test_appositive_scans_equal_the_plain_ones(text: str) -> None:
    rule = pairs.appositive_pair
    whole = len(text)
    assert list(pairs._role_then_name(text, rule)) == list(pairs._role_then_name_in(text, 0, whole, rule))
    assert list(pairs._name_then_role(text, rule)) == list(pairs._name_then_role_in(text, 0, whole, rule))


def test_appositive_found_on_later_lines_and_left_elsewhere() -> None:
    text = ("Prices rose.\nHis lawyer, Tomas Berg said his client would appeal.\n"
            "On Monday, Ana Ruiz said the team was tired.\nMaria Lopez, a nurse at the clinic said the ward was full.")
    edits = list(pairs.appositive_pair.run(Document.from_text(text)))
    expected = [(text.index(" said his"), ","), (text.index(" said the ward"), ",")]
    assert [(e.start, e.replacement) for e in edits] == expected


def _plain_candidates() -> re.Pattern[str]:
    """CA031's candidate pattern as built before: one flat alternation of its forms."""
    word = "(?:" + "|".join(demonyms.candidate_forms()) + ")"
    return re.compile(demonyms._CANDIDATE_SHAPE.format(word=word))


def test_grouped_candidates_hold_the_same_words() -> None:
    grouped, plain = demonyms._candidates().pattern, _plain_candidates().pattern
    assert grouped != plain and len(demonyms.candidate_forms()) > 20
    assert all(form in plain for form in demonyms.candidate_forms())


NATIONALITY_TEXTS = st.lists(st.sampled_from([
    "irish", "iris", "iran", "iranian", "iranians", "ian", "dutch", "danish", "german", "germans", "a", "i", " ", " ",
    "-", "--", ".", ".x", "'", "’", "@", "\n", "the ", "s", "x", "Irish", "IRISH", "norwegian", "russians", "russian",
]), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(NATIONALITY_TEXTS)
def test_grouped_candidates_match_as_the_flat_alternation(text: str) -> None:
    grouped, plain = demonyms._candidates(), _plain_candidates()
    assert [(m.span(), m.group(1)) for m in grouped.finditer(text)] == \
        [(m.span(), m.group(1)) for m in plain.finditer(text)]


WORD_LISTS = st.lists(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=8, unique=True)


@settings(max_examples=300, deadline=None)
@given(WORD_LISTS, st.text(alphabet="abc -", max_size=20))
def test_by_first_letter_is_the_flat_alternation(forms: list[str], text: str) -> None:
    shape = "(?<![abc])({w}(?:-{w})?)(?![abc])"
    grouped = re.compile(shape.format(w=demonyms._by_first_letter(forms)))
    plain = re.compile(shape.format(w="(?:" + "|".join(forms) + ")"))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in re.compile(demonyms._by_first_letter(forms)).finditer(text)] == \
        [m.span() for m in re.compile("(?:" + "|".join(forms) + ")").finditer(text)]


def _plain_prose(sentence: str) -> bool:
    """CA027/CA028's prose test as written before: every capitalised word asked whether it
    is a name before the share is taken."""
    body = sentence.rstrip().rstrip(closed_words._CLOSERS)
    if not body or body[-1] not in closed_words._END_MARKS:
        return False
    words = [word.strip(",;.!?") for word in sentence.split() if word[:1].isalpha()]
    if len(words) < closed_words.MIN_WORDS:
        return False
    common = [word for word in words[1:] if word[:1].islower() or not closed_words._name_word(word)]
    return sum(word[:1].islower() for word in common) >= closed_words.MIN_LOWER_SHARE * len(common)


PROSE_SENTENCES = st.lists(st.sampled_from([
    "the", "council", "met", "on", "Monday", "Ana", "Ruiz", "The", "Council", "Met", "In", "Paris", "Laos", "and",
    "Said,", "said.", "Told", "March", "x", "É", "étude", "1999", "“Yes", "(a)", "IT", "Zorbly", "Vientiane.",
]), max_size=12).map(" ".join).flatmap(lambda body: st.sampled_from(["", ".", "!", "?", ".”", "…"]).map(
    lambda end: body + end))


@settings(max_examples=600, deadline=None)
@given(PROSE_SENTENCES)
def test_prose_answers_as_the_plain_reading(sentence: str) -> None:
    assert closed_words._prose.__wrapped__(sentence) == _plain_prose(sentence)


def test_prose_both_ways() -> None:
    prose = closed_words._prose.__wrapped__
    assert prose("The council met on Monday in Paris.")
    assert prose("Ana Ruiz Met The Council In Paris On Monday and left.") is False
    assert prose("Ana Ruiz met Laos Vientiane Ruiz Paris in March.")  # names are not counted
    assert prose("The council met on Monday") is False  # no stop
    assert prose("Met on Monday.") is False  # too few words


def _plain_spans_holding(text: str, starts: list[int], ends: list[int], hints: tuple[str, ...]) -> set[int]:
    return {i for i in range(len(starts)) if any(h in text[starts[i] : ends[i]] for h in hints)}


HINT_TEXTS = st.lists(st.sampled_from(["ags", "a", "gs", "(c)", "c", ": ", ":", " ", "\n", "\n\n", "x", "AGS"]),
                      max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(HINT_TEXTS, st.sampled_from([("ags",), ("ags", "AGS"), ("(c)", ": "), ("a",), ("gs", "ags")]))
def test_spans_holding_are_the_spans_with_a_hint(text: str, hints: tuple[str, ...]) -> None:
    paragraphs = Document.from_text(text).paragraphs
    starts, ends = [p.start for p in paragraphs], [p.end for p in paragraphs]
    assert line_filter.spans_holding(text, starts, ends, hints) == _plain_spans_holding(text, starts, ends, hints)
    # Spans that end inside a hint, or leave gaps, are read the same way.
    cut_ends = [max(s, e - 1) for s, e in zip(starts, ends, strict=True)]
    assert line_filter.spans_holding(text, starts, cut_ends, hints) == \
        _plain_spans_holding(text, starts, cut_ends, hints)


PAGE_TAIL_TEXTS = st.lists(st.sampled_from([
    "The vote passed.", " ", "\n", "\n\n", "Copyright 2025 The Harbour Press. All rights reserved.",
    "TAGS: budget, taxes",
    "Topics: council", "flags", "Advertisement", "The vote passed on Monday.", "Photo: Jo Hart", "(c)", "©", ": ",
    "Image: ESA/NASA. Processing: Jo Hart", "Reporting by Ana Ruiz; Editing by Lee Min", "KEYWORDS: x",
]), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(PAGE_TAIL_TEXTS)
def test_page_tail_edits_as_with_a_test_per_paragraph(text: str) -> None:
    doc = Document.from_text(text)
    found = list(page_tags.labelled_page_line.run(doc))
    fast = page_tags.spans_holding
    try:
        page_tags.spans_holding = _plain_spans_holding  # type: ignore[assignment]
        plain = list(page_tags.labelled_page_line.run(Document.from_text(text)))
    finally:
        page_tags.spans_holding = fast
    assert found == plain


def test_page_tails_found_in_their_paragraphs_only() -> None:
    text = ("The bags were packed.\n\nThe vote passed. Copyright 2025 The Harbour Press. All rights reserved.\n\n"
            "The vote passed. TAGS: budget, council, taxes\n\nAdvertisement The vote passed on Monday.")
    edits = list(page_tags.labelled_page_line.run(Document.from_text(text)))
    assert [text[e.start : e.end] for e in edits] == [
        " Copyright 2025 The Harbour Press. All rights reserved.", " TAGS: budget, council, taxes", "Advertisement "]
