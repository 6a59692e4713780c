"""Policy flags decide what is applied; the input is never written; progress is shown."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from batch_helpers import batch, fixed, read_jsonl, tree_bytes

from repair.batch.progress import Progress
from repair.pipeline import Pipeline


@pytest.fixture
def one(tmp_path: Path, garbled: str) -> Path:
    path = tmp_path / "in" / "expo.txt"
    path.parent.mkdir()
    path.write_text(garbled, "utf-8")
    return path


def test_apply_none_reports_every_finding_and_changes_nothing(tmp_path: Path, one: Path, garbled: str) -> None:
    assert batch(one, "--out", tmp_path / "out", "--apply", "none") == 0, "pending edits are not a failure"
    assert batch(one, "--out", tmp_path / "flagged", "--apply", "none", "--exit-non-zero-on-pending") == 1
    assert (tmp_path / "out" / "expo.txt").read_text("utf-8") == garbled
    edits = read_jsonl(tmp_path / "out" / "edits.jsonl")
    assert len(edits) == len(Pipeline().check(garbled)) > 0
    assert all(not e["applied"] and "--apply none" in e["reason"] for e in edits)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    # two rules proposing the same change (the seed's caption: BP003 and PF001) are one decision for the
    # editor: counted once as pending, both kept in edits.jsonl with their rules (batch.fixing._pending)
    distinct = {(e["start"], e["end"], e["replacement"]) for e in edits}
    assert report["edits"] == {"applied": 0, "pending": len(distinct)} and report["signature"]["apply"] == "none"


@pytest.mark.parametrize("policy", ["safe", "none"])
def test_unsafe_with_another_apply_policy_is_one_line_naming_both(
        tmp_path: Path, one: Path, policy: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--unsafe means --apply all: with --apply safe it used to win quietly and apply everything."""
    assert batch(one, "--out", tmp_path / "out", "--apply", policy, "--unsafe") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--unsafe" in err and f"--apply {policy}" in err
    assert not (tmp_path / "out").exists(), "refused before anything was written"


def test_apply_all_also_applies_unsafe_edits(tmp_path: Path, one: Path, garbled: str) -> None:
    batch(one, "--out", tmp_path / "safe")
    batch(one, "--out", tmp_path / "all", "--apply", "all")
    batch(one, "--out", tmp_path / "unsafe", "--unsafe")
    assert (tmp_path / "all" / "expo.txt").read_text("utf-8") == fixed(garbled, unsafe=True)
    assert (tmp_path / "unsafe" / "expo.txt").read_text("utf-8") == fixed(garbled, unsafe=True)
    assert fixed(garbled, unsafe=True) != fixed(garbled), "the seed has unsafe findings"
    applied = [e for e in read_jsonl(tmp_path / "all" / "edits.jsonl") if e["applied"]]
    assert any(e["safety"] == "unsafe" for e in applied)
    skipped = [e for e in read_jsonl(tmp_path / "safe" / "edits.jsonl") if e["safety"] == "unsafe"]
    assert skipped and all(not e["applied"] and "needs --unsafe or review" in e["reason"] for e in skipped)


def test_select_ignore_and_min_confidence(tmp_path: Path, one: Path) -> None:
    batch(one, "--out", tmp_path / "bp", "--select", "BP", "--apply", "all")
    assert {e["rule"][:2] for e in read_jsonl(tmp_path / "bp" / "edits.jsonl")} == {"BP"}
    batch(one, "--out", tmp_path / "nobp", "--ignore", "BP")
    assert "BP" not in {e["rule"][:2] for e in read_jsonl(tmp_path / "nobp" / "edits.jsonl")}
    batch(one, "--out", tmp_path / "sure", "--min-confidence", "0.95", "--apply", "all")
    for edit in read_jsonl(tmp_path / "sure" / "edits.jsonl"):
        assert edit["applied"] == (edit["confidence"] >= 0.95) or edit["reason"].startswith("overlaps")


