"""``benchmarks.speed_fix`` splits a ``fix`` run into its proposal steps and leaves the
pipeline as it found it (the figures themselves depend on the machine: never asserted)."""

from __future__ import annotations

from benchmarks.speed_fix import DOCUMENT_RULE, breakdown, report
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, plan_recheck
from repair.rules.base import Rule

# Our own damage: a doubled word and a false stop before a lower-case piece, in several
# paragraphs, so a round re-checks slices of both groups.
TEXT = ("The council met on Tuesday. in the town hall. The the budget passed by 12 votes to 3.\n\n"
        "Officials said the plan would cost 4.5 million euros, the mayor said.\n\n") * 6


def test_breakdown_has_one_step_per_proposal_and_the_rounds_fix_reports() -> None:
    row = breakdown(TEXT)
    rounds = Pipeline(policy=Policy(min_safety=Safety.UNSAFE)).fix(TEXT).rounds
    assert row["rounds"] == rounds >= 1
    steps = row["steps"]
    assert len(steps) == rounds + 1  # the first check, then a re-check after each round
    assert "applied" not in steps[0] and all(step["applied"] > 0 for step in steps[1:])
    assert steps[1]["line_MB"] > 0 and steps[1]["paragraph_MB"] > 0
    assert 0 < row["rules_s"] <= row["fix_s"]
    assert report(row).count("\n") == len(steps)


def test_breakdown_restores_what_it_wraps() -> None:
    run, recheck = Rule.run, Pipeline._recheck_many
    breakdown(TEXT)
    import repair.pipeline

    assert Rule.run is run and Pipeline._recheck_many is recheck and repair.pipeline.plan_recheck is plan_recheck


def test_each_document_rule_is_timed_in_every_step_and_adds_up_to_the_group() -> None:
    from repair.rules import ALL_RULES

    document_rules = {r.code for r in ALL_RULES if r.scope == "document"}
    row = breakdown(TEXT)
    for step in row["steps"]:
        timed = {key[len(DOCUMENT_RULE):]: spent for key, spent in step.items() if key.startswith(DOCUMENT_RULE)}
        assert set(timed) == document_rules  # each re-run over the whole text, every step
        assert abs(sum(timed.values()) - step["document_s"]) < 1e-9
    assert "costliest document rules" in report(row)
