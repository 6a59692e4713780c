"""Quotation look-backs cost the same however long the paragraph (issue 13).

Rules ask whether a quotation is open at a candidate by counting the marks from the
paragraph's (or line's) start. Counted on a slice each time, that made ``check`` quadratic
in paragraph length: a one-line feed record of 1 MB took 13 s, 20 MB ran past five minutes.
:mod:`repair.quote_marks` indexes the marks once per document; its answers must equal the
slice counts exactly, and the rules' cost on a one-line text must grow with the text.
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from scaling_helpers import rule_costs

from repair.document import Document
from repair.pipeline import Pipeline
from repair.quote_marks import CLOSE, OPEN, STRAIGHT, quote_marks
from repair.rules import ALL_RULES

# Pieces dense in every mark kind and in line and paragraph breaks.
PIECES = ["“", "”", '"', "\n", "\n\n", "a", "Word ", ". ", "“Yes,” she said. ", '"No." ', " — "]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_indexed_marks_answer_as_the_slices_do(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    marks = quote_marks(doc)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    before = text[start:end]
    for mark in (OPEN, CLOSE, STRAIGHT):
        assert marks.count(mark, start, end) == text.count(mark, start, end)
        assert marks.last(mark, start, end) == text.rfind(mark, start, end)
        assert marks.first(mark, start, end) == text.find(mark, start, end)
    assert marks.line_start(end) == text.rfind("\n", 0, end) + 1
    assert marks.line_end(start) == text.find("\n", start)
    assert marks.quotation_open(start, end) == (
        before.count(OPEN) > before.count(CLOSE) or before.count(STRAIGHT) % 2 == 1)
    assert quote_marks(doc) is marks  # indexed once per document


def test_an_edited_document_indexes_its_own_text() -> None:
    doc = Document.from_text("“Yes. It rose.")
    assert quote_marks(doc).quotation_open(0, 10)
    edited = doc.edited("“Yes.” It rose.", [(5, 5, 1)])
    assert not quote_marks(edited).quotation_open(0, 12)


def test_a_quotation_open_on_a_long_line_still_keeps_its_words() -> None:
    """The index answers as the slices did: a clipped phrase inside a speaker's words,
    far along a one-line record, is left alone; the same phrase outside a quotation is
    still found."""
    filler = "The board met on Monday. " * 2000
    quoted = filler + "She said: “We will build it. Near the old mill. Then we open.” The end.\n"
    narrated = filler + "She said we will build it. Near the old mill. Then we open. The end.\n"
    pipeline = Pipeline()
    assert not any(e.rule == "FR001" for e in pipeline.check(quoted))
    assert any(e.rule == "FR001" for e in pipeline.check(narrated))


# Every rule's own examples on ONE line (no paragraph break), repeated.
ONE_LINE = " ".join(example.text.replace("\n", " ") for rule in ALL_RULES
                    for example in (*rule.bad, *rule.good)) + " "
# The small text holds every rule's examples (ONE_LINE is ~0.17 MB): cut shorter, a rule whose
# examples come late had nothing to do at the small size and its plain linear work at the large
# one read as growth (CA032 0.0 -> 0.057 s, GL018 0.0 -> 0.041 s on 2026-12-02).
SMALL_CHARS, GROWTH = max(125_000, len(ONE_LINE) + 1), 8  # about 0.17 MB and 1.4 MB
ALLOWED = 20.0  # times the small text's cost for eight times the text (a quadratic: 64)
SLACK_S = 0.05


def _costs(chars: int) -> dict[str, float]:
    """Each rule's CPU seconds on the one-line text cut to about ``chars`` (best of two)."""
    return rule_costs(Document.from_text((ONE_LINE * (chars // len(ONE_LINE) + 1))[:chars] + "\n"))


def test_every_rule_on_a_one_line_text_costs_in_proportion_to_it() -> None:
    _costs(len(ONE_LINE))  # word lists and lexicons load here, outside the timed runs
    small, large = _costs(SMALL_CHARS), _costs(SMALL_CHARS * GROWTH)
    grew = {code: (round(small[code], 4), round(large[code], 4)) for code in small
            if large[code] > ALLOWED * small[code] + SLACK_S}
    assert not grew, f"rules whose cost grew faster than a one-line text (s at the small, 8x text): {grew}"


def test_check_on_a_one_line_megabyte_costs_about_four_quarter_megabytes() -> None:
    """The whole ``check`` (the issue's measure): 1 MB on one line at most twice the
    per-MB cost of 0.25 MB on one line. Linear measured 1.0 (0.47 s, 1.87 s); the quadratic
    look-backs measured 3.0 (1.31 s, 15.8 s), which a bound of four would have let pass."""
    pipeline = Pipeline()
    pipeline.check(ONE_LINE)  # loading outside the timed runs

    def cost(chars: int) -> float:
        text = (ONE_LINE * (chars // len(ONE_LINE) + 1))[:chars] + "\n"
        began = time.process_time()
        pipeline.check(text)
        return time.process_time() - began

    quarter, whole = cost(250_000), cost(1_000_000)
    assert whole <= 2 * 4 * quarter + SLACK_S, (quarter, whole)


SENTENCE_PIECES = ["A", "b", ". ", "? ", "!\t", ":  ", "; ", " ", "Why", "x" * 300, "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map("".join), st.data())
def test_last_sentence_start_read_back_equals_the_scan_from_the_line_start(text: str, data: st.DataObject) -> None:
    """QM022 reads back from its candidate in widening windows; the answer is the last
    sentence start a scan from the line start finds."""
    from repair.rules.speech_quotes_split import _SENTENCE_START, _last_sentence_start

    end = data.draw(st.integers(0, len(text)))
    line_start = text.rfind("\n", 0, end) + 1
    starts = [m.end() for m in _SENTENCE_START.finditer(text, line_start, end)]
    assert _last_sentence_start(text, line_start, end) == (starts[-1] if starts else None)
