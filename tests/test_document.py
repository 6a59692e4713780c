"""Segmentation of news text into paragraphs and sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repair.document import Document


def sentences(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [doc.sentence_text(s) for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. economy grew 9.3% in Feb. and March.",
        "Spending reached $455.4 billion, up 8.1% from a year earlier.",
        "Mr. Smith met Dr. Jones at 9 a.m. on Monday.",
        "It was signed by John F. Kennedy in Washington.",
        "Shares of Acme Corp. rose 2.5 cents.",
    ],
)
def test_abbreviations_and_numbers_do_not_end_sentences(text: str) -> None:
    assert sentences(text) == [text]


def test_lowercase_continuation_is_split_off() -> None:
    assert sentences("They met in Rafah. in southern Gaza.") == ["They met in Rafah.", "in southern Gaza."]


def test_abbreviation_followed_by_new_sentence_splits() -> None:
    assert sentences("He moved to the U.S. He was 20.") == ["He moved to the U.S.", "He was 20."]


def test_quotes_and_question_marks() -> None:
    text = '"We will win," he said. "Why not?" She agreed.'
    assert sentences(text) == ['"We will win," he said.', '"Why not?"', "She agreed."]


def test_paragraphs_are_lines_and_offsets_index_the_text() -> None:
    text = "BEIJING, April 26, 2024 /CNW/ — Report:\r\n\r\nFirst one. Second one.\r\nHeadline without period\n"
    doc = Document.from_text(text)
    assert [doc.paragraph_text(i) for i in range(len(doc.paragraphs))] == [
        "BEIJING, April 26, 2024 /CNW/ — Report:",
        "First one. Second one.",
        "Headline without period",
    ]
    for s in doc.sentences:
        assert doc.sentence_text(s) == doc.sentence_text(s).strip()
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert doc.line_col(text.index("Second")) == (3, 12)


def test_empty_and_blank_text() -> None:
    assert Document.from_text("").sentences == ()
    assert Document.from_text("\n \n\t\n").paragraphs == ()


_LINES = ["", "  ", "The vote is due. in the south.", "Mr. Ruiz said: \"Why now?\" said Cole.", "U.S. officials met.",
          "It fell to 9.3% . . . Then rose.", "  Indented line, no stop", "A.  B.  C.", "\t", "Ends with dots..."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=12), st.data())
def test_section_equals_segmenting_the_slice(lines: list[str], data: st.DataObject) -> None:
    """A line-aligned section of a Document is the Document of that slice (Pipeline.fix
    cuts its re-check slices this way instead of segmenting them again)."""
    text = "\n".join(lines)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    ends = [i for i, c in enumerate(text) if c == "\n"] + [len(text)]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.sampled_from([e for e in ends if e >= start]))
    assert Document.from_text(text).section(start, end) == Document.from_text(text[start:end])


def test_section_inside_a_line_is_segmented_afresh() -> None:
    text = "Mr. Ruiz left. in the south.\nTwo lines."
    for start, end in ((2, 9), (4, 20), (0, 30), (15, len(text))):
        assert Document.from_text(text).section(start, end) == Document.from_text(text[start:end])


def test_section_inside_a_line_reads_the_whole_texts_evidence() -> None:
    # A cut that leaves out its line's blanks is segmented afresh, but its rules still weigh
    # the whole text's style (straight quotation marks, the apostrophe), as a line cut does.
    doc = Document.from_text('"We lost." The vote was close.\nWe walked out. \t\n')
    line = doc.paragraphs[1]
    assert doc.section(line.start, line.end).evidence is doc
    assert doc.section(line.start, line.end + 2).evidence is doc
    assert doc.section(line.start, line.end).section(0, 3).evidence is doc
