"""The speed script runs and reports per-core figures (the numbers themselves are not asserted)."""

from __future__ import annotations

import json

import pytest

from benchmarks.speed import main, measure


def test_measure_reports_check_and_fix_rates() -> None:
    result = measure(["He said so. In the main field.", "Prices rose 2% in May."], warmup=1)
    assert result["docs"] == 2 and result["MB"] >= 0
    for step in ("check", "fix"):
        assert set(result[step]) == {"cpu_s", "wall_s", "MB_per_s", "docs_per_s"}


def test_script_on_bundled_data_prints_json(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    try:
        assert main(["--data", str(tmp_path), "--json"]) == 0  # no news-clean there: bundled set
    finally:
        if before is not None:
            os.sched_setaffinity(0, before)
    data = json.loads(capsys.readouterr().out)
    assert data["docs"] == 6 and data["files"][0].endswith("clean.jsonl")