def test_out_inside_the_input_tree_is_refused(tmp_path: Path, one: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = one.parent
    before = tree_bytes(src)
    assert batch(src, "--out", src / "cleaned") == 2
    assert batch(src, "--out", src) == 2
    assert "inside the input directory" in capsys.readouterr().err
    assert batch(one, "--out", src) == 2  # would write expo.txt over itself
    assert "would be written into the input" in capsys.readouterr().err
    (src / "in").mkdir()
    (src / "in" / "feed.rss").write_text('<rss version="2.0"><channel></channel></rss>', "utf-8")
    before = tree_bytes(src)
    assert batch(src, "--out", tmp_path) == 2  # in/feed.rss would become in/feed.jsonl, inside the input
    assert "would be written into the input" in capsys.readouterr().err
    assert tree_bytes(src) == before and not (src / "cleaned").exists()


def test_two_inputs_with_one_output_name_are_refused(tmp_path: Path, one: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other" / "expo.txt"
    other.parent.mkdir()
    other.write_text("x", "utf-8")
    assert batch(one, other, "--out", tmp_path / "out") == 2
    said = capsys.readouterr().err
    assert "would both write" in said
    # "run them separately" (into the same --out) would have the second replace the first's outputs
    assert "each into its own --out folder" in said and "run them separately" not in said
    assert not (tmp_path / "out").exists()


def test_finished_run_can_be_rerun_and_resume_says_nothing_to_do(tmp_path: Path, one: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert batch(one, "--out", tmp_path / "out") == 0
    first = tree_bytes(tmp_path / "out")
    assert batch(one, "--out", tmp_path / "out", "--resume") == 0
    assert "already finished" in capsys.readouterr().err
    assert batch(one, "--out", tmp_path / "out") == 0
    again = tree_bytes(tmp_path / "out")
    assert {k: v for k, v in again.items() if k != "report.json"} == {k: v for k, v in first.items()
                                                                      if k != "report.json"}


def test_clean_input_exits_zero(tmp_path: Path) -> None:
    text = "The council approved the budget on Tuesday.\n"
    (tmp_path / "c.txt").write_text(text, "utf-8")
    assert batch(tmp_path / "c.txt", "--out", tmp_path / "out") == 0
    assert (tmp_path / "out" / "c.txt").read_text("utf-8") == text


def test_progress_bar_on_a_terminal_and_log_lines_elsewhere() -> None:
    bar = io.StringIO()
    progress = Progress(bar, total_bytes=1000, done_bytes=0, tty=True)
    progress.update(40, 400, force=True)
    progress.close()
    assert "40%" in bar.getvalue() and "40 records" in bar.getvalue() and "rec/s" in bar.getvalue()
    assert "ETA" in bar.getvalue() and bar.getvalue().endswith("\n")
    log = io.StringIO()
    progress = Progress(log, total_bytes=1000, done_bytes=0, tty=False, interval=3600)
    progress.update(10, 100)  # within the interval: nothing
    progress.update(20, 500, force=True)
    said = log.getvalue().splitlines()  # the start at once, then one progress line
    assert said[0] == "repair batch: started (1,000 B of input)" and len(said) == 2
    assert "\r" not in log.getvalue() and "50% of input" in said[1]


@pytest.mark.parametrize(("first", "second"), [
    ("A.txt", "a.txt"),
    ("x.jsonl", "X.JSONL"),
    ("news.rss", "NEWS.jsonl"),               # a feed's output is NEWS.jsonl / news.jsonl
    ("Straße.txt", "STRASSE.txt"),            # casefold, not lower
    ("\u00e9t\u00e9.txt", "e\u0301te\u0301.txt"),  # one é precomposed, one e + accent
])
def test_outputs_that_differ_only_by_case_are_refused_before_writing(
        tmp_path: Path, first: str, second: str, capsys: pytest.CaptureFixture[str]) -> None:
    body = {".txt": "The mayor spoke.\n", ".jsonl": '{"id": 1, "text": "The mayor spoke."}\n',
            ".rss": '<rss version="2.0"><channel></channel></rss>'}
    inputs = []
    for folder, name in (("one", first), ("two", second)):
        path = tmp_path / folder / name
        path.parent.mkdir()
        path.write_text(body[Path(name.lower()).suffix], "utf-8")
        inputs.append(path)
    assert batch(*inputs, "--out", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(inputs[0]) in err and str(inputs[1]) in err
    assert "case-insensitive" in err
    assert not (tmp_path / "out").exists()


def test_case_clash_inside_one_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    for name in ("Report.txt", "report.txt"):
        (tmp_path / "in" / name).write_text("The mayor spoke.\n", "utf-8")
    assert batch(tmp_path / "in", "--out", tmp_path / "out") == 2
    assert "case-insensitive" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_outputs_named_like_the_runs_own_files_in_any_case_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, own in (("EDITS.JSONL", "edits.jsonl"), ("Report.Json.txt", None), (".Repair-Batch", ".repair-batch"),
                      (".repair-batch.LOCK", ".repair-batch.lock")):
        path = tmp_path / name
        path.write_text("The mayor spoke.\n", "utf-8")
        out = tmp_path / f"out-{name}"
        code = batch(path, "--out", out, "--format", "text")
        if own is None:  # report.json.txt is not report.json: allowed
            assert code == 0
            continue
        assert code == 2
        assert f"would clash with the run's own {own}" in capsys.readouterr().err
        assert not out.exists()


def test_an_output_another_needs_as_its_folder_is_refused(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "A.txt").write_text("The mayor spoke.\n", "utf-8")
    (tmp_path / "two" / "a.txt").mkdir(parents=True)
    (tmp_path / "two" / "a.txt" / "b.txt").write_text("The mayor spoke.\n", "utf-8")
    assert batch(tmp_path / "one" / "A.txt", tmp_path / "two", "--out", tmp_path / "out") == 2
    assert "would be a file and the folder of" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_one_file_named_by_two_spellings_is_given_twice_not_a_case_clash(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A hard link stands in for "A.txt" and "a.txt" on a case-insensitive filesystem: two
    # spellings, one file; the way out is to name it once, not to rename it.
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "A.txt").write_text("The mayor spoke.\n", "utf-8")
    os.link(tmp_path / "one" / "A.txt", tmp_path / "two" / "a.txt")
    assert batch(tmp_path / "one" / "A.txt", tmp_path / "two" / "a.txt", "--out", tmp_path / "out") == 2
    assert "given twice" in capsys.readouterr().err
