"""models.table_io's shared pieces of the table builders, on a tiny news folder of our own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from models.data import split_of
from models.table_io import table_main, train_texts_in_case, write_json


def _ids(split: str, n: int) -> list[str]:
    found = [f"doc-{i}" for i in range(400) if split_of(f"doc-{i}") == split]
    return found[:n]


def _news(root: Path) -> Path:
    folder = root / "news-clean"
    folder.mkdir()
    train_a, train_b, train_c = _ids("train", 3)
    (dev,) = _ids("dev", 1)
    records = [
        {"id": train_a, "text": "The council met on Monday. It approved the plan."},
        {"id": train_b, "text": "OLD WIRE COPY SET IN CAPITALS. THE PORT CLOSED."},
        {"id": dev, "text": "A dev document is never counted."},
        {"id": train_c, "text": "The ferry sailed at noon."},
    ]
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return root


def test_train_texts_in_case_skips_capitals_and_other_splits(tmp_path: Path) -> None:
    texts = list(train_texts_in_case(_news(tmp_path)))
    assert texts == ["The council met on Monday. It approved the plan.", "The ferry sailed at noon."]


def test_table_main_builds_writes_and_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = _news(tmp_path)
    out = tmp_path / "table.json"
    monkeypatch.setattr(sys, "argv", ["builder", "--data", str(root), "--out", str(out)])

    def build(data_root: Path) -> dict[str, object]:
        return {"texts": len(list(train_texts_in_case(data_root)))}

    table_main("Counts texts.\n\nMore words.", build, write_json, lambda table: f"{table['texts']} texts")
    assert json.loads(out.read_text(encoding="utf-8")) == {"texts": 2}
    assert capsys.readouterr().out == f"2 texts -> {out}\n"


def test_table_main_requires_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["builder", "--data", "x"])
    with pytest.raises(SystemExit):
        table_main("Counts texts.", lambda root: {}, write_json, lambda table: "")
