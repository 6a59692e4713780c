"""Streams: stdin processed as it arrives, ``--out -`` written as chunks finish, with real processes."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from batch_helpers import REPO, batch, fixed, read_jsonl

PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([PY, "-m", "repair", "batch", *map(str, args), "--no-model", "--quiet"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=ENV)


def _line_within(proc: subprocess.Popen[bytes], seconds: float) -> bytes:
    """The next output line, failing if it does not come in time (the run must not wait for EOF)."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], seconds)
    assert ready, "no output while stdin is still open: the run waited for the end of its input"
    return proc.stdout.readline()


def _finish(proc: subprocess.Popen[bytes], data: bytes = b"", seconds: float = 300) -> tuple[bytes, bytes]:
    """Send the last input, close stdin and read everything left (through the same buffered reader)."""
    assert proc.stdout is not None and proc.stderr is not None
    if proc.stdin is not None:
        proc.stdin.write(data)
        proc.stdin.close()
    rest = proc.stdout.read()  # the run's stderr is a few lines (--quiet): it cannot fill its pipe
    err = proc.stderr.read()
    proc.wait(timeout=seconds)
    return rest, err


def test_stdin_jsonl_comes_back_on_stdout_record_by_record_while_stdin_stays_open(garbled: str) -> None:
    for workers in ("1", "2"):
        proc = _start("-", "--out", "-", "--workers", workers)
        assert proc.stdin is not None
        rows = []
        for i in range(3):
            proc.stdin.write((json.dumps({"id": f"r{i}", "text": garbled}) + "\n").encode())
            proc.stdin.flush()
            rows.append(json.loads(_line_within(proc, 60)))
        _, err = _finish(proc)
        assert proc.returncode == 0, err
        assert [r["id"] for r in rows] == ["r0", "r1", "r2"]
        assert all(r["text"] == fixed(garbled) != garbled for r in rows)


def test_stdin_text_paragraphs_come_back_while_stdin_stays_open(garbled: str) -> None:
    proc = _start("-", "--out", "-", "--workers", "1")
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write((garbled.rstrip("\n") + "\n\n").encode())
    proc.stdin.flush()
    first = _line_within(proc, 60)  # the first paragraph piece, before stdin is closed
    rest, err = _finish(proc, garbled.encode())
    assert proc.returncode == 0, err
    piece = garbled.rstrip("\n") + "\n\n"
    assert (first + rest).decode() == fixed(piece) + fixed(garbled)


def test_long_stdin_text_is_fixed_in_pieces_that_join_to_the_files_result(tmp_path: Path, garbled: str,
                                                                       clean: str) -> None:
    paragraphs = [garbled.strip(), clean.strip()] * 400  # about 1 MB: several 256 KiB pieces
    text = "\n\n".join(paragraphs) + "\n"
    (tmp_path / "whole.txt").write_text(text, "utf-8")
    assert batch(tmp_path / "whole.txt", "--out", tmp_path / "file", "--workers", "1") == 0
    proc = subprocess.run([PY, "-m", "repair", "batch", "-", "--out", str(tmp_path / "piped"), "--no-model",
                           "--quiet", "--workers", "2"], input=text.encode(), capture_output=True, cwd=REPO,
                          env=ENV, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "piped" / "stdin.txt").read_bytes() == (tmp_path / "file" / "whole.txt").read_bytes()
    report = json.loads((tmp_path / "piped" / "report.json").read_text())
    assert report["records"] > 1, "read in pieces, not whole"


def test_an_interrupted_stdin_run_says_it_cannot_be_resumed_and_leaves_nothing_to_resume(tmp_path: Path,
                                                                                      garbled: str) -> None:
    out = tmp_path / "out"
    proc = _start("-", "--out", out, "--workers", "1")
    assert proc.stdin is not None
    proc.stdin.write("".join(json.dumps({"id": i, "text": garbled}) + "\n" for i in range(200)).encode())
    proc.stdin.flush()
    journal = out / ".repair-batch" / "journal.jsonl"
    deadline = time.monotonic() + 60
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None and time.monotonic() < deadline, "the run never committed a chunk"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)  # stdin still open: the run is waiting for more
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "cannot be resumed" in text and "--resume" not in text and "Traceback" not in text
    assert not (out / ".repair-batch").exists()
    resumed = subprocess.run([PY, "-m", "repair", "batch", "-", "--out", str(out), "--resume", "--no-model"],
                             input=b"", capture_output=True, cwd=REPO, env=ENV, timeout=60)
    assert resumed.returncode == 2 and b"cannot be resumed" in resumed.stderr
    again = subprocess.run([PY, "-m", "repair", "batch", "-", "--out", str(out), "--no-model", "--quiet"],
                           input=json.dumps({"id": "x", "text": garbled}).encode() + b"\n", capture_output=True,
                           cwd=REPO, env=ENV, timeout=60)
    assert again.returncode == 0, again.stderr
    assert read_jsonl(out / "stdin.jsonl") == [{"id": "x", "text": fixed(garbled)}]


def test_out_dash_writes_records_before_the_run_ends(tmp_path: Path, garbled: str) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": garbled}) + "\n" for i in range(1500)), "utf-8")
    proc = subprocess.Popen([PY, "-m", "repair", "batch", str(path), "--out", "-", "--no-model", "--quiet",
                             "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=ENV)
    first = _line_within(proc, 120)
    assert proc.poll() is None, "the first record arrived only when the run had ended"
    rest, err = _finish(proc)
    assert proc.returncode == 0, err
    ids = [json.loads(line)["id"] for line in (first + rest).splitlines()]
    assert ids == list(range(1500))


def test_a_killed_stdin_run_is_named_as_not_resumable_by_the_next_run(tmp_path: Path, garbled: str) -> None:
    out = tmp_path / "out"
    proc = _start("-", "--out", out, "--workers", "1")
    assert proc.stdin is not None
    proc.stdin.write("".join(json.dumps({"id": i, "text": garbled}) + "\n" for i in range(200)).encode())
    proc.stdin.flush()
    journal = out / ".repair-batch" / "journal.jsonl"
    deadline = time.monotonic() + 60
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 1):
        assert proc.poll() is None and time.monotonic() < deadline, "the run never committed a chunk"
        time.sleep(0.05)
    proc.kill()
    proc.communicate(timeout=60)
    for extra in ([], ["--resume"]):
        again = subprocess.run([PY, "-m", "repair", "batch", "-", "--out", str(out), "--no-model", *extra],
                               input=b"", capture_output=True, cwd=REPO, env=ENV, timeout=60)
        assert again.returncode == 2, again.stderr
        assert b"cannot be resumed" in again.stderr and b"Traceback" not in again.stderr
