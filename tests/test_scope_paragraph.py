"""Paragraph scope (issue 13): a rule declared "paragraph" reads no more than its paragraph's
neighbours.

``fix`` re-checks a paragraph-scope rule on slices of the text around each change
(``repair.recheck``: a zone of ``RADIUS`` paragraphs, ``CONTEXT`` more on each side), so a
rule that reads evidence from anywhere else (a word's uses in the whole text, the text's
quoting or apostrophe style, its Title Case lines) finds on a slice what it would not find
on the whole text, and ``fix``'s output then depends on how a round sliced it. Such rules are
declared "document" (``fix`` re-runs them on the whole text). These tests run every
paragraph-scope rule on the whole text and on blocks of it, each with ``RADIUS + CONTEXT``
paragraphs around, and compare the edits each block owns. The texts put the rules' own
examples far from one another, so one rule's evidence (a name, a curly mark, a Title Case
line) stands paragraphs away from another example's damage.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repair.document import Document
from repair.edits import Edit
from repair.recheck import CONTEXT, RADIUS
from repair.rules import ALL_RULES, Rule

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = [r for r in ALL_RULES if r.scope == "paragraph"]
EXAMPLES = [e.text for r in ALL_RULES for e in (*r.bad, *r.good)]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
AROUND = RADIUS + CONTEXT


def _key(edit: Edit, delta: int) -> tuple[object, ...]:
    return (edit.start + delta, edit.end + delta, edit.replacement, edit.confidence, edit.safety, edit.message)


def _blocks(doc: Document, size: int) -> list[tuple[int, int, Document, int]]:
    """``(block_start, block_end, slice, slice_start)`` for each run of ``size`` paragraphs:
    the slice holds the block and ``AROUND`` paragraphs on each side, as a re-check's does.
    The blocks tile the text: each owns the blank text before its first paragraph."""
    paragraphs = doc.paragraphs
    blocks = []
    for first in range(0, len(paragraphs), size):
        last = min(first + size, len(paragraphs)) - 1
        lo = paragraphs[max(0, first - AROUND)].start
        hi = paragraphs[min(len(paragraphs) - 1, last + AROUND)].end
        blocks.append((paragraphs[first - 1].end + 1 if first else 0, paragraphs[last].end, doc.section(lo, hi), lo))
    return blocks


def _differences(rule: Rule, doc: Document, blocks: list[tuple[int, int, Document, int]]) -> set[tuple[object, ...]]:
    whole = {_key(e, 0) for e in rule.run(doc)}
    sliced = {_key(e, lo) for start, end, cut, lo in blocks for e in rule.run(cut) if start <= e.start + lo <= end}
    return whole ^ sliced


def _texts() -> list[str]:
    shuffled = EXAMPLES[:]
    random.Random(7).shuffle(shuffled)
    return ["\n".join(EXAMPLES) + "\n\n" + "\n\n".join(SEEDS), "\n\n".join(shuffled),
            "\n".join(shuffled[::-1])]


@pytest.fixture(scope="module")
def documents() -> list[tuple[Document, list[tuple[int, int, Document, int]]]]:
    return [(doc, _blocks(doc, size)) for text in _texts() for size in (1, 6)
            if (doc := Document.from_text(text))]


@pytest.mark.parametrize("rule", PARAGRAPH, ids=lambda r: r.code)
def test_paragraph_rule_finds_on_a_slice_what_it_finds_on_the_whole_text(
        rule: Rule, documents: list[tuple[Document, list[tuple[int, int, Document, int]]]]) -> None:
    for doc, blocks in documents:
        assert not _differences(rule, doc, blocks), rule.code


# Derandomized: a random draw that finds a new offender should fail one change, not any run.
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(EXAMPLES), min_size=12, max_size=40), st.sampled_from(["\n", "\n\n"]))
def test_paragraph_rules_on_mixed_examples_far_apart(parts: list[str], separator: str) -> None:
    doc = Document.from_text(separator.join(parts))
    blocks = _blocks(doc, 1)
    for rule in PARAGRAPH:
        assert not _differences(rule, doc, blocks), rule.code


def _run(code: str, doc: Document) -> list[tuple[int, int, str]]:
    rule = next(r for r in ALL_RULES if r.code == code)
    return [(e.start, e.end, e.replacement) for e in rule.run(doc)]


def test_a_slice_writes_the_whole_texts_apostrophe_and_quotation_marks() -> None:
    # Curly marks only in the first paragraph; the damage five paragraphs below.
    lines = ["“It’s late,” the porter said.", *[f"Line {n} is plain." for n in range(5)],
             "The mayor didnt say when the bridge opens.",
             "We will not wait, said Ana Ruiz: The river is rising fast.",
             "Deputy Ana Ruiz said: The small farmer will pay the price."]
    doc = Document.from_text("\n".join(lines))
    cut = doc.section(doc.paragraphs[5].start, len(doc.text))
    assert cut.evidence is doc and cut.evidence_text == doc.text
    shift = doc.paragraphs[5].start
    for code in ("AP003", "QM010"):
        whole = _run(code, doc)
        assert whole and [(s - shift, e - shift, r) for s, e, r in whole] == _run(code, cut)
    assert "’" in _run("AP003", cut)[0][2] and "“" in _run("QM010", cut)[0][2]
    # Cut on its own (no whole text behind it), the slice writes straight marks: its own style.
    alone = Document.from_text(cut.text)
    assert "'" in _run("AP003", alone)[0][2]


def test_a_slice_of_a_lower_case_text_is_read_as_lower_case() -> None:
    # A text typed in lower case throughout but for five lines: cut alone, those read as a
    # capitalised text whose lower-case starts are false stops; in the text, they do not.
    lower = [f"the council met on day {n}. the vote was close." for n in range(20)]
    upper = [f"The board met on day {n}. the vote was late." for n in range(5)]
    doc = Document.from_text("\n".join([*lower, *upper, *lower]))
    at, end = doc.paragraphs[20].start, doc.paragraphs[24].end
    cut = doc.section(at, end)
    assert _run("CA003", Document.from_text(cut.text))  # alone, a capitalised text
    assert [(s - at, e - at, r) for s, e, r in _run("CA003", doc) if at <= s < end] == _run("CA003", cut) == []
