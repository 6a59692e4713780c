"""`repair rules` shows each rule's earned safety with the measurement behind it."""

from __future__ import annotations

import json

from repair.cli import main
from repair.rules.measured import load_measurements


def test_rules_text_prints_precision_and_support(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    pu002 = load_measurements()["PU002"]
    assert f"PU002  space-before-punctuation  [punctuation, safe; precision {pu002.precision:.3f} on " \
           f"{pu002.support} edits]" in out


def test_rules_json_carries_declared_and_earned_safety(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rules", "--format", "json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["GR001"]["declared"] == "safe" and rows["GR001"]["safety"] == "unsafe"
    assert rows["GR001"]["support"] >= 20 and rows["GR001"]["precision"] < 0.99
    assert all(r["safety"] != "safe" or (r["support"] >= 20 and r["precision"] >= 0.99) for r in rows.values())


def test_no_rule_applied_only_with_unsafe_calls_itself_safe(capsys) -> None:  # type: ignore[no-untyped-def]
    """A description is what `repair rules` prints: EN001's said "Safe: ..." beside its
    earned [encoding, unsafe]."""
    import re

    assert main(["rules", "--format", "json"]) == 0
    claims = re.compile(r"(?<![Uu]n)\bSafe:|\b(?:is|are) safe\b")
    wrong = [r["code"] for r in json.loads(capsys.readouterr().out)
             if r["safety"] != "safe" and claims.search(r["doc"])]
    assert wrong == []
