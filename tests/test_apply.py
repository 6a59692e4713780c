"""The single apply function: filtering, ordering, overlaps, idempotent fixing."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from repair.apply import Applied, Policy, Skipped, apply_edits, choose_edits, edit_order, fix_until_stable
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


# --- choose_edits: the linear overlap scan against the quadratic one it replaced -------

def _choose_quadratic(text: str, edits: list[Edit], policy: Policy | None = None) -> Applied:
    """The pre-issue-13 choose_edits, verbatim in its logic: each candidate against every kept edit."""
    skipped: list[Skipped] = []
    candidates: list[Edit] = []
    seen: set[tuple[int, int, str]] = set()
    for e in sorted(edits, key=Edit.sort_key):
        if e.end > len(text):
            skipped.append(Skipped(e, "span outside the text"))
            continue
        reason = policy.skip_reason(e) if policy else None
        if reason:
            skipped.append(Skipped(e, reason))
            continue
        if e.is_noop(text):
            skipped.append(Skipped(e, "no change"))
            continue
        key = (e.start, e.end, e.replacement)
        if key in seen:
            skipped.append(Skipped(e, "duplicate"))
            continue
        seen.add(key)
        candidates.append(e)
    chosen: list[Edit] = []
    for e in candidates:
        clash = next((c for c in chosen if c.span.overlaps(e.span)), None)
        if clash is not None:
            skipped.append(Skipped(e, f"overlaps {clash.rule} at {clash.start}"))
            continue
        chosen.append(e)
    chosen.sort(key=Edit.sort_key)
    return Applied(text=text, applied=tuple(chosen), skipped=tuple(skipped))


def _random_edits(rng: random.Random, count: int, length: int, widest: int) -> list[Edit]:
    """Edits crowded onto a short text: many insertions, shared starts, ties in every key."""
    out = []
    for _ in range(count):
        start = rng.randrange(length + 1)
        end = min(length, start + rng.choice([0, 0, 1, 2, rng.randrange(widest + 1)]))
        out.append(edit(start, end, rng.choice(["", "x", "yy", "a"]), rule=rng.choice(["AA001", "BB002", "CC003"]),
                        safety=rng.choice(list(Safety)), confidence=rng.choice([0.1, 0.5, 0.9, 1.0])))
    return out


POLICIES = [None, Policy(), Policy(min_safety=Safety.UNSAFE), Policy(min_confidence=0.5)]


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(0, 40), st.integers(0, 12), st.sampled_from(POLICIES))
def test_choose_edits_equals_the_quadratic_scan(seed: int, count: int, length: int, policy: Policy | None) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab ") for _ in range(length))
    edits = _random_edits(rng, count, length, 6)
    assert choose_edits(text, edits, policy) == _choose_quadratic(text, edits, policy)


def test_choose_edits_on_20k_overlapping_edits() -> None:
    rng = random.Random(13)
    text = "a" * 4_000
    edits = _random_edits(rng, 20_000, len(text), 40)
    result = choose_edits(text, edits, Policy(min_safety=Safety.UNSAFE))
    # The greedy definition, checked in one pass: kept edits never overlap, and every
    # overlap skip names a kept edit that comes first and does overlap.
    kept = list(result.applied)
    assert kept == sorted(kept, key=Edit.sort_key)
    for a, b in zip(kept, kept[1:], strict=False):
        assert not a.span.overlaps(b.span)
    by_place: dict[tuple[str, int], list[Edit]] = {}
    for e in kept:
        by_place.setdefault((e.rule, e.start), []).append(e)
    overlaps = [s for s in result.skipped if s.reason.startswith("overlaps")]
    assert len(kept) > 500 and len(overlaps) > 5_000
    for skip in overlaps:
        rule, _, at = skip.reason.removeprefix("overlaps ").partition(" at ")
        assert any(c.span.overlaps(skip.edit.span) and Edit.sort_key(c) <= Edit.sort_key(skip.edit)
                   for c in by_place[(rule, int(at))]), skip
    # And exactly the old algorithm's answer on a sample small enough for it.
    sample = edits[:2_000]
    assert choose_edits(text, sample) == _choose_quadratic(text, sample)


def test_edit_order_is_the_edit_sort_key() -> None:
    rng = random.Random(5)
    for e in _random_edits(rng, 500, 30, 8):
        assert edit_order(e) == e.sort_key()
