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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(EXAMPLES), min_size=12, max_size=40), st.sampled_from(["\n", "\n\n"]))
def test_paragraph_rules_on_mixed_examples_far_apart(parts: list[str], separator: str) -> None:
    doc = Document.from_text(separator.join(parts))
    blocks = _blocks(doc, 1)
    for rule in PARAGRAPH:
        assert not _differences(rule, doc, blocks), rule.code
