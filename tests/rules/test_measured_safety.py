"""Safety is earned: the registry grants ``safe`` only from the committed measurements."""

from __future__ import annotations

from dataclasses import replace

from repair.document import Document
from repair.edits import Safety
from repair.rules import ALL_RULES, DECLARED_RULES
from repair.rules.measured import (
    MIN_EDITS,
    Measurement,
    earned_safety,
    load_measurements,
    parse_measurements,
    with_earned_safety,
)
from repair.rules.words import doubled_word

RULE = doubled_word  # a declared-safe rule with examples


def test_a_rule_missing_from_the_measurements_is_unsafe() -> None:
    assert earned_safety(RULE, {}) is Safety.UNSAFE


def test_safe_needs_enough_edits_at_high_precision() -> None:
    code = RULE.code
    assert earned_safety(RULE, {code: Measurement(code, MIN_EDITS, MIN_EDITS)}) is Safety.SAFE
    assert earned_safety(RULE, {code: Measurement(code, MIN_EDITS - 1, MIN_EDITS - 1)}) is Safety.UNSAFE
    assert earned_safety(RULE, {code: Measurement(code, 100, 98)}) is Safety.UNSAFE
    assert earned_safety(RULE, {code: Measurement(code, 100, 99)}) is Safety.SAFE


def test_measurement_can_promote_an_unsafe_rule_but_never_a_display_one() -> None:
    code = RULE.code
    good = {code: Measurement(code, 500, 500)}
    assert earned_safety(replace(RULE, safety=Safety.UNSAFE), good) is Safety.SAFE
    assert earned_safety(replace(RULE, safety=Safety.DISPLAY), good) is Safety.DISPLAY


def test_edits_are_capped_at_the_rule_s_earned_safety() -> None:
    (capped,) = with_earned_safety((RULE,), {})
    edits = capped.run(Document.from_text("We will meet the the board."))
    assert edits and all(e.safety is Safety.UNSAFE for e in edits)
    assert capped.declared is Safety.SAFE


def test_registry_matches_the_committed_file() -> None:
    measured = load_measurements()
    assert measured, "repair/rules/measured_safety.json is missing or empty"
    for declared, granted in zip(DECLARED_RULES, ALL_RULES, strict=True):
        assert granted.safety is earned_safety(declared, measured)
        if granted.safety is Safety.SAFE:
            m = measured[granted.code]
            assert m.support >= MIN_EDITS and m.precision >= 0.99


def test_malformed_measurements_name_the_rule() -> None:
    try:
        parse_measurements({"rules": {"XX001": {"edits": "many"}}})
    except ValueError as exc:
        assert "XX001" in str(exc)
    else:
        raise AssertionError("a malformed record must be refused")
