"""The corruption operators: each makes its artifact, is deterministic, and knows when to pass."""

from __future__ import annotations

import random
import re

import pytest

from models import corrupt
from models.corrupt import OPERATORS, changed_region, corrupt_document, corrupt_paragraph
from models.corrupt_stops import STOP_OPERATORS
from models.data import split_of

PARAGRAPH = (
    "The city council approved a new budget for road repairs on Tuesday. "
    "The mayor said the plan would cut travel times across the northern districts by next spring. "
    "Officials expect the first contracts to be signed within a month, the transport office said."
)


def _apply(name: str, seed: int = 0, paragraph: str = PARAGRAPH) -> str | None:
    return OPERATORS[name](paragraph, random.Random(seed))


def _first_that_changes(name: str) -> str:
    for seed in range(50):
        out = _apply(name, seed)
        if out is not None:
            return out
    raise AssertionError(f"{name} never applied")


def test_fragment_tail_strands_a_capitalised_phrase() -> None:
    out = _first_that_changes("fragment_tail")
    start, end, middle = changed_region(out, PARAGRAPH)
    assert out[start : end].startswith(". ") or out[start:end].startswith(".")
    assert "." not in middle  # the clean side had no stop there
    assert any(c.isupper() for c in out[start:end])


def test_split_mid_clause_leaves_lower_case_tail() -> None:
    out = _first_that_changes("split_mid_clause")
    start, end, _ = changed_region(out, PARAGRAPH)
    piece = out[start : end + 2]
    assert piece.startswith(".") and piece[2:3].islower()


def test_last_word_strands_one_word() -> None:
    out = _first_that_changes("last_word")
    assert re.search(r"\w\. [A-Za-z]+\.( |$)", out)
    assert len(out.split()) == len(PARAGRAPH.split())


def test_he_said_is_inserted_only_after_attributed_speech() -> None:
    out = _first_that_changes("he_said_insert")
    assert "He said" in out and "He said" not in PARAGRAPH
    unattributed = "Rain fell all day. Roads were closed in the north. Schools stayed open."
    assert all(_apply("he_said_insert", s, unattributed) is None for s in range(10))


def test_tag_detach_cuts_the_closing_speech_tag_loose() -> None:
    out = _first_that_changes("tag_detach")
    assert out.endswith(". The transport office said.")


def test_deleting_operators_only_add_a_sentence() -> None:
    for name in ("junk_insert", "tag_duplicate", "double_stop"):
        out = _first_that_changes(name)
        start, end, middle = changed_region(out, PARAGRAPH)
        assert middle == "" and end > start, name


def test_hyphen_fragment_tears_a_compound() -> None:
    text = "Hackers launched a sweeping operation against a state-backed agency."
    out = next(o for s in range(20) if (o := _apply("hyphen_fragment", s, text)))
    assert out == "Hackers launched a sweeping operation against a state. -Backed agency."


@pytest.mark.parametrize("name", sorted(OPERATORS))
def test_operators_are_deterministic_and_never_touch_words(name: str) -> None:
    a = [_apply(name, seed) for seed in range(5)]
    b = [_apply(name, seed) for seed in range(5)]
    assert a == b
    for out in a:
        if out is None or name in ("junk_insert", "tag_duplicate", "he_said_insert", *STOP_OPERATORS):
            continue  # these add or move words on purpose (tested in their own files)
        assert re.findall(r"\w+", out.lower()) == re.findall(r"\w+", PARAGRAPH.lower())


def test_operators_pass_on_text_without_a_place() -> None:
    assert _apply("fragment_tail", 0, "Hello.") is None
    assert _apply("double_stop", 0, "One sentence only.") is None
    assert corrupt_paragraph("Yes.", random.Random(0), {"tag_detach": 1.0}) is None


def test_corrupt_document_rate_and_seed() -> None:
    paragraphs = [PARAGRAPH] * 20
    untouched, applied = corrupt_document(paragraphs, random.Random(1), 0.0, {n: 1.0 for n in OPERATORS})
    assert untouched == paragraphs and applied == [None] * 20
    one = corrupt_document(paragraphs, random.Random(3), 0.5, {n: 1.0 for n in OPERATORS})
    two = corrupt_document(paragraphs, random.Random(3), 0.5, {n: 1.0 for n in OPERATORS})
    assert one == two
    changed = sum(c is not None for c in one[1])
    assert 3 <= changed <= 17
    assert all(c is None or c.clean == PARAGRAPH for c in one[1])


def test_zero_weight_operators_are_never_used() -> None:
    rng = random.Random(5)
    for _ in range(20):
        c = corrupt_paragraph(PARAGRAPH, rng, {"double_stop": 1.0, "junk_insert": 0.0})
        assert c is not None and c.operator == "double_stop"


def test_junk_comes_from_templates_not_real_text() -> None:
    out = corrupt.junk_insert(PARAGRAPH, random.Random(2))
    assert out is not None
    start, end, _ = changed_region(out, PARAGRAPH)
    inserted = out[start:end].strip()
    templates = [t.format(agency=a) for t in corrupt._JUNK_TEMPLATES for a in corrupt._AGENCIES]
    assert any(inserted.strip(". ") in t for t in templates)


def test_split_is_by_document_and_stable() -> None:
    ids = [f"reuters21578/{i}" for i in range(2000)]
    splits = [split_of(i) for i in ids]
    assert splits == [split_of(i) for i in ids]
    assert {"train", "dev", "test"} == set(splits)
    assert 0.85 < splits.count("train") / len(ids) < 0.95


def test_quote_tail_splits_inside_the_quotation_only() -> None:
    text = "The minister said: “We will open the bridge to traffic, if the weather allows.” Work began in May."
    outs = {o for s in range(30) if (o := _apply("quote_tail", s, text))}
    expected = "The minister said: “We will open the bridge to traffic.” “If the weather allows.” Work began in May."
    assert expected in outs
    for out in outs:
        assert out.count("“") == 2 and out.count("”") == 2
    unquoted = "The minister said they will open the new bridge to traffic if the weather allows."
    assert all(_apply("quote_tail", s, unquoted) is None for s in range(10))
    tag_outside = "“We are ready,” the minister said in a statement to reporters on Monday."
    assert all(_apply("quote_tail", s, tag_outside) is None for s in range(10))


def test_requote_closes_and_reopens_a_quotation_between_whole_sentences() -> None:
    text = 'The coach said: "We played well. The rain did not help." The team left on Sunday.'
    assert corrupt.requote(text, random.Random(0)) == (
        'The coach said: "We played well." "The rain did not help." The team left on Sunday.'
    )
    assert corrupt.requote('He said "yes". Then he left.', random.Random(0)) is None
