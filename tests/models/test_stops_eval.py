"""The false-stop measurement script on a tiny corpus written here (news-clean is not needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import stops_eval


def test_clean_and_synthetic_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news = tmp_path / "news"
    news.mkdir()
    paragraph = ("The city council approved a new budget for road repairs on Tuesday after a long debate. "
                 "Officials expect the first contracts to be signed within a month, the transport office said.")
    rows = [{"id": f"test/{i}", "text": paragraph} for i in range(40)]
    (news / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert stops_eval.main(["--news", str(news), "--docs", "10"]) == 0
    out = capsys.readouterr().out
    assert "per 200 sentences 0.000" in out  # clean text: no boundary edit
    assert "fragment_tail | join |" in out and "displaced_word | move-displaced |" in out


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        stops_eval.main(["--news", str(tmp_path / "absent")])
