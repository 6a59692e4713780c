"""``python -m benchmarks safety`` on a tiny data root written here (our own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import safety
from repair.edits import Edit, Safety, Span


def _edit(start: int, end: int, replacement: str) -> Edit:
    return Edit(Span(start, end), replacement, "PU002", "punctuation", 0.9, Safety.SAFE, "rule", "test")


def test_dev_edit_is_right_when_it_moves_the_segment_to_the_gold_fix() -> None:
    garbled = "Prices rose , he said. Nothing else changed ."
    located = safety.gold_segments(garbled, [
        {"garbled": "Prices rose , he said.", "fixed": "Prices rose, he said."},
        {"garbled": "Nothing else changed .", "fixed": "Nothing else changed ."},  # the gold leaves it
    ])
    assert safety.judge_dev_edit(garbled, located, _edit(11, 13, ",")) is True
    assert safety.judge_dev_edit(garbled, located, _edit(43, 45, ".")) is False
    assert safety.judge_dev_edit(garbled, located, _edit(0, 6, "Costs")) is False


def _write_root(root: Path) -> None:
    pairs, clean = root / "real-mt-pairs", root / "news-clean"
    pairs.mkdir(parents=True)
    clean.mkdir()
    garbled = "The port reopened , officials said.\nShips waited outside ."
    segments = [{"garbled": "The port reopened , officials said.", "fixed": "The port reopened, officials said."},
                {"garbled": "Ships waited outside .", "fixed": "Ships waited outside."}]
    (pairs / "dev.jsonl").write_text(json.dumps({"id": "p1", "garbled": garbled, "original": "", "segments": [
        {**s, "original": "", "categories": ["punctuation"]} for s in segments]}) + "\n", encoding="utf-8")
    (pairs / "dev.gold.jsonl").write_text(json.dumps({"id": "p1", "segments": segments}) + "\n", encoding="utf-8")
    docs = [{"id": "c1", "text": "The mayor spoke on Monday. Rates were cut.", "structure": "paragraphs"},
            {"id": "c2", "text": "Trade grew fast .\n\nThe the board met.", "structure": "paragraphs"}]
    (clean / "mini.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def test_command_writes_per_rule_measurements(tmp_path: Path) -> None:
    _write_root(tmp_path / "data")
    out = tmp_path / "measured.json"
    assert safety.main(["--data", str(tmp_path / "data"), "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["command"].startswith("python -m benchmarks safety")
    assert report["clean_news"]["docs"] == 2
    pu002, gr001 = report["rules"]["PU002"], report["rules"]["GR001"]
    # Two right fixes on dev; the clean-news space before a stop is unjudged, so wrong.
    assert (pu002["dev_edits"], pu002["dev_right"], pu002["clean_edits"]) == (2, 2, 1)
    assert (pu002["edits"], pu002["right"]) == (3, 2)
    assert (gr001["edits"], gr001["right"]) == (1, 0)
    assert set(report["data"]) == {"real-mt-pairs/dev.jsonl", "real-mt-pairs/dev.gold.jsonl", "news-clean/mini.jsonl"}


def test_missing_data_is_a_one_line_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert safety.main(["--data", str(tmp_path), "--out", str(tmp_path / "x.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("benchmarks: error:") and err.count("\n") == 1
    assert not (tmp_path / "x.json").exists()


def test_progress_goes_to_stderr_and_ctrl_c_is_one_line_leaving_the_file_alone(
        tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _write_root(tmp_path / "data")
    out = tmp_path / "measured.json"
    assert safety.main(["--data", str(tmp_path / "data"), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "benchmarks safety: clean news: 2 of 2 documents" in err
    written = out.read_bytes()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(safety, "measure_clean", interrupted)
    assert safety.main(["--data", str(tmp_path / "data"), "--out", str(out)]) == 130
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"benchmarks safety: interrupted; {out} not written" and "Traceback" not in "".join(err)
    assert out.read_bytes() == written


def test_a_sample_never_replaces_the_registry_and_bad_counts_are_usage_errors(
        tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    _write_root(tmp_path / "data")
    registry = safety.DEFAULT_OUT.read_bytes()
    for argv in (["--limit", "1"], ["--limit", "0"], ["--limit", "-5"], ["--show", "-1"]):
        with pytest.raises(SystemExit) as stop:
            safety.main(["--data", str(tmp_path / "data"), *argv])
        assert stop.value.code == 2
        assert capsys.readouterr().err.strip().splitlines()[-1].startswith("python -m benchmarks safety: error:")
    assert safety.DEFAULT_OUT.read_bytes() == registry


def test_an_unwritable_out_is_refused_before_the_measurement(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write_root(tmp_path / "data")
    out = tmp_path / "missing" / "measured.json"
    assert safety.main(["--data", str(tmp_path / "data"), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"benchmarks: error: --out {out}: folder {out.parent} not found"]
