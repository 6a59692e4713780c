"""An input that yields no record is warned about by name; logged ids keep the record's own JSON type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_helpers import batch, read_jsonl


def test_an_empty_folder_alone_is_a_warning_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "notes.html").write_text("<p>not read</p>", "utf-8")  # no file of a known kind
    assert batch(folder, "--out", tmp_path / "out") == 0  # finished: nothing failed (see batch --help)
    err = capsys.readouterr().err
    assert f"repair batch: warning: {folder}: no records (no file to read in this folder); exit code unchanged\n" \
        in err
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["empty_inputs"] == [str(folder)] and report["records"] == 0


def test_an_empty_file_among_others_is_named_and_the_others_are_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "full.jsonl").write_text(json.dumps({"id": "a", "text": "The port reopened."}) + "\n", "utf-8")
    (tmp_path / "quiet.txt").write_text("", "utf-8")  # a text file is one record, empty or not: its output is kept
    code = batch(tmp_path / "empty.jsonl", tmp_path / "full.jsonl", tmp_path / "quiet.txt", "--out", tmp_path / "out")
    assert code == 0
    warned = [line for line in capsys.readouterr().err.splitlines() if "no records" in line]
    assert warned == ["repair batch: warning: empty.jsonl: no records (empty); exit code unchanged"]


def test_a_file_whose_records_all_failed_is_an_error_not_an_empty_input(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": 5}\n', "utf-8")
    assert batch(tmp_path / "bad.jsonl", "--out", tmp_path / "out") == 1
    assert "no records" not in capsys.readouterr().err
    assert json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["empty_inputs"] == []


def test_logged_ids_keep_the_type_the_record_gave_them(tmp_path: Path) -> None:
    rows = [{"id": 3, "text": 7}, {"id": "3", "text": None}, {"id": 4, "text": "Prices rose ,analysts said."},
            {"id": True, "text": 1}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert batch(tmp_path / "in.jsonl", "--out", tmp_path / "out", "--apply", "all") == 1
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [e["id"] for e in errors] == [3, "3", "in.jsonl:4"]  # a boolean is no id: the record's place is
    edits = read_jsonl(tmp_path / "out" / "edits.jsonl")
    assert edits and all(e["id"] == 4 for e in edits)
