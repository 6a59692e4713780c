"""The single apply function: filtering, ordering, overlaps, idempotent fixing."""

from __future__ import annotations

from repair.apply import Policy, apply_edits, fix_until_stable
from repair.edits import Edit, Safety, Span


def edit(start: int, end: int, repl: str, rule: str = "XX001", safety: Safety = Safety.SAFE,
         confidence: float = 0.9, category: str = "test") -> Edit:
    return Edit(Span(start, end), repl, rule, category, confidence, safety, "rule", "test edit")


def test_applies_right_to_left_with_offsets_into_the_input() -> None:
    text = "abc def ghi"
    result = apply_edits(text, [edit(0, 3, "X"), edit(8, 11, "YYYY"), edit(4, 4, "new ")])
    assert result.text == "X new def YYYY"
    assert len(result.applied) == 3


def test_overlapping_edits_keep_the_first_and_record_why() -> None:
    text = "one two three"
    first = edit(0, 7, "1 2")
    clash = edit(4, 13, "2 3", rule="YY001")
    result = apply_edits(text, [clash, first])
    assert result.text == "1 2 three"
    assert [s.edit for s in result.skipped] == [clash]
    assert "overlaps" in result.skipped[0].reason


def test_adjacent_edits_both_apply() -> None:
    result = apply_edits("ab", [edit(0, 1, "A"), edit(1, 2, "B")])
    assert result.text == "AB"


def test_policy_filters_by_safety_confidence_and_selection() -> None:
    text = "aaaa"
    edits = [
        edit(0, 1, "x", safety=Safety.UNSAFE),
        edit(1, 2, "y", confidence=0.2),
        edit(2, 3, "z", safety=Safety.DISPLAY),
        edit(3, 4, "w", rule="FR001", category="fragment"),
    ]
    assert apply_edits(text, edits, Policy()).text == "ayaw"
    assert apply_edits(text, edits, Policy(min_safety=Safety.UNSAFE)).text == "xyaw"
    assert apply_edits(text, edits, Policy(min_confidence=0.5)).text == "aaaw"
    assert apply_edits(text, edits, Policy(select=frozenset({"FR"}))).text == "aaaw"
    assert apply_edits(text, edits, Policy(ignore=frozenset({"fragment"}))).text == "ayaa"


def test_duplicates_and_noops_are_dropped() -> None:
    result = apply_edits("abc", [edit(0, 1, "x"), edit(0, 1, "x", rule="ZZ001"), edit(1, 2, "b")])
    assert result.text == "xbc"
    assert {s.reason for s in result.skipped} == {"duplicate", "no change"}


def test_fix_until_stable_reaches_a_fixed_point() -> None:
    def propose(text: str) -> list[Edit]:
        i = text.find("..")
        return [edit(i, i + 2, ".")] if i >= 0 else []

    outcome = fix_until_stable("a.... b", propose)
    fixed, rounds = outcome.text, outcome.rounds
    assert fixed == "a. b"
    assert len(rounds) == 3  # four stops collapse one pair per round


def test_alternatives_travel_in_json_and_do_not_change_equality() -> None:
    from repair.edits import Edit, Safety, Span

    rule_fix = Edit(Span(5, 7), " ", "FR001", "fragment", 0.8, Safety.UNSAFE, "rule", "join")
    model_fix = Edit(Span(5, 7), "", "ML001", "fragment", 0.95, Safety.UNSAFE, "model:m", "delete",
                     alternatives=(rule_fix,))
    text = "abcde. fgh"
    row = model_fix.to_json(text)
    assert row["alternatives"][0]["rule"] == "FR001"
    back = Edit.from_json(row)
    assert back.alternatives == (rule_fix,)
    assert back == Edit(Span(5, 7), "", "ML001", "fragment", 0.95, Safety.UNSAFE, "model:m", "delete")
    assert "alternatives" not in rule_fix.to_json(text)
