"""check/fix --format json|jsonl list every change in "fixed", later rounds' too (newcomer45).

A junk line deleted in the first round leaves a lower-case sentence start that the second
round capitalises: "fixed" had that change, and no edit in the report said so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from repair.cli import main

# Our own sentences: a feed prompt line before a lower-case "he" sentence.
TEXT = ("The council said on Tuesday that the bridge would open in spring.\n\n"
        "story continues\n\n"
        "he said the plan would go ahead.\n")


def _apply(text: str, edits: list[dict[str, Any]]) -> str:
    for edit in sorted((e for e in edits if e["applied"]), key=lambda e: e["start"], reverse=True):
        assert text[edit["start"]:edit["end"]] == edit["original"]
        text = text[:edit["start"]] + edit["replacement"] + text[edit["end"]:]
    return text


def _report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    main(argv)
    out = capsys.readouterr().out
    return json.loads(out)["results"][0] if "--format" in argv and "json" in argv else json.loads(out)


@pytest.mark.parametrize("command", ["check", "fix"])
def test_the_report_explains_every_change_in_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   command: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, "utf-8")
    row = _report([command, "--no-model", "--unsafe", "--format", "json", str(path)], capsys)
    assert row["fixed"] == ("The council said on Tuesday that the bridge would open in spring.\n\n"
                            "He said the plan would go ahead.\n")
    text = _apply(TEXT, row["edits"])
    assert [r["round"] for r in row["later_rounds"]] == [2]
    assert [(e["rule"], e["original"], e["replacement"]) for e in row["later_rounds"][0]["edits"]] == \
        [("CA003", "he", "He")]
    for later in row["later_rounds"]:
        text = _apply(text, later["edits"])
    assert text == row["fixed"]


def test_jsonl_rows_carry_later_rounds_and_a_one_round_fix_has_none(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, "utf-8")
    main(["fix", "--no-model", "--format", "jsonl", str(path)])  # safe edits only: no deletion, one round
    row = json.loads(capsys.readouterr().out)
    assert row["later_rounds"] == []
    assert _apply(TEXT, row["edits"]) == row["fixed"]
