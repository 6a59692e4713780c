"""The splitter comparison scores boundaries against sentence-per-line gold (our own text)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import splitters


def test_gold_boundaries_and_scores(tmp_path: Path) -> None:
    clean = tmp_path / "news-clean"
    clean.mkdir()
    lines = ["The firm moved to Salem, Ore. in 2001.", "It hired 40 people.", "Sales rose."]
    rows = [{"id": "a", "structure": "sentences", "text": "\n".join(lines)},
            {"id": "b", "structure": "paragraphs", "text": "Not gold, so skipped."}]
    (clean / "wmt_en_original.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = splitters.gold_paragraphs(tmp_path)
    assert gold == [(" ".join(lines), {len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2})]
    row = splitters.evaluate(splitters.ours(), gold, ["Rates fell. in the end."])
    assert (row["precision"], row["recall"]) == (1.0, 1.0)
    assert row["lower_per_1k"] == 500.0  # the MT-aware split before "in" on the one clean paragraph
