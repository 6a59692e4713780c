"""`python -m benchmarks.clean_applied` over no clean news is an error naming the folder, not a harm rate of 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.clean_applied import main


@pytest.mark.parametrize("layout", ["no folder", "empty folder", "no text"])
def test_a_data_root_without_clean_news_is_an_error_naming_the_folder(
        tmp_path: Path, layout: str, capsys: pytest.CaptureFixture[str]) -> None:
    if layout != "no folder":
        (tmp_path / "news-clean").mkdir()
    if layout == "no text":
        (tmp_path / "news-clean" / "a.jsonl").write_text(json.dumps({"id": "x", "text": ""}) + "\n", "utf-8")
    assert main(["--data", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert str(tmp_path / "news-clean") in captured.err
    assert '"docs"' not in captured.out  # no report that reads as "no harm"


def test_clean_news_of_our_own_is_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "news-clean").mkdir()
    text = "The council met on Tuesday. It agreed the budget for the new year."
    (tmp_path / "news-clean" / "a.jsonl").write_text(json.dumps({"id": "d1", "text": text}) + "\n", "utf-8")
    assert main(["--data", str(tmp_path), "--show", "0"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["docs"] == 1 and report["sentences"] == 2


def _report(capsys: pytest.CaptureFixture[str]) -> tuple[dict, list[dict]]:
    lines = capsys.readouterr().out.splitlines()
    end = lines.index("}") + 1
    return json.loads("\n".join(lines[:end])), [json.loads(line) for line in lines[end:]]


def test_edits_of_every_fix_round_can_be_judged_from_what_it_shows(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Our own lower-cased wire copy: round 1 closes up " .", only then can round 2 capitalise
    # "they", and round 3 the weekday; a key without its round could never match those two.
    (tmp_path / "news-clean").mkdir()
    text = "the german and dutch ministers met in bonn on monday . they agreed to talk again."
    (tmp_path / "news-clean" / "a.jsonl").write_text(json.dumps({"id": "d1", "text": text}) + "\n", "utf-8")
    judgements = tmp_path / "judged.json"
    monkeypatch.setattr("benchmarks.clean_applied.JUDGEMENTS", judgements)
    args = ["--data", str(tmp_path), "--unsafe", "--show", "10"]

    assert main(args) == 0
    report, unjudged = _report(capsys)
    assert report["applied"] == len(unjudged) >= 3
    assert {row["round"] for row in unjudged} >= {0, 1, 2}
    assert all(row["before"] for row in unjudged)

    # An audit keys exactly what was shown; every edit then counts as judged right ...
    rows = [{"doc": r["doc"], "rule": r["rule"], "start": r["start"], "replacement": r["replacement"],
             "round": r["round"], "why": "a slip in our own copy"} for r in unjudged]
    judgements.write_text(json.dumps({"how": "test", "right": rows}), "utf-8")
    assert main(args) == 0
    report, still = _report(capsys)
    assert still == [] and report["judged_source_broken"] == report["applied"]
    assert report["not_judged_right_per_200_sentences"] == 0

    # ... and a later round's key written as round 0 judges nothing.
    for row in rows:
        row["round"] = 0
    judgements.write_text(json.dumps({"how": "test", "right": rows}), "utf-8")
    assert main(args) == 0
    report, still = _report(capsys)
    assert report["judged_source_broken"] == 1 and len(still) == report["applied"] - 1


@pytest.mark.parametrize("argv", [["--limit", "0"], ["--limit", "-5"], ["--limit", "ten"], ["--show", "-1"]])
def test_a_count_out_of_range_is_a_usage_error_not_a_traceback(
        tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "news-clean").mkdir()
    text = "The council met on Tuesday. It agreed the budget for the new year."
    (tmp_path / "news-clean" / "a.jsonl").write_text(json.dumps({"id": "d1", "text": text}) + "\n", "utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--data", str(tmp_path), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("python -m benchmarks.clean_applied: error: argument") and "Traceback" not in err[0]


def test_ctrl_c_is_one_line_and_exit_130(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.clean_applied as clean_applied

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(clean_applied, "load_clean", interrupted)
    (tmp_path / "news-clean").mkdir()
    (tmp_path / "news-clean" / "a.jsonl").write_text(json.dumps({"id": "d1", "text": "A text."}) + "\n", "utf-8")
    assert main(["--data", str(tmp_path)]) == 130
    captured = capsys.readouterr()
    assert captured.err == "benchmarks.clean_applied: interrupted\n" and captured.out == ""
