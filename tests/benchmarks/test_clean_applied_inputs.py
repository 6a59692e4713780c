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
