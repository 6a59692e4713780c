"""The model decides only at spots where a rule would apply a fix; elsewhere it is shown, never applied.

Measured on the development sets (main 76ff9d5): the model's edits where no rule saw
damage added 5 worsened segments and 7 false changes on clean segments against 2 exact
fixes (``models.proposer.shown_unless_a_rule_flags``). All texts are our own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from models.proposer import UNCONFIRMED_NOTE, shown_unless_a_rule_flags
from repair.edits import Edit, Safety, Span

TEXT = "The ferry left at dawn. In thick fog. Nobody was hurt."


def _edit(old: str, new: str, source: str, safety: Safety = Safety.UNSAFE) -> Edit:
    start = TEXT.index(old)
    return Edit(Span(start, start + len(old)), new, "ML001" if source != "rule" else "FR001", "fragment",
                0.95, safety, source, "why")


def test_a_model_edit_no_rule_flags_is_only_shown_and_says_why() -> None:
    model = _edit(". I", " i", "model:m")
    (shown,) = shown_unless_a_rule_flags([model], rule_edits=[])
    assert shown.safety is Safety.DISPLAY
    assert shown.message.endswith(UNCONFIRMED_NOTE)
    assert (shown.span, shown.replacement) == (model.span, model.replacement)


@pytest.mark.parametrize(("old", "new"), [
    (". I", " i"),          # the same characters
    (". In thick fog.", "."),  # a rule deleting the piece after the stop: overlapping
    ("In", "in"),           # a rule re-casing the next word, a space away
])
def test_a_rule_edit_at_the_spot_lets_the_model_edit_compete(old: str, new: str) -> None:
    model = _edit(". I", " i", "model:m")
    rule = _edit(old, new, "rule", Safety.UNSAFE)
    assert shown_unless_a_rule_flags([model], [rule]) == [model]


def test_a_rule_that_only_shows_its_fix_does_not_let_the_model_apply_one() -> None:
    # The rule has judged the obvious repair wrong (gate26: the model applied that very
    # join in 8 of its 9 worsened segments on the development sets).
    model = _edit(". I", " i", "model:m")
    rule = _edit(". I", " i", "rule", Safety.DISPLAY)
    (shown,) = shown_unless_a_rule_flags([model], [rule])
    assert shown.safety is Safety.DISPLAY and shown.message.endswith(UNCONFIRMED_NOTE)


def test_a_rule_edit_elsewhere_does_not_count() -> None:
    model = _edit(". I", " i", "model:m")
    far = _edit(". N", ". n", "rule")
    (shown,) = shown_unless_a_rule_flags([model], [far])
    assert shown.safety is Safety.DISPLAY


def test_without_rules_the_model_edits_are_left_as_they_are() -> None:
    model = _edit(". I", " i", "model:m")
    assert shown_unless_a_rule_flags([model], None) == [model]


@pytest.mark.parametrize("text", [
    # Clean copy a writer punctuated for effect; the shipped model joins both at 0.9+.
    "The bakery has ordered another 300 sacks of flour. And the rye? Sold out on Friday, to a hotel chain.",
    "Floods have cut the region's rice crop to its smallest in 20 years. Again.\n\nAccording to the farm "
    "ministry, output fell.",
])
def test_rules_and_model_leave_clean_copy_the_model_alone_would_change(shipped: Any, text: str) -> None:
    from repair.apply import Policy
    from repair.pipeline import Pipeline, RuleProposer

    unsafe = Policy(min_safety=Safety.UNSAFE)
    assert Pipeline([RuleProposer(), shipped], unsafe).fix(text).fixed == text
    ungated = replace(shipped, rule_gate=False)
    assert Pipeline([RuleProposer(), ungated], unsafe).fix(text).fixed != text
    shown = [e for e in Pipeline([RuleProposer(), shipped], unsafe).check(text) if e.source == shipped.name]
    assert shown and all(e.safety is Safety.DISPLAY for e in shown)


def test_a_model_edit_that_only_removes_a_run_of_stray_stops_needs_no_rule() -> None:
    text = "The board met . . . . . In the annex."
    start = text.index(" . . . .", text.index(".") )  # after the run's first stop
    run = Edit(Span(start, start + 8), "", "ML004", "fragment", 0.99, Safety.UNSAFE, "model:m", "why")
    assert text[run.start : run.end] == " . . . ."
    assert shown_unless_a_rule_flags([run], [], text) == [run]
    one_stop = Edit(Span(text.index(". In"), text.index(". In") + 3), " i", "ML001", "fragment", 0.99,
                    Safety.UNSAFE, "model:m", "why")  # a single stop joined: a sentence end, perhaps
    assert shown_unless_a_rule_flags([one_stop], [], text)[0].safety is Safety.DISPLAY


@pytest.mark.parametrize(("text", "by_rules"), [
    # A lone word or a short phrase the rules show as "cannot follow the sentence's last
    # word"; the shipped model joined each ("... early 2027 year.", "... investors Majority.").
    # A calendar unit echoing the date the rules now delete (strays33); the model's join of
    # it is still not applied.
    ("The airline expects the merger to close in early 2027. Year.",
     "The airline expects the merger to close in early 2027."),
    ("Most of the new flats were sold to investors. Majority.", None),
    ("The union accepted the offer on Friday. In writing.", None),
])
def test_rules_and_model_do_not_apply_a_join_the_rules_only_show(shipped: Any, text: str, by_rules: str | None) -> None:
    from repair.apply import Policy
    from repair.pipeline import Pipeline, RuleProposer

    unsafe = Policy(min_safety=Safety.UNSAFE)
    expected = by_rules or text
    assert Pipeline([RuleProposer()], unsafe).fix(text).fixed == expected  # the rules leave it (or delete it)
    assert Pipeline([RuleProposer(), shipped], unsafe).fix(text).fixed == expected
    ungated = replace(shipped, rule_gate=False)
    assert Pipeline([RuleProposer(), ungated], unsafe).fix(text).fixed != text  # the model alone joins
