"""Rules moved from the default "paragraph" scope to "line" (issue 13, speed50): EN008, GL007
and PU027. ``fix`` now re-checks them only on the lines a round changed, so their edits must
be the same on the whole text and on each line alone (``tests/test_scaling_scope.py`` checks
that for every "line" rule); here ``fix`` with incremental re-checking is compared with a
full re-check of every round, on dense damage where the three rules' own examples (our
sentences) stand beside each other, beside lines garbled by ``models.corrupt`` and beside
look-alikes they must leave alone, so each round changes lines next to theirs.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.corrupt import OPERATORS, corrupt_document
from repair.apply import Policy
from repair.edits import Safety
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES

ROOT = Path(__file__).resolve().parents[1]
RESCOPED = ("EN008", "GL007", "PU027")
RULES = [r for r in ALL_RULES if r.code in RESCOPED]
OWN = [e.text for r in RULES for e in (*r.bad, *r.good)]
# Our own look-alikes: an edit's cue near a line break, or split across one.
NEAR_BREAKS = [
    "The port is the bus\u0131est\nin the region.",
    "Sales reached $3 billion in 2023.\naccordingto the company.",
    "The city council'\nsbudget office said no.",
    "His lawyer,\nTomas Berg said his client would appeal.",
    "“We paid twice,”\nTomas Berg, a farmer in the valley said.",
    "Turnout reached 37\n\u066a in the first round.",
    "Police seized about\u200b\n$600,000 in cash.",
]
UNSAFE = Policy(min_safety=Safety.UNSAFE)
WEIGHTS = {name: 1.0 for name in OPERATORS}


def _paragraphs() -> list[str]:
    """Clean lines to garble: the seeds and the bundled clean set."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with (ROOT / "benchmarks" / "bundled" / "clean.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    return [line for text in texts for line in text.split("\n") if line.strip()]


PARAGRAPHS = _paragraphs()


def test_every_rescoped_rule_is_line_scope() -> None:
    assert sorted(r.code for r in RULES) == sorted(RESCOPED)
    assert all(r.scope == "line" for r in RULES)


def test_fix_of_the_rescoped_rules_equals_a_full_recheck_on_their_examples() -> None:
    text = "\n".join([*OWN, *NEAR_BREAKS] * 2)
    for policy in (Policy(), UNSAFE):
        for proposers in ([RuleProposer(rules=tuple(RULES))], [RuleProposer()]):
            incremental = Pipeline(proposers, policy=policy).fix(text)
            assert incremental == Pipeline(proposers, policy=policy, incremental=False).fix(text)
    assert Pipeline([RuleProposer(rules=tuple(RULES))], policy=UNSAFE).fix(text).rounds >= 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(4, 20), st.sampled_from(["\n", "\n\n", "\n \n"]),
       st.floats(0.3, 1.0))
def test_fix_equals_a_full_recheck_with_the_examples_among_garbled_lines(
        seed: int, count: int, separator: str, rate: float) -> None:
    rng = random.Random(seed)
    garbled, _ = corrupt_document(rng.sample(PARAGRAPHS, min(count, len(PARAGRAPHS))), rng, rate, WEIGHTS)
    lines = garbled + rng.sample(OWN + NEAR_BREAKS, 6)
    rng.shuffle(lines)
    text = separator.join(lines)
    assert Pipeline(policy=UNSAFE).fix(text) == Pipeline(policy=UNSAFE, incremental=False).fix(text)
