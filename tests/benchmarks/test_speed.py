"""The speed report runs end to end and carries every figure issue 13 asks for (the
numbers themselves are never asserted: they depend on the machine and its load)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.speed import main, sized, summary, throughput


def test_throughput_reports_check_and_fix_per_cpu_second() -> None:
    row = throughput("He said so. In the main field.\nPrices rose 2% in May.\n" * 50)
    assert row["sentences"] == 150
    for step in ("check", "fix"):
        assert row[step]["MB_per_s"] > 0 and row[step]["sentences_per_s"] > 0
    assert row["fix"]["rounds"] >= 1 and row["fix_over_check"] > 0


def test_sized_texts_reach_the_size_and_end_at_a_line() -> None:
    text = sized(["One line.\nTwo lines here.", "Another article."], 0.01)
    assert 9_900 <= len(text.encode()) <= 10_000
    assert text.endswith((".", "\n")) and not text.endswith("\n\n\n")


def test_script_on_the_bundled_set_writes_json_and_a_plot(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out, png = tmp_path / "speed.json", tmp_path / "scaling.png"
    code = main(["--data", str(tmp_path), "--quick", "--max-mb", "1", "--no-batch", "--no-peers", "--no-model",
                 "--json", str(out), "--plot", str(png)])  # no news-clean under tmp_path: bundled set
    assert code == 0
    report = json.loads(out.read_text("utf-8"))
    assert report["data"][0].endswith("clean.jsonl") and report["skipped_sizes_MB"] == [10, 100]
    assert report["startup"]["check --no-model"]["torch_imported"] is False
    assert set(report["cli_garbled"]) == {"check", "fix --unsafe", "fix_over_check"}
    assert report["summary"] == summary(report)
    assert {"check_MB_per_s", "fix_unsafe_MB_per_s", "garbled_fix_over_check", "startup_cpu_s",
            "peak_rss_MB", "load"} <= set(report["summary"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "summary:" in capsys.readouterr().out


def test_peers_are_timed_as_ratios_or_reported_missing() -> None:
    from benchmarks.speed_peers import peers

    rows = peers("The vote passed. Both sides left.\n" * 300, ours_mb_per_s=10.0)
    assert [r["peer"] for r in rows][0] == "ftfy" and len(rows) == 6
    ftfy = rows[0]  # a dependency of the encoding rule, so always installed
    assert ftfy["installed"] and ftfy["ratio_to_check"] == pytest.approx(ftfy["MB_per_s"] / 10.0, rel=0.01)
    assert all(set(r) in ({"peer", "installed"}, {"peer", "installed", "MB", "MB_per_s", "ratio_to_check"})
               for r in rows)
