"""Every rule's cost grows with the text, not with the text squared (issue 13).

A rule that scans the whole text once per candidate (a count, a slice of the rest, a look
at every sentence) is quadratic: on 4 MB of news one such scan in AP002 took longer than
all other rules together. The text here is every rule's own examples (bad and good, dense
with candidates for every rule) repeated: eight times the text must cost each rule about
eight times as much. The bound is generous (it guards against the quadratic, not a speed
figure): twenty times, plus a few hundredths of a second for timer noise on a busy machine.
"""

from __future__ import annotations

import pytest
from scaling_helpers import rule_costs

from repair.document import Document
from repair.rules import ALL_RULES

BLOCK = "\n\n".join(example.text for rule in ALL_RULES for example in (*rule.bad, *rule.good)) + "\n\n"
SMALL, GROWTH = 3, 8
ALLOWED = 20.0  # times the small text's cost, for eight times the text
SLACK_S = 0.03


def _costs(repeats: int, codes: set[str] | None = None, tries: int = 2) -> dict[str, float]:
    """Each rule's CPU seconds on the examples repeated ``repeats`` times (best of ``tries``),
    for the rules in ``codes`` (all when None)."""
    rules = [rule for rule in ALL_RULES if codes is None or rule.code in codes]
    return rule_costs(Document.from_text(BLOCK * repeats), tries=tries, rules=rules)


def _grew(small: dict[str, float], large: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {code: (round(small[code], 4), round(large[code], 4)) for code in small
            if large[code] > ALLOWED * small[code] + SLACK_S}


def test_every_rule_costs_in_proportion_to_the_text() -> None:
    _costs(1)  # word lists and lexicons load here, outside the timed runs
    grew = _grew(_costs(SMALL), _costs(SMALL * GROWTH))
    if grew:
        # A rule flagged once is timed again, alone and best of three: a quadratic rule is
        # flagged every time, a pause of the shared machine only once.
        codes = set(grew)
        grew = _grew(_costs(SMALL, codes, tries=3), _costs(SMALL * GROWTH, codes, tries=3))
    assert not grew, f"rules whose cost grew faster than the text (s at 1x, 8x): {grew}"


def test_per_rule_report_times_every_rule_and_flags_growth(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m benchmarks.speed_rules`` (how the quadratic rules were found) times the
    segmentation and every rule, and prints one row per rule with its growth."""
    from benchmarks import speed_rules

    found = speed_rules.costs(BLOCK)
    assert set(found) == {"segment", *(rule.code for rule in ALL_RULES)}
    assert all(seconds >= 0 for seconds in found.values())
    assert speed_rules.main(["--data", "/nonexistent", "--sizes", "0.01", "0.02", "--top", "5"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("seconds per MB of news text") and len(printed) == 2 + 5
