"""The false-stop corruption operators: each makes its mechanic, is seeded, and undoes to the clean text."""

from __future__ import annotations

import random
import re

import pytest

from models.corrupt import CATEGORY, OPERATORS, changed_region
from models.corrupt_stops import FIX_KIND, STOP_OPERATORS

PARAGRAPH = (
    "Copper output rose 4.2% to a record in the second quarter, the mining ministry said. "
    "The firms plan to invest in battery storage for farms across the region. "
    "The scheme was praised by the farming community."
)
ATTRIBUTED = "The river will crest on Sunday, Weather Service director Ann Lee said on Friday."
ACCORDING = "The strike will end on Friday, the union leader said, according to the regional radio."
NOMINAL = "Both sides agreed to seek a lasting settlement of disputes."
QUOTED = 'The ferry resumed on Monday. "We expect more crossings next month," the harbour master said.'


def _run(name: str, paragraph: str = PARAGRAPH) -> str:
    for seed in range(40):
        out = STOP_OPERATORS[name](paragraph, random.Random(seed))
        if out is not None and out != paragraph:
            return out
    raise AssertionError(f"{name} never applied")


def test_every_operator_is_registered_with_a_category_and_a_fix_kind() -> None:
    for name in STOP_OPERATORS:
        assert OPERATORS[name] is STOP_OPERATORS[name]
        assert CATEGORY[name] in ("split", "fragment", "attribution", "punctuation")
    assert set(FIX_KIND) == set(OPERATORS)


@pytest.mark.parametrize("name", sorted(STOP_OPERATORS))
def test_operators_are_deterministic(name: str) -> None:
    paragraph = {"severed_attribution": ATTRIBUTED, "dropped_of": NOMINAL, "quote_drop": QUOTED}.get(name, PARAGRAPH)
    assert STOP_OPERATORS[name](paragraph, random.Random(3)) == STOP_OPERATORS[name](paragraph, random.Random(3))


def test_intruder_repeats_an_earlier_word_before_a_lower_case_tail() -> None:
    out = _run("intruder_before_stop")
    match = re.search(r" (\w+)\. ([a-z])", out)
    assert match and match.group(1).lower() in PARAGRAPH.lower()[: match.start()]
    assert len(out.split()) == len(PARAGRAPH.split()) + 1


def test_echo_before_stop_copies_the_next_head_noun() -> None:
    out = _run("echo_before_stop")
    match = re.search(r" (\w+)\. (\w+) \1\b", out)
    assert match, out


def test_echo_piece_repeats_a_word_of_its_sentence() -> None:
    out = _run("echo_piece")
    start, end, middle = changed_region(out, PARAGRAPH)
    piece = out[start:end].strip(" .")
    assert middle == "" and piece and piece.lower() in PARAGRAPH.lower()


def test_content_free_piece_follows_a_figure() -> None:
    out = _run("content_free_piece")
    start, end, middle = changed_region(out, PARAGRAPH)
    assert middle == "" and "%" in out[:start]
    assert re.fullmatch(r" ?[A-Z][a-z]+(?: [a-z ]+)?\. ?", out[start:end])
    no_figure = "Rain fell all day. Roads were closed in the north."
    assert all(STOP_OPERATORS["content_free_piece"](no_figure, random.Random(s)) is None for s in range(10))


def test_displaced_word_leaves_the_noun_phrase() -> None:
    out = _run("displaced_word", "The plan was praised by the farming community.")
    assert out == "The plan was praised by the community. Farming."


def test_dropped_of_splits_a_nominalisation_from_its_object() -> None:
    assert _run("dropped_of", NOMINAL) == "Both sides agreed to seek a lasting settlement. disputes."


def test_severed_attribution_cuts_the_office_and_name_or_the_source() -> None:
    assert _run("severed_attribution", ATTRIBUTED) == (
        "The river will crest on Sunday, the director said on Friday. of the Weather Service, Ann Lee.")
    assert _run("severed_attribution", ACCORDING) == (
        "The strike will end on Friday, the union leader said. by the regional radio.")


def test_quote_drop_removes_both_marks_of_quoted_speech_and_nothing_else() -> None:
    out = _run("quote_drop", QUOTED)
    assert out == "The ferry resumed on Monday. We expect more crossings next month, the harbour master said."
    unquoted = 'He called it "a fair deal" in May. Talks resume in June.'  # a quoted phrase, not speech
    assert all(STOP_OPERATORS["quote_drop"](unquoted, random.Random(s)) is None for s in range(10))
