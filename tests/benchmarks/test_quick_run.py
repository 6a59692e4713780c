"""The quick benchmark end to end on the bundled data only: what CI runs to catch scorer regressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.__main__ import main


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("bench")
    assert main(["run", "--no-shared", "--quick", "--resamples", "50", "--out", str(out)]) == 0
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_writes_report_files_and_plots(report: tuple[Path, dict]) -> None:
    out, data = report
    md = (out / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# repair benchmark (quick run)")
    assert "| pairs:pairs.jsonl | 96.16 / n/a |" in md  # headline row: do-nothing (known) vs best
    for plot in data["plots"]:
        assert (out / plot).read_bytes()[:4] == b"\x89PNG"
    assert {"pairs:pairs.jsonl", "news-clean", "synthetic"} <= set(data["datasets"])


def test_rules_beat_do_nothing_on_bundled_pairs_and_oracle_is_the_ceiling(report: tuple[Path, dict]) -> None:
    rows = {r["system"]: r for r in report[1]["datasets"]["pairs:pairs.jsonl"]["systems"]}
    assert rows["rules (--unsafe)"]["chrF"] > rows["do-nothing"]["chrF"]
    assert rows["rules (--unsafe)"]["delta"]["chrF"]["ci_low"] > 0
    assert rows["oracle (structural)"]["chrF"] >= rows["rules (--unsafe)"]["chrF"]
    outcomes = report[1]["datasets"]["pairs:pairs.jsonl"]["segment_outcomes"]["rules (--unsafe)"]
    assert outcomes["none"]["worsened"] == 0


def test_clean_bundled_news_gets_no_false_edits_from_safe_rules(report: tuple[Path, dict]) -> None:
    rows = {r["system"]: r for r in report[1]["datasets"]["news-clean"]["systems"]}
    assert rows["rules (safe)"]["changes"] == 0
    assert rows["do-nothing"]["changes"] == 0


def test_signature_and_skipped_systems_are_reported(report: tuple[Path, dict]) -> None:
    data = report[1]
    sig = data["signature"]
    assert sig["version"] and "rules (safe)" in sig["systems"] and "git_commit" in sig
    assert any(p.endswith("pairs.jsonl") for p in sig["data_files"])
    assert all(len(h) == 64 for h in sig["data_files"].values())
    assert "nrefs:1" in sig["sacrebleu"]["chrF"]
    names = {r["system"] for ds in data["datasets"].values() for r in ds.get("systems", [])}
    for skipped in data["unavailable_systems"]:
        assert skipped["reason"] and skipped["name"] not in names


def test_bad_input_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "garbled": "a"}\nnot json\n', encoding="utf-8")
    assert main(["run", "--no-shared", "--quick", "--no-peers", "--pairs", str(bad),
                 "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.jsonl" in err[0]
    assert not (tmp_path / "o" / "report.json").exists()
    assert main(["run", "--no-shared", "--pairs", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")]) == 2


def test_gold_rows_head_the_headline_and_wrong_segments_are_listed(report: tuple[Path, dict]) -> None:
    out, data = report
    gold = data["gold"]["bundled"]
    rows = {r["system"]: r for r in gold["systems"]}
    assert rows["gold fixes (ceiling)"]["chrF"] == 100.0
    assert rows["gold fixes (ceiling)"]["segments"]["exact"] == gold["segments_to_fix"] == 12
    assert rows["do-nothing"]["segments"]["exact"] == 0
    assert rows["rules (safe)"]["segments"]["false_changes"] == 0
    assert rows["rules (--unsafe)"]["delta"]["chrF"]["ci_low"] <= rows["rules (--unsafe)"]["delta"]["chrF"]["delta"]
    md = (out / "report.md").read_text(encoding="utf-8")
    headline = md[md.index("## Headline"): md.index("Against the original articles")]
    assert "Gold structural fixes, bundled" in headline and "| gold fixes (ceiling) | 100.00 |" in headline
    for name, wrong in gold["wrong"].items():
        if wrong and name in rows and rows[name]["kind"] not in ("baseline", "ceiling"):
            assert f"#### {name}: {len(wrong)} segments not right" in md


@pytest.mark.parametrize(("systems", "peers"), [("nosuch", []), ("rules,nosuch", ["--no-peers"])])
def test_run_refuses_a_systems_word_that_picks_nothing(systems: str, peers: list[str], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A typo used to run do-nothing alone; now one line naming the known systems, before any work."""
    out = tmp_path / "bench"
    assert main(["run", "--no-shared", "--quick", "--out", str(out), "--systems", systems, *peers]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("benchmarks: error: --systems nosuch: no system of that name "
                                               "(known: do-nothing, engine, ")
    assert "rules (--unsafe)" in err[0] and not out.exists()
