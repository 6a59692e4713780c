"""What a run tells its user: blank JSONL lines logged, progress from the start, and what
``--out -`` does not keep. Our own records throughout."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_helpers import REPO, batch, read_jsonl

from repair.batch.cli import main
from repair.batch.progress import Progress

RECORDS = [{"id": 1, "text": "The bridge reopened on Friday."}, {"id": 2, "text": "Traffic was light."}]


def _jsonl(*rows: dict[str, object] | str) -> bytes:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows).encode()


def test_blank_lines_are_logged_as_warnings_with_their_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl(RECORDS[0], "", "   ", RECORDS[1], ""))
    assert batch(tmp_path / "in.jsonl", "--out", tmp_path / "out", "--workers", "1") == 0  # warnings: exit 0
    out = tmp_path / "out"
    assert read_jsonl(out / "in.jsonl") == RECORDS
    logged = read_jsonl(out / "errors.jsonl")
    assert [(row["record"], row["level"]) for row in logged] == [(2, "warning"), (3, "warning"), (5, "warning")]
    assert all(str(row["error"]).endswith("blank line; left out") for row in logged)
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["records"] == 2 and report["warnings"] == 3 and report["errors"] == 0  # a blank line is no record


def test_a_file_without_blank_lines_logs_nothing(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl(*RECORDS))
    assert batch(tmp_path / "in.jsonl", "--out", tmp_path / "out", "--workers", "1") == 0
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == []


def test_blank_lines_on_stdin_are_logged_too() -> None:
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", "-", "--out", "-", "--no-model", "--workers", "1",
                           "--log-every", "0.001"], input=_jsonl(RECORDS[0], "", RECORDS[1]), capture_output=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert [json.loads(line) for line in proc.stdout.splitlines()] == RECORDS
    assert "warning: stdin:2: blank line; left out" in err
    progress = [line for line in err.splitlines() if " read, " in line]
    assert progress and " 0 B read" not in progress[-1]  # the last line counts what was read, not 0
    assert "writes the records only: edits.jsonl, errors.jsonl and report.json are not kept" in err


def test_progress_starts_at_once_and_shows_while_the_first_chunk_is_at_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl(*RECORDS))
    assert main([str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out"), "--no-model", "--workers", "1",
                 "--log-every", "0.001"]) == 0
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith("repair batch: started (") and said[0].endswith(" B of input)")
    assert any(line.startswith("repair batch: 0 records done (2 at work), 0% of input") for line in said)
    assert said[-1].startswith("repair batch: 2 records done, 100% of input")


def test_progress_sizes_read_as_a_person_would_write_them() -> None:
    log = io.StringIO()
    progress = Progress(log, total_bytes=None, done_bytes=0, tty=False, interval=0)
    progress.update(3, 2_500, force=True)
    progress.update(5, 0, force=True, read_bytes=0)  # a stream's end reports 0: what was read stays
    progress.update(9, 3 * 2**20, force=True, working=4)
    lines = log.getvalue().splitlines()
    assert lines[0] == "repair batch: started (reading stdin)"
    assert "3 records done, 2.4 KiB read" in lines[1] and "5 records done, 2.4 KiB read" in lines[2]
    assert "9 records done (4 at work), 3.0 MiB read" in lines[3]


def test_out_dash_says_once_what_it_does_not_keep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in.jsonl").write_bytes(_jsonl(*RECORDS))
    assert batch(tmp_path / "in.jsonl", "--out", "-", "--workers", "1") == 0
    captured = capsys.readouterr()
    assert captured.err.count("edits.jsonl, errors.jsonl and report.json are not kept") == 1
    assert "not kept" not in captured.out  # stdout holds the records only
    assert batch(tmp_path / "in.jsonl", "--dry-run", "--workers", "1") == 0  # a dry run says it writes nothing
    assert "not kept" not in capsys.readouterr().err


def test_help_says_what_out_dash_does_not_write(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "report.json are then not written" in " ".join(capsys.readouterr().out.split())


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_drawn_at_once_on_a_terminal() -> None:
    """Rich draws it when it starts: the terminal is not left blank while the first chunk works."""
    bar = _Terminal()
    progress = Progress(bar, total_bytes=1000, done_bytes=0, tty=True)
    assert "0%" in bar.getvalue() and "0 records" in bar.getvalue()
    progress.close()


def test_a_feed_on_stdin_counts_its_bytes_as_read() -> None:
    """A feed is read whole from stdin: the progress said "4 records done, 0 B read"."""
    feed = (b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Our Wire</title>"
            b"<item><guid>w1</guid><description>The harbour reopened on Friday .</description></item>"
            b"<item><guid>w2</guid><description>Ferries ran again.</description></item>"
            b"</channel></rss>\n")
    proc = subprocess.run([sys.executable, "-m", "repair", "batch", "-", "--out", "-", "--no-model", "--workers", "1",
                           "--log-every", "0.001"], input=feed, capture_output=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ["w1", "w2"]
    progress = [line for line in err.splitlines() if " read, " in line]
    assert progress and f"2 records done, {len(feed)} B read" in progress[-1]
