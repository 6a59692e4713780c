"""The arbiter: one fix per contested spot, the losers kept as alternatives."""

from __future__ import annotations

from dataclasses import replace

from repair.arbitrate import MODEL_TRUST, arbitrate, trust
from repair.edits import Edit, Safety, Span

TEXT = "It was the first port to pass the mark. year."
STOP = TEXT.index(". year")


def edit(start: int, end: int, replacement: str, source: str, confidence: float, rule: str = "SP001") -> Edit:
    return Edit(Span(start, end), replacement, rule, "split", confidence, Safety.UNSAFE, source, "why")


def test_a_sure_rule_beats_a_confident_model_and_keeps_the_join_as_alternative() -> None:
    rule = edit(STOP + 1, len(TEXT), "", "rule", 0.6)
    model = edit(STOP, STOP + 1, "", "model:m", 0.99, rule="ML002")  # touching: the same stop
    (winner,) = arbitrate([model, rule])
    assert winner == rule and winner.alternatives == (model,)


def test_an_unsure_rule_loses_to_the_model() -> None:
    rule = edit(STOP, STOP + 3, " y", "rule", 0.4)
    model = edit(STOP + 1, len(TEXT), "", "model:m", 0.95, rule="ML004")
    (winner,) = arbitrate([rule, model])
    assert winner == model and winner.alternatives == (rule,)
    assert trust(model) == 0.95 * MODEL_TRUST


def test_source_trust_is_configurable() -> None:
    rule = edit(STOP + 1, len(TEXT), "", "rule", 0.6)
    model = edit(STOP, STOP + 1, "", "model:m", 0.9, rule="ML002")
    (winner,) = arbitrate([rule, model], source_trust={"model:m": 1.0})
    assert winner == model


def test_a_repeat_of_the_winner_is_dropped_not_listed() -> None:
    rule = edit(STOP, STOP + 3, " y", "rule", 0.8)
    model = edit(STOP, STOP + 3, " y", "model:m", 0.99, rule="ML001")
    (winner,) = arbitrate([rule, model])
    assert winner == rule and winner.alternatives == ()


def test_edits_of_one_source_and_independent_edits_are_untouched() -> None:
    a = edit(0, 2, "It", "rule", 0.9, rule="PU001")
    b = edit(1, 3, "t ", "rule", 0.5, rule="PU002")  # the rules' own overlap: left to apply
    far = edit(STOP, STOP + 3, " y", "model:m", 0.99, rule="ML001")
    assert arbitrate([far, b, a]) == sorted([a, b, far], key=Edit.sort_key)


def test_the_rules_other_fix_at_the_spot_survives_the_model() -> None:
    # The rule deletes a sentence and joins the next piece; the model repeats the join.
    text = "Costs rose. He said it. In May."
    delete = edit(text.index(" He"), text.index(" In") - 1 + 1, "", "rule", 0.65, rule="AT001")
    join = edit(text.index(". In"), text.index(". In") + 3, " i", "rule", 0.8, rule="FR001")
    model = edit(text.index(". In"), text.index(". In") + 3, " i", "model:m", 0.99, rule="ML001")
    kept = arbitrate([delete, join, model])
    assert delete in kept and join in kept and model not in kept


def test_a_display_note_never_displaces_an_applicable_fix_at_the_same_spot() -> None:
    # A model's note that is only shown (its choice where the rules found no grammatical
    # repair) must not win over a rule's case fix there: the fix would be lost.
    text = "Ferries stayed in port. more than 200 flights were cancelled."
    stop = text.index(". more")
    case_fix = edit(stop + 2, stop + 3, "M", "rule", 0.7, rule="CA003")
    note = Edit(Span(stop, stop + 3), ", m", "ML012", "split", 0.95, Safety.DISPLAY, "model:lm", "why")
    (winner,) = arbitrate([note, case_fix], source_trust={"model:lm": 1.0})
    assert winner == case_fix and winner.alternatives == (note,)


def test_the_shipped_checkpoint_beats_only_a_nearly_unsure_rule() -> None:
    # Its joins that won against a rule's applicable fix were right 3 times in 15 (blind verdicts).
    shipped = edit(STOP, STOP + 1, "", "model:repair-t5-mini", 0.97, rule="ML002")
    assert trust(shipped) == 0.97 * 0.3
    rule = edit(STOP + 1, len(TEXT), "", "rule", 0.4)
    (winner,) = arbitrate([shipped, rule])
    assert winner == rule and winner.alternatives == (shipped,)
    unsure = edit(STOP + 1, len(TEXT), "", "rule", 0.2)
    assert arbitrate([shipped, unsure])[0] == replace(shipped, alternatives=(unsure,))
