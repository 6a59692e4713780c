"""The document-level promotion of display edits (repair.promote): applied in a damaged
document, shown only in a clean one; our own sentences."""

from __future__ import annotations

from repair.apply import Policy
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.pipeline import Pipeline, RuleProposer
from repair.promote import promote_in_damaged

UNSAFE = Policy(min_safety=Safety.UNSAFE)
QUOTE = '\n\nThe port chief said: "The quay will be rebuilt in the spring".\n\n'
# Four other repairs: a doubled "The", a space before a comma, a doubled stop, a doubled "the".
DAMAGED = ("The the harbour reopened on Monday after a storm , officials said. . Ferries ran again by noon."
           + QUOTE + "Traders welcomed the the news.")
CLEAN = "The harbour reopened on Monday after a storm, officials said. Ferries ran again by noon." + QUOTE + (
    "Traders welcomed the news.")
# One other repair only: a published slip, not a damaged document.
ONE_SLIP = "The harbour reopened on Monday after a storm , officials said. Ferries ran again by noon." + QUOTE + (
    "Traders welcomed the news.")


def _quote_edit(text: str) -> Edit:
    return next(e for e in Pipeline([RuleProposer()], UNSAFE).check(text) if e.rule == "QM027")


def test_display_edit_is_applied_in_a_damaged_document() -> None:
    edit = _quote_edit(DAMAGED)
    assert edit.safety is Safety.UNSAFE
    assert edit.message.endswith("Applied: the document has 4 other repairs.")
    fixed = Pipeline([RuleProposer()], UNSAFE).fix(DAMAGED).fixed
    assert '"The quay will be rebuilt in the spring."' in fixed
    assert fixed.startswith("The harbour reopened on Monday after a storm, officials said. Ferries")


def test_display_edit_stays_shown_in_clean_copy_and_after_one_slip() -> None:
    for text in (CLEAN, ONE_SLIP):
        assert _quote_edit(text).safety is Safety.DISPLAY
        assert '"The quay will be rebuilt in the spring".' in Pipeline([RuleProposer()], UNSAFE).fix(text).fixed


def test_safe_policy_still_leaves_a_promoted_edit() -> None:
    fixed = Pipeline([RuleProposer()], Policy()).fix(DAMAGED).fixed
    assert '"The quay will be rebuilt in the spring".' in fixed


def test_fix_is_idempotent_and_incremental_agrees() -> None:
    pipeline = Pipeline([RuleProposer()], UNSAFE)
    once = pipeline.fix(DAMAGED).fixed
    assert pipeline.fix(once).fixed == once
    assert Pipeline([RuleProposer()], UNSAFE, incremental=False).fix(DAMAGED).fixed == once


def _edit(start: int, end: int, rule: str, safety: Safety, source: str = "rule") -> Edit:
    return Edit(Span(start, end), "", rule, "test", 0.5, safety, source, "Why.")


def test_gates_count_distinct_other_rule_repairs_per_sentence() -> None:
    doc = Document.from_text("One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. Eleven. Twelve.")
    shown = _edit(0, 4, "AT001", Safety.DISPLAY)
    two = [_edit(5, 8, "PU001", Safety.SAFE), _edit(10, 15, "GR001", Safety.UNSAFE)]
    # Two repairs in twelve sentences reach both gates (2 >= 2, 2 >= 1.2).
    assert promote_in_damaged(doc, [shown, *two])[0].safety is Safety.UNSAFE
    # A duplicate span, an overlapping edit, a model edit and another display edit do not count.
    weak = [_edit(5, 8, "PU001", Safety.SAFE), _edit(5, 8, "PU002", Safety.SAFE), _edit(2, 6, "GR001", Safety.SAFE),
            _edit(10, 15, "ML001", Safety.UNSAFE, source="model:t5"), _edit(17, 22, "CA019", Safety.DISPLAY)]
    assert promote_in_damaged(doc, [shown, *weak])[0].safety is Safety.DISPLAY
    # A rule outside the promotable set stays display.
    other = _edit(0, 4, "FR001", Safety.DISPLAY)
    assert promote_in_damaged(doc, [other, *two])[0] == other


def test_density_gate_on_a_long_document() -> None:
    doc = Document.from_text(" ".join(f"Line {n}." for n in range(40)))
    shown = _edit(0, 5, "QM030", Safety.DISPLAY)
    three = [_edit(8 + 9 * n, 9 + 9 * n, "PU001", Safety.SAFE) for n in range(3)]
    assert promote_in_damaged(doc, [shown, *three])[0].safety is Safety.DISPLAY  # 3 < 0.1 * 40
    four = [_edit(8 + 9 * n, 9 + 9 * n, "PU001", Safety.SAFE) for n in range(4)]
    promoted = promote_in_damaged(doc, [shown, *four])[0]
    assert promoted.safety is Safety.UNSAFE and promoted.message == "Why. Applied: the document has 4 other repairs."
