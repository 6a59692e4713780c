"""The speed report runs end to end and carries every figure issue 13 asks for (the
numbers themselves are never asserted: they depend on the machine and its load)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.speed import main, summary, throughput
from benchmarks.speed_inputs import sized


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
            "peak_rss_MB", "load", "curly_check_MB_per_s"} <= set(report["summary"])
    assert report["curly"]["MB"] > 0 and report["summary"]["curly_check_MB_per_s"] > 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    captured = capsys.readouterr()
    printed = captured.out
    assert "summary:" in printed and "issue 13 targets:" in printed
    assert "benchmarks.speed: start-up runs" in captured.err  # progress, a stage at a time
    verdicts = report["summary"]["targets"]
    assert verdicts["batch with the model / rules only (docs per CPU s)"]["met"] is None  # --no-batch: not measured
    startup = verdicts["start-up: repair check --no-model (CPU s)"]
    assert startup["figure"] == report["startup"]["check --no-model"]["cpu_s"]
    assert startup["met"] is (startup["figure"] <= 0.2)


def test_targets_judge_each_figure_against_its_threshold() -> None:
    from benchmarks.speed_targets import targets

    report = {"startup": {"check --no-model": {"cpu_s": 0.25}, "check, model, clean text": {"torch_imported": False}},
              "throughput": [{"MB": 1, "check": {"MB_per_s": 7.0}, "fix": {"MB_per_s": 3.5}},
                             {"MB": 10, "check": {"MB_per_s": 5.5}, "fix": {"MB_per_s": 3.1}}],
              "garbled": {"MB": 8, "fix_over_check": 1.5}, "garbled_real_density": {"fix_over_check": 2.1},
              "cli_garbled": {"fix_over_check": 1.8},
              "batch": [{"config": "rules, 1 worker(s)", "docs": 10, "docs_per_cpu_s": 100.0},
                        {"config": "model, 1 worker(s)", "docs": 10, "docs_per_cpu_s": 30.0}]}
    met = {row["target"].split(":")[0].split(" MB/s")[0]: (row["figure"], row["met"]) for row in targets(report)}
    assert met["start-up"] == (0.25, False)
    assert met["check"] == (5.5, False)  # the lowest size decides
    assert met["fix --unsafe"] == (3.1, True)
    assert met["dense garbled"] == (2.1, False)  # the worse of the two densities
    assert met["batch with the model / rules only (docs per CPU s)"] == (0.3, True)
    assert met["no torch import with the model on a clean text"] == (False, True)


def test_peers_are_timed_as_ratios_or_reported_missing() -> None:
    from benchmarks.speed_peers import peers

    rows = peers("The vote passed. Both sides left.\n" * 300, ours_mb_per_s=10.0)
    assert [r["peer"] for r in rows][0] == "ftfy" and len(rows) == 6
    ftfy = rows[0]  # a dependency of the encoding rule, so always installed
    assert ftfy["installed"] and ftfy["ratio_to_check"] == pytest.approx(ftfy["MB_per_s"] / 10.0, rel=0.01)
    assert all(set(r) in ({"peer", "installed"}, {"peer", "installed", "MB", "MB_per_s", "ratio_to_check"})
               for r in rows)


def test_curly_quoted_opens_after_a_blank_or_bracket_and_closes_elsewhere() -> None:
    from benchmarks.speed_inputs import curly_quoted

    assert curly_quoted('"Go," he said. ("Now") [\n"x"] {"y"}') == '“Go,” he said. (“Now”) [\n“x”] {“y”}'
    assert curly_quoted("It's 5'10\" tall.") == "It's 5'10” tall."  # single marks and inches' marks as they fall
    assert curly_quoted("No marks.") == "No marks."


def test_ctrl_c_is_one_line_exit_130_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import benchmarks.speed as speed

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(speed, "measure", interrupted)
    out = tmp_path / "speed.json"
    assert main(["--data", str(tmp_path), "--max-mb", "1", "--json", str(out)]) == 130
    assert capsys.readouterr().err == "benchmarks.speed: interrupted; nothing written\n"
    assert list(tmp_path.iterdir()) == []
